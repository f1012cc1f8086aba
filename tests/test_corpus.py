"""The training corpus: size, mix, format and the skeleton rule of issue 3."""
import pytest

from classifier.corpus_stats import MAX_SKELETON_REPEATS, skeletons
from classifier.labels import ACTORS, CATEGORIES, CUE_CLASSES, SOURCES, STANCES
from classifier.training import DEFAULT_CORPUS, read_corpus

KEYS = {"text", "source", "speaker", "speaker_actor", "cue", "cue_class", "stance", "loaded"}


@pytest.fixture(scope="module")
def corpus():
    return read_corpus(DEFAULT_CORPUS)[0]


def test_size_and_mix(corpus):
    sentences = sum(len(a["sentences"]) for a in corpus)
    ordinary = [a for a in corpus if a["meta"]["kind"] == "ordinary"]
    assert len(corpus) >= 200 and sentences >= 2000
    assert len(ordinary) >= 0.4 * len(corpus)
    assert len({a["id"] for a in corpus}) == len(corpus)


def test_every_sentence_follows_the_gold_format(corpus):
    for a in corpus:
        for s in a["sentences"]:
            where = (a["id"], s["text"][:30])
            assert set(s) == KEYS, where
            assert s["source"] in SOURCES and (s["cue_class"] is None) == (s["cue"] is None), where
            assert s["cue_class"] is None or s["cue_class"] in CUE_CLASSES, where
            assert s["cue"] is None or s["cue"] in s["text"], where
            assert s["source"] != "author" or s["speaker"] is s["cue"] is s["speaker_actor"] is None, where
            assert s["speaker_actor"] is None or s["speaker_actor"] in ACTORS, where
            assert all(k in ACTORS and v in STANCES for k, v in s["stance"].items()), where
            for t in s["loaded"]:
                assert t["text"] in s["text"] and t["category"] in CATEGORIES, where
                assert t["voice"] in ("author", "quoted") and (t["target"] is None or t["target"] in ACTORS), where


def test_every_label_has_examples(corpus):
    sentences = [s for a in corpus for s in a["sentences"]]
    assert {s["source"] for s in sentences} == set(SOURCES)
    assert {s["cue_class"] for s in sentences if s["cue"]} == set(CUE_CLASSES)
    assert {t["category"] for s in sentences for t in s["loaded"]} == set(CATEGORIES)
    assert {v for s in sentences for v in s["stance"].values()} == set(STANCES)


def test_no_sentence_skeleton_repeats_more_than_three_times(corpus):
    repeated = {k: v for k, v in skeletons(corpus).items() if v > MAX_SKELETON_REPEATS}
    assert repeated == {}
