"""Scoring with the trained models in plain NumPy: no scikit-learn import, nothing unpickled.

A model directory holds ``manifest.json``, ``scorer.npz`` (the calibrated linear models' arrays) and
``model.joblib`` (the scikit-learn pipelines, for training-side use and explanations). Scoring reads
the manifest and ``scorer.npz`` only, after checking the file's SHA-256 against the manifest and the
manifest against this package and lexicon; a mismatch is refused with a message that says how to retrain.
"""
from __future__ import annotations

import hashlib
import json
from itertools import repeat
from importlib import metadata
from pathlib import Path

import numpy as np

from . import __version__
from .features import WINDOW, source_features, stance_feature_parts

MANIFEST_FILE = "manifest.json"
SCORER_FILE = "scorer.npz"
MODEL_FILE = "model.joblib"
DEFAULT_MODEL = Path(__file__).resolve().parent / "model"
RETRAIN_HINT = "retrain it with `framing train --out DIR` (or reinstall the package for the default model)"
MODELS = ("source", "stance")
FORMAT = 2   # of the model directory; bump when its files change shape


class ModelError(ValueError):
    pass


class LinearScorer:
    """Feature dicts → calibrated probabilities: per fold, logistic scores through per-class sigmoids,
    normalized, then averaged over folds (what ``CalibratedClassifierCV(method="sigmoid")`` computes)."""

    def __init__(self, featurize, names: list[str], classes: list[str], weights, intercepts, a, b, scale):
        self.featurize = featurize      # a list of inputs → per input, a tuple of feature dicts
        self.names = names
        self.index = {n: i for i, n in enumerate(names)}
        self.classes = classes
        self.weights = weights          # folds × features × classes
        self.intercepts = intercepts    # folds × classes
        self.a, self.b = a, b           # folds × classes: sigmoid calibration
        self.scale = scale              # classes: prior ** prior_power, divides probabilities for the decision
        folds, features, k = weights.shape   # the fold weights side by side, and a zero row for the dummy column
        self.stacked = np.vstack((weights.transpose(1, 0, 2).reshape(features, folds * k), np.zeros((1, folds * k))))

    def parts(self, X) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The distinct feature dicts of ``X`` as sparse rows (column indexes, values, bounds), and per
        input the indexes of its dicts. A dict shared by several inputs (a sentence's part of its
        actors' features) is one part, looked up and scored once."""
        names, vals, lengths, part_of_row = [], [], [], []
        part_number: dict[int, int] = {}
        for row in self.featurize(X):
            for part in row:
                number = part_number.get(id(part))   # the dicts stay alive in ``row`` meanwhile
                if number is None:
                    number = part_number[id(part)] = len(lengths)
                    names += part
                    names.append(None)   # every part ends on the dummy column: no part is empty
                    vals += part.values()
                    vals.append(0.0)
                    lengths.append(len(part) + 1)
                part_of_row.append(number)
            part_of_row.append(-1)   # end of row
        # one C-level pass over all names; a feature the model does not know scores on the dummy column
        cols = np.fromiter(map(self.index.get, names, repeat(len(self.names))), dtype=np.intp, count=len(names))
        bounds = np.concatenate(([0], np.cumsum(lengths, dtype=np.intp)))
        return cols, np.asarray(vals, dtype=float), bounds, np.asarray(part_of_row, dtype=np.intp)

    def predict_proba(self, X) -> np.ndarray:
        folds, _, k = self.weights.shape
        if not len(X):
            return np.zeros((0, k))
        cols, vals, bounds, part_of_row = self.parts(X)
        part_scores = np.add.reduceat(self.stacked[cols] * vals[:, None], bounds[:-1], axis=0)   # parts × (folds·k)
        ends = part_of_row == -1
        starts = np.flatnonzero(np.concatenate(([True], ends[:-1])))   # where each row's parts begin
        row_parts = np.where(ends, len(part_scores), part_of_row)       # the end mark points at a zero row
        padded = np.vstack((part_scores, np.zeros((1, folds * k))))
        scores = np.add.reduceat(padded[row_parts], starts, axis=0).reshape(len(X), folds, k)
        proba = 1.0 / (1.0 + np.exp(self.a * (scores + self.intercepts) + self.b))   # per fold, per class
        denominator = proba.sum(axis=2, keepdims=True)
        proba = np.divide(proba, denominator, out=np.full_like(proba, 1 / k), where=denominator != 0)
        return proba.mean(axis=1)

    def predict(self, X) -> list[tuple[str, dict[str, float]]]:
        if not X:
            return []
        probs = self.predict_proba(X)
        labels = (probs / self.scale).argmax(axis=1)
        classes = self.classes
        return [(classes[k], dict(zip(classes, row))) for k, row in zip(labels.tolist(), probs.round(4).tolist())]

    def contributions(self, x, label: str) -> list[tuple[str, float]]:
        """Weight × value of every active feature toward ``label`` (fold-averaged weights)."""
        k = self.classes.index(label)
        weights = self.weights[:, :, k].mean(axis=0)
        features = {name: value for part in self.featurize([x])[0] for name, value in part.items()}
        return [(name, float(weights[self.index[name]] * value)) for name, value in features.items()
                if name in self.index]


class ScoringModel:
    def __init__(self, source: LinearScorer, stance: LinearScorer, manifest: dict, directory: Path):
        self.source, self.stance, self.manifest, self.directory = source, stance, manifest, directory

    @property
    def version(self) -> str:
        return self.manifest.get("model_id", "unknown")

    def predict_source(self, rules: list) -> list[tuple[str, dict[str, float]]]:
        """(label, calibrated probabilities) per sentence."""
        return self.source.predict(rules)

    def predict_stance(self, pairs: list) -> list[tuple[str, dict[str, float]]]:
        """(label, calibrated probabilities) per (sentence, actor) pair."""
        return self.stance.predict(pairs)


def featurizers(params: dict) -> dict:
    lexical = params.get("source", {}).get("lexical", True)
    window = params.get("stance", {}).get("window", WINDOW)
    return {"source": lambda X: [(source_features(r, lexical),) for r in X],
            "stance": lambda X: stance_feature_parts(X, window)}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_manifest(directory: Path, lexicon_digest: str) -> dict:
    manifest_path = directory / MANIFEST_FILE
    if not manifest_path.is_file() or not (directory / SCORER_FILE).is_file():
        raise ModelError(f"{directory}: no model here ({MANIFEST_FILE} and {SCORER_FILE} expected); {RETRAIN_HINT}")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ModelError(f"{manifest_path}: unreadable manifest ({e}); {RETRAIN_HINT}") from None
    if not isinstance(manifest, dict):
        raise ModelError(f"{manifest_path}: not a model manifest; {RETRAIN_HINT}")
    for key, current in (("package_version", __version__), ("lexicon", lexicon_digest), ("format", FORMAT)):
        if manifest.get(key) != current:
            raise ModelError(f"{directory}: model built for {key} {manifest.get(key)!r}, but this is {current!r}; "
                             f"{RETRAIN_HINT}")
    return manifest


def load_model(directory: str | Path | None, lexicon_digest: str) -> ScoringModel:
    directory = Path(directory) if directory is not None else DEFAULT_MODEL
    manifest = read_manifest(directory, lexicon_digest)
    path = directory / SCORER_FILE
    if sha256(path) != manifest.get("files", {}).get(SCORER_FILE):
        raise ModelError(f"{path}: file does not match its manifest (truncated or altered); {RETRAIN_HINT}")
    try:
        with np.load(path, allow_pickle=False) as arrays:
            data = {k: arrays[k] for k in arrays.files}
    except (ValueError, OSError) as e:
        raise ModelError(f"{path}: unreadable ({e}); {RETRAIN_HINT}") from None
    make = featurizers(manifest.get("feature_params", {}))
    scorers = []
    for name in MODELS:
        scorers.append(LinearScorer(make[name], manifest[f"{name}_features"], manifest[f"{name}_classes"],
                                    *(data[f"{name}.{part}"] for part in ("weights", "intercepts", "a", "b", "scale"))))
    return ScoringModel(*scorers, manifest, directory)


def installed(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None
