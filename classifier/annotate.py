"""The rule stage over one article: segment, normalize, match, then attribution, mentions, loaded terms.

Input is clean text (furniture spans are gaps) or pre-segmented sentences; output is one
``SentenceRules`` per sentence, every offset indexing the article text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from operator import itemgetter

from .attribution import TitledMention, attribute, titled_mentions
from .clean import FurnitureMatcher
from .hits import Attribution, LoadedTerm, Mention, SentenceView
from .lexicon import Lexicon
from .match import Matcher
from .normalize import NormalizedText
from .segment import Quote, clip_open_quotes, find_quotes, segment
from . import terms

SENTENCE_JOINER = " "   # pre-segmented sentences are analysed as one paragraph joined by a space


@dataclass(frozen=True, slots=True)
class SentenceRules:
    start: int
    end: int
    text: str
    attribution: Attribution
    mentions: tuple[Mention, ...]
    loaded: tuple[LoadedTerm, ...]
    view: SentenceView


class RuleEngine:
    """Compiled lexicons; safe to share across threads (no mutable state after construction)."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.matcher = Matcher(lexicon)
        self.furniture = FurnitureMatcher(lexicon["furniture"])

    def article(self, text: str) -> list[SentenceRules]:
        spans, quotes = segment(text, self.furniture.spans(text))
        return self._run(text, spans, quotes)

    def sentences(self, sentences: list[str]) -> tuple[str, list[SentenceRules]]:
        """Pre-segmented sentences, in order; returns the joined text their offsets index."""
        spans, pos = [], 0
        for s in sentences:
            spans.append((pos, pos + len(s)))
            pos += len(s) + len(SENTENCE_JOINER)
        text = SENTENCE_JOINER.join(sentences)
        return text, self._run(text, spans, clip_open_quotes(find_quotes(text), spans))

    def _run(self, text: str, spans: list[tuple[int, int]], quotes: list[Quote]) -> list[SentenceRules]:
        out: list[SentenceRules] = []
        history: list[Attribution | TitledMention] = []   # attributed sentences, and the titled people mentioned
        quotes = sorted(quotes, key=lambda q: q.start)     # disjoint, so their ends are sorted too
        ends = [q.inner[1] for q in quotes]
        views, found_per_sentence = [], []
        for start, end in spans:
            first = bisect.bisect_right(ends, start)
            last = first
            while last < len(quotes) and quotes[last].inner[0] < end:
                last += 1
            view = self.view(text, start, end, quotes[first:last])
            views.append(view)
            found_per_sentence.append(terms.mentions(view))
        home = terms.home_actor(found_per_sentence)   # whom an office named without its country speaks for
        for (start, end), view, found in zip(spans, views, found_per_sentence):
            att = attribute(view, history, home)
            history.extend(titled_mentions(view))   # before the speaker: a back-reference finds the speaker first
            if att.source != "author":
                history.append(att)
            loaded = terms.loaded_terms(view, found, att.speaker_actor)
            if scare := terms.scare_quote_mentions(loaded):
                found = sorted(found + scare, key=lambda m: m.start)
            out.append(SentenceRules(start, end, view.text, att, tuple(found), tuple(loaded), view))
        return out

    def view(self, text: str, start: int, end: int, quotes: list[Quote]) -> SentenceView:
        raw = text[start:end]
        norm = NormalizedText(raw)
        tokens = norm.tokens()
        inside = []
        starts_in_quote = False
        for q in quotes:
            qs, qe = q.inner
            if qe <= start or qs >= end:
                continue
            starts_in_quote |= q.start < start
            inside.append((max(qs, start) - start, min(qe, end) - start, False))
        quoted = _quoted_tokens(tokens, inside) if inside else [False] * len(tokens)
        hits = _filter_loaded(self.matcher.find(norm, tokens), tokens)
        return SentenceView(raw, start, norm, tokens, hits, inside, starts_in_quote, quoted)


def _quoted_tokens(tokens, inside: list[tuple[int, int, bool]]) -> list[bool]:
    """Per token, whether it lies inside a quotation. Token offsets are sorted, starts and ends
    alike, so each quotation's tokens are one slice found by bisection."""
    spans = tokens.raw_spans()
    quoted = [False] * len(spans)
    for start, end, _ in inside:
        first = bisect.bisect_left(spans, start, key=itemgetter(0))   # the first token starting in it
        after = bisect.bisect_right(spans, end, key=itemgetter(1))    # past the last token ending in it
        if after > first:
            quoted[first:after] = [True] * (after - first)
    return quoted


def _filter_loaded(hits: dict, tokens) -> dict:
    """Drop loaded hits inside a proper name that holds an actor word (`كتلة الوفاء للمقاومة`), and
    `standalone` terms that a definite word continues (`النظام` the regime, not `النظام المصرفي`)."""
    if "loaded" not in hits:
        return hits
    names = [(h.first, h.last) for h in hits.get("actors", []) if h.pseudo]
    hits["loaded"] = [h for h in hits["loaded"]
                      if not any(f < h.last and h.first < l for f, l in names)
                      and not (h.entry.get("standalone") and h.last < len(tokens)
                               and tokens.texts[h.last].startswith("ال"))]
    return hits
