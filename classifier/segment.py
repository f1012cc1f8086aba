"""Sentence segmentation (ANNOTATION section 1) and direct-quotation spans, on the raw text.

Boundaries: . ؟ ? ! … (and ؛ when a clause follows), extended over closing quotes and brackets;
blank lines and furniture lines. A single line break is not a boundary: news text is hard-wrapped.
Quotes: «» and “” pair by direction; straight quotes pair by parity within a scope (a paragraph, cut
at line ends after a sentence end), and a
quotation left open runs to the end of the sentence it opened in (tolerant of unbalanced marks).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_TERMINATOR = re.compile(r"[.؟?!…]+|؛")
BLANK_LINE = re.compile(r"\n[ \t\r\u00a0]*\n")
_CLOSERS = "\"»”’')]}"
_STRAIGHT = "\"″＂"
_OPEN_CLOSE = {"«": "»", "“": "”"}
_QUOTE_MARK = re.compile("[\"″＂«»“”]")
# After ؛ a new sentence starts unless a noun phrase or preposition continues the clause.
_SEMICOLON_CONTINUES = re.compile(r"\s*(?:ال|و?(?:في|من|على|إلى|الى|عن|مع)\b|\d)")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int   # the opening mark
    end: int     # just after the closing mark (when left open: the paragraph end, clipped to its sentence)
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, (self.end - 1 if self.closed else self.end)


def paragraphs(text: str, gaps: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Raw spans between blank lines and gaps (furniture lines)."""
    cuts = sorted([(m.start(), m.end()) for m in BLANK_LINE.finditer(text)] + [(s, e) for s, e, *_ in gaps])
    out, pos = [], 0
    for s, e in cuts:
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Direct-quotation spans in text[start:end] (one paragraph)."""
    end = len(text) if end is None else end
    quotes: list[Quote] = []
    open_at: int | None = None
    closer = ""
    for m in _QUOTE_MARK.finditer(text, start, end):   # only the marks, not every character
        i, ch = m.start(), m.group()
        if open_at is None:
            if ch in _OPEN_CLOSE:
                open_at, closer = i, _OPEN_CLOSE[ch]
            elif ch in _STRAIGHT and i + 1 < end and not (text[i + 1].isspace() and i > start
                                                          and not text[i - 1].isspace()):
                open_at, closer = i, ch   # `word" ` reads as a stray closing mark, not an opening one
        elif ch == closer or (closer in _STRAIGHT and ch in _STRAIGHT):
            quotes.append(Quote(open_at, i + 1, True))
            open_at = None
    if open_at is not None:
        stop = end
        while stop > open_at + 1 and text[stop - 1].isspace():
            stop -= 1
        quotes.append(Quote(open_at, stop, False))
    return quotes


def split_sentences(text: str, start: int, end: int, quote_ends: set[int]) -> list[tuple[int, int]]:
    """Sentence spans within one paragraph text[start:end], trimmed of white space."""
    out = []
    pos = start
    for m in _TERMINATOR.finditer(text, start, end):
        stop = m.end()
        if m.group() == "." and _is_inner_period(text, m.start(), end):
            continue
        if m.group() == "؛" and _SEMICOLON_CONTINUES.match(text, stop):
            continue
        while stop < end and (text[stop] in _CLOSERS and (text[stop] not in _STRAIGHT or stop + 1 in quote_ends)):
            stop += 1
        if stop < end and not (text[stop].isspace() or text[stop] in "\"«“"):
            continue  # "3.5", "abwab.eu", "أ.ف.ب": not a boundary
        _append_trimmed(text, pos, stop, out)
        pos = stop
    _append_trimmed(text, pos, end, out)
    return out


def _is_inner_period(text: str, i: int, end: int) -> bool:
    """A period of an abbreviation or initial: one letter before it (د. ، أ.ف.ب)."""
    before = text[i - 1] if i > 0 else " "
    before2 = text[i - 2] if i > 1 else " "
    return before.isalpha() and not before2.isalnum() and i + 1 < end and not text[i + 1] == "\n"


def _append_trimmed(text: str, s: int, e: int, out: list) -> None:
    while s < e and (text[s].isspace() or text[s] in "\u200f\u200e\ufeff"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and any(c.isalnum() for c in text[s:e]):
        out.append((s, e))


def segment(text: str, gaps: list[tuple[int, int]] = ()) -> tuple[list[tuple[int, int]], list[Quote]]:
    """All sentence spans and quote spans of an article, outside the gaps."""
    sentences: list[tuple[int, int]] = []
    quotes: list[Quote] = []
    for p_start, p_end in paragraphs(text, gaps):
        here = [q for q_start, q_end in _quote_scopes(text, p_start, p_end) for q in find_quotes(text, q_start, q_end)]
        quotes.extend(here)
        quote_ends = {q.end for q in here if q.closed}
        sentences.extend(split_sentences(text, p_start, p_end, quote_ends))
    return sentences, clip_open_quotes(quotes, sentences)


def clip_open_quotes(quotes: list[Quote], sentences: list[tuple[int, int]]) -> list[Quote]:
    """A quotation never closed ends with the sentence it opened in: a stray mark colours one sentence."""
    out = []
    for q in quotes:
        if not q.closed:
            k = bisect.bisect_right(sentences, (q.start, float("inf"))) - 1
            if k >= 0 and sentences[k][0] <= q.start < sentences[k][1]:
                q = Quote(q.start, max(q.start + 1, min(q.end, sentences[k][1])), False)
        out.append(q)
    return out


_LINE_END_AFTER_TERMINATOR = re.compile(r"[.؟?!…][\"»”')\]]*[ \t\r\u00a0]*\n")


def _quote_scopes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotes pair within a scope: a paragraph, cut at line breaks that follow a sentence end.

    Hard-wrapped lines do not end with a terminator, so quotes still pair across them; a stray
    mark cannot flip the rest of an article whose sentences each sit on their own line.
    """
    out, pos = [], start
    for m in _LINE_END_AFTER_TERMINATOR.finditer(text, start, end):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out
