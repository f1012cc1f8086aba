"""The feature functions as scikit-learn transformers, to put in a Pipeline before a ``DictVectorizer``.

They follow scikit-learn's estimator contract: keyword arguments stored as-is, nothing learned.
Inputs are ``annotate.SentenceRules`` (source) or ``(SentenceRules, actor)`` pairs (stance).
"""
from __future__ import annotations

from sklearn.base import BaseEstimator, TransformerMixin

from .features import WINDOW, source_features, stance_feature_dicts


class SourceFeatures(TransformerMixin, BaseEstimator):
    """Per-sentence features for the source-kind model."""

    def __init__(self, lexical: bool = True):
        self.lexical = lexical

    def fit(self, X, y=None):
        return self

    def transform(self, X) -> list[dict]:
        return [source_features(r, self.lexical) for r in X]


class StanceFeatures(TransformerMixin, BaseEstimator):
    """Per (sentence, actor) features for the stance model."""

    def __init__(self, window: int = WINDOW):
        self.window = window

    def fit(self, X, y=None):
        return self

    def transform(self, X) -> list[dict]:
        return stance_feature_dicts(X, self.window)
