"""Who speaks in a sentence: a cue, the speaker's noun phrase, its source kind and actor.

Constructions (ANNOTATION section 2): verb-first (`وقال وزير الخارجية`), subject-first
(`وكان الوزير فيدان، قال`), prepositional (`وبحسب المصادر`), colon (`وقال أحد المصادر:`),
participle and pronoun carry-over (`موضحة أن`, `لكنه استبعد`), quote continuation, passive.
A cue inside a direct quotation belongs to the quoted speaker's words and is ignored; the first
cue that governs a claim wins; a relay (`نقلت الأناضول عن الوزير`) yields the innermost speaker.
"""
from __future__ import annotations

from dataclasses import replace

from .hits import AUTHOR, Attribution, SentenceView, Span
from .match import Hit
from .normalize import is_word, normalize

# Normalized tokens that open the claim a cue governs.
COMPLEMENT = frozenset("ان انه انها انهم انهما انني اننا بان بانه بانها بانهم عن الي علي : « \" “".split())
_THAT = frozenset("ان انه انها انهم انهما انني اننا".split())
_CLAIM_OPENERS = COMPLEMENT - {"«", "\"", "“", "عن"}   # a quotation mark may open an outlet's name
# `إلى`/`على` open a claim when `أن` follows (`أشار إلى أن`), or after a cue that acts on a noun
# (`دعا إلى وقف`, `شدد على ضرورة`); `أضافت الوزارة مئة سرير إلى المستشفى` has no claim.
_PREPOSITIONS = frozenset({"الي", "علي"})
# ب-phrases of manner and measure, not a claim (`أفادت الأمطار المزارعين بشكل كبير`).
_ADVERBIAL_BI = frozenset("بشكل بصوره بنسبه بعد بين بكثير بدرجه بقدر بفضل بسبب".split())
# Tokens that end a speaker noun phrase.
_STOP = frozenset("""له لها لهم لهما عليه عليها عليهم منه منها منهم خلال عبر منذ اثناء عقب قبل بعد امام لدي حيث الذي التي الذين اللذين اليوم امس غدا الاحد الاثنين
الثلاثاء الاربعاء الخميس الجمعه السبت يوم مساء صباح ظهر فجر ليل ليله هذه هذا ذلك تلك هؤلاء اي كل جميع ما مع
ردا تعليقا بدوره بدورها بدورهم لدى قد انذاك حينها ايضا كذلك كما فيما بينما قوله قولها قولهم فيه فيها فيهم خلاله خلالها
مؤخرا سابقا لاحقا رسميا حاليا مجددا مرارا علنا صراحه اخيرا تباعا فورا مبدئيا
للصحفيين للصحافيين للمراسلين للاعلاميين لوسائل""".split())   # adverbs: `السلطات مؤخرا`; those told: `للصحفيين`
_CONDITIONAL_STOP = frozenset({"في", "من"})   # continue only into an institution: مصادر في وزارة الدفاع
_STATEMENT = frozenset("""بيان البيان بيانا تصريح تصريحات تصريحه تصريحاته حديث حديثه مقابله مؤتمر كلمه تغريده منشور
رساله تدوينه خطاب لقاء اتصال جلسه حيثيات نص""".split())
# `وكان الوزير فيدان، قال`, `أما الرئيس الإيراني، فقال`: a subject named before its cue.
_KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا", "اما", "واما"})
_AMMA = frozenset({"اما", "واما"})
# A particle with the pronoun of a statement named before the cue: `بيانا أكدت فيه`, `اتصالا أعرب خلاله`.
_RESUMPTIVE = frozenset("فيه فيها خلاله خلالها".split())
# `لكنه استبعد`, `إلا أنه أكد`: a pronoun subject, so the speaker is carried over.
_PRONOUN_SUBJECT = frozenset("""لكنه لكنها لكنهم ولكنه ولكنها ولكنهم انه انها انهم وانه وانها كما""".split())
_ALSO = frozenset({"كما"})   # `كما` (also) may still have a named subject after the cue: `كما أكد الوزير أن`
_NOT_NAME = frozenset("""عام العام شؤون مكتب مستشفي مركز جامعه شركه بلديه مدينه محافظه منطقه قطاع قوات جيش مجلس لجنه
هيئه اداره وزاره دائره قسم حركه حزب جماعه منظمه اتحاد ديوان ولايه مديريه مصلحه صندوق بنك مصرف نادي سلطه بعثه""".split())
# Adjectives of a title's time, between a title and a name (`الرئيس الأمريكي السابق دونالد ترامب`).
_TITLE_TIME = frozenset("السابق السابقه الاسبق الحالي الحاليه الراحل الراحله".split())
# Particles no personal name holds or follows (`مدير الزراعة في حماة`: a place, not a name).
_PARTICLES = frozenset("في من علي الي عن مع لدي بين".split())
MAX_NP = 12
MENTION = "mention"   # the ``how`` of a titled person a sentence mentions, kept for back-references only
_COMMAS = frozenset("، ,".split())
# Particles that qualify a title before its holder's name: `السفير لدى`, `النائب عن`, `المبعوث إلى`, `مدير ... في`.
_QUALIFIERS = frozenset({"لدي", "عن", "في", "الي"})
_QUALIFIER_REACH = 7   # tokens from such a particle to the end of the name
# Words that open an adverbial clause, never a place or a name: `قال الوزير في القاهرة رغم الضغوط إن`.
_CLAUSE_OPENERS = frozenset("رغم بسبب بشكل حول بشان بخصوص ضمن وسط نحو تجاه اثر عند حتي لان بعدما وذلك بما مما"
                            " بزعامه بقياده برئاسه".split())   # `قيادي في تحالف "تقدم" بزعامة …`: led by another
_BUT = frozenset({"لكن", "ولكن"})
_BUT_THAT = frozenset({"غير", "الا", "بيد"})   # + أن
# Conjunctions of a time clause: `منذ أن`, `بعد أن`, `قبل أن`; `حين`, `عندما`, `بعدما`.
_TIME_THAT = frozenset({"منذ", "بعد", "قبل"})
_TIME_WHEN = frozenset({"حين", "عندما", "حينما", "بعدما", "لما"})
_GROUP_KINDS = frozenset({"official", "public", "anonymous"})   # speaker nouns that are not titles
# Marks around an outlet's or a body's name (`صحيفة "الشروق"`, `(حماس)`), and how many words such a name holds.
_NAME_MARKS = {"\"": "\"", "«": "»", "“": "”", "(": ")"}
_MARKED_NAME_WORDS = 5
_CLOSING_MARKS = frozenset(_NAME_MARKS.values())
# Nouns of an occasion or a standpoint: `في وقت لاحق`, `في ختام الاجتماع`, `من جهته` place a statement, not a speaker.
_OCCASION = frozenset("""وقت الوقت وقتا ختام اعقاب اطار سياق السياق ساعه ساعات الساعه الساعات منتصف نهايه بدايه مستهل
اجتماع اجتماعه اجتماعها الاجتماع زياره تقرير تقريره تقريرها التقرير افتتاحيه افتتاحيتها حساب حسابه حسابها صفحه صفحتها
منصه ندوه مقال المقابل جهه جانب ناحيه حين ظل معرض ضوء رد تعليق تعقيب نشره نشريه ايجاز""".split())
_PLAIN_CLAIM = _THAT | {"بان", "بانه", "بانها", "بانهم", ":"}   # a claim opener no verb takes as its own complement
_RELAY_REACH = 8   # tokens from a relaying outlet to its `عن`
_COMPLEMENT_WINDOW = 20   # tokens from a cue to its complement: `وقال الوزير X، خلال زيارته ...، إن`


