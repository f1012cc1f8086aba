"""What `framing score` reads: files, directories, stdin; plain text, HTML and JSONL.

Every input yields an ``Item`` with either a text or an error, so a batch never loses one.
HTML is reduced to its visible text (scripts, styles and navigation dropped); offsets then index
that text, which the JSON output carries as ``text`` for each article.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .decode import DecodeError, decode

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
TEXT_EXTENSIONS = (".txt", ".text", ".md")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
FORMATS = ("auto", "text", "html", "jsonl")


@dataclass(frozen=True)
class Item:
    id: str
    text: str | None = None
    error: str | None = None
    source: str | None = None     # file name, "-" for stdin
    line: int | None = None       # JSONL line number


class InputOptions:
    def __init__(self, fmt: str = "auto", text_field: str = "text", id_field: str = "id",
                 encoding: str | None = None, max_bytes: int | None = None,
                 extensions: tuple[str, ...] = TEXT_EXTENSIONS + HTML_EXTENSIONS + JSONL_EXTENSIONS):
        self.fmt, self.text_field, self.id_field = fmt, text_field, id_field
        self.encoding, self.max_bytes, self.extensions = encoding, max_bytes, extensions


def iter_items(paths: list[str], options: InputOptions):
    for name in paths:
        if name == "-":
            yield from _items_from_bytes(sys.stdin.buffer.read(), "-", options)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in options.extensions)
            if not files:
                yield Item(str(path), error=f"{path}: no files with extensions {', '.join(options.extensions)}",
                           source=str(path))
            for file in files:
                yield from _items_from_file(file, options)
        else:
            yield from _items_from_file(path, options)


def _items_from_file(path: Path, options: InputOptions):
    try:
        size = path.stat().st_size
        if options.max_bytes is not None and size > options.max_bytes:
            yield Item(str(path), error=f"{path}: {size} bytes, over the limit of {options.max_bytes}",
                       source=str(path))
            return
        data = path.read_bytes()
    except OSError as e:
        yield Item(str(path), error=f"{path}: cannot read ({e.strerror or e})", source=str(path))
        return
    yield from _items_from_bytes(data, str(path), options)


def _format_of(name: str, fmt: str) -> str:
    if fmt != "auto":
        return fmt
    suffix = Path(name).suffix.lower()
    return "html" if suffix in HTML_EXTENSIONS else "jsonl" if suffix in JSONL_EXTENSIONS else "text"


def _items_from_bytes(data: bytes, name: str, options: InputOptions):
    if options.max_bytes is not None and len(data) > options.max_bytes:
        yield Item(name, error=f"{name}: {len(data)} bytes, over the limit of {options.max_bytes}", source=name)
        return
    try:
        text = decode(data, options.encoding)
    except DecodeError as e:
        yield Item(name, error=f"{name}: {e}", source=name)
        return
    fmt = _format_of(name, options.fmt)
    if fmt == "html":
        yield Item(name, text=visible_text(text), source=name)
    elif fmt == "jsonl":
        yield from _jsonl_items(text, name, options)
    else:
        yield Item(name, text=text, source=name)


def _jsonl_items(text: str, name: str, options: InputOptions):
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Item(where, error=f"{where}: not valid JSON ({e.msg})", source=name, line=number)
            continue
        value = record.get(options.text_field) if isinstance(record, dict) else None
        if not isinstance(value, str):
            yield Item(where, error=f"{where}: no string field {options.text_field!r}", source=name, line=number)
            continue
        ident = record.get(options.id_field, where)
        # JSON can carry lone surrogates (`"\ud800"`), which no encoder writes back: each becomes U+FFFD,
        # one character for one, so offsets still index the text (returned with the result)
        yield Item(_LONE_SURROGATE.sub("\ufffd", str(ident)), text=_LONE_SURROGATE.sub("\ufffd", value),
                   source=name, line=number)


_SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form",
                   "button", "iframe", "head"})
_BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "tr",
                    "blockquote", "figcaption", "ul", "ol", "table", "pre"})


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(" ".join(data.split()) if data.strip() else " ")


def visible_text(html: str) -> str:
    """The visible text of an HTML page, one paragraph per block element."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    paragraphs = [" ".join(p.split()) for p in "".join(parser.parts).split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)
