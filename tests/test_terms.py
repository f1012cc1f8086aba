"""Loaded terms and actor mentions: each rule with its hard negative."""
import pytest


def terms(analyzer, sentence):
    s = analyzer.analyze_sentences([sentence]).sentences[0]
    return [(t.text, t.category, t.target, t.voice) for t in s.loaded]


CASES = [
    ("وشن جيش الاحتلال غارات على المدينة.", [("جيش الاحتلال", "label", "israel", "author")]),
    ("التقى مسؤولون أتراك بوفد من دولة الاحتلال.", [("دولة الاحتلال", "label", "israel", "author")]),
    ("وتواصل العدوان الإسرائيلي على غزة.", [("العدوان", "aggression", "israel", "author")]),
    ("واستشهد ثلاثة فلسطينيين في القصف.", [("استشهد", "martyrdom", "palestine", "author")]),
    ("وهاجمت ميليشيا الحوثي سفينة تجارية.", [("ميليشيا الحوثي", "label", "houthis", "author")]),
    ("وقال المتحدث: \"العدوان لن يمر\".", [("العدوان", "aggression", None, "quoted")]),
    ("واستبعد تطبيع العلاقات مع \"إسرائيل\".", [("إسرائيل", "scare_quote", "israel", "author")]),
    ("ما يسمى بالمنطقة العازلة ليس إلا غطاء.", [("ما يسمى", "delegitimizing", None, "author")]),
    ("واتهم المعارضون النظام وحلفاءه بقصف المدينة.", [("النظام", "label", "syria", "author")]),
    ("وقال المتحدث باسم الجيش السوداني: \"قواتنا الباسلة صدت الهجوم\".", [("قواتنا الباسلة", "praise", "sudan", "quoted")]),
    ("وسقط ثلاثة قتلى في غارة، ونعت حماس الشهداء.", [("الشهداء", "martyrdom", None, "author")]),
    # hard negatives: not loaded
    ("وقال البنك المركزي إن النظام المصرفي مستقر.", []),
    ("وفاز الفريق بدوري أبطال أوروبا.", []),
    ("وتجمع المحتجون في ساحة الشهداء وسط بيروت.", []),
    ("وفي عام 1882 بدأ الاحتلال البريطاني لمصر.", []),
    ("وأعلنت حركة المقاومة الإسلامية (حماس) موافقتها على المقترح.", []),
    ("وقتل خمسة أشخاص في غارة إسرائيلية.", []),
    ("وقالت قوات الدعم السريع إنها سيطرت على المدينة.", []),
    ("وأعلنت منصة \"إكس\" عن ميزة جديدة.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_loaded_terms(analyzer, sentence, expected):
    found = terms(analyzer, sentence)
    assert [(t, c, v) for t, c, _, v in found] == [(t, c, v) for t, c, _, v in expected]
    for (_, _, target, _), (_, _, want, _) in zip(found, expected):
        if want is not None:
            assert target == want


MENTIONS = [
    ("التقى وزير الخارجية المصري نظيره الأردني في عمان.", {"egypt", "jordan"}),
    ("وصل الوفد الأمريكي إلى موسكو.", {"usa", "russia"}),
    ("وقال نتنياهو إن الحرب مستمرة.", {"israel"}),
    ("وشن جيش الاحتلال غارات.", {"israel"}),
    # hard negatives
    ("وذكرت قناة روسيا اليوم أن الاجتماع انتهى.", set()),
    ("وتحدث الوزير باللغة الفرنسية.", set()),
]


@pytest.mark.parametrize("sentence,actors", MENTIONS)
def test_mentions(analyzer, sentence, actors):
    s = analyzer.analyze_sentences([sentence]).sentences[0]
    assert {m.actor for m in s.mentions} == actors