class SentenceIndex:
    """Token index → lexicon hit, per kind, for one sentence."""

    def __init__(self, view: SentenceView):
        self.view = view
        self.at: dict[str, dict[int, Hit]] = {}
        self.cover: dict[str, dict[int, Hit]] = {}
        for kind, hits in view.hits.items():
            at, cover = {}, {}
            for h in hits:
                if h.pseudo:
                    continue
                at[h.first] = h
                for k in range(h.first, h.last):
                    cover[k] = h
            self.at[kind], self.cover[kind] = at, cover

    def hit_at(self, kind: str, i: int) -> Hit | None:
        return self.at.get(kind, {}).get(i)

    def covering(self, kind: str, i: int) -> Hit | None:
        return self.cover.get(kind, {}).get(i)

    def entity_at(self, i: int) -> bool:
        """An institution, actor or speaker noun starts at token i."""
        return any(self.hit_at(k, i) for k in ("speakers", "actors")) or bool(self._mention_at(i))

    def _mention_at(self, i: int) -> Hit | None:
        h = self.hit_at("loaded", i)
        return h if h is not None and h.entry.get("mention") else None


def attribute(view: SentenceView, history: list[Attribution], home: str | None = None) -> Attribution:
    """The attribution of one sentence, given the attributions of the sentences before it and the
    article's home actor (``terms.home_actor``)."""
    cues = [cue for cue in view.hits.get("cues", ()) if not (cue.pseudo or view.quoted_tokens[cue.first])]
    if cues:   # most sentences have none: no index to build
        idx = SentenceIndex(view)
        for cue in cues:
            if _in_background(view, cue):
                continue
            found = _from_cue(view, idx, cue, history)
            if found is not None:
                return _at_home(view, idx, found, home) if home and found.speaker_actor is None else found
    if view.starts_in_quote and history:
        return _carry(history, None, "quote")
    return AUTHOR


def _in_background(view: SentenceView, cue: Hit) -> bool:
    """`منذ أن أعلنت الحكومة هزيمة التنظيم`, `بعد أن أعلنت إثيوبيا انتهاء البناء`: a cue in a time clause, with no
    claim of its own (`أن`, `إن`, `:`, a quotation), narrates the background; `في حين` contrasts, and is no time clause."""
    texts = view.tokens.texts
    k = cue.first - 1
    if k >= 1 and texts[k] == "ان":
        k -= 1
        if texts[k].lstrip("و") not in _TIME_THAT:
            return False
    elif k < 0 or texts[k].lstrip("و") not in _TIME_WHEN or (texts[k] == "حين" and k > 0 and texts[k - 1] == "في"):
        return False
    ahead = range(cue.last, min(len(texts), cue.last + _COMPLEMENT_WINDOW))
    return not any(texts[m] in _PLAIN_CLAIM or view.quoted_tokens[m] for m in ahead)


def titled_mentions(view: SentenceView) -> list[TitledMention]:
    """The titles a sentence holds, in narration or beside its speaker (`التقى وزير الخارجية عباس عراقجي نظيره`,
    `انتقد أردوغان زعيم الحزب أوزغور أوزال`), as records for later back-references (`وقال الوزير`, `اتهم أوزال`)."""
    titles = [h for h in view.hits.get("speakers", ()) if h.entry.get("kind") == "title" and not h.pseudo]
    if not titles:
        return []
    shared: dict = {}   # per sentence: its index and its words, made when first asked for
    return [TitledMention(view, h, shared) for h in titles]


class TitledMention:
    """A title in a sentence. It reads as much of an ``Attribution`` as history lookups do: source
    `author`, so carry-over passes it by; ``described`` holds the words of the person it names, if any,
    worked out only when a back-reference asks (most never do)."""

    __slots__ = ("_view", "_title", "_shared", "_described")
    source, how, speaker_head, speaker_actor = "author", MENTION, None, None

    def __init__(self, view: SentenceView, title: Hit, shared: dict):
        self._view, self._title, self._shared, self._described = view, title, shared, None

    def may_hold(self, words: tuple[str, ...]) -> bool:
        """Whether the sentence has all these words at all (articles dropped), before its phrase is read."""
        if "words" not in self._shared:
            self._shared["words"] = frozenset(map(_bare, self._view.tokens.texts))
        return self._shared["words"].issuperset(words)

    @property
    def described(self) -> tuple[str, ...]:
        if self._described is None:
            view, h = self._view, self._title
            if "index" not in self._shared:
                self._shared["index"] = SentenceIndex(view)   # one index for the sentence's titles
            idx = self._shared["index"]
            np = _noun_phrase(view, idx, h.first, open_ended=False)   # no complement ends it: the object may follow
            self._described = _description(view, idx, *np) if np is not None and _named(view, idx, h, np[1]) else ()
        return self._described


def _named(view: SentenceView, idx: SentenceIndex, title: Hit, end: int) -> bool:
    """The phrase from a title to ``end`` names its holder: a person the lexicon knows, or words that read as a
    name (`عباس عراقجي`; not the object `وفدا برلمانيا`)."""
    return (any((a := idx.covering("actors", k)) is not None and a.entry.get("type") == "person"
                for k in range(title.last, end)) or _personal_name(view, idx, title.last, end))


def _from_cue(view: SentenceView, idx: SentenceIndex, cue: Hit, history) -> Attribution | None:
    kind = cue.entry.get("type")
    if kind == "preposition":
        np = _speaker_after(view, idx, cue.last, cue)
        if np is None or not any(_anchored(idx, k) for k in range(*np)):
            return None   # `وفقا للتقويم المعتمد`, `حسب تقييم الفرق`: no speaker the lexicon knows
        return _speaker(view, idx, cue, np, history, "preposition")
    if kind in ("verb", "passive", "participle") and not _has_complement(view, idx, cue):
        return _object_claim(view, idx, cue, history) if cue.entry.get("complement") == "object" else None
    if kind == "passive":
        return _attribution(view, cue, "anonymous", None, None, None, "passive")
    if kind == "participle":
        np = _main_subject(view, idx, cue.first)
        if np is not None:   # `وصل وزير الخارجية إلى أنقرة، مؤكدا أن`: the participle's subject is here
            return _speaker(view, idx, cue, np, history, "participle")
        return _carry(history, (view, cue), "participle")
    if cue.first > 0 and view.tokens.texts[cue.first - 1] in _PRONOUN_SUBJECT:
        # `كما أكد أن` carries the speaker over; `كما أكد الوزير أن` names its own
        np = _speaker_after(view, idx, cue.last, cue) if view.tokens.texts[cue.first - 1] in _ALSO else None
        if np is None:
            return _carry(history, (view, cue), "pronoun")
        return _speaker(view, idx, cue, np, history, "verb-first")
    before = _subject_before(view, idx, cue.first, True) if _introduced_subject(view, cue.first) else None
    before = before or _subject_after_contrast(view, idx, cue.first)
    np = before or _speaker_after(view, idx, cue.last, cue)
    if np is not None:
        return _speaker(view, idx, cue, np, history, "subject-first" if before else "verb-first")
    np = _subject_before(view, idx, cue.first)
    if np is not None:
        return _speaker(view, idx, cue, np, history, "subject-first")
    if cue.last < len(view.tokens) and view.tokens.texts[cue.last] in _RESUMPTIVE:
        # `أصدرت الوزارة بيانا أكدت فيه أن`: the statement's maker, the sentence's subject, speaks
        np = _main_subject(view, idx, cue.first) or (_subject_before(view, idx, cue.first, True)
                                                     if _introduced_subject(view, cue.first) else None)
        if np is not None:   # up to the statement itself
            end = next((k for k in range(np[0] + 1, np[1]) if _occasion(view.tokens.texts[k])), np[1])
            return _speaker(view, idx, cue, (np[0], end), history, "subject-first")
    return _carry(history, (view, cue), "carry-over")


