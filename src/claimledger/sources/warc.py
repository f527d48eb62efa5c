"""Web archives (WARC, plain or gzipped) → raw articles, read as a stream with warcio.

Every successful HTML ``response`` (or ``resource``) record is an article; other records
are skipped. A truncated or corrupt archive yields the articles read so far, then one
error saying where it broke.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from claimledger.sources.base import MAX_INPUT_BYTES, InputError, RawArticle, too_large
from claimledger.sources.html import read_html

_ARTICLE_RECORDS = ("response", "resource")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DRAIN_CHUNK = 1 << 16


class _Broken(Exception):
    """The archive ends or breaks inside a record."""


def read_warc(stream: BinaryIO, origin: str) -> Iterator[RawArticle | InputError]:
    """One article (or one error) per HTML page captured in the archive ``stream``."""
    records = ArchiveIterator(stream)
    number = found = 0
    try:
        for number, record in enumerate(records, 1):
            item = _read_record(record, f"{origin}#{number}")
            _drain(record)
            if item is not None:
                found += 1
                yield item
    except (_Broken, ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
        where = f"record {number}, byte {records.get_record_offset()}"
        reason = str(error) or type(error).__name__
        yield InputError(origin, f"truncated or corrupt archive at {where}: {reason}")
        return
    if not found:
        yield InputError(origin, f"no HTML page in this archive ({number} records)")


def _read_record(record, origin: str) -> RawArticle | InputError | None:
    """The article of one record, None for a record that holds no HTML page."""
    if record.rec_type is None:
        raise _Broken("unreadable record header")
    if record.rec_type not in _ARTICLE_RECORDS or not _is_html(record):
        return None
    status = record.http_headers.get_statuscode() if record.http_headers else "200"
    if not str(status).startswith("2"):
        return None  # redirects and error pages are not articles
    payload = record.content_stream().read(MAX_INPUT_BYTES + 1)
    _drain(record)
    if len(payload) > MAX_INPUT_BYTES:
        return too_large(origin, len(payload), at_least=True)
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        article = read_html(payload, origin, url=url)
    except InputError as error:
        return error
    if article.published is None:
        # The capture date bounds the publication date: better than nothing, as a fallback.
        captured = record.rec_headers.get_header("WARC-Date") or ""
        article = replace(article, published=captured[:10] or None)
    return article


def _is_html(record) -> bool:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    content_type = (headers.get_header("Content-Type") if headers else None) or ""
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _drain(record) -> None:
    """Read the record to its end, and raise _Broken when the archive ends before it does."""
    raw = record.raw_stream
    while raw.read(_DRAIN_CHUNK):
        pass
    missing = getattr(raw, "limit", None)
    if missing is None or missing > 0:
        raise _Broken(f"the record ends {missing or 'some'} bytes early")
