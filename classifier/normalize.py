"""Normalization for matching, with a map from every normalized character back to the raw text.

One small pure function per operation, tables built once at import. The raw text is never
changed: spans found in the normalized text are mapped back with ``NormalizedText.raw_span``.
pyarabic's ``normalize_hamza`` is deliberately not used: it turns أكد into ءكد.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import accumulate
from typing import NamedTuple

import pyarabic.araby as araby

# Characters that vanish: tashkeel, tatweel, the dagger alef, Quranic marks, invisible format marks.
_DELETE = set(araby.TASHKEEL) | {araby.TATWEEL, araby.MINI_ALEF, "\u0653", "\u0654", "\u0655", "\u0670"}
_DELETE |= {chr(c) for c in range(0x0610, 0x061B)} | {chr(c) for c in range(0x06D6, 0x06EE)}
_DELETE |= {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u00ad"}

_ALEF_FORMS = {araby.ALEF_MADDA, araby.ALEF_HAMZA_ABOVE, araby.ALEF_HAMZA_BELOW, araby.ALEF_WASLA}
_ONE_TO_ONE = {c: araby.ALEF for c in _ALEF_FORMS}
_ONE_TO_ONE.update({araby.TEH_MARBUTA: araby.HEH, araby.ALEF_MAKSURA: araby.YEH, "\u06a9": araby.KAF, "\u06cc": araby.YEH})
_ONE_TO_ONE.update({chr(0x0660 + d): str(d) for d in range(10)})
_ONE_TO_ONE.update({chr(0x06F0 + d): str(d) for d in range(10)})
_LIGATURES = {lig: "\u0644\u0627" for lig in araby.LIGUATURES}  # every lam-alef ligature folds to لا

TABLE = {ord(c): None for c in _DELETE}
TABLE.update({ord(c): r for c, r in _ONE_TO_ONE.items()})
TABLE.update({ord(c): r for c, r in _LIGATURES.items()})

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
WORD_RE = re.compile(r"\w+")
_SPLIT_RE = re.compile(r"(\w+|[^\w\s])")   # TOKEN_RE, keeping the gaps
# The same folding as TABLE, done with C-level passes: str.translate with a dict looks up every
# character, while real news has few characters to change.
_DELETE_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_DELETE)) + "]")
_REPLACE = tuple((chr(k), v) for k, v in TABLE.items() if v is not None)


def fold(text: str) -> str:
    """``text.translate(TABLE)``, faster."""
    text = _DELETE_RE.sub("", text)
    for old, new in _REPLACE:
        if old in text:
            text = text.replace(old, new)
    return text


def normalize(text: str) -> str:
    """Normalize a string for matching: marks dropped, letters folded, Latin lower-cased. No offset map."""
    return fold(text).lower()


class Token(NamedTuple):
    text: str        # normalized
    nstart: int      # offsets in the normalized string
    nend: int
    start: int       # raw offsets, relative to the string that was normalized
    end: int
    word: bool       # False for punctuation


def is_word(token: str) -> bool:
    return token[0].isalnum() or token[0] == "_"


class NormalizedText:
    """A raw string, its normalized form and the map from normalized to raw offsets."""

    __slots__ = ("raw", "norm", "_map")

    def __init__(self, raw: str):
        self.raw = raw
        norm = fold(raw)
        lowered = norm.lower()
        if len(lowered) != len(norm):  # rare Latin characters whose lower case is longer
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in norm)
        self.norm = lowered
        self._map = None if len(norm) == len(raw) and len(lowered) == len(norm) else _offset_map(raw)

    def raw_index(self, i: int) -> int:
        return i if self._map is None else self._map[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) for the normalized half-open span [start, end)."""
        if self._map is None:
            return start, end
        if end <= start:
            s = self._map[start]
            return s, s
        return self._map[start], self._map[end - 1] + 1

    def tokens(self) -> Tokens:
        return Tokens(self)


class Tokens(Sequence):
    """The tokens of a normalized text, as a sequence of ``Token``.

    One C-level split gives the token strings (``texts``) and the gaps between them; offsets are
    summed from their lengths only when asked for, and a ``Token`` built only for the tokens looked
    at: most tokens of a sentence are only ever compared by their text.
    """

    __slots__ = ("_bounds", "_parts", "_raw", "_spans", "_text", "texts")

    def __init__(self, text: NormalizedText):
        self._text = text
        self._parts: list[str] = _SPLIT_RE.split(text.norm)   # gap, token, gap, …, token, gap
        self.texts: list[str] = self._parts[1::2]
        self._bounds: list[int] | None = None
        self._spans: list[tuple[int, int]] | None = None
        self._raw: list[tuple[int, int]] | None = None

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.texts)))]
        ns, ne = self.normalized_spans()[i]   # whoever builds a Token soon wants others
        s, e = self._text.raw_span(ns, ne)
        text = self.texts[i]
        return Token(text, ns, ne, s, e, is_word(text))

    def __iter__(self):
        return (self[i] for i in range(len(self.texts)))

    def bounds(self) -> list[int]:
        """Where each gap and token ends, in the normalized text: token i is [bounds[2i], bounds[2i+1])."""
        if self._bounds is None:
            self._bounds = list(accumulate(map(len, self._parts)))
        return self._bounds

    def normalized_spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            bounds = self.bounds()
            self._spans = list(zip(bounds[0::2], bounds[1::2]))
        return self._spans

    def raw_spans(self) -> list[tuple[int, int]]:
        if self._raw is None:
            spans, raw_span = self.normalized_spans(), self._text.raw_span
            self._raw = spans if self._text._map is None else [raw_span(s, e) for s, e in spans]
        return self._raw

    def index_at(self, position: int) -> int | None:
        """Index of the first token that ends after raw ``position``, or None."""
        spans = self.raw_spans()
        k = bisect.bisect_right(spans, (position, float("inf")))   # the first token starting after position
        if k > 0 and spans[k - 1][1] > position:
            k -= 1
        return k if k < len(spans) else None


def _offset_map(raw: str) -> list[int]:
    """For each normalized character, the index of the raw character it came from (plus an end sentinel)."""
    out: list[int] = []
    for i, ch in enumerate(raw):
        rep = ch.translate(TABLE)
        low = rep.lower()
        if len(low) != len(rep):
            low = rep
        out.extend([i] * len(low))
    out.append(len(raw))
    return out