def _object_claim(view: SentenceView, idx: SentenceIndex, cue: Hit, history) -> Attribution | None:
    """`توقعت إدارة الأرصاد استمرار الموجة`, `وتعتبر تركيا الوحدات امتدادا للحزب`: a cue whose object is the
    claim governs it only when a known speaker or actor is its subject, right after it or right before it;
    `وتوقع الجمهور فوز الفريق` stays narration."""
    np = _noun_phrase(view, idx, cue.last, open_ended=True)
    if np is not None and idx.entity_at(np[0]):
        return _speaker(view, idx, cue, (np[0], _before_object(view, idx, *np)), history, "verb-first")
    np = _subject_before(view, idx, cue.first)
    if np is None or not _anchored(idx, np[1] - 1):
        return None   # the subject ends on a known name right before the verb: `وزارة الصحة توقعت`
    return _speaker(view, idx, cue, np, history, "subject-first")


def _before_object(view: SentenceView, idx: SentenceIndex, first: int, last: int) -> int:
    """Where the subject of a verb with a noun object ends: at the first word that is neither a known name
    nor definite (`توقعت إدارة الأرصاد الجوية | استمرار الموجة`), or at a state or group named bare right
    after a definite word (`وتصنف الولايات المتحدة | حماس منظمة إرهابية`)."""
    texts = view.tokens.texts
    return next((k for k in range(first + 1, last)
                 if not (_anchored(idx, k) or _definite(texts[k])) or _opens_object(view, idx, k)), last)


def _opens_object(view: SentenceView, idx: SentenceIndex, k: int) -> bool:
    """A state or group named bare at token k (`إسرائيل`, not `لإسرائيل` or `للأمم المتحدة`) right after a
    definite word or another name cannot continue the phrase before it: it opens the verb's object."""
    h = idx.hit_at("actors", k)
    if h is None or h.entry.get("type") != "name" or h.start != view.tokens[k].start:
        return False
    before = idx.covering("actors", k - 1)
    return not view.tokens.texts[k].startswith("لل") and (
        _definite(view.tokens.texts[k - 1]) or before is not None and before.entry.get("type") == "name")


def _at_home(view: SentenceView, idx: SentenceIndex, att: Attribution, home: str) -> Attribution:
    """An institution or an office-holder named in this sentence without a country speaks for the
    article's home actor (`أعلنت وزارة الصحة`, `وقال وزير المالية X`); a private person (`الدكتور X`,
    `الخبير X`) gets an actor only when the text states it (ANNOTATION section 2)."""
    speaker = att.speaker
    if speaker is None or not view.offset <= speaker.start < view.offset + len(view.text):
        return att   # passive, or carried over from an earlier sentence (resolved there)
    if att.source == "named_person":
        start, end = speaker.start - view.offset, speaker.end - view.offset
        if not any(h.entry.get("kind") == "title" and start <= h.start < end for h in idx.at.get("speakers", {}).values()):
            return att
    elif att.source != "official":
        return att   # reports and outlets (`وأشارت تقارير`) have no country unless named
    return replace(att, speaker_actor=home, actor_inferred=True)


def _has_complement(view: SentenceView, idx: SentenceIndex, cue: Hit) -> bool:
    if cue.entry.get("complement", "required") == "none":
        return True
    tokens = view.tokens
    if cue.entry.get("type") == "participle":   # `مضيفا أن`, `لافتة إلى`, `موضحا: "…"`; not `لافتة كتب عليها`
        k = cue.last + (1 if cue.last < len(tokens) and not is_word(tokens.texts[cue.last]) else 0)
        return k < len(tokens) and (tokens.texts[k] in COMPLEMENT or tokens.texts[k] in _PREPOSITIONS
                                    or tokens.texts[k - 1] == ":")
    nominal = cue.entry.get("act") is not None or cue.entry.get("class") == "assertive"
    by_noun = cue.entry.get("complement") == "noun"
    for k in range(cue.last, min(len(tokens), cue.last + _COMPLEMENT_WINDOW)):
        word = tokens.texts[k]
        if by_noun and _claim_noun(word):
            return True
        if word in _PREPOSITIONS:
            if nominal or (k + 1 < len(tokens) and tokens.texts[k + 1] in _THAT):
                return True
            continue
        if word in COMPLEMENT or (view.quoted_tokens[k] and not view.quoted_tokens[cue.last - 1]):
            return True
    # `وأكدت الأمينة العامة أهمية التعاون`: an emphatic verb takes its claim as a direct object
    return cue.entry.get("class") == "assertive"


def _speaker_after(view: SentenceView, idx: SentenceIndex, i: int, cue: Hit) -> tuple[int, int] | None:
    """The speaker noun phrase right after a cue, following `ما` + verb and relays to the innermost."""
    tokens = view.tokens
    if i < len(tokens) and tokens.texts[i] in ("ما", "وما"):    # بحسب ما أفادت وكالة ...
        verb = idx.hit_at("cues", i + 1)
        if verb is None:
            return None
        return _speaker_after(view, idx, verb.last, verb)
    if cue.entry.get("type") != "preposition" and _outlet_as_addressee(view, idx, i):
        return None   # `مصادر قالت لسكاي نيوز عربية إن`: whom the speaker told; the speaker stands before
    complement = cue.entry.get("complement", "required")
    np = _noun_phrase(view, idx, i, open_ended=complement != "none", claim_by_noun=complement == "noun")
    if np is None or np[1] - np[0] == 1 and _bound_word(tokens.texts[np[0]]) and not idx.entity_at(np[0]):
        return None   # `ينصح بالاختيار`, `تطالب بالإفراج`: a preposition's noun is no subject
    if cue.entry.get("type") != "preposition" and _behind_preposition(view, idx, np[0]):
        return None   # `تعهدت للقاهرة`, `رحبت بالأمم المتحدة`: whom the verb concerns, not who speaks
    nxt = np[1]
    relay = idx.hit_at("cues", nxt)
    if relay is not None and relay.entry.get("relay") and relay.entry.get("type") == "preposition":
        inner = _noun_phrase(view, idx, relay.last, True)
        return inner or np
    if cue.entry.get("relay"):
        # `نقلت صحيفة "كوميرسانت" الروسية عن مصادر`: past the outlet's quoted name to the innermost speaker
        for k in range(nxt, min(len(tokens), nxt + _RELAY_REACH)):
            if tokens.texts[k] == "عن":
                return _noun_phrase(view, idx, k + 1, True) or np
            if tokens.texts[k] in _CLAIM_OPENERS:
                break
    return np


