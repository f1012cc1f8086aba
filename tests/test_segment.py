import pytest

from classifier.segment import find_quotes, segment
from tests.conftest import SEED


def sentences(text):
    spans, _ = segment(text)
    return [text[s:e] for s, e in spans]


CASES = [
    # (text, expected sentences)
    ("قال الوزير إن المحادثات\nمستمرة. وأضاف أنها مثمرة.", ["قال الوزير إن المحادثات\nمستمرة.", "وأضاف أنها مثمرة."]),
    ("هل انتهت الحرب؟ لا أحد يعرف!", ["هل انتهت الحرب؟", "لا أحد يعرف!"]),
    ('وقال: "انتهى الأمر." ثم غادر.', ['وقال: "انتهى الأمر."', "ثم غادر."]),
    ("وقال «انتهى الأمر.» ثم غادر.", ["وقال «انتهى الأمر.»", "ثم غادر."]),
    ("ارتفع التضخم إلى 3.5 بالمئة، والفائدة ثابتة.", ["ارتفع التضخم إلى 3.5 بالمئة، والفائدة ثابتة."]),
    ("وصل الوفد؛ وعقد اجتماعا مطولا.", ["وصل الوفد؛", "وعقد اجتماعا مطولا."]),
    ("وصل الوفد؛ في زيارة رسمية.", ["وصل الوفد؛ في زيارة رسمية."]),      # ؛ before a phrase: no boundary
    ("الفقرة الأولى بلا نقطة\n\nالفقرة الثانية.", ["الفقرة الأولى بلا نقطة", "الفقرة الثانية."]),
    ("ينتظر الجميع… ثم يبدأ العمل.", ["ينتظر الجميع…", "ثم يبدأ العمل."]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_seed_has_fourteen_sentences_and_hard_wraps_do_not_split():
    text = SEED.read_text(encoding="utf-8")
    found = sentences(text)
    assert len(found) == 14
    assert any("ودولة\nالاحتلال" in s for s in found)


@pytest.mark.parametrize("text,quoted", [
    ('قال "نحن هنا" ثم غادر', ["نحن هنا"]),
    ("قال «نحن هنا» ثم غادر", ["نحن هنا"]),
    ("قال “نحن هنا” ثم غادر", ["نحن هنا"]),
    ('قال "نحن هنا ثم غادر', ["نحن هنا ثم غادر"]),      # unbalanced: runs to the end of the paragraph
    ("قال « نحن هنا", [" نحن هنا"]),
])
def test_quotes(text, quoted):
    assert [text[slice(*q.inner)] for q in find_quotes(text)] == quoted
