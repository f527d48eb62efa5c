"""JSON Lines → raw articles: one JSON object a line, read as a stream.

Each object holds ``text`` or ``html``, and optionally ``url``, ``published``, ``title`` and
``id``. A broken line is an error for that line only; the others are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from claimledger.sources.base import MAX_INPUT_BYTES, InputError, RawArticle, too_large
from claimledger.sources.html import read_html
from claimledger.sources.text import check_text

_OPTIONAL_FIELDS = ("url", "published", "title", "id")
# Lines longer than an article may be are skipped in chunks of this size, never held whole.
_SKIP_CHUNK = 1 << 20


def read_jsonl(stream: BinaryIO, origin: str) -> Iterator[RawArticle | InputError]:
    """One article (or one error) per non-blank line of ``stream``."""
    lineno = 0
    while True:
        line = stream.readline(MAX_INPUT_BYTES + 1)
        if not line:
            return
        lineno += 1
        where = f"{origin}:{lineno}"
        if len(line) > MAX_INPUT_BYTES and not line.endswith(b"\n"):
            yield too_large(where, len(line) + _skip_line(stream))
            continue
        if not line.strip():
            continue
        try:
            yield read_record(line, where)
        except InputError as error:
            yield error


def read_record(line: bytes | str, origin: str) -> RawArticle:
    """The article of one JSON Lines record."""
    try:
        record = json.loads(line.strip())
    except UnicodeDecodeError:
        raise InputError(origin, "not UTF-8 (JSON Lines must be UTF-8)") from None
    except json.JSONDecodeError as error:
        raise InputError(origin, f"invalid JSON ({error.msg}, column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(origin, f"a JSON object was expected, not {type(record).__name__}")
    meta = {name: _optional_string(record, name, origin) for name in _OPTIONAL_FIELDS}
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        article = read_html(html, origin, url=meta["url"])
    elif isinstance(text, str):
        check_text(text, origin)
        article = RawArticle(origin=origin, text=text, url=meta["url"])
    else:
        raise InputError(origin, 'no "text" or "html" string in the record')
    return RawArticle(
        origin=origin,
        text=article.text,
        kind=article.kind,
        url=meta["url"] or article.url,
        published=meta["published"] or article.published,
        title=meta["title"] or article.title,
        site=article.site,
        doc_id=meta["id"],
    )


def _optional_string(record: dict, name: str, origin: str) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    # Ids are often numbers in exports; any other field must be a string.
    if name == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InputError(origin, f'"{name}" must be a string, not {type(value).__name__}')
    return value


def _skip_line(stream: BinaryIO) -> int:
    """Read past the rest of an overlong line; the number of bytes skipped."""
    skipped = 0
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
