"""Training-side models: scikit-learn pipelines for source and stance, and how they are saved.

``save`` writes ``model.joblib`` (the pipelines), ``scorer.npz`` (their arithmetic, for scoring
without scikit-learn, see ``scorer``) and ``manifest.json`` (versions, lexicon and corpus hashes,
file hashes, feature names, training metrics). ``load_pipelines`` checks the manifest and the file
hash before unpickling: a joblib file is code.
"""
from __future__ import annotations

import json
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
from .scorer import (DEFAULT_MODEL, FORMAT, MANIFEST_FILE, MODEL_FILE, MODELS, RETRAIN_HINT, SCORER_FILE, ModelError,
                     read_manifest, sha256)
from .transformers import SourceFeatures, StanceFeatures

SEED = 13


class CalibratedLogistic(ClassifierMixin, BaseEstimator):
    """Logistic regression with sigmoid-calibrated probabilities and a prior-corrected decision.

    ``predict_proba`` is calibrated (3-fold); ``predict`` picks the class with the highest
    probability divided by its training prior to the power ``prior_power``, so that rare labels
    (favor, against) are not drowned by the majority. ``C`` and ``prior_power`` were chosen by
    cross-validation on the corpus (folds by article) for macro-F1.
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

    def predict(self, X):
        scores = self.predict_proba(X) / self.priors_ ** self.prior_power
        return self.classes_[scores.argmax(axis=1)]


def source_pipeline(C: float = 3.0, prior_power: float = 0.0) -> Pipeline:
    return Pipeline([("rules", SourceFeatures()), ("vec", DictVectorizer()),
                     ("clf", CalibratedLogistic(C, prior_power))])


def stance_pipeline(C: float = 0.5, prior_power: float = 0.5) -> Pipeline:
    return Pipeline([("rules", StanceFeatures()), ("vec", DictVectorizer()),
                     ("clf", CalibratedLogistic(C, prior_power))])


def scorer_arrays(name: str, pipeline: Pipeline) -> dict[str, np.ndarray]:
    """The arrays ``scorer.LinearScorer`` needs, taken from a fitted pipeline."""
    clf = pipeline[-1]
    folds = clf.calibrated_.calibrated_classifiers_
    if len(clf.classes_) < 3 or any(len(f.calibrators) != len(clf.classes_) for f in folds):
        raise ValueError(f"{name}: the scorer handles three or more classes only")
    return {f"{name}.weights": np.stack([f.estimator.coef_.T for f in folds]),
            f"{name}.intercepts": np.stack([f.estimator.intercept_ for f in folds]),
            f"{name}.a": np.stack([[c.a_ for c in f.calibrators] for f in folds]),
            f"{name}.b": np.stack([[c.b_ for c in f.calibrators] for f in folds]),
            f"{name}.scale": clf.priors_ ** clf.prior_power}


@dataclass
class FramingModel:
    source: Pipeline
    stance: Pipeline
    manifest: dict

    def save(self, directory: str | Path) -> Path:
        """Write the three files; each is written beside its target and renamed, so none is left half-written."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        pipelines = {"source": self.source, "stance": self.stance}
        joblib.dump(pipelines, directory / (MODEL_FILE + ".tmp"), compress=3)
        arrays = {k: v for name in MODELS for k, v in scorer_arrays(name, pipelines[name]).items()}
        with open(directory / (SCORER_FILE + ".tmp"), "wb") as f:
            np.savez(f, **arrays)
        for name in (MODEL_FILE, SCORER_FILE):
            (directory / (name + ".tmp")).replace(directory / name)
        manifest = dict(self.manifest, format=FORMAT,
                        files={name: sha256(directory / name) for name in (MODEL_FILE, SCORER_FILE)},
                        feature_params={"source": self.source.named_steps["rules"].get_params(),
                                        "stance": self.stance.named_steps["rules"].get_params()})
        for name, pipeline in pipelines.items():
            manifest[f"{name}_classes"] = [str(c) for c in pipeline[-1].classes_]
            manifest[f"{name}_features"] = [str(n) for n in pipeline.named_steps["vec"].get_feature_names_out()]
        manifest["model_id"] = manifest["files"][SCORER_FILE][:12]
        tmp = directory / (MANIFEST_FILE + ".tmp")
        tmp.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(directory / MANIFEST_FILE)
        self.manifest = manifest
        return directory


def manifest_base(lexicon_digest: str, corpus_digest: str) -> dict:
    import sys
    return {"package": "arabic-framing", "package_version": __version__, "sklearn_version": sklearn.__version__,
            "python": f"{sys.version_info.major}.{sys.version_info.minor}", "lexicon": lexicon_digest,
            "corpus": corpus_digest}


def load_pipelines(directory: str | Path | None, lexicon_digest: str) -> FramingModel:
    """The scikit-learn pipelines, after the manifest, the scikit-learn version and the file hash check out."""
    directory = Path(directory) if directory is not None else DEFAULT_MODEL
    manifest = read_manifest(directory, lexicon_digest)
    if manifest.get("sklearn_version") != sklearn.__version__:
        raise ModelError(f"{directory}: pipelines built with scikit-learn {manifest.get('sklearn_version')!r}, "
                         f"but this is {sklearn.__version__!r}; {RETRAIN_HINT}")
    path = directory / MODEL_FILE
    if not path.is_file() or sha256(path) != manifest.get("files", {}).get(MODEL_FILE):
        raise ModelError(f"{path}: missing, or does not match its manifest (truncated or altered); {RETRAIN_HINT}")
    bundle = joblib.load(path)
    return FramingModel(bundle["source"], bundle["stance"], manifest)
