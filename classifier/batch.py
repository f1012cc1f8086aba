"""Batch scoring: every input yields a result or an error record, in input order, on one or more cores."""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from .inputs import Item
from .results import ArticleResult

_worker = None   # one Analyzer per worker process


@dataclass(frozen=True)
class Outcome:
    item: Item
    result: ArticleResult | None = None
    error: str | None = None

    def record(self) -> dict:
        if self.result is not None:
            return dict(self.result.to_dict(), source=self.item.source, line=self.item.line, text=self.result.text)
        return {"id": self.item.id, "source": self.item.source, "line": self.item.line, "error": self.error}


def _init(rules, model):
    global _worker
    from .analyzer import Analyzer
    _worker = Analyzer(rules=rules, model=model)


def _analyze_one(item: Item) -> Outcome:
    return _run(_worker, item)


def _run(analyzer, item: Item) -> Outcome:
    if item.error is not None:
        return Outcome(item, error=item.error)
    try:
        return Outcome(item, analyzer.analyze(item.text, id=item.id))
    except Exception as e:   # noqa: BLE001 - one bad input must not stop the batch; it gets an error record
        return Outcome(item, error=f"{item.id}: analysis failed ({type(e).__name__}: {e})")


def score_items(analyzer, items: list[Item], jobs: int = 1, rules=None, model=None, progress=None):
    """Outcomes in input order. With ``jobs`` > 1 the work is spread over processes."""
    if jobs <= 1 or len(items) < 2:
        for item in items:
            outcome = _run(analyzer, item)
            if progress:
                progress(1)
            yield outcome
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(rules, model)) as pool:
        for outcome in pool.map(_analyze_one, items, chunksize=max(1, min(64, len(items) // (4 * jobs)))):
            if progress:
                progress(1)
            yield outcome
