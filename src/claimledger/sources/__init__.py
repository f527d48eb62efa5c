"""Path or bytes → raw articles: plain text, HTML, JSON Lines and web archives.

``read_path`` yields one item per article: a ``RawArticle``, or an ``InputError`` for an
article that cannot be read, so that one bad document never stops a batch.
(Minimal version: plain UTF-8 text only; the full readers come with the sources issue.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from claimledger.sources.base import MAX_INPUT_BYTES, InputError, RawArticle

__all__ = ["InputError", "RawArticle", "read_path", "read_document"]


def read_path(path: str) -> Iterator[RawArticle | InputError]:
    """The articles in the file at ``path`` (``-`` reads standard input)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        yield InputError(path, error.strerror or str(error))
        return
    try:
        yield read_document(data, origin=path)
    except InputError as error:
        yield error


def read_document(data: str | bytes, origin: str = "<input>") -> RawArticle:
    """One article from text or bytes."""
    if isinstance(data, bytes):
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(origin, "too large")
        data = data.decode("utf-8")
    return RawArticle(origin=origin, text=data)
