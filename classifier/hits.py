"""What the rules find in one sentence, as plain values. Every offset indexes the article text."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .match import Hit
from .normalize import NormalizedText, Tokens


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str                      # a source kind of ANNOTATION section 2
    speaker: Span | None             # for carry-over: the earlier mention
    speaker_actor: str | None
    cue: Span | None
    cue_id: str | None
    cue_class: str | None
    how: str                         # verb-first, subject-first, preposition, participle, carry-over, quote, passive
    speaker_head: str | None = None  # normalized head noun, for later definite back-references
    cue_act: str | None = None       # accuse, condemn, praise, deny, demand, warn
    actor_inferred: bool = False     # speaker_actor is the article's home actor, not named in the speaker's words
    described: tuple[str, ...] = ()  # the speaker's words and apposed title, articles dropped: later back-references


AUTHOR = Attribution("author", None, None, None, None, None, "none")


@dataclass(frozen=True, slots=True)
class Mention:
    actor: str
    start: int
    end: int
    text: str
    entry_id: str
    via: str                         # actor type (name, adjective, ...), "loaded" or "scare_quote"


@dataclass(frozen=True, slots=True)
class LoadedTerm:
    text: str
    start: int
    end: int
    category: str
    polarity: str
    target: str | None
    voice: str
    entry_id: str
    neutral: str | None = None


@dataclass(slots=True)
class SentenceView:
    """One sentence as the rules see it: normalized tokens, lexicon hits and quotation spans."""

    text: str                        # raw sentence text
    offset: int                      # where it starts in the article
    norm: NormalizedText
    tokens: Tokens
    hits: dict[str, list[Hit]]
    quotes: list[tuple[int, int, bool]]  # (inner start, inner end, nested) relative to the sentence
    starts_in_quote: bool = False
    quoted_tokens: list[bool] = field(default_factory=list)

    def span(self, first: int, last: int) -> Span:
        """The raw span of tokens [first, last), in article offsets."""
        s, e = self.tokens[first].start, self.tokens[last - 1].end
        return Span(self.text[s:e], self.offset + s, self.offset + e)

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Indexes of the first and the last token of the article span [start, end): an actor or loaded
        hit's directly (where mentions come from), any other span through the token offsets."""
        s, e = start - self.offset, end - self.offset
        for kind in ("actors", "loaded"):
            for h in self.hits.get(kind, ()):
                if h.start == s and h.end == e:
                    return h.first, h.last - 1
        first = self.tokens.index_at(s)
        if first is None:
            return None
        return first, max(first, self.tokens.index_at(e - 1) or first)

    def span_of(self, start: int, end: int) -> Span:
        return Span(self.text[start:end], self.offset + start, self.offset + end)

    def in_quote(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.quotes, (start, float("inf"), True)) - 1   # the last quote opening at or before start
        return k >= 0 and end <= self.quotes[k][1]

    def inside_longer_quote(self, start: int, end: int) -> bool:
        """Whether [start, end) lies strictly inside a quotation that is longer than it."""
        k = bisect.bisect_right(self.quotes, (start, float("inf"), True)) - 1
        return k >= 0 and end <= self.quotes[k][1] and (self.quotes[k][0] < start or end < self.quotes[k][1])
