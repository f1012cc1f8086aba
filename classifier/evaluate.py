"""Compare the analyzer with a gold JSONL file, as ANNOTATION section 6 prescribes.

Each gold article's sentences are fed in order, already segmented, to ``analyze_sentences``.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .labels import STANCES
from .normalize import WORD_RE, normalize

KEYS = ("sentences", "source_accuracy", "source_macro_f1", "speaker_token_f1", "speaker_actor_accuracy",
        "cue_class_accuracy", "stance_macro_f1", "stance_pairs", "loaded_precision", "loaded_recall", "loaded_f1",
        "loaded_category_accuracy", "loaded_voice_accuracy")


def read_gold(path: str | Path) -> list[dict]:
    articles = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    articles.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{number}: not valid JSON ({e.msg})") from None
    return articles


def predict(analyzer, articles: list[dict]) -> list[list[dict]]:
    """Per article, per sentence: the prediction as a dict with sentence-relative loaded offsets."""
    out = []
    for article in articles:
        texts = [s["text"] for s in article["sentences"]]
        result = analyzer.analyze_sentences(texts)
        sentences = []
        for s in result.sentences:
            d = s.to_dict()
            for t in d["loaded"]:
                t["start"] -= s.start
                t["end"] -= s.start
            sentences.append(d)
        out.append(sentences)
    return out


def score(articles: list[dict], predictions: list[list[dict]]) -> dict:
    gold_src, pred_src, speaker_f1, actor_hits, cue_hits = [], [], [], [], []
    stance_gold, stance_pred = [], []
    loaded = Counter()
    for article, predicted in zip(articles, predictions):
        for g, p in zip(article["sentences"], predicted):
            gold_src.append(g["source"])
            pred_src.append(p["source"])
            if g["speaker"] is not None:
                speaker_f1.append(_token_f1(g["speaker"], p["speaker"]))
            if g["source"] != "author":
                actor_hits.append(g["speaker_actor"] == p["speaker_actor"])
            if g["cue"] is not None:
                cue_hits.append(g["cue_class"] == p["cue_class"])
            pairs = set(g["stance"]) | {a for a, v in p["stance"].items() if v != "neutral"}
            for actor in sorted(pairs):
                stance_gold.append(g["stance"].get(actor, "neutral"))
                stance_pred.append(p["stance"].get(actor, "neutral"))
            loaded.update(_match_loaded(g, p))
    n_pred, n_gold, matched = loaded["pred"], loaded["gold"], loaded["matched"]
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    return {
        "sentences": len(gold_src),
        "source_accuracy": _mean([a == b for a, b in zip(gold_src, pred_src)]),
        "source_macro_f1": macro_f1(gold_src, pred_src, sorted(set(gold_src))),
        "speaker_token_f1": _mean(speaker_f1),
        "speaker_actor_accuracy": _mean(actor_hits),
        "cue_class_accuracy": _mean(cue_hits),
        "stance_macro_f1": macro_f1(stance_gold, stance_pred, STANCES),
        "stance_pairs": len(stance_gold),
        "loaded_precision": precision,
        "loaded_recall": recall,
        "loaded_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "loaded_category_accuracy": loaded["category"] / matched if matched else 0.0,
        "loaded_voice_accuracy": loaded["voice"] / matched if matched else 0.0,
    }


def macro_f1(gold: list[str], pred: list[str], labels) -> float:
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return _mean(scores)


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def speaker_tokens(text: str | None) -> list[str]:
    if not text:
        return []
    out = []
    for w in WORD_RE.findall(normalize(text)):
        if len(w) > 2 and w[0] in "وفبل":
            w = w[1:]
        out.append(w)
    return out


def _token_f1(gold: str, pred: str | None) -> float:
    g, p = Counter(speaker_tokens(gold)), Counter(speaker_tokens(pred))
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def gold_spans(sentence: dict) -> list[tuple[int, int, dict]]:
    """Character spans of the gold loaded terms, each occurrence used once, in order."""
    out, used = [], Counter()
    for term in sentence["loaded"]:
        pos = -1
        for _ in range(used[term["text"]] + 1):
            pos = sentence["text"].find(term["text"], pos + 1)
            if pos < 0:
                break
        if pos < 0:
            pos = sentence["text"].find(term["text"])
        used[term["text"]] += 1
        out.append((pos, pos + len(term["text"]), term))
    return out


def _match_loaded(gold: dict, pred: dict) -> Counter:
    g_spans = gold_spans(gold)
    p_spans = [(t["start"], t["end"], t) for t in pred["loaded"]]
    pairs = sorted(((min(ge, pe) - max(gs, ps), i, j) for i, (gs, ge, _) in enumerate(g_spans)
                    for j, (ps, pe, _) in enumerate(p_spans) if min(ge, pe) > max(gs, ps)), reverse=True)
    used_g, used_p, c = set(), set(), Counter(gold=len(g_spans), pred=len(p_spans))
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        c["matched"] += 1
        c["category"] += g_spans[i][2]["category"] == p_spans[j][2]["category"]
        c["voice"] += g_spans[i][2]["voice"] == p_spans[j][2]["voice"]
    return c
