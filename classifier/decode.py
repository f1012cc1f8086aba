"""Bytes to text: BOMs first, then strict UTF-8, then Windows-1256 when the bytes read as Arabic in it."""
from __future__ import annotations

import codecs
import re

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LETTER = re.compile(r"[^\W\d_]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The lead bytes of two-byte UTF-8 Arabic letters: seeing them before a decode error means mixed encodings.
_UTF8_ARABIC = re.compile(rb"[\xd8-\xdb][\x80-\xbf]")


class DecodeError(ValueError):
    """Input that is not text in a supported encoding; ``offset`` is the first bad byte, when known."""

    def __init__(self, message: str, offset: int | None = None):
        self.offset = offset
        super().__init__(message)


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode article bytes. ``encoding`` forces a codec; otherwise it is detected."""
    if encoding:
        return _strict(data, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(f"binary data (NUL byte at byte {nul}); not a text file", nul)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    if _UTF8_ARABIC.search(data[: utf8_error.start]):
        raise DecodeError(f"invalid or mixed UTF-8 at byte {utf8_error.start}", utf8_error.start)
    text = data.decode("cp1256", errors="replace")
    if _looks_arabic(text):
        return text
    raise DecodeError(f"not UTF-8 (first invalid byte at {utf8_error.start}) and not Windows-1256 Arabic text",
                      utf8_error.start)


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except LookupError:
        raise DecodeError(f"unknown encoding {codec!r}") from None
    except UnicodeDecodeError as e:
        raise DecodeError(f"invalid {codec} at byte {e.start}", e.start) from None


def _looks_arabic(text: str) -> bool:
    if "\ufffd" in text or _CONTROL.search(text):
        return False
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_ARABIC.findall(text)) >= 0.3 * letters
