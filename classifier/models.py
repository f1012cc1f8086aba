"""The source-kind and actor-stance models: training, calibrated prediction, persistence.

A model directory holds ``model.joblib`` and ``manifest.json`` (package, scikit-learn and Python
versions, lexicon and corpus hashes, the joblib file's SHA-256, feature names, training metrics).
Loading checks the manifest and the file's hash *before* unpickling: a joblib file is code, and a
mismatched or altered one is refused with a message that says how to retrain.
"""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np
import sklearn
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from . import __version__
from .features import SourceFeatures, StanceFeatures

MODEL_FILE = "model.joblib"
MANIFEST_FILE = "manifest.json"
DEFAULT_MODEL = Path(__file__).resolve().parent / "model"
SEED = 13
RETRAIN_HINT = "retrain it with `framing train --out DIR` (or reinstall the package for the default model)"


class ModelError(ValueError):
    pass


class CalibratedLogistic(ClassifierMixin, BaseEstimator):
    """Logistic regression with sigmoid-calibrated probabilities and a prior-corrected decision.

    ``predict_proba`` is calibrated (3-fold); ``predict`` picks the class with the highest
    probability divided by its training prior to the power ``prior_power``, so that rare labels
    (favor, against, media) are not drowned by the majority. ``prior_power`` was chosen by
    cross-validation on the corpus for macro-F1.
    """

    def __init__(self, C: float = 1.0, prior_power: float = 0.5, cv: int = 3):
        self.C = C
        self.prior_power = prior_power
        self.cv = cv

    def fit(self, X, y):
        base = LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced", random_state=SEED)
        self.calibrated_ = CalibratedClassifierCV(base, method="sigmoid", cv=self.cv).fit(X, y)
        self.classes_ = self.calibrated_.classes_
        counts = np.array([np.sum(np.asarray(y) == c) for c in self.classes_], dtype=float)
        self.priors_ = counts / counts.sum()
        return self

    def predict_proba(self, X):
        return self.calibrated_.predict_proba(X)

    @property
    def coef_(self) -> np.ndarray:
        """Mean coefficients of the fold models, one row per class (for explanations)."""
        coefs = [c.estimator.coef_ for c in self.calibrated_.calibrated_classifiers_]
        coef = np.mean(coefs, axis=0)
        return np.vstack([-coef[0], coef[0]]) if coef.shape[0] == 1 else coef

    def predict(self, X):
        scores = self.predict_proba(X) / self.priors_ ** self.prior_power
        return self.classes_[scores.argmax(axis=1)]


def source_pipeline(C: float = 3.0, prior_power: float = 0.0) -> Pipeline:
    return Pipeline([("rules", SourceFeatures()), ("vec", DictVectorizer()),
                     ("clf", CalibratedLogistic(C, prior_power))])


def stance_pipeline(C: float = 0.5, prior_power: float = 0.5) -> Pipeline:
    return Pipeline([("rules", StanceFeatures()), ("vec", DictVectorizer()),
                     ("clf", CalibratedLogistic(C, prior_power))])


class LinearScorer:
    """The fitted pipeline's arithmetic in plain NumPy: feature dicts → calibrated probabilities.

    Same numbers as ``pipeline.predict_proba`` (a test checks it) without scikit-learn's per-call
    validation, which dominates when scoring a few sentences at a time.
    """

    def __init__(self, pipeline: Pipeline):
        self.features = pipeline.named_steps["rules"]
        self.index = pipeline.named_steps["vec"].vocabulary_
        clf = pipeline[-1]
        folds = clf.calibrated_.calibrated_classifiers_
        self.classes = [str(c) for c in clf.classes_]
        self.weights = [np.ascontiguousarray(f.estimator.coef_.T) for f in folds]        # n_features × k
        self.intercepts = [f.estimator.intercept_ for f in folds]
        self.a = [np.array([c.a_ for c in f.calibrators]) for f in folds]
        self.b = [np.array([c.b_ for c in f.calibrators]) for f in folds]
        self.scale = clf.priors_ ** clf.prior_power
        self.multiclass = len(self.classes) > 2 and all(len(f.calibrators) == len(self.classes) for f in folds)

    def matrix(self, X):
        from scipy.sparse import csr_matrix
        rows, cols, vals = [], [], []
        index = self.index
        for i, features in enumerate(self.features.transform(X)):
            for name, value in features.items():
                j = index.get(name)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
                    vals.append(value)
        return csr_matrix((vals, (rows, cols)), shape=(len(X), len(index)))

    def predict_proba(self, X) -> np.ndarray:
        M = self.matrix(X)
        total = np.zeros((len(X), len(self.classes)))
        for W, c, a, b in zip(self.weights, self.intercepts, self.a, self.b):
            proba = 1.0 / (1.0 + np.exp(a * (M @ W + c) + b))
            denominator = proba.sum(axis=1, keepdims=True)
            total += np.divide(proba, denominator, out=np.full_like(proba, 1 / len(self.classes)),
                               where=denominator != 0)
        return total / len(self.weights)

    def predict(self, X) -> list[tuple[str, dict[str, float]]]:
        if not X:
            return []
        probs = self.predict_proba(X)
        labels = (probs / self.scale).argmax(axis=1)
        classes = self.classes
        return [(classes[k], {c: round(float(p), 4) for c, p in zip(classes, row)}) for k, row in zip(labels, probs)]


