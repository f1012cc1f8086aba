"""Batch scoring: every input yields a result or an error record, in input order, on one or more cores.

With several processes, each worker also renders its records (JSONL lines, table text), so the
parent only writes: serialising in the parent would leave the workers waiting.
"""
from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

from . import render
from .inputs import Item
from .results import ArticleResult

_worker = None   # (Analyzer, renderer) per worker process


@dataclass(frozen=True)
class Outcome:
    item: Item
    result: ArticleResult | None = None
    error: str | None = None
    rendered: str | None = None   # the record as text, when a renderer was given

    def record(self) -> dict:
        if self.result is not None:
            return dict(self.result.to_dict(), source=self.item.source, line=self.item.line, text=self.result.text)
        return {"id": self.item.id, "source": self.item.source, "line": self.item.line, "error": self.error}


def as_jsonl(outcome: Outcome) -> str:
    return json.dumps(outcome.record(), ensure_ascii=False) + "\n"


def as_table(outcome: Outcome) -> str:
    return render.table(outcome.result) if outcome.result else f"# {outcome.item.id}: error\n"


RENDERERS = {"jsonl": as_jsonl, "table": as_table}


def _init(rules, model, fmt):
    global _worker
    from .analyzer import Analyzer
    _worker = (Analyzer(rules=rules, model=model), RENDERERS.get(fmt))


def _analyze_one(item: Item) -> Outcome:
    analyzer, renderer = _worker
    outcome = _run(analyzer, item)
    if renderer is not None:   # send back text, not the result objects
        return replace(outcome, result=None, rendered=renderer(outcome))
    return outcome


def _run(analyzer, item: Item) -> Outcome:
    if item.error is not None:
        return Outcome(item, error=item.error)
    try:
        return Outcome(item, analyzer.analyze(item.text, id=item.id))
    except Exception as e:   # noqa: BLE001 - one bad input must not stop the batch; it gets an error record
        return Outcome(item, error=f"{item.id}: analysis failed ({type(e).__name__}: {e})")


def score_items(analyzer, items: list[Item], jobs: int = 1, rules=None, model=None, progress=None, fmt=None):
    """Outcomes in input order, each rendered as ``fmt`` (jsonl, table) when given."""
    renderer = RENDERERS.get(fmt)
    if jobs <= 1 or len(items) < 2:
        for item in items:
            outcome = _run(analyzer, item)
            if progress:
                progress(1)
            yield replace(outcome, rendered=renderer(outcome)) if renderer else outcome
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(rules, model, fmt)) as pool:
        for outcome in pool.map(_analyze_one, items, chunksize=max(1, min(16, len(items) // (8 * jobs)))):
            if progress:
                progress(1)
            yield outcome
