"""Bytes → text: the decoding of every source, and plain-text articles.

Decoding, in order: a byte-order mark (UTF-8, UTF-16); the charset the page declares;
UTF-8; UTF-8 with a few broken bytes replaced; Windows-1252 (a superset of the Latin-1
of older French pages); charset_normalizer's guess for anything else.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from claimledger.sources.base import MAX_INPUT_BYTES, InputError, RawArticle, too_large

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters (category Cc) but those a text file legitimately holds: tab, line ends.
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Above this share of control characters, the bytes are not text whatever they decode to.
_MAX_CONTROL_SHARE = 0.01
# French has a few percent of accented letters; a wrong Western decoding has far more.
_MAX_ACCENTED_SHARE = 0.3


def read_text(data: str | bytes, origin: str) -> RawArticle:
    """A plain-text article from its text or its bytes."""
    if isinstance(data, str):
        check_text(data, origin)
        return RawArticle(origin=origin, text=data, kind="text")
    return RawArticle(origin=origin, text=decode_bytes(data, origin), kind="text")


def decode_bytes(data: bytes, origin: str, declared: str | None = None) -> str:
    """The text of ``data``; raises InputError for binary content or an oversized input."""
    if len(data) > MAX_INPUT_BYTES:
        raise too_large(origin, len(data))
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        text = data.decode(encoding, errors="replace")
    elif b"\x00" in data:
        raise InputError(origin, "binary file, not text")
    else:
        text = _decode_declared(data, declared) or _decode_guessed(data)
    check_text(text, origin)
    return text


def check_text(text: str, origin: str) -> None:
    """Raise InputError when ``text`` is empty or looks like binary data."""
    if not text.strip():
        raise InputError(origin, "empty input")
    controls = sum(1 for _ in _STRAY_CONTROLS.finditer(text))
    if "\x00" in text or controls > _MAX_CONTROL_SHARE * len(text):
        raise InputError(origin, "binary file, not text")


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    """``data`` in the charset its page declares, when that charset exists and fits."""
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return None
    # Browsers read a declared Latin-1 as Windows-1252; so do we.
    if codec in ("latin-1", "iso8859-1", "ascii"):
        codec = "cp1252"
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_guessed(data: bytes) -> str:
    """``data`` in the most likely encoding when nothing declares one."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    valid = sum(1 for c in lenient if ord(c) > 127 and c != "\ufffd")
    # Mostly valid multibyte sequences: UTF-8 with a few damaged bytes, not another encoding.
    if valid > broken:
        return lenient
    western = _decode_cp1252(data)
    if _looks_western(western):
        return western
    best = charset_normalizer.from_bytes(data).best()
    return str(best) if best is not None else western


def _decode_cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # Five bytes are undefined in Windows-1252: read the whole as Latin-1 then.
        return data.decode("latin-1")


def _looks_western(text: str) -> bool:
    """Whether ``text`` reads like a Western language: accented letters are a minority."""
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 127)
    # Cyrillic or Greek read as Windows-1252 turns every letter into an accented one.
    return accented <= _MAX_ACCENTED_SHARE * len(letters)
