"""Features, models, persistence and the train / eval commands."""
import json
import shutil

import pytest
from click.testing import CliRunner
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from classifier import Analyzer
from classifier.cli import main
from classifier.models import load_pipelines
from classifier.scorer import DEFAULT_MODEL, MANIFEST_FILE, MODEL_FILE, SCORER_FILE, ModelError, load_model
from classifier.transformers import SourceFeatures, StanceFeatures
from classifier.training import DEFAULT_CORPUS, examples, read_corpus, train
from tests.conftest import SEED, SEED_GOLD


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    target = tmp_path_factory.mktemp("corpus")
    for name in ("levant_01.jsonl", "daily_01.jsonl", "gulf_02.jsonl", "north_03.jsonl"):
        shutil.copy(DEFAULT_CORPUS / name, target / name)
    return target


def test_feature_transformers_fit_in_a_users_pipeline(analyzer, small_corpus):
    articles, _ = read_corpus(small_corpus)
    src_X, src_y, st_X, st_y = examples(analyzer.engine, articles)
    for features, X, y in ((SourceFeatures(), src_X, src_y), (StanceFeatures(window=2), st_X, st_y)):
        pipe = Pipeline([("rules", features), ("vec", DictVectorizer()), ("clf", LogisticRegression(max_iter=500))])
        pipe.fit(X, y)
        names = pipe.named_steps["vec"].get_feature_names_out()
        assert len(names) > 20 and len(pipe.predict(X)) == len(y)
    assert StanceFeatures(window=2).get_params() == {"window": 2}


def test_stance_features_are_relative_to_the_actor(analyzer):
    r = analyzer.engine.sentences(["وقال المتحدث إن العدوان الإسرائيلي على غزة مستمر وإن مصر تدعم الحل."])[1][0]
    israel = StanceFeatures().transform([(r, "israel")])[0]
    egypt = StanceFeatures().transform([(r, "egypt")])[0]
    assert israel.get("tgt=aggression|negative") == 1.0 and "tgt=aggression|negative" not in egypt


def test_words_of_blame_are_features_of_each_actors_role_and_side(analyzer):
    r = analyzer.engine.sentences(["واتهمت وزارة الخارجية القطرية إسرائيل بعرقلة المفاوضات."])[1][0]
    qatar = StanceFeatures().transform([(r, "qatar")])[0]
    israel = StanceFeatures().transform([(r, "israel")])[0]
    assert "ev=eval.accuse|speaker|b" in qatar and "ev=eval.accuse|other|b" in israel
    assert not any(k.startswith("ev=eval.accuse|other") for k in qatar)


def test_training_is_deterministic_and_persists_with_a_manifest(analyzer, small_corpus, tmp_path):
    first = train(analyzer.engine, small_corpus).save(tmp_path / "a")
    second = train(analyzer.engine, small_corpus).save(tmp_path / "b")
    manifest = json.loads((first / MANIFEST_FILE).read_text())
    for key in ("package_version", "sklearn_version", "lexicon", "corpus", "source_features", "training_metrics"):
        assert key in manifest
    seed_text = SEED.read_text(encoding="utf-8")
    a = Analyzer(model=first).analyze(seed_text).to_dict()
    b = Analyzer(model=second).analyze(seed_text).to_dict()
    for d in (a, b):
        d.pop("model")
    assert a == b