def _behind_preposition(view: SentenceView, idx: SentenceIndex, i: int) -> bool:
    """Token i is a known name with ل or ب fused before it: reported without it (`بالأمم`), or merged with
    the article (`للقاهرة`)."""
    w = view.tokens.texts[i]
    if not (w[0] in "لب" or w[0] in "وف" and w[1:2] in ("ل", "ب")):
        return False   # most words: no such clitic at all
    h = idx.hit_at("speakers", i) or idx.hit_at("actors", i)
    if h is None:
        return False
    start = view.tokens[i].start
    return w.startswith("لل") or h.start > start and any(c in "لب" for c in view.text[start:h.start])


def _bound_word(word: str) -> bool:
    """A definite word fused with a preposition (`بالإفراج`, `للناس`, `كالعادة`)."""
    return word[0] in "بلك" and _definite(word) or word.startswith(("وبال", "فبال", "ولل", "فلل"))


def _claim_noun(word: str) -> bool:
    """`بوقوع`, `بوجود`: a verbal noun after ب, the claim of a cue such as أفاد (`أفادت الوزارة بوقوع انفجار`)."""
    return len(word) > 3 and word[0] == "ب" and word not in _ADVERBIAL_BI


def _noun_phrase(view: SentenceView, idx: SentenceIndex, i: int, open_ended: bool,
                 claim_by_noun: bool = False) -> tuple[int, int] | None:
    tokens = view.tokens
    n = len(tokens)
    j = i
    while j < n and j - i < MAX_NP:
        w = tokens.texts[j]
        if j > i and w in _NAME_MARKS and (end := _marked_name(view, idx, i, j)) is not None:
            j = end   # `صحيفة "الشروق" التونسية`: on past the name to its adjectives
            continue
        if (not is_word(w) or view.quoted_tokens[j] or w in COMPLEMENT or w in _STOP or w in _CLAUSE_OPENERS
                or w[0].isdigit() or len(w) == 1):   # a bare clitic: `بـ"الأداء"` leaves `ب`
            break
        if w in _CONDITIONAL_STOP:
            if j + 1 < n and not _occasion(tokens.texts[j + 1]) and idx.entity_at(j + 1):
                j += 1
                continue
            j = _placed_group(view, idx, i, j)
            break
        if claim_by_noun and _claim_noun(w) and not _in_construct(idx, j - 1):
            break
        if j > i and (idx.hit_at("cues", j) or _outlet_as_addressee(view, idx, j)):
            break
        if j > i and _object_starts(view, idx, j):
            return i, j   # the object is found, so the subject before it is whole
        j += 1
    if j == i:
        return None
    j = _apposed_name(view, idx, i, j)
    j = _qualified_name(view, idx, i, j)
    if not open_ended:   # نفت حماس الاتهامات: without a complement to stop at, keep only the known words
        j = _trim_to_anchors(view, idx, i, j)
    return i, j


def _marked_name(view: SentenceView, idx: SentenceIndex, i: int, j: int) -> int | None:
    """`صحيفة "الشروق"`, `شركة «كبلر»`, `حركة المقاومة الإسلامية (حماس)`: a short name in quotation marks
    right after an outlet or institution noun, or an acronym in brackets after a phrase that names a body, is
    part of the speaker; returns the token after the closing mark (None for a quoted claim: `قالت الوزارة "إن …"`)."""
    texts = view.tokens.texts
    close = _NAME_MARKS[texts[j]]
    if close == ")":   # one word: the acronym of a body the phrase names, not an aside about a person
        acronym = j + 2 < len(texts) and texts[j + 2] == ")" and is_word(texts[j + 1])
        return j + 3 if acronym and any(_is_body(idx, k) for k in range(i, j)) else None
    if not _is_body(idx, j - 1) or idx.covering("actors", j - 1) is not None:
        return None   # after a named actor (`وقالت حماس "…"`) or a person, quotation marks open the claim
    for k in range(j + 1, min(len(texts), j + 2 + _MARKED_NAME_WORDS)):
        if texts[k] == close:
            return k + 1 if k > j + 1 else None
        if not is_word(texts[k]) or texts[k] in COMPLEMENT:
            return None   # `قالت الوزارة "إن …"`: a quoted claim, not a name
    return None


def _is_body(idx: SentenceIndex, k: int) -> bool:
    """Token k belongs to an outlet's or an institution's noun (`صحيفة`, `الأمم المتحدة`)."""
    h = idx.covering("speakers", k)
    return h is not None and h.entry.get("kind") in ("media", "official")


def _placed_group(view: SentenceView, idx: SentenceIndex, i: int, j: int) -> int:
    """`سكان في البلدة`, `خبراء في قطاع السياحة`, `نازح سوري من ريف حمص`: a group or an institution placed
    by في/من right up to its claim (`إن`, `:`, the outlet it told) keeps the place; returns the phrase's
    end (``j`` for an occasion, `في بيان`, `في وقت لاحق`, and after a title: `قال الوزير في ختام الزيارة`)."""
    tokens, n = view.tokens, len(view.tokens)
    head = idx.covering("speakers", i)
    if head is None or _is_title(head):
        return j
    k = j + 1
    while k < n and k - j <= _QUALIFIER_REACH and _name_word(view, idx, k) and not _occasion(tokens.texts[k]):
        k += 1
    if k == j + 1 or k >= n:
        return j
    if not (tokens.texts[k] in _PLAIN_CLAIM or tokens.texts[k] == "ل" or _outlet_as_addressee(view, idx, k)):
        return j   # `حذر المركز من هطول أمطار … على`: the verb's own complement, not a place
    if k - 1 > j + 1 and _told(view, idx, k - 1):
        k -= 1     # `شاب من قرية سبيندار لرووداو أن`: whom he told is not where he lives
    return k


def _occasion(word: str) -> bool:
    """A statement or occasion noun, also with a possessive (`بيانها`, `نشرته` → `نشره`)."""
    if word in _STATEMENT or word in _OCCASION:
        return True
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            return stem in _STATEMENT or stem in _OCCASION
    return False


def _told(view: SentenceView, idx: SentenceIndex, k: int) -> bool:
    """Token k is `ل` + a name right before the claim: the outlet or person told (`للجزيرة`, `لرووداو`),
    unless the ل belongs to a name the lexicon knows (`لبنان`)."""
    word = view.tokens.texts[k]
    h = idx.hit_at("actors", k) or idx.hit_at("speakers", k)
    return word.startswith("ل") and len(word) > 3 and not (h is not None and h.start == view.tokens[k].start)


