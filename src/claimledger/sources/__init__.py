"""Path or bytes → raw articles: plain text, HTML, JSON Lines and web archives.

``read_path`` yields one item per article: a ``RawArticle``, or an ``InputError`` for an
article that cannot be read, so that one bad document never stops a batch. The kind of
each file is told by its content (``detect``), its extension only chooses a folder's files.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from claimledger.sources.base import MAX_INPUT_BYTES, InputError, RawArticle, too_large
from claimledger.sources.detect import (
    EXTENSIONS,
    HEAD_BYTES,
    detect_kind,
    kind_of_name,
)
from claimledger.sources.html import read_html
from claimledger.sources.jsonl import read_jsonl
from claimledger.sources.text import read_text
from claimledger.sources.warc import read_warc

__all__ = ["MAX_INPUT_BYTES", "InputError", "RawArticle", "read_path", "read_document"]

STDIN = "-"
STDIN_ORIGIN = "<stdin>"


def read_path(path: str) -> Iterator[RawArticle | InputError]:
    """The articles in ``path``: a file, every supported file of a folder, or ``-`` for stdin."""
    if path == STDIN:
        yield from read_stream(sys.stdin.buffer, STDIN_ORIGIN)
        return
    target = Path(path)
    if target.is_dir():
        yield from _read_folder(target, path)
    elif not target.exists():
        yield InputError(path, "no such file")
    else:
        try:
            with target.open("rb") as stream:
                yield from read_stream(stream, path)
        except OSError as error:
            yield InputError(path, f"cannot read: {error.strerror or error}")


def read_stream(stream: BinaryIO, origin: str) -> Iterator[RawArticle | InputError]:
    """The articles in a binary ``stream``; archives and JSON Lines are streamed."""
    head = _read_head(stream)
    kind = detect_kind(head)
    stream = io.BufferedReader(_Rejoined(head, stream))
    if kind == "warc":
        yield from read_warc(stream, origin)
    elif kind == "jsonl":
        yield from read_jsonl(stream, origin)
    else:
        data = stream.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            yield too_large(origin, len(data) + _remaining(stream))
            return
        try:
            yield read_document(data, origin)
        except InputError as error:
            yield error


def read_document(data: str | bytes, origin: str = "<input>") -> RawArticle:
    """One article from its text, its HTML, or its bytes (of any kind ``read_path`` reads)."""
    if isinstance(data, str):
        size = len(data.encode()) if len(data) > MAX_INPUT_BYTES // 4 else len(data)
        if size > MAX_INPUT_BYTES:
            raise too_large(origin, size)
    kind = detect_kind(data[:HEAD_BYTES] if isinstance(data, bytes) else data[:1024].encode())
    if kind == "html":
        return read_html(data, origin)
    if kind in ("warc", "jsonl"):
        raw = data if isinstance(data, bytes) else data.encode()
        return _only_article(raw, kind, origin)
    if kind == "gzip":
        raise InputError(origin, "binary file, not text (gzip, but not a WARC archive)")
    return read_text(data, origin)


def _only_article(data: bytes, kind: str, origin: str) -> RawArticle:
    """The one article of an archive or JSON Lines given as bytes."""
    reader = read_warc if kind == "warc" else read_jsonl
    items = list(reader(io.BytesIO(data), origin))
    for item in items:
        if isinstance(item, InputError):
            raise item
    if len(items) != 1:
        raise InputError(origin, f"{len(items)} articles in this {kind} input; use read_path")
    return items[0]


def _read_folder(folder: Path, origin: str) -> Iterator[RawArticle | InputError]:
    """Every supported file of ``folder`` (not its subfolders), in name order."""
    visible = (p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    files = sorted(p for p in visible if kind_of_name(p.name))
    if not files:
        supported = ", ".join(EXTENSIONS)
        yield InputError(origin, f"no supported file in this folder ({supported})")
    for file in files:
        yield from read_path(str(file))


def _remaining(stream: BinaryIO) -> int:
    """Bytes left in ``stream``, read in chunks so that a huge input is never held whole."""
    total = 0
    while chunk := stream.read(1 << 20):
        total += len(chunk)
    return total


def _read_head(stream: BinaryIO) -> bytes:
    """The first ``HEAD_BYTES`` of ``stream`` (a pipe may give them in several reads)."""
    head = b""
    while len(head) < HEAD_BYTES and (chunk := stream.read(HEAD_BYTES - len(head))):
        head += chunk
    return head


class _Rejoined(io.RawIOBase):
    """The head already read from a stream, then the rest: no seeking, so pipes work too."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)
