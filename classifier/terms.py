"""Actor mentions and loaded terms of a sentence, with each term's target and voice.

Targets (rules/README.md, `target_from`): `fixed`; `adjacent` (an actor named right next to the
term: `الاحتلال التركي` → turkey); `near` (adjacent, then the nearest actor other than the speaker's,
preceding first for negative terms and following first for positive ones, since `استشهد 3 فلسطينيين`
honours who follows; praise quoted from a speaker goes to the speaker's side). Voice: `quoted` inside a direct quotation, else `author`. A scare quote
(`مع "إسرائيل"`) is the outlet's own device, `author` unless it sits inside a longer quotation.
"""
from __future__ import annotations

import re
from collections import Counter

from .hits import LoadedTerm, Mention, SentenceView
from .labels import STATES
from .match import Hit
from .normalize import normalize

# A short quotation of one to three words: candidate scare quote.
_SHORT_QUOTE = re.compile(r"[\"«“](\s*[^\s\"«»“”]+(?:\s+[^\s\"«»“”]+){0,2}\s*)[\"»”]")
# `حركة "حماس"`, `منصة "إكس"`: a quoted proper name after its class noun is not a scare quote.
_NAME_INTRODUCERS = frozenset("حركه جماعه تنظيم منظمه حزب منصه قناه صحيفه موقع وكاله شركه عمليه اسم باسم".split())


def mentions(view: SentenceView) -> list[Mention]:
    """Actors the sentence names: actor entries and loaded names (`دولة الاحتلال`), in text order."""
    out = [Mention(h.entry.get("actor"), view.offset + h.start, view.offset + h.end, view.text[h.start:h.end],
                   h.id, h.entry.get("type"))
           for h in view.hits.get("actors", []) if not h.pseudo]
    for h in view.hits.get("loaded", []):
        if not h.pseudo and h.entry.get("mention"):
            actor = _adjacent(view, h) or h.entry.get("target")
            out.append(Mention(actor, view.offset + h.start, view.offset + h.end, view.text[h.start:h.end], h.id,
                               "loaded"))
    out.sort(key=lambda m: m.start)
    return out


def home_actor(mentions_per_sentence: list[list[Mention]]) -> str | None:
    """The actor an article names most, when no other is named as often: the country a ministry or
    an office named without one belongs to (`وزارة الصحة` in a story about Jordan)."""
    counts = Counter(m.actor for found in mentions_per_sentence for m in found if m.actor)
    top = counts.most_common(2)
    if not top or len(top) == 2 and top[0][1] == top[1][1]:
        return None
    return top[0][0]


def loaded_terms(view: SentenceView, found: list[Mention], speaker_actor: str | None) -> list[LoadedTerm]:
    out = []
    for h in view.hits.get("loaded", []):
        if h.pseudo:
            continue
        e = h.entry
        voice = "quoted" if view.in_quote(h.start, h.end) else "author"
        target = _target(view, h, found, speaker_actor, voice)
        out.append(LoadedTerm(view.text[h.start:h.end], view.offset + h.start, view.offset + h.end,
                              e.get("category"), e.get("polarity"), target, voice, h.id, e.get("neutral")))
    out.extend(scare_quotes(view))
    out.sort(key=lambda t: t.start)
    return out


def scare_quotes(view: SentenceView) -> list[LoadedTerm]:
    """A state's plain name, and nothing else, inside quotation marks (`مع "إسرائيل"`).

    Decision: many outlets quote the names of armed groups and parties as a matter of style
    (`“داعش”`, `" حزب الله "`), so a quoted non-state name is not counted as a scare quote.
    """
    names = {(h.start, h.end): h for h in view.hits.get("actors", [])
             if not h.pseudo and h.entry.get("type") == "name" and h.entry.get("actor") in STATES}
    if not names:
        return []
    out = []
    for m in _SHORT_QUOTE.finditer(view.text):
        inner_start = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
        inner_end = m.end(1) - (len(m.group(1)) - len(m.group(1).rstrip()))
        hit = names.get((inner_start, inner_end))
        if hit is None or _introduced(view, m.start()):
            continue
        nested = view.inside_longer_quote(m.start(), m.end())
        out.append(LoadedTerm(view.text[inner_start:inner_end], view.offset + inner_start, view.offset + inner_end,
                              "scare_quote", "negative", hit.entry.get("actor"), "quoted" if nested else "author",
                              "rule.scare_quote", view.text[inner_start:inner_end]))
    return out


def scare_quote_mentions(terms: list[LoadedTerm]) -> list[Mention]:
    return [Mention(t.target, t.start, t.end, t.text, t.entry_id, "scare_quote") for t in terms
            if t.category == "scare_quote"]


def _introduced(view: SentenceView, quote_start: int) -> bool:
    before = view.text[:quote_start].split()
    if not before:
        return False
    word = normalize(before[-1]).lstrip("وفبل")
    return word in _NAME_INTRODUCERS or word.removeprefix("ال") in _NAME_INTRODUCERS


def _adjacent(view: SentenceView, h: Hit) -> str | None:
    """The actor named by the token right after the term, or right before it."""
    for kind in ("actors", "loaded"):
        for other in view.hits.get(kind, []):
            if other is h or other.pseudo:
                continue
            actor = other.entry.get("actor") if kind == "actors" else (
                other.entry.get("target") if other.entry.get("mention") else None)
            if actor and other.first == h.last:
                return actor
    for other in view.hits.get("actors", []):
        if not other.pseudo and other.last == h.first and other.entry.get("type") in ("name", "person", "body"):
            return other.entry.get("actor")
    return None


def _target(view: SentenceView, h: Hit, found: list[Mention], speaker_actor: str | None, voice: str) -> str | None:
    e = h.entry
    how = e.get("target_from", "fixed")
    if how == "fixed":
        return e.get("target")
    adjacent = _adjacent(view, h)
    if adjacent or how == "adjacent":
        return adjacent or e.get("target")
    if e.get("polarity") == "positive" and voice == "quoted" and speaker_actor:
        return speaker_actor          # a speaker's praise in their own words is for their own side
    start = view.offset + h.start
    others = [m for m in found if m.actor != speaker_actor and not (m.start <= start < m.end)]
    before = [m.actor for m in others if m.end <= start][::-1]
    after = [m.actor for m in others if m.start > start]
    order = after + before if e.get("polarity") == "positive" else before + after
    return order[0] if order else e.get("target")
