"""Batch scoring: every input yields a result or an error record, in input order, on one or more cores.

Inputs go to ``Analyzer.analyze_batch`` in chunks, so the models score several at once; a chunk that
fails is redone input by input. With several processes, each worker also renders its records (JSONL
lines, table text), so the parent only writes: serialising in the parent would leave the workers waiting.
"""
from __future__ import annotations

import json
import multiprocessing
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


CHUNK = 16   # inputs per call to ``analyze_batch``: the models score them together


def _init(analyzer, rules, model, fmt):
    global _worker
    if analyzer is None:   # not forked from the parent: build our own
        from .analyzer import Analyzer
        analyzer = Analyzer(rules=rules, model=model)
    _worker = (analyzer, RENDERERS.get(fmt))


def _analyze_chunk(items: list[Item]) -> list[Outcome]:
    analyzer, renderer = _worker
    outcomes = _run(analyzer, items)
    if renderer is not None:   # send back text, not the result objects
        return [replace(o, result=None, rendered=renderer(o)) for o in outcomes]
    return outcomes


def _run(analyzer, items: list[Item]) -> list[Outcome]:
    """One outcome per item, in order. A chunk that fails is redone item by item, so that one bad
    input gets its error record and the others their results."""
    good = [item for item in items if item.error is None]
    try:
        results = iter(analyzer.analyze_batch([item.text for item in good], [item.id for item in good]))
    except Exception as e:   # noqa: BLE001 - one bad input must not stop the batch: find it alone
        if len(items) == 1:
            return [Outcome(items[0], error=f"{items[0].id}: analysis failed ({type(e).__name__}: {e})")]
        return [o for item in items for o in _run(analyzer, [item])]
    return [Outcome(item, error=item.error) if item.error is not None else Outcome(item, next(results))
            for item in items]


def score_items(analyzer, items: list[Item], jobs: int = 1, rules=None, model=None, progress=None, fmt=None):
    """Outcomes in input order, each rendered as ``fmt`` (jsonl, table) when given."""
    renderer = RENDERERS.get(fmt)
    chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
    if jobs <= 1 or len(items) < 2:
        for chunk in chunks:
            for outcome in _run(analyzer, chunk):
                if progress:
                    progress(1)
                yield replace(outcome, rendered=renderer(outcome)) if renderer else outcome
        return
    # Forked workers inherit the parent's analyzer; spawned ones (macOS, Windows) build their own.
    inherited = analyzer if multiprocessing.get_start_method() == "fork" else None
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(inherited, rules, model, fmt)) as pool:
        for outcomes in pool.map(_analyze_chunk, chunks):
            for outcome in outcomes:
                if progress:
                    progress(1)
                yield outcome
