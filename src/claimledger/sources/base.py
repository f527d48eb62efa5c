"""What every source reader returns: raw articles, or a clear error for one input."""

from __future__ import annotations

from dataclasses import dataclass

#: Articles larger than this are refused: a news article is rarely over 200 kB of text.
MAX_INPUT_BYTES = 5_000_000


class InputError(Exception):
    """One input cannot be read as an article; ``str()`` is a one-line message naming it."""

    def __init__(self, origin: str, reason: str) -> None:
        # One line always: a reason quoting the input must not break the "ORIGIN: reason" shape.
        reason = " ".join(reason.split())
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


@dataclass(frozen=True)
class RawArticle:
    """An article as read from its source, before cleaning.

    ``text`` is the article text (for HTML, what trafilatura extracted); the metadata
    fields are what the source itself says, each None when it says nothing.
    """

    origin: str
    text: str
    kind: str = "text"
    url: str | None = None
    published: str | None = None
    title: str | None = None
    site: str | None = None
    doc_id: str | None = None
    language: str | None = None


def format_size(size: int) -> str:
    """``size`` bytes in words a reader takes in at a glance (``52.4 MB``)."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.1f} kB"
    return f"{size} bytes"


def too_large(origin: str, size: int, at_least: bool = False) -> InputError:
    """The error for an article over ``MAX_INPUT_BYTES``."""
    prefix = "over " if at_least else ""
    limit = format_size(MAX_INPUT_BYTES)
    return InputError(origin, f"too large: {prefix}{format_size(size)} (the limit is {limit})")