def _object_starts(view: SentenceView, idx: SentenceIndex, j: int) -> bool:
    """`وحمل الوزير الأردني الحكومة الإسرائيلية`: a state or body named with the article right after a
    definite word cannot complete it (a construct's first noun has no article), so it opens the verb's
    object; so does an indefinite body or group noun, or people named with the article (`المواطنين`).
    Nisba forms (`السعودية`) may be adjectives (`أرامكو السعودية`) and are left alone."""
    word, prev = view.tokens.texts[j], view.tokens.texts[j - 1]
    person = idx.covering("actors", j - 1)
    if (person is not None and person.entry.get("type") == "person" and person.last == j and word.startswith("ال")
            and len(word) > 3 and not _is_title(idx.covering("speakers", j))):
        return True   # `وحث الرئيس السيسي المؤسسات المالية على`: a known name ends the phrase; no adjective follows it
    if not _definite(prev) or prev.startswith("لل"):
        return False
    h = idx.hit_at("speakers", j)
    if (h is not None and h.entry.get("kind") in _GROUP_KINDS and not h.entry.get("document")
            and h.start == view.tokens[j].start and not word.startswith(("ال", "ل")) and len(prev) > 4
            and word not in _STATEMENT):
        return True   # `حمّلت الرئاسة الفلسطينية حركة حماس`: an indefinite noun cannot follow a definite one
    if h is not None and h.entry.get("kind") == "public" and h.start == view.tokens[j].start and word.startswith("ال"):
        return True   # `ودعت المديرية المواطنين`: people are no adjective of the phrase before them
    h = idx.hit_at("actors", j)
    if h is None or h.entry.get("type") not in ("name", "body"):
        return False
    return word.startswith("ال") and not word.endswith("يه")


def _is_title(h: Hit | None) -> bool:
    return h is not None and h.entry.get("kind") in ("title", "honorific")


def _in_construct(idx: SentenceIndex, k: int) -> bool:
    """Token k is a title without the article, so the next word completes it: `رئيس بلدية بيتا`,
    not the claim of `أفاد` (`أفاد الوزير بوقوع`)."""
    h = idx.covering("speakers", k)
    return h is not None and h.entry.get("kind") == "title" and not _definite(idx.view.tokens.texts[k])


def _apposed_name(view: SentenceView, idx: SentenceIndex, i: int, j: int) -> int:
    """`المدير العام للامتحانات، محمد الطاهر الجلاصي، أن`: a title's name set off by commas joins the
    speaker phrase; returns the phrase's new end (``j`` when no such name follows)."""
    tokens, n = view.tokens, len(view.tokens)
    head = idx.covering("speakers", i)
    if head is None or head.entry.get("kind") != "title" or j >= n or tokens.texts[j] not in _COMMAS:
        return j
    k = j + 1
    while (k < n and k - j <= 4 and is_word(tokens.texts[k]) and not view.quoted_tokens[k]
           and tokens.texts[k] not in COMPLEMENT and tokens.texts[k] not in _STOP
           and not _anchored(idx, k) and not idx.covering("cues", k)):
        k += 1
    closed = k < n and (tokens.texts[k] in _COMMAS or tokens.texts[k] in _THAT or tokens.texts[k] == ":")
    if k == j + 1 or not closed or _name_run(view, idx, j + 1, k) != (j + 1, k):
        return j
    return k


def _qualified_name(view: SentenceView, idx: SentenceIndex, i: int, j: int) -> int:
    """`النائب عن دائرة القصرين منير الحناشي`, `السفير الروسي لدى السودان أندريه تشيرنوفول`: a title
    qualified by a place or a body, then its holder's name, is one speaker phrase; returns its new end
    (``j`` when no name closes the qualifier: `وقال الوزير في مؤتمر صحفي إن`, `عن الأزمة السورية`)."""
    tokens, n = view.tokens, len(view.tokens)
    head = idx.covering("speakers", i)
    if head is None or head.entry.get("kind") != "title" or j + 2 >= n or tokens.texts[j] not in _QUALIFIERS:
        return j
    k = j + 1
    while k < n and k - j <= _QUALIFIER_REACH and _name_word(view, idx, k):
        k += 1
    if k - j > _QUALIFIER_REACH:
        return j   # no end in sight: a clause, not a name
    words = range(j + 1, k)
    if any(tokens.texts[m] in _STATEMENT for m in words):
        return j
    honorific = next((m for m in words if (h := idx.hit_at("speakers", m)) is not None
                      and h.entry.get("kind") == "honorific"), None)
    if honorific is not None and j + 1 < honorific < k - 1:
        return k   # `مدير الزراعة في حماة المهندس أحمد الشيخ`
    person = idx.covering("actors", k - 1)
    if person is not None and person.entry.get("type") == "person" and person.first > j + 1:
        run = (person.first, k)   # a leader the lexicon knows: `لدى الأمم المتحدة الحارث إدريس`
    else:
        run = _name_run(view, idx, j + 2, k)
    if run is None or run[1] != k or sum(map(_definite, tokens.texts[run[0]:k])) > 1:
        return j   # a name holds at most one definite word (`أحمد الشيخ`), a noun phrase more
    qualifier = range(j + 1, run[0])
    if not any(_anchored(idx, m) or _definite(tokens.texts[m]) for m in qualifier):
        return j   # `دعا رئيس الوزراء إلى اجتماع طارئ`: no place or body named before the "name"
    return k


def _name_word(view: SentenceView, idx: SentenceIndex, k: int) -> bool:
    """Token k may continue a qualifier or a name: a word, not quoted, no particle, cue or addressee
    (nor a bare clitic: `لـ"الشرق الأوسط"` leaves `ل`)."""
    w = view.tokens.texts[k]
    return (len(w) > 1 and is_word(w) and not view.quoted_tokens[k] and w not in COMPLEMENT and w not in _STOP
            and w not in _CONDITIONAL_STOP and w not in _CLAUSE_OPENERS and not w[0].isdigit()
            and idx.hit_at("cues", k) is None and not _outlet_as_addressee(view, idx, k))


def _outlet_as_addressee(view: SentenceView, idx: SentenceIndex, j: int) -> bool:
    """`قال مسؤول لرويترز`: an outlet after ل is whom the speaker told, not the speaker."""
    h = idx.hit_at("speakers", j)
    return h is not None and h.entry.get("kind") == "media" and view.tokens.texts[j].startswith("ل")


def _anchored(idx: SentenceIndex, k: int) -> bool:
    return any(idx.covering(kind, k) for kind in ("speakers", "actors")) or bool(
        (h := idx.covering("loaded", k)) and h.entry.get("mention"))


