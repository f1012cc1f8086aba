"""Offsets are sacred: every reported span indexes the input text exactly."""
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from classifier.segment import BLANK_LINE
from tests.conftest import SEED

ARABIC_BITS = ["قال", "وقال", "الوزير", " ", "\n", "، ", ". ", '"', "«", "»", "إسرائيل", "دولة الاحتلال", "العدوان",
               "ٌ", "ـ", "\u200f", "ﻻ", "مصادر", "إن", "أن", ":", "الإسرائيلي", "شهداء", "بحسب", "؟"]


def spans(result):
    for s in result.sentences:
        yield s.start, s.end, s.text
        if s.speaker:
            yield s.speaker.start, s.speaker.end, s.speaker.text
        if s.cue:
            yield s.cue.start, s.cue.end, s.cue.text
        for t in s.loaded:
            yield t.start, t.end, t.text
        for m in s.mentions:
            yield m.start, m.end, m.text


def check(text, result):
    for start, end, value in spans(result):
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == value


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ARABIC_BITS), max_size=60).map("".join))
def test_spans_index_the_text_arabic(analyzer, text):
    check(text, analyzer.analyze(text))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_spans_index_the_text_any_unicode(analyzer, text):
    check(text, analyzer.analyze(text))


def test_seed_spans(analyzer):
    text = SEED.read_text(encoding="utf-8")
    result = analyzer.analyze(text)
    check(text, result)
    assert sum(1 for _ in spans(result)) > 40


def comparable(result):
    return [(s.text, s.source, s.speaker and s.speaker.text, s.cue and s.cue.text, s.stance,
             [(t.text, t.category, t.voice, t.target) for t in s.loaded]) for s in result.sentences]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ARABIC_BITS + ["وأضاف"]), max_size=50).map("".join))
def test_a_text_and_its_sentences_in_order_give_the_same_analysis(analyzer, text):
    """One paragraph whose sentences hold all its characters: paragraph breaks and dropped fragments
    (a lone `".`) are context that a list of sentences does not carry."""
    assume(not BLANK_LINE.search(text))
    result = analyzer.analyze(text)
    covered = "".join(s.text for s in result.sentences)
    assume("".join(covered.split()) == "".join(text.split()))
    assert comparable(analyzer.analyze_sentences([s.text for s in result.sentences])) == comparable(result)


def test_the_seed_and_its_sentences_give_the_same_analysis(analyzer):
    result = analyzer.analyze(SEED.read_text(encoding="utf-8"))
    assert comparable(analyzer.analyze_sentences([s.text for s in result.sentences])) == comparable(result)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_decoding_any_bytes_gives_text_or_a_decode_error(data):
    from classifier.decode import DecodeError, decode
    try:
        assert isinstance(decode(data), str)
    except DecodeError as e:
        assert str(e)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_segments_are_ordered_disjoint_and_in_bounds(text):
    from classifier.segment import segment
    spans, quotes = segment(text)
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text) and text[start:end].strip() == text[start:end]
        previous = end
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_normalized_tokens_map_back_to_the_raw_text(text):
    from classifier.normalize import NormalizedText, normalize
    nt = NormalizedText(text)
    for tok in nt.tokens():
        assert 0 <= tok.start < tok.end <= len(text)
        assert normalize(text[tok.start:tok.end]) == tok.text
