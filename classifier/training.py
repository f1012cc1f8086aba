"""Train the source and stance models on the annotated corpus (gold JSONL files in a directory).

The rules run over each corpus article exactly as at scoring time (pre-segmented sentences, in
order); the models learn from the rule features to the gold labels. Fixed seeds: the same corpus
and lexicons give the same model.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .annotate import RuleEngine
from .evaluate import macro_f1
from .models import FramingModel, manifest_base, source_pipeline, stance_pipeline

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "training" / "corpus"


def corpus_files(directory: str | Path) -> list[Path]:
    directory = Path(directory)
    files = sorted(directory.rglob("*.jsonl")) if directory.is_dir() else [directory]
    if not files:
        raise ValueError(f"{directory}: no .jsonl corpus files")
    return files


def read_corpus(directory: str | Path) -> tuple[list[dict], str]:
    """Articles of every corpus file, and a hash of the corpus contents."""
    digest = hashlib.sha256()
    articles = []
    for path in corpus_files(directory):
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        for number, line in enumerate(raw.decode("utf-8").splitlines(), 1):
            if line.strip():
                try:
                    articles.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{number}: not valid JSON ({e.msg})") from None
    return articles, digest.hexdigest()[:16]


def examples(engine: RuleEngine, articles: list[dict]):
    """(rules, source) per sentence and ((rules, actor), stance) per gold stance pair."""
    src_X, src_y, st_X, st_y = [], [], [], []
    for article in articles:
        gold = article["sentences"]
        _, rules = engine.sentences([s["text"] for s in gold])
        for r, g in zip(rules, gold):
            src_X.append(r)
            src_y.append(g["source"])
            for actor, label in sorted(g["stance"].items()):
                st_X.append((r, actor))
                st_y.append(label)
    return src_X, src_y, st_X, st_y


def train(engine: RuleEngine, corpus: str | Path = DEFAULT_CORPUS) -> FramingModel:
    articles, corpus_digest = read_corpus(corpus)
    src_X, src_y, st_X, st_y = examples(engine, articles)
    source = source_pipeline().fit(src_X, src_y)
    stance = stance_pipeline().fit(st_X, st_y)
    manifest = manifest_base(engine.lexicon.digest, corpus_digest)
    manifest.update({
        "articles": len(articles), "sentences": len(src_y), "stance_pairs": len(st_y),
        "source_features": list(map(str, source.named_steps["vec"].get_feature_names_out())),
        "stance_features": list(map(str, stance.named_steps["vec"].get_feature_names_out())),
        "training_metrics": {
            "source_macro_f1_train": round(macro_f1(src_y, list(source.predict(src_X)), sorted(set(src_y))), 4),
            "stance_macro_f1_train": round(macro_f1(st_y, list(stance.predict(st_X)), sorted(set(st_y))), 4),
        },
    })
    return FramingModel(source, stance, manifest)


def cross_validate(engine: RuleEngine, corpus: str | Path = DEFAULT_CORPUS, folds: int = 5) -> dict:
    """Macro-F1 of both models on held-out articles (folds by article), for honest training metrics."""
    articles, _ = read_corpus(corpus)
    per_article = [examples(engine, [a]) for a in articles]
    gold_src, pred_src, gold_st, pred_st = [], [], [], []
    for k in range(folds):
        train_part = [e for i, e in enumerate(per_article) if i % folds != k]
        test_part = [e for i, e in enumerate(per_article) if i % folds == k]
        src_X, src_y, st_X, st_y = (sum((e[j] for e in train_part), []) for j in range(4))
        source = source_pipeline().fit(src_X, src_y)
        stance = stance_pipeline().fit(st_X, st_y)
        for e in test_part:
            if e[0]:
                gold_src += e[1]
                pred_src += list(source.predict(e[0]))
            if e[2]:
                gold_st += e[3]
                pred_st += list(stance.predict(e[2]))
    return {"source_macro_f1_cv": round(macro_f1(gold_src, pred_src, sorted(set(gold_src))), 4),
            "stance_macro_f1_cv": round(macro_f1(gold_st, pred_st, sorted(set(gold_st))), 4)}