def _trim_to_anchors(view: SentenceView, idx: SentenceIndex, i: int, j: int) -> int:
    last = max((k + 1 for k in range(i, j) if _anchored(idx, k)), default=i + 1)
    if last < j and view.tokens.texts[last] in _CLOSING_MARKS:
        last += 1   # `صحيفة "واشنطن بوست"`: the mark that closes a known name
    head = idx.covering("speakers", i)
    if _is_title(head):
        person = next((h for k in range(head.last, last) if (h := idx.hit_at("actors", k)) is not None
                       and h.entry.get("type") == "person"), None)
        if person is not None:
            return person.last   # `وحث الرئيس السيسي المؤسسات المالية`: the holder's known name closes the phrase
        object_at = _name_before_object(view, idx, head.last, last)
        if object_at is not None:
            return object_at
        qualified = last
        while qualified < j and qualified - last < 4 and _definite(view.tokens.texts[qualified].removeprefix("و")):
            qualified += 1   # `عضو لجنة الثقافة والإعلام النيابية ياسر الحسيني`: the title's own words, then the name
        stop = min(j, qualified + 2 if qualified > last else last + 3)
        stop = next((k for k in range(qualified, stop) if _clitic_definite(view.tokens.texts[k])), stop)
        run = _name_run(view, idx, i, stop)   # a name holds no `بال…` word: `إيفانا هولار بالتقدم`
        if run:
            last = run[1]
    elif last < j and _definite(view.tokens.texts[last]) and not _definite(view.tokens.texts[last - 1]) \
            and (h := idx.covering("speakers", last - 1)) is not None and h.entry.get("kind") == "official":
        last += 1   # `أعلنت وزارة التجارة زيادة`: a body's noun without the article takes the next word as its own
    return last


def _name_before_object(view: SentenceView, idx: SentenceIndex, start: int, end: int) -> int | None:
    """`واتهم وزير الخارجية هاكان فيدان إسرائيل بخرق الاتفاق`: with no complement to stop at, a state or
    body named right after the title's name is the verb's object; returns where the name ends."""
    texts = view.tokens.texts
    for k in range(start, end):
        person = idx.covering("actors", k)
        if person is not None and person.entry.get("type") == "person":
            m = person.last   # a name the lexicon knows
            break
        if _opens_object(view, idx, k):
            return k   # `وزير الخارجية التركي إسرائيل`, `وزير خارجية إسرائيل إيران`: the state named bare is the object
        if not (_anchored(idx, k) or _definite(texts[k]) or texts[k] in _NOT_NAME or texts[k] in _TITLE_TIME
                or texts[k] in _PARTICLES or texts[k] == "باسم" or texts[k - 1] in _PARTICLES
                or _in_construct(idx, k - 1)):
            m = k   # past the title's own words, the first that may open a name
            while m < end and m - k < 4 and is_word(texts[m]) and not _anchored(idx, m):
                m += 1
            if m == k:
                return None
            break
    else:
        return None
    if m >= end:
        return None
    h = idx.hit_at("actors", m) or idx.hit_at("speakers", m)
    kind = None if h is None else h.entry.get("type") if h.kind == "actors" else h.entry.get("kind")
    return m if kind in ("name", "body", "official") else None


def _main_subject(view: SentenceView, idx: SentenceIndex, c: int) -> tuple[int, int] | None:
    """The subject right after a sentence-initial verb, when it names a speaker (`واستقبل الرئيس ...`)."""
    tokens = view.tokens
    if c < 3 or not is_word(tokens.texts[0]) or tokens.texts[0].lstrip("وف").startswith("ال") or idx.entity_at(0):
        return None
    if tokens.texts[0] in _STOP or tokens.texts[0] in _CONDITIONAL_STOP or tokens.texts[0] in _KANA:
        return None
    head = idx.hit_at("speakers", 1) or idx.hit_at("actors", 1)
    if head is None or (head.kind == "actors" and head.entry.get("type") not in ("person", "body")):
        return None
    np = _noun_phrase(view, idx, 1, open_ended=False)
    return np if np is not None and np[1] <= c else None


def _introduced_subject(view: SentenceView, c: int) -> bool:
    """The sentence opens with `كان`/`أما`, so the cue's subject stands before it."""
    tokens = view.tokens
    return c > 1 and (tokens.texts[0] in _KANA or (not is_word(tokens.texts[0]) and tokens.texts[1] in _KANA))


def _subject_after_contrast(view: SentenceView, idx: SentenceIndex, c: int) -> tuple[int, int] | None:
    """`غير أن مصادر أمنية قالت`, `، لكن مستشارا في قيادتها قال`: between a contrast (`لكن`, `غير أن`, `إلا أن`)
    and the cue stands the cue's subject, when it holds a speaker or actor the lexicon knows."""
    texts = view.tokens.texts
    for k in range(c - 1, max(-1, c - 1 - MAX_NP), -1):
        if texts[k] in _BUT or texts[k] == "ان" and k > 0 and texts[k - 1] in _BUT_THAT:
            if k + 1 < c and any(_anchored(idx, m) for m in range(k + 1, c)):
                return k + 1, c
            return None
        if not is_word(texts[k]) or texts[k] in COMPLEMENT or texts[k] in _STOP:
            return None
    return None


def _subject_before(view: SentenceView, idx: SentenceIndex, c: int, introduced: bool = False) -> tuple[int, int] | None:
    """`وكان وزير الخارجية التركي هاكان فيدان، قال` or `وزارة الصحة أعلنت أن`."""
    tokens = view.tokens
    start = 0
    if c > 1 and tokens.texts[0] in _KANA:
        start = 1
    elif c > 2 and tokens.texts[1] in _KANA and not is_word(tokens.texts[0]):
        start = 2
    end = c
    while end > start and (not is_word(tokens.texts[end - 1]) or tokens.texts[end - 1] == "قد"):
        end -= 1
    if start > 0 and tokens.texts[start - 1] in _AMMA:   # `أما سردار خليل، مدرب الفريق، فقال`: up to the aside
        end = next((k for k in range(start, end) if not is_word(tokens.texts[k])), end)
    if end <= start or end - start > MAX_NP or not (introduced or idx.entity_at(start)):
        return None
    if any(not is_word(tokens.texts[k]) or tokens.texts[k] in COMPLEMENT for k in range(start, end)):
        return None
    return start, end


def _speaker(view, idx, cue: Hit, np: tuple[int, int], history, how: str) -> Attribution:
    first, last = np
    last = _known_name_end(view, idx, first, last, history)
    source, actor, head = _classify(view, idx, first, last, history)
    figures = idx.covering("speakers", first)
    if figures is not None and figures.entry.get("document") and figures.first == first and figures.last < last \
            and _maker_at(idx, figures.last):
        first = figures.last   # `بيانات وزارة المالية`: figures speak for their maker, who is the speaker
    span = view.span(first, last)
    lead = idx.covering("speakers", first) or idx.covering("actors", first)
    if lead is not None and lead.first == first and lead.start > view.tokens[first].start:
        # drop a proclitic the matcher stripped (`ولوزير` → `وزير`)
        cut = lead.start - view.tokens[first].start
        span = Span(span.text[cut:], span.start + cut, span.end)
    return _attribution(view, cue, source, span, actor, head, how, _description(view, idx, first, last))


