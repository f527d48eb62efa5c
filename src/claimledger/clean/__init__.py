"""Raw article → clean article: the body, its title and its metadata.

``clean_article`` runs the steps below; each lives in its own module.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from claimledger.clean.boilerplate import load_rules, remove_boilerplate
from claimledger.clean.dateline import check_published, find_dateline, take_dateline
from claimledger.clean.language import identify_language
from claimledger.clean.normalize import normalize_text
from claimledger.clean.title import take_title
from claimledger.lang import SUPPORTED_LANGUAGES
from claimledger.sources.base import InputError, RawArticle

__all__ = ["CleanArticle", "clean_article", "derive_doc_id"]


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
    raw: RawArticle,
    *,
    published: str | None = None,
    language: str | None = None,
    url: str | None = None,
) -> CleanArticle:
    """The clean article of ``raw``; the caller's values win over what the input says.

    1. Normalize characters one for one (every Unicode space a space), CRLF to LF, and
       trim each line's end.
    2. Remove boilerplate lines (skip links, share lines, "Lire aussi", Wikinews trailers).
    3. Take the title: the input's (dropping its copy atop the body), else a headline that
       stands first and that the lead repeats, a blank line or a dateline follows.
    4. Take the dateline (``23 juin 2018 . –``) out of the first lines of the body.
    5. Join the body's paragraphs with newlines: the text every offset refers to.
    6. Date it: the caller's date, else the input's, else the dateline's.
    7. Identify the language unless the caller gives it; only fr and en are analysed.
    """
    lines = normalize_text(raw.text).split("\n")
    lines, boilerplate = remove_boilerplate(lines, load_rules())
    title, lines, copies = take_title(lines, raw.title, lambda line: bool(find_dateline(line)))
    dated, lines, dateline = take_dateline(lines)
    text = "\n".join(line.strip() for line in lines if line.strip())
    if not text:
        raise InputError(raw.origin, "no article text once boilerplate is removed")
    return CleanArticle(
        origin=raw.origin,
        doc_id=raw.doc_id or derive_doc_id(text),
        text=text,
        language=choose_language(text, language or raw.language, raw.origin),
        title=title,
        published=check_published(published or raw.published or dated, raw.origin),
        url=url or raw.url,
        site=raw.site,
        boilerplate=boilerplate + copies + dateline,
    )


def choose_language(text: str, given: str | None, origin: str) -> str:
    """The caller's language if given, else the one identified; fr or en, or InputError."""
    supported = ", ".join(SUPPORTED_LANGUAGES)
    code = given or identify_language(text)
    if code is None:
        reason = f"too little text to identify its language ({supported}); pass --lang"
        raise InputError(origin, reason)
    if code not in SUPPORTED_LANGUAGES:
        raise InputError(
            origin, f"language {code!r} is not supported ({supported}); pass --lang to force"
        )
    return code
