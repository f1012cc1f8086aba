"""Site furniture: lines such as «اظهار أخبار متعلقة» that are not part of the article.

Nothing is deleted: the cleaner returns the raw spans of the furniture lines, and the segmenter
treats them as gaps, so every offset still indexes the original text.
"""
from __future__ import annotations

import re

from .normalize import normalize

_LINE = re.compile(r"[^\n]+")
_EDGE_PUNCT = " \t\r\u00a0:：.،,|-–—»«\"'()[]>•*#"


class FurnitureMatcher:
    def __init__(self, entries):
        self.lines: dict[str, str] = {}
        self.prefixes: list[tuple[str, str]] = []
        for entry in entries:
            for form in entry.forms:
                key = _key(form)
                if entry.get("match") == "line":
                    self.lines.setdefault(key, entry.id)
                else:
                    self.prefixes.append((key, entry.id))
        self.prefixes.sort(key=lambda p: -len(p[0]))

    def match_line(self, line: str) -> str | None:
        """The id of the furniture entry that covers this line, or None."""
        key = _key(line)
        if not key:
            return None
        hit = self.lines.get(key)
        if hit:
            return hit
        for prefix, entry_id in self.prefixes:
            if key.startswith(prefix) and (len(key) == len(prefix) or not key[len(prefix)].isalnum()):
                return entry_id
        return None

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entry id) of each furniture line in ``text``."""
        out = []
        for m in _LINE.finditer(text):
            if len(m.group()) <= 200:
                hit = self.match_line(m.group())
                if hit:
                    out.append((m.start(), m.end(), hit))
        return out


def _key(line: str) -> str:
    return " ".join(normalize(line).strip(_EDGE_PUNCT).split())
