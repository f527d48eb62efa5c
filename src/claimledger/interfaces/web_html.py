"""HTML of the web interface: one layout, one small stylesheet, no script.

Every value is escaped on its way in: ``esc`` turns anything into ``Safe`` HTML, and the builders
(``a``, ``table``, ``layout``...) escape whatever is not ``Safe`` already. Only this module writes
markup: the pages of lists (home, compare, quotes, entities) are in ``web_lists``, those of
records (an entity, a document) in ``web_records``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from claimledger.ledger.plot import format_number
from claimledger.ledger.speech import QuoteHit

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;
max-width:75rem;padding:0 1rem}
header{border-bottom:1px solid #ccc;padding:.5rem 0}header a{margin-right:1rem}
a{color:#0645ad}a:focus{outline:2px solid #000}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;background:#fff}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
blockquote{margin:.75rem 0 .25rem;padding-left:1rem;border-left:4px solid #999}
.muted,footer{color:#555}.text{white-space:pre-wrap;max-width:48rem}mark{background:#fff0a0}
svg{max-width:100%;height:auto}pre{overflow:auto;background:#f4f4f4;padding:.5rem}
input,button{font:inherit}form{margin:1rem 0}label{margin-right:.25rem}
footer{border-top:1px solid #ccc;margin-top:2rem;padding:.5rem 0}dt{font-weight:bold}
"""
# Sources whose key is no ledger entity: the words naming them, the site, the article.
NOT_ENTITIES = ("said:", "site:", "doc:")


class Safe(str):
    """Text that is HTML already (escaped, or markup written here)."""


def esc(value: object) -> Safe:
    """``value`` as HTML: escaped unless it is Safe already; None is empty."""
    if isinstance(value, Safe):
        return value
    return Safe(html.escape("" if value is None else str(value), quote=True))


def join(parts: Iterable[object], separator: str = "") -> Safe:
    """Pieces of HTML (each escaped unless Safe) one after the other."""
    return Safe(separator.join(esc(part) for part in parts))


def tag(name: str, content: object, **attributes: object) -> Safe:
    """``<name attributes>content</name>``; attribute values escaped, ``class_`` for class."""
    attrs = "".join(
        f' {key.rstrip("_").replace("_", "-")}="{esc(value)}"'
        for key, value in attributes.items()
        if value is not None
    )
    return Safe(f"<{name}{attrs}>{esc(content)}</{name}>")


def a(href: str, text: object) -> Safe:
    """A link."""
    return tag("a", text, href=href)


def link(path: str, params: Mapping[str, str], **changes: object) -> str:
    """``path`` with the query string of ``params`` changed by ``changes`` (None removes)."""
    merged = {**params, **{k: None if v is None else str(v) for k, v in changes.items()}}
    kept = {k: v for k, v in merged.items() if v not in (None, "")}
    query = urlencode(kept, quote_via=quote)
    return quote(path, safe="/:") + (f"?{query}" if query else "")


def entity_href(key: str) -> str:
    """The address of an entity's page."""
    return "/entities/" + quote(key, safe=":")


def document_href(doc_id: str) -> str:
    """The address of a stored document's page."""
    return "/documents/" + quote(doc_id, safe="")


def source_link(name: str | None, key: str | None) -> Safe:
    """A source or speaker: a link to its entity page when it is a ledger entity (to its
    article when the article itself is the source)."""
    if not name:
        return Safe('<span class="muted">unknown</span>')
    if key and key.startswith("doc:"):
        return a(document_href(key[len("doc:") :]), name)
    if key and not key.startswith(NOT_ENTITIES):
        return a(entity_href(key), name)
    return esc(name)


def article_link(doc_id: str, title: str | None) -> Safe:
    """A link to a stored document, by its title (else its id)."""
    return a(document_href(doc_id), title or doc_id)