def _maker_at(idx: SentenceIndex, k: int) -> bool:
    """A speaker noun or a named actor starts at token k (not an adjective: `تقديرات أممية`, `أرقام رسمية تركية`
    name no maker; a nisba form may be either, and is read as the adjective)."""
    h = idx.hit_at("actors", k)
    return idx.hit_at("speakers", k) is not None or (
        h is not None and h.entry.get("type") != "adjective" and not idx.view.tokens.texts[k].endswith("يه"))


def _known_name_end(view: SentenceView, idx: SentenceIndex, first: int, last: int, history) -> int:
    """`ودعا طبيق قيادة الجيش إلى`: a phrase that opens with one to three unknown words an earlier speaker
    was named by (`القيادي في الحرية والتغيير حسن طبيق`) ends there when a known name follows: that is the
    object. Without the earlier name, `حلبة البحرين` and `دعم دولة قطر` stay whole."""
    texts = view.tokens.texts
    m = first
    while m < last and m - first < 3 and is_word(texts[m]) and not _anchored(idx, m) and not _definite(texts[m]):
        m += 1
    if not first < m < last or not _anchored(idx, m):
        return last
    words = tuple(texts[first:m])
    named = any(_describes(att, words) for att in history)
    return m if named else last


def _description(view: SentenceView, idx: SentenceIndex, first: int, last: int) -> tuple[str, ...]:
    """The words that describe a speaker, for later back-references: the phrase and a title set off by
    commas after it (`ليلى بنعلي، وزيرة الانتقال الطاقي،`), articles dropped."""
    texts, n = view.tokens.texts, len(view.tokens)
    end = last
    if last + 1 < n and texts[last] in _COMMAS and (h := idx.hit_at("speakers", last + 1)) is not None \
            and h.entry.get("kind") == "title":
        end = last + 1
        while (end < n and end - last <= MAX_NP and is_word(texts[end]) and texts[end] not in COMPLEMENT
               and not view.quoted_tokens[end]):
            end += 1
    return tuple(_bare(w) for w in texts[first:end] if is_word(w))


def _bare(word: str) -> str:
    """A word without its article: `الهيئه`, `للهيئه` → `هيئه`."""
    return word[2:] if word.startswith(("ال", "لل")) and len(word) > 3 else word


def _classify(view, idx: SentenceIndex, first: int, last: int, history) -> tuple[str, str | None, str | None]:
    """Source kind, speaker actor and head key of a speaker noun phrase."""
    speakers = [h for h in view.hits.get("speakers", []) if not h.pseudo and first <= h.first < last]
    actors = [h for h in view.hits.get("actors", []) if not h.pseudo and first <= h.first < last]
    mentions = [h for h in view.hits.get("loaded", []) if h.entry.get("mention") and first <= h.first < last]
    person = next((h for h in actors if h.entry.get("type") == "person"), None)
    head_speaker = speakers[0] if speakers else None
    head_actor = actors[0] if actors else None
    actor = _first_actor(actors, mentions, speakers)
    if (len(speakers) > 1 and speakers[0].entry.get("kind") == "official"
            and speakers[1].entry.get("kind") in ("media", "anonymous", "public")):
        head_speaker = speakers[1]   # `تقرير جريدة ...`: a document defers to whoever wrote it
    if head_speaker is not None and head_speaker.entry.get("document"):
        # `تقديرات الأمم المتحدة`: figures speak for whoever made them, when the phrase names them
        owner = min((h for h in speakers + actors if h.first >= head_speaker.last), key=lambda h: h.first, default=None)
        if owner is not None:
            head_speaker = owner if owner.kind == "speakers" else None
            head_actor = head_actor if head_speaker is None else None
    if head_speaker is not None and (head_actor is None or head_speaker.first <= head_actor.first):
        kind = head_speaker.entry.get("kind")
        head = _head_key(view, head_speaker)
        if kind == "media":
            return "media", actor, head
        if person is not None and kind != "official" and not (kind in ("anonymous", "public") and any(
                h.entry.get("kind") == "title" and head_speaker.last <= h.first < person.first for h in speakers)):
            # `مكتب رئيس الحكومة بنيامين نتنياهو` is the office; `مصدر مقرب من الرئيس جوزيف عون` is someone near
            # the person his own title names, not the person (`مسؤولة السياسة الخارجية كايا كالاس` is)
            return "named_person", actor or person.entry.get("actor"), head
        if kind == "honorific":
            return "named_person", actor, head
        if kind == "title":
            if (_name_run(view, idx, head_speaker.last, last) or _honorific_name(speakers, last)
                    or _name_before_title(view, speakers, head_speaker)):
                return "named_person", actor, head
            definite = view.tokens.texts[head_speaker.first].lstrip("وفبل").startswith("ال")
            earlier = None
            if definite and last - first <= 2:   # `الوزيرة` after `ليلى بنعلي، وزيرة الانتقال الطاقي`
                earlier = _earlier_holder(history, (head,), head)
            elif not definite and last - first == 2 and _definite(view.tokens.texts[first + 1]):
                # `رئيس الأركان` after `رئيس هيئة الأركان الفريق إيال زامير`: the same office, definite by construct
                earlier = _earlier_holder(history, tuple(map(_bare, view.tokens.texts[first:last])))
            if earlier is None and definite and head_speaker.entry.get("refers_back"):
                earlier = _last_named(history)   # المسؤول الفلسطيني, after his name under another title
            if earlier is not None:   # الوزير, after his name
                return "named_person" if earlier.how == MENTION else earlier.source, actor or earlier.speaker_actor, head
            return "official", actor, head
        if kind in ("anonymous", "public") and _personal_name(view, idx, head_speaker.last, last):
            return "named_person", actor, head   # `خبير الطاقة نبيل المرسومي`, `المزارع خالد العلي`
        if kind == "official" and _honorific_name(speakers, last) and _name_run(view, idx, speakers[-1].last, last):
            return "named_person", actor, head   # `وكيل وزارة الصحة الدكتور عبدالرحمن المطيري`
        if actor is None:
            earlier = _earlier_same_head(history, head)
            actor = earlier.speaker_actor if earlier is not None else None
        return kind, actor, head
    if head_actor is not None:
        if head_actor.entry.get("type") == "person":
            return "named_person", head_actor.entry.get("actor"), None
        if head_actor.entry.get("type") == "adjective" and _personal_name(view, idx, head_actor.last, last):
            return "named_person", actor, None   # `عالم الكواكب الفرنسي باتريك بينكيه`, `الفرنسي فريدريك بواسو`
        return "official", actor, None
    if mentions:
        return "official", actor, None
    words = [view.tokens.texts[k] for k in range(first, last)]
    if words[0].lstrip("وف") in _SOME_OF:
        return "public", None, None      # `أحد الزوار`, `عدد من المتضررين`: unnamed people the lexicon does not list
    if len(words) == 1 or len(words) <= 4 and not words[0].startswith("ال"):
        return "named_person", None, None   # a name: `هاكان فيدان`, or a family name alone (`الجدعان`)
    return "anonymous", None, None