@dataclass
class FramingModel:
    source: Pipeline
    stance: Pipeline
    manifest: dict

    def __post_init__(self):
        self._scorers = {}

    def _scorer(self, name: str):
        scorer = self._scorers.get(name)
        if scorer is None:
            pipeline = getattr(self, name)
            scorer = LinearScorer(pipeline)
            if not scorer.multiclass:
                scorer = None
            self._scorers[name] = scorer or False
        return scorer or None

    @property
    def version(self) -> str:
        return self.manifest.get("model_id", "unknown")

    def predict_source(self, rules: list) -> list[tuple[str, dict[str, float]]]:
        """(label, calibrated probabilities) per sentence."""
        scorer = self._scorer("source")
        return scorer.predict(rules) if scorer else _predict(self.source, rules)

    def predict_stance(self, pairs: list) -> list[tuple[str, dict[str, float]]]:
        """(label, calibrated probabilities) per (sentence, actor) pair."""
        scorer = self._scorer("stance")
        return scorer.predict(pairs) if scorer else _predict(self.stance, pairs)

    def save(self, directory: str | Path) -> Path:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        tmp = directory / (MODEL_FILE + ".tmp")
        joblib.dump({"source": self.source, "stance": self.stance}, tmp, compress=3)
        data = tmp.read_bytes()
        manifest = dict(self.manifest, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data))
        manifest["model_id"] = manifest["sha256"][:12]
        tmp.replace(directory / MODEL_FILE)
        (directory / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
        self.manifest = manifest
        return directory


def _predict(pipeline: Pipeline, X) -> list[tuple[str, dict[str, float]]]:
    if not X:
        return []
    features = pipeline[:-1].transform(X)
    clf = pipeline[-1]
    probs = clf.predict_proba(features)
    labels = clf.classes_[(probs / clf.priors_ ** clf.prior_power).argmax(axis=1)]
    classes = [str(c) for c in clf.classes_]
    return [(str(label), {c: round(float(p), 4) for c, p in zip(classes, row)}) for label, row in zip(labels, probs)]


def manifest_base(lexicon_digest: str, corpus_digest: str) -> dict:
    return {"package": "arabic-framing", "package_version": __version__, "sklearn_version": sklearn.__version__,
            "python": f"{sys.version_info.major}.{sys.version_info.minor}", "lexicon": lexicon_digest,
            "corpus": corpus_digest}


def load_model(directory: str | Path | None, lexicon_digest: str) -> FramingModel:
    directory = Path(directory) if directory is not None else DEFAULT_MODEL
    manifest_path, model_path = directory / MANIFEST_FILE, directory / MODEL_FILE
    if not manifest_path.is_file() or not model_path.is_file():
        raise ModelError(f"{directory}: no model here ({MANIFEST_FILE} and {MODEL_FILE} expected); {RETRAIN_HINT}")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ModelError(f"{manifest_path}: unreadable manifest ({e}); {RETRAIN_HINT}") from None
    data = model_path.read_bytes()
    if hashlib.sha256(data).hexdigest() != manifest.get("sha256"):
        raise ModelError(f"{model_path}: file does not match its manifest (truncated or altered); {RETRAIN_HINT}")
    for key, current in (("sklearn_version", sklearn.__version__), ("lexicon", lexicon_digest)):
        if manifest.get(key) != current:
            raise ModelError(f"{directory}: model built for {key} {manifest.get(key)!r}, but this is {current!r}; "
                             f"{RETRAIN_HINT}")
    bundle = joblib.load(model_path)
    return FramingModel(bundle["source"], bundle["stance"], manifest)
