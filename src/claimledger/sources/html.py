"""HTML pages → raw articles, through trafilatura (text, title, date, site, URL)."""

from __future__ import annotations

import re

from claimledger.sources.base import InputError, RawArticle
from claimledger.sources.text import check_text, decode_bytes

# Browsers look for the charset in the first kilobytes; so do we.
_CHARSET_WINDOW = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Separators sites put between a headline and their own name in <title>.
_TITLE_SEPARATORS = (" - ", " – ", " — ", " | ", " : ", " · ")
# trafilatura falls back to every bit of text on a page without an article (menus, footers):
# an article has at least one paragraph this long, a menu item or a footer never has.
_MIN_PARAGRAPH_WORDS = 8


def read_html(data: str | bytes, origin: str, url: str | None = None) -> RawArticle:
    """The article in an HTML page; raises InputError when the page holds none."""
    if isinstance(data, str):
        check_text(data, origin)
        html = data
    else:
        html = decode_bytes(data, origin, declared_charset(data))
    extracted = _extract(html, url)
    text = extracted.text if extracted is not None else None
    if not text or not _has_paragraph(text):
        raise InputError(origin, "no article text found in the HTML")
    site = extracted.sitename or None
    return RawArticle(
        origin=origin,
        text=text,
        kind="html",
        url=url or extracted.url or None,
        published=extracted.date or None,
        title=strip_site_name(extracted.title, site),
        site=site,
    )


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag, if any."""
    match = _META_CHARSET.search(data[:_CHARSET_WINDOW])
    return match.group(1).decode("ascii") if match else None


def strip_site_name(title: str | None, site: str | None) -> str | None:
    """``title`` without the site's name that ``<title>`` often appends."""
    if not title:
        return None
    title = title.strip()
    if site:
        for separator in _TITLE_SEPARATORS:
            if title.endswith(separator + site):
                return title[: -len(separator + site)].strip() or title
    return title


def _has_paragraph(text: str) -> bool:
    return any(len(line.split()) >= _MIN_PARAGRAPH_WORDS for line in text.splitlines())


def _extract(html: str, url: str | None):
    """trafilatura's document for ``html``: text with one paragraph a line, and metadata."""
    # Imported here: trafilatura takes a while to import, and plain text never needs it.
    import trafilatura

    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, output_format="python"
    )