def _personal_name(view: SentenceView, idx: SentenceIndex, start: int, end: int) -> bool:
    """Two or more unknown words that end the phrase and read as a name: before the family name, none
    ends as an adjective, a plural or an accusative does (`نبيل المرسومي`; not `أمنية مطلعة`, `حارسا لعقار`)."""
    run = _name_run(view, idx, start, end)
    if run is None or run[1] - run[0] < 2 or _place_name(view.tokens.texts, start, run[0]):
        return False
    words = view.tokens.texts[run[0]:run[1]]
    return not any(w.endswith(_ADJECTIVE_ENDINGS) or w.endswith("ا") or w in _QUANTIFIERS or w == "غير"
                   for w in words[:-1])   # a family name may end as an adjective does (`العلي`)


def _place_name(texts, start: int, k: int) -> bool:
    """The words from k follow a particle, directly or after one indefinite noun: a place, not a person
    (`سكان في حي أبو سليم`, `أهال من قرية أم تينة`)."""
    return texts[k - 1] in _PARTICLES or k - 2 >= start and texts[k - 2] in _PARTICLES and not _definite(texts[k - 1])


def _name_before_title(view: SentenceView, speakers: list[Hit], head: Hit) -> bool:
    """Unknown words between the title and a second title read as a name in apposition:
    `الفريق أسامة ربيع رئيس هيئة قناة السويس` (not `رئيس أركان الجيش`: a body, not a title, follows)."""
    after = next((h for h in speakers if h.first >= head.last), None)
    if after is None or after.entry.get("kind") != "title" or not 2 <= after.first - head.last <= 4:
        return False
    words = view.tokens.texts[head.last:after.first]
    return (not any(_definite(w) or w in _NOT_NAME or w in _PARTICLES or w.endswith("ا") or not is_word(w)
                    for w in words[:-1])
            and is_word(words[-1]) and words[-1] not in _TITLE_TIME)


def _honorific_name(speakers: list[Hit], last: int) -> bool:
    """An honorific after the title, then a word: `مدير الزراعة في حماة المهندس أحمد الشيخ`."""
    return any(h.entry.get("kind") == "honorific" and h.last < last for h in speakers[1:])


def _first_actor(actors, mentions, speakers) -> str | None:
    ordered = sorted([(h.first, h.entry.get("actor")) for h in actors]
                     + [(h.first, h.entry.get("target")) for h in mentions]
                     + [(h.first, h.entry.get("actor")) for h in speakers if h.entry.get("actor")])
    return ordered[0][1] if ordered else None


_ADJECTIVE_ENDINGS = ("ه", "ي", "ون", "ين", "ات", "ان")   # normalized: ة → ه, ى → ي
_QUANTIFIERS = frozenset({"احد", "احدي", "بعض", "عدد"})
_SOME_OF = _QUANTIFIERS | {"احدهم", "احداهن", "احداهم", "بعضهم"}


def _head_key(view: SentenceView, hit: Hit) -> str:
    """The head noun without clitic and article, past a quantifier (`أحد المصادر` → `مصادر`)."""
    word = normalize(view.text[hit.start:view.tokens[hit.first].end])
    if word in _QUANTIFIERS and hit.last - hit.first > 1:
        word = view.tokens.texts[hit.first + 1]
    return word[2:] if word.startswith("ال") else word


def _earlier_same_head(history: list[Attribution], head: str | None) -> Attribution | None:
    if not head:
        return None
    for att in reversed(history):
        if att.speaker_head == head and att.source != "author":
            return att
    return None


def _earlier_holder(history: list[Attribution], words: tuple[str, ...], head: str | None = None) -> Attribution | None:
    """The latest earlier speaker with this head, or named person described by these words in order."""
    for att in reversed(history):
        if head is not None and att.speaker_head == head and att.source != "author":
            return att
        if _describes(att, words):
            return att
    return None


def _describes(att: Attribution | TitledMention, words: tuple[str, ...]) -> bool:
    """An earlier named speaker, or person a sentence titled, whose description holds these words in order."""
    if att.how == MENTION:   # the sentence's words first: most titled mentions never need their phrase read
        return att.may_hold(words) and _in_order(words, att.described)
    return att.source == "named_person" and _in_order(words, att.described)


def _in_order(words: tuple[str, ...], described: tuple[str, ...]) -> bool:
    rest = iter(described)
    return all(w in rest for w in words)   # each found after the one before


def _last_named(history: list[Attribution]) -> Attribution | None:
    """The latest attributed speaker, when it is a named person."""
    earlier = next((a for a in reversed(history) if a.source != "author"), None)
    return earlier if earlier is not None and earlier.source == "named_person" else None


def _name_run(view: SentenceView, idx: SentenceIndex, start: int, end: int) -> tuple[int, int] | None:
    """A trailing run of unknown words that reads as a person's name (`هاكان فيدان`)."""
    texts = view.tokens.texts
    k = end
    while k > start and is_word(texts[k - 1]) and not _anchored(idx, k - 1) and k - 1 >= start:
        k -= 1
    # the longest tail of at most four words that opens like a name: the unknown words before it
    # finish the title (`وزير السياحة سفيان تقية`, `مدير دائرة صحة الرصافة عبد الغني الساعدي`)
    for first in range(max(k, end - 4), end):
        word = texts[first]
        if (_definite(word) or word in _NOT_NAME or word in _TITLE_TIME or word[0].isdigit()
                or first > 0 and texts[first - 1] in _PARTICLES):
            continue
        if not any(texts[m] in _PARTICLES for m in range(first, end)):
            return first, end
    return None


def _clitic_definite(word: str) -> bool:
    """`بالتقدم`, `للمهرجان`: a preposition or conjunction fused to the article, never part of a name."""
    return word.startswith("لل") or len(word) > 3 and word[0] in "وفبكل" and word[1:3] == "ال" and word not in _PARTICLES


def _definite(word: str) -> bool:
    """`الوزارة`, `للشغل`, `بالعاصمة`: a definite word, part of a title or a place, not the start of a name."""
    if word in _PARTICLES:
        return False   # `إلى` normalizes to `الي`: a particle, not the article
    return word.startswith(("ال", "لل")) or word[0] in "وفبكل" and word[1:].startswith("ال")


def _carry(history: list[Attribution], cue_at, how: str) -> Attribution:
    earlier = next((a for a in reversed(history) if a.source != "author"), None)
    view, cue = cue_at if cue_at else (None, None)
    if earlier is None:   # the speaker was named before the excerpt began
        return _attribution(view, cue, "named_person", None, None, None, how)
    return _attribution(view, cue, earlier.source, earlier.speaker, earlier.speaker_actor, earlier.speaker_head, how,
                        earlier.described)


def _attribution(view, cue: Hit | None, source, speaker, actor, head, how, described=()) -> Attribution:
    if cue is None:
        return Attribution(source, speaker, actor, None, None, None, how, head, described=described)
    tok = view.tokens[cue.first]
    # the cue as written, with its attached clitics (`وقالت`, `وبحسب`)
    s, e = tok.start, view.tokens[cue.last - 1].end
    cue_span = view.span_of(s, e)
    return Attribution(source, speaker, actor, cue_span, cue.id, cue.entry.get("class"), how, head,
                       cue.entry.get("act"), described=described)
