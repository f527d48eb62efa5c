"""Raw article → clean article: the body, its title and its metadata.

1. Normalize characters one for one (non-breaking spaces become spaces), so offsets never shift.
2. Remove boilerplate lines (skip links, share lines, "Lire aussi", Wikinews trailers).
3. Take the headline out of the body when the lead repeats it or it stands first.
4. Read a dateline (``23 juin 2018 . –``) for the publication date when none is given.
5. Identify the language; an unsupported one is an error, not a wrong analysis.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CleanArticle:
    """An article ready for analysis: ``text`` is the body every offset refers to."""

    origin: str
    doc_id: str
    text: str
    language: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    site: str | None = None
    boilerplate: list[str] = field(default_factory=list)


def derive_doc_id(text: str) -> str:
    """A stable id from the clean text: the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def clean_article(
    raw, *, published: str | None = None, language: str | None = None, url: str | None = None
) -> CleanArticle:
    """Minimal placeholder: the whole text is the body."""
    text = raw.text.replace("\u00a0", " ")
    return CleanArticle(
        origin=raw.origin,
        doc_id=raw.doc_id or derive_doc_id(text),
        text=text,
        language=language or raw.language or "fr",
        title=raw.title,
        published=published or raw.published,
        url=url or raw.url,
        site=raw.site,
    )