def table(
    caption: str | None,
    header: list[str],
    rows: Iterable[list[object]],
    numbers: tuple[int, ...] = (),
) -> Safe:
    """A table with a header row; the columns at ``numbers`` right-aligned."""
    rows = list(rows)
    if not rows:
        return tag("p", "None.", class_="muted")
    head = join(
        tag("th", h, scope="col", class_="n" if i in numbers else None)
        for i, h in enumerate(header)
    )
    body = join(
        tag(
            "tr",
            join(
                tag("td", cell, class_="n" if i in numbers else None) for i, cell in enumerate(row)
            ),
        )
        for row in rows
    )
    caption_html = tag("caption", caption) if caption else Safe("")
    return Safe(f"<table>{caption_html}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def layout(title: str, body: Safe, json_href: str | None = None) -> str:
    """A whole page: navigation, the body, a link to the same data as JSON."""
    nav = join(
        [
            a("/", "Ledger"),
            a("/compare", "Compare"),
            a("/quotes", "Quotes"),
            a("/entities", "Entities"),
        ]
    )
    footer = join(
        ["claimledger · read-only", Safe(" · "), a(json_href, "this page as JSON")]
        if json_href
        else ["claimledger · read-only"]
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · claimledger</title><style>{STYLE}</style></head>\n"
        '<body><a class="skip" href="#main">Skip to content</a>'
        f'<header><nav aria-label="Site">{nav}</nav></header>\n'
        f'<main id="main">{body}</main>\n<footer>{footer}</footer></body></html>\n'
    )


def form(action: str, fields: list[tuple[str, str, str | None]], button: str) -> Safe:
    """A GET form of text fields (name, label, value)."""
    inputs = join(
        join(
            [
                tag("label", label, for_=f"f-{name}"),
                Safe(
                    f'<input type="search" id="f-{esc(name)}" name="{esc(name)}" '
                    f'value="{esc(value)}" size="30"> '
                ),
            ]
        )
        for name, label, value in fields
    )
    return Safe(
        f'<form method="get" action="{esc(action)}" role="search">{inputs}'
        f'<button type="submit">{esc(button)}</button></form>'
    )


@dataclass(frozen=True)
class Pager:
    """Where a list is: its limit and offset, and the previous and next pages' addresses."""

    limit: int
    offset: int
    previous: str | None
    next: str | None

    def to_dict(self) -> dict[str, object]:
        """The paging part of a JSON answer."""
        return {
            "limit": self.limit,
            "offset": self.offset,
            "previous": self.previous,
            "next": self.next,
        }

    def html(self) -> Safe:
        """Links to the previous and next pages, when there are some."""
        links = [
            a(self.previous, "← previous") if self.previous else None,
            a(self.next, "next →") if self.next else None,
        ]
        shown = [link for link in links if link is not None]
        return tag("nav", join(shown, " · "), aria_label="Pages") if shown else Safe("")


def count(number: int, word: str, plural: str | None = None) -> str:
    """3 estimates, 1 estimate, 2 entities."""
    return f"{format_number(number)} {word if number == 1 else plural or word + 's'}"


def said_list(hits: list[QuoteHit], empty: str) -> Safe:
    """Quotes or statements, each with its speaker, cue, date and article."""
    if not hits:
        return tag("p", empty)
    items = []
    for hit in hits:
        cue = f" ({hit.cue})" if hit.cue else ""
        cite = join(
            [
                source_link(hit.speaker, hit.speaker_key),
                cue,
                " — ",
                hit.published or "?",
                ", ",
                article_link(hit.doc_id, hit.title),
            ]
        )
        items.append(tag("li", join([tag("blockquote", hit.text), tag("p", cite)])))
    return tag("ul", join(items), class_="said")


def error_page(status: int, reason: str, message: str) -> str:
    """The page of an error: what went wrong, and the way home."""
    body = join(
        [tag("h1", f"{status} {reason}"), tag("p", message), tag("p", a("/", "Back to the ledger"))]
    )
    return layout(f"{status} {reason}", body)
