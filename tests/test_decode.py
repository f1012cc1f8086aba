import codecs

import pytest

from classifier.decode import DecodeError, decode

TEXT = "قال وزير الخارجية إن المحادثات مستمرة."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("cp1256"),
])
def test_supported_encodings_are_detected(data):
    assert decode(data) == TEXT


@pytest.mark.parametrize("data,fragment", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    (TEXT.encode("utf-8") + "ملخص".encode("cp1256"), "mixed"),
    ("café au lait, déjà vu".encode("latin-1"), "not UTF-8"),
])
def test_bad_bytes_get_a_clear_error_with_offset(data, fragment):
    with pytest.raises(DecodeError) as e:
        decode(data)
    assert fragment in str(e.value)
    assert e.value.offset is not None


def test_forced_encoding():
    assert decode(TEXT.encode("cp1256"), encoding="cp1256") == TEXT
    with pytest.raises(DecodeError):
        decode(b"\xff\xfe", encoding="no-such-codec")
