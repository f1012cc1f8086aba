"""Acceptance on the seed article: the rules alone get every sentence's attribution and loaded terms."""
from classifier.evaluate import gold_spans, predict


def test_rules_reproduce_the_seed_gold(analyzer, seed_gold):
    predicted = predict(analyzer, [seed_gold])[0]
    assert len(predicted) == len(seed_gold["sentences"])
    for gold, pred in zip(seed_gold["sentences"], predicted):
        where = gold["text"][:40]
        for key in ("source", "speaker", "speaker_actor", "cue_class"):
            assert pred[key] == gold[key], (where, key, pred[key], gold[key])
        want = [(s, e, t["category"], t["voice"], t["target"]) for s, e, t in gold_spans(gold)]
        got = [(t["start"], t["end"], t["category"], t["voice"], t["target"]) for t in pred["loaded"]]
        assert got == want, where


def test_seed_file_scores_the_same_as_its_gold_sentences(analyzer, seed_gold):
    from tests.conftest import SEED
    result = analyzer.analyze(SEED.read_text(encoding="utf-8"))
    assert [s.source for s in result.sentences] == [s["source"] for s in seed_gold["sentences"]]
