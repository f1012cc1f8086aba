"""Clitic-aware multi-word matching of lexicon forms against tokens.

Every form is expanded once, at compile time, into the surface shapes its first token can take
(proclitics و ف, prepositions ب ل ك, the contracted لل, and the ``inflect`` variants), so that
matching costs one dictionary lookup per token. Longest match wins within a lexicon file;
pseudo entries claim their span and so block the hits they overlap.
"""
from __future__ import annotations

from itertools import compress, count, pairwise
from typing import NamedTuple

from .normalize import TOKEN_RE, NormalizedText, Tokens, normalize

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_PROCLITICS = tuple(c + p for c in _CONJ for p in _PREP)            # و، فب، ول …
_DEF_PROCLITICS = tuple(c + p for c in _CONJ for p in ("", "ب", "ك"))  # before ال
_FUTURE = ("س",)                                                      # سيقول، وستعلن
_ADJ_ENDINGS = ("", "ه", "ون", "ين", "ات", "ان", "تان", "تين")
ARTICLE = "ال"


class Hit(NamedTuple):
    kind: str        # lexicon file: actors, cues, speakers, loaded
    entry: object    # lexicon.Entry
    first: int       # token index of the first token
    last: int        # token index after the last token
    start: int       # raw offsets, the leading clitic excluded
    end: int
    pseudo: bool     # a blocker (pseudo cue, pseudo loaded term, not_mention), not a finding

    @property
    def id(self) -> str:
        return self.entry.id


def is_pseudo(entry) -> bool:
    return (entry.get("type") in ("pseudo", "not_mention") or entry.get("category") == "pseudo"
            or entry.get("kind") == "pseudo")


def form_tokens(form: str) -> tuple[str, ...]:
    return tuple(TOKEN_RE.findall(normalize(form)))


def _inflections(tokens: tuple[str, ...], inflect: str | None) -> list[tuple[str, ...]]:
    if inflect == "adjective":
        last = tokens[-1]
        stems = [last + e for e in _ADJ_ENDINGS]
        variants = [tokens[:-1] + (s,) for s in stems]
        if len(tokens) == 1:
            variants += [(ARTICLE + s,) for s in stems if not s.startswith(ARTICLE)]
        else:
            variants += [tokens[:-1] + (ARTICLE + s,) for s in stems if not s.startswith(ARTICLE)]
        return variants
    if inflect == "article" and not tokens[0].startswith(ARTICLE):
        return [tokens, (ARTICLE + tokens[0],) + tokens[1:]]
    return [tokens]


def _surfaces(first: str, verb: bool) -> list[tuple[str, int]]:
    """(surface shape of a first token, length of the clitic to drop from the reported span)."""
    out = []
    if first.startswith(ARTICLE) and len(first) > 2:
        out += [(p + first, len(p)) for p in _DEF_PROCLITICS]
        out += [(c + "لل" + first[2:], len(c)) for c in _CONJ]
    else:
        out += [(p + first, len(p)) for p in _PROCLITICS]
        if verb and first[:1] in "يت":
            out += [(c + f + first, len(c)) for c in _CONJ for f in _FUTURE]
    return out


class Matcher:
    """All lexicon files compiled into two indexes: forms of one token by the surface of that token,
    and longer forms by the surfaces of their first two tokens, then the lengths of their remaining
    tokens (longest first) and, for each remainder, its candidate entries. One C-level pass rules out
    the tokens that start no form; a pair lookup, most of those that start only longer forms."""

    def __init__(self, lexicon, kinds=("actors", "cues", "speakers", "loaded", "evaluative")):
        single: dict[str, list[tuple[int, str, object, bool]]] = {}
        longer: dict[tuple[str, str], dict[tuple[str, ...], list[tuple[int, str, object, bool]]]] = {}
        for kind in kinds:
            for entry in lexicon[kind]:
                verb = kind == "cues" and entry.get("type") in ("verb", "passive")
                for form in entry.forms:
                    for tokens in _inflections(form_tokens(form), entry.get("inflect")):
                        for surface, clitic in _surfaces(tokens[0], verb):
                            candidate = (clitic, kind, entry, is_pseudo(entry))
                            if len(tokens) == 1:
                                single.setdefault(surface, []).append(candidate)
                            else:
                                longer.setdefault((surface, tokens[1]), {}).setdefault(tokens[2:], []).append(candidate)
        self.single = single
        self.longer = {pair: (sorted({len(rest) for rest in rests}, reverse=True), rests)
                       for pair, rests in longer.items()}
        self.first = set(single) | {first for first, _ in longer}

    def find(self, text: NormalizedText, tokens: Tokens) -> dict[str, list[Hit]]:
        """Non-overlapping hits per lexicon file, longest first; pseudo hits included (callers drop them)."""
        texts = tokens.texts
        found: list[tuple[int, int, list]] = []   # (first token, token after the last, candidates)
        single, longer, n = self.single, self.longer, len(texts)
        for i in compress(count(), map(self.first.__contains__, texts)):   # most tokens start no form
            if i + 1 < n and (pair := longer.get((texts[i], texts[i + 1]))) is not None:
                lengths, rests = pair
                for length in lengths:
                    j = i + 2 + length
                    candidates = rests.get(tuple(texts[i + 2:j])) if j <= n else None
                    if candidates is not None:
                        found.append((i, j, candidates))
            if (candidates := single.get(texts[i])) is not None:
                found.append((i, i + 1, candidates))
        raw: dict[str, list[Hit]] = {}
        bounds = tokens.bounds()
        for i, j, candidates in found:
            first, last = bounds[2 * i], bounds[2 * j - 1]
            for clitic, kind, entry, pseudo in candidates:
                start, end = text.raw_span(first + clitic, last)
                raw.setdefault(kind, []).append(Hit(kind, entry, i, j, start, end, pseudo))
        return {kind: _resolve(hits) for kind, hits in raw.items()}


def _resolve(hits: list[Hit]) -> list[Hit]:
    """Greedy longest-first selection of non-overlapping hits (pseudo entries win ties)."""
    if len(hits) < 2 or all(a.last <= b.first for a, b in pairwise(hits)):
        return hits   # the common case: found in text order and disjoint already
    out: list[Hit] = []
    used: set[int] = set()
    for h in sorted(hits, key=lambda h: (-(h.last - h.first), not h.pseudo, h.first)):
        span = range(h.first, h.last)
        if any(k in used for k in span):
            continue
        used.update(span)
        out.append(h)
    out.sort(key=lambda h: h.first)
    return out
