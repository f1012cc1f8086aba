"""Why a sentence got its labels: the rules that fired and the features that moved each prediction."""
from __future__ import annotations

from .annotate import SentenceRules


def rule_hits(r: SentenceRules) -> list[dict]:
    """Every lexicon hit of the sentence, pseudo entries marked as blockers."""
    out = []
    for kind, hits in r.view.hits.items():
        for h in hits:
            out.append({"kind": kind, "id": h.id, "text": r.view.text[h.start:h.end], "start": r.start + h.start,
                        "end": r.start + h.end, "blocks": h.pseudo})
    out.sort(key=lambda d: (d["start"], d["kind"]))
    return out


def top_features(scorer, x, label: str, k: int = 5) -> list[tuple[str, float]]:
    """The k features with the largest contribution (weight × value) toward ``label``."""
    ranked = sorted(scorer.contributions(x, label), key=lambda c: -abs(c[1]))
    return [(name, round(value, 3)) for name, value in ranked[:k] if value]


def explain(analyzer, text: str) -> list[dict]:
    rules = analyzer.engine.article(text)
    result = analyzer.result(rules, text)
    out = []
    for r, s in zip(rules, result.sentences):
        entry = {"text": s.text, "start": s.start, "end": s.end, "attribution": r.attribution.how,
                 "rule_source": r.attribution.source, "source": s.source, "rules": rule_hits(r)}
        if analyzer.model is not None:
            entry["source_features"] = top_features(analyzer.model.source, r, s.source)
            entry["stance_features"] = {actor: top_features(analyzer.model.stance, (r, actor), label)
                                        for actor, label in s.stance.items()}
        out.append(entry)
    return out