def test_a_corrupted_or_mismatched_model_is_refused(analyzer, tmp_path):
    target = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL, target)
    digest = analyzer.lexicon.digest
    assert load_model(target, digest).version == load_model(None, digest).version
    with pytest.raises(ModelError, match="lexicon.*framing train"):
        load_model(target, "0000000000000000")
    manifest = json.loads((target / MANIFEST_FILE).read_text())
    (target / MANIFEST_FILE).write_text(json.dumps(dict(manifest, package_version="0.0.1")))
    with pytest.raises(ModelError, match="package_version"):
        load_model(target, digest)
    (target / MANIFEST_FILE).write_text(json.dumps(dict(manifest, sklearn_version="0.1")))
    load_model(target, digest)      # scoring does not use scikit-learn objects
    with pytest.raises(ModelError, match="scikit-learn"):
        load_pipelines(target, digest)
    (target / MANIFEST_FILE).write_text(json.dumps(manifest))
    (target / MODEL_FILE).write_bytes(b"cos\nsystem\n(S'echo pwned'\ntR.")   # a hostile pickle
    with pytest.raises(ModelError, match="truncated or altered"):
        load_pipelines(target, digest)
    data = (target / SCORER_FILE).read_bytes()
    (target / SCORER_FILE).write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelError, match="truncated or altered"):
        load_model(target, digest)
    (target / MANIFEST_FILE).write_text("{not json")
    with pytest.raises(ModelError, match="unreadable manifest"):
        load_model(target, digest)
    (target / MANIFEST_FILE).unlink()
    with pytest.raises(ModelError, match="no model here"):
        load_model(target, digest)


def test_the_shipped_model_is_what_the_corpus_and_lexicons_train(analyzer, tmp_path):
    shipped = load_model(None, analyzer.lexicon.digest)
    _, corpus_digest = read_corpus(DEFAULT_CORPUS)
    assert shipped.manifest["corpus"] == corpus_digest, "corpus changed: run `framing train`"
    fresh = load_model(train(analyzer.engine, DEFAULT_CORPUS).save(tmp_path / "fresh"), analyzer.lexicon.digest)
    articles = read_corpus(DEFAULT_CORPUS)[0][:40]
    src_X, _, st_X, _ = examples(analyzer.engine, articles)
    assert fresh.predict_source(src_X) == shipped.predict_source(src_X)
    assert fresh.predict_stance(st_X) == shipped.predict_stance(st_X)


def test_train_and_eval_commands(small_corpus, tmp_path):
    runner = CliRunner()
    out = tmp_path / "m"
    result = runner.invoke(main, ["train", "--corpus", str(small_corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["eval", str(SEED_GOLD), "--model", str(out), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["sentences"] == 14 and metrics["loaded_f1"] == 1.0
    result = runner.invoke(main, ["eval", str(SEED_GOLD), "--model", str(out), "--baseline", "--corpus",
                                  str(small_corpus)])
    assert result.exit_code == 0, result.output
    assert "baseline" in result.output.splitlines()[0]


def test_eval_with_a_missing_model_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(SEED_GOLD), "--model", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no model here" in result.stderr


def test_the_numpy_scorer_gives_scikit_learns_probabilities(analyzer):
    import numpy as np
    digest = analyzer.lexicon.digest
    scoring, pipelines = load_model(None, digest), load_pipelines(None, digest)
    articles = read_corpus(DEFAULT_CORPUS)[0][:15]
    src_X, _, st_X, _ = examples(analyzer.engine, articles)
    for scorer, pipeline, X in ((scoring.source, pipelines.source, src_X), (scoring.stance, pipelines.stance, st_X)):
        assert np.allclose(scorer.predict_proba(X), pipeline.predict_proba(X), atol=1e-12)


def test_batch_equals_one_by_one():
    a = Analyzer()
    texts = [SEED.read_text(encoding="utf-8"), "وقالت وزارة الصحة إن الاجتماع انتهى.", ""]
    assert [r.to_dict() for r in a.analyze_batch(texts)] == [a.analyze(t).to_dict() for t in texts]


def test_scored_output_corrected_by_hand_trains_as_gold(tmp_path):
    """An analyst's corrected `framing score --format jsonl` output is valid training input."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    out = corpus / "scored.jsonl"
    runner = CliRunner()
    assert runner.invoke(main, ["score", "--format", "jsonl", "-o", str(out), str(SEED)]).exit_code == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    record["sentences"][0]["stance"]["turkey"] = "favor"          # the analyst's correction
    lines = [json.dumps(record, ensure_ascii=False)]
    for name in ("levant_01.jsonl", "daily_01.jsonl"):
        lines += (DEFAULT_CORPUS / name).read_text(encoding="utf-8").splitlines()
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["train", "--corpus", str(corpus), "--out", str(tmp_path / "m")])
    assert result.exit_code == 0, result.output
    assert "trained on 11 articles" in result.output
