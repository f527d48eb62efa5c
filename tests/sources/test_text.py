"""Plain text: decoding (BOMs, UTF-8, Latin-1, broken bytes) and inputs that are not text."""

from __future__ import annotations

import codecs

import pytest

from claimledger.sources import MAX_INPUT_BYTES, InputError, RawArticle, read_document, read_path
from claimledger.sources.text import decode_bytes

LEAD = (
    "Le secrétaire à la Défense Lloyd Austin avait seulement déclaré que « certaines » des "
    "troupes s'étaient déplacées vers la frontière ukrainienne, près de Koursk."
)


@pytest.mark.parametrize(
    ("encoded", "why"),
    [
        (LEAD.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + LEAD.encode("utf-8"), "UTF-8 with a byte-order mark"),
        (LEAD.encode("utf-16"), "UTF-16 with its byte-order mark"),
        (codecs.BOM_UTF16_BE + LEAD.encode("utf-16-be"), "UTF-16 big-endian"),
        (LEAD.encode("latin-1"), "Latin-1, as older French pages are"),
        (LEAD.encode("cp1252"), "Windows-1252"),
    ],
)
def test_text_is_decoded(encoded, why):
    assert decode_bytes(encoded, "lead.txt") == LEAD, why


def test_windows_1252_quotes_are_read_as_such():
    text = "« Nous exhortons fortement la Corée du Nord à cesser immédiatement » – l’ONU…"
    assert decode_bytes(text.encode("cp1252"), "x.txt") == text


def test_invalid_utf8_keeps_the_rest_of_the_text():
    # One damaged byte in a UTF-8 file: the accents elsewhere stay right, the byte is marked.
    data = LEAD.encode("utf-8")
    damaged = data[:20] + b"\xff" + data[20:]
    text = decode_bytes(damaged, "damaged.txt")
    assert "\ufffd" in text
    assert text.replace("\ufffd", "") == LEAD


def test_a_latin1_file_is_read_through_read_path(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(LEAD.encode("latin-1"))
    [article] = read_path(str(path))
    assert isinstance(article, RawArticle)
    assert article.text == LEAD
    assert article.kind == "text"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b"   \n\n\t  \r\n", "empty input"),
        (codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le"), "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file, not text"),
        (bytes(range(256)) * 8, "binary file, not text"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 100 + LEAD.encode(), "binary file, not text"),
    ],
    ids=["empty", "blank", "blank-utf16", "png", "all-bytes", "control-characters"],
)
def test_what_is_not_text_is_refused_in_one_line(tmp_path, data, reason):
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    [error] = read_path(str(path))
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: {reason}"


def test_a_50_mb_text_is_refused_with_its_size(tmp_path):
    path = tmp_path / "huge.txt"
    line = (LEAD + "\n").encode()
    with path.open("wb") as out:
        for _ in range(50_000_000 // len(line) + 1):
            out.write(line)
    size = path.stat().st_size
    [error] = read_path(str(path))
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: too large: {size / 1e6:.1f} MB (the limit is 5.0 MB)"
    assert "\n" not in str(error)


def test_a_text_just_under_the_limit_is_read(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"a" * (MAX_INPUT_BYTES - 1) + b"\n")
    [article] = read_path(str(path))
    assert isinstance(article, RawArticle)


def test_read_document_takes_text_and_bytes():
    assert read_document(LEAD).text == LEAD
    assert read_document(LEAD.encode("latin-1"), origin="api").text == LEAD
    with pytest.raises(InputError, match="^api: empty input$"):
        read_document("  \n ", origin="api")
