"""The kind of an input, by its content: an extension can lie, the first bytes do not."""

from __future__ import annotations

import codecs
import re
import zlib

#: Bytes enough to tell every kind apart.
HEAD_BYTES = 65_536

#: The kinds, with the extensions a folder is searched for.
EXTENSIONS = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}

_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/"
_JSON_OBJECT = re.compile(r'\{\s*"[^"\n]*"\s*:')
# Markup that only HTML has: a doctype or a structural tag near the start.
_HTML_DOCUMENT = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_HTML_TAG = re.compile(r"<(p|div|article|section|title|meta|h1|span|br)[\s/>]", re.I)
_HTML_WINDOW = 1024


def detect_kind(head: bytes) -> str:
    """``warc``, ``jsonl``, ``html``, ``text``, or ``gzip`` (compressed, not a WARC)."""
    if head.startswith(_WARC_MAGIC):
        return "warc"
    if head.startswith(_GZIP_MAGIC):
        return "warc" if _gunzip_head(head).startswith(_WARC_MAGIC) else "gzip"
    text = _peek_text(head).lstrip()
    if _JSON_OBJECT.match(text):
        return "jsonl"
    if looks_like_html(text):
        return "html"
    return "text"


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page rather than prose that mentions a tag."""
    start = text.lstrip()[:_HTML_WINDOW]
    if _HTML_DOCUMENT.search(start):
        return True
    return start.startswith("<") and bool(_HTML_TAG.search(start))


def kind_of_name(name: str) -> str | None:
    """The kind a file name announces, None for an unsupported one."""
    lowered = name.lower()
    for extension in sorted(EXTENSIONS, key=len, reverse=True):
        if lowered.endswith(extension):
            return EXTENSIONS[extension]
    return None


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(head, len(_WARC_MAGIC))
    except zlib.error:
        return b""


def _peek_text(head: bytes) -> str:
    """The head decoded well enough to look at its markup (never for the article itself)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="replace")
    return head.decode("utf-8", errors="replace").lstrip("\ufeff")
