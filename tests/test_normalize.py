import pytest

from classifier.normalize import NormalizedText, normalize

CASES = [
    ("أكد", "اكد"),                 # hamza on alef folds (pyarabic's normalize_hamza would give ءكد)
    ("إسرائيل", "اسرائيل"),
    ("آلية", "اليه"),              # alef madda, teh marbuta
    ("مُصادِرُ", "مصادر"),           # tashkeel dropped
    ("الـمـصادر", "المصادر"),        # tatweel dropped
    ("مستشفى", "مستشفي"),          # alef maqsura
    ("مسؤول", "مسؤول"),            # hamza on waw is kept
    ("٢٠٢٤", "2024"),              # Arabic-Indic digits
    ("ﻻ", "لا"),                   # lam-alef ligature
    ("Reuters", "reuters"),
]


@pytest.mark.parametrize("raw,expected", CASES)
def test_normalize(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw", ["وَقَالَ الوزيرُ", "ﻻ بد", "قال\u200f الوزير", "plain text", "الـــوزير"])
def test_tokens_map_back_to_raw(raw):
    nt = NormalizedText(raw)
    for tok in nt.tokens():
        assert normalize(raw[tok.start:tok.end]) == tok.text
