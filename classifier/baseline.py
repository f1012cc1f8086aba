"""The baseline to beat: TF-IDF character n-grams with logistic regression, trained on the same corpus.

Source: the sentence text. Stance: the sentence text plus the actor id as a token of its own.
It sees no rules, so it shows what the rule features add.
"""
from __future__ import annotations

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from .normalize import normalize

SEED = 13


def _text_pipeline() -> Pipeline:
    return Pipeline([
        ("tfidf", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                                  preprocessor=normalize)),
        ("clf", LogisticRegression(max_iter=2000, class_weight="balanced", random_state=SEED)),
    ])


def _pair_text(pairs) -> list[str]:
    return [f"{actor} {text}" for text, actor in pairs]


def _stance_pipeline() -> Pipeline:
    features = ColumnTransformer([
        ("text", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                                 preprocessor=normalize), 0),
        ("actor", TfidfVectorizer(analyzer=lambda a: [a]), 1),
    ])
    return Pipeline([("features", features), ("clf", LogisticRegression(max_iter=2000, class_weight="balanced", random_state=SEED))])


class Baseline:
    def fit(self, articles: list[dict]) -> "Baseline":
        texts, sources, pairs, stances = [], [], [], []
        for article in articles:
            for s in article["sentences"]:
                texts.append(s["text"])
                sources.append(s["source"])
                for actor, label in sorted(s["stance"].items()):
                    pairs.append((s["text"], actor))
                    stances.append(label)
        self.source_ = _text_pipeline().fit(texts, sources)
        self.stance_ = _stance_pipeline().fit(_as_rows(pairs), stances)
        return self

    def predict(self, articles: list[dict], mentions: list[list[list[str]]]) -> list[list[dict]]:
        """Predictions in the evaluator's shape; ``mentions`` gives the actors to score per sentence
        (the baseline has no actor finder of its own, so it is given the rules' mentions)."""
        out = []
        for article, actors_per_sentence in zip(articles, mentions):
            texts = [s["text"] for s in article["sentences"]]
            sources = self.source_.predict(texts) if texts else []
            sentences = []
            for text, source, actors in zip(texts, sources, actors_per_sentence):
                labels = self.stance_.predict(_as_rows([(text, a) for a in actors])) if actors else []
                sentences.append({"source": source, "speaker": None, "speaker_actor": None, "cue_class": None,
                                  "stance": dict(zip(actors, labels)), "loaded": []})
            out.append(sentences)
        return out


def _as_rows(pairs) -> np.ndarray:
    return np.array([[t, a] for t, a in pairs], dtype=object).reshape(-1, 2)
