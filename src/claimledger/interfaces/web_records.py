"""HTML of the record pages: one entity across articles, one stored document with its items."""

from __future__ import annotations

import json

from claimledger.contract import Document, Entity
from claimledger.interfaces.web_html import (
    Pager,
    Safe,
    a,
    article_link,
    count,
    entity_href,
    esc,
    join,
    layout,
    link,
    said_list,
    table,
    tag,
)
from claimledger.ledger.browse import AssertedAmount, EntityArticle, EntityPage
from claimledger.ledger.derive import entity_key
from claimledger.ledger.plot import QUALIFIER_WORDS, format_number

# Only these addresses become links: a stored url could be `javascript:...`.
LINKED_SCHEMES = ("http://", "https://")


def _figure(
    value: int | float,
    low: int | float | None,
    high: int | float | None,
    qualifier: str,
    unit: str | None,
) -> str:
    """A figure in words: about 8 000, 11 000–12 000, up to 12 000 EUR."""
    suffix = f" {unit}" if unit else ""
    if qualifier == "range" and low is not None and high is not None:
        return f"{format_number(low)}–{format_number(high)}{suffix}"
    words = QUALIFIER_WORDS.get(qualifier, "")
    return f"{words} {format_number(value)}{suffix}".strip()


def _details(pairs: list[tuple[str, object]]) -> Safe:
    """A description list of the pairs whose value is not empty."""
    items = [join([tag("dt", name), tag("dd", value)]) for name, value in pairs if value]
    return tag("dl", join(items))


def entity_page(
    page: EntityPage, articles: list[EntityArticle], limit: int, pager: Pager, json_href: str
) -> str:
    """One entity across articles."""
    e = page.entity
    quotes_href = link("/quotes", {}, speaker=e.name)
    about = _details(
        [
            ("key", tag("code", e.key)),
            ("type", e.type),
            ("articles", format_number(e.documents)),
            ("mentions", format_number(e.mentions)),
            ("merged keys", ", ".join(e.aliases)),
            ("names in the articles", ", ".join(e.names)),
            ("descriptions", "; ".join(e.descriptions)),
        ]
    )
    rows = [
        [r.published or "?", article_link(r.doc_id, r.title), r.name, ", ".join(r.mentions)]
        for r in articles
    ]
    newest = f"the newest {limit} at most"
    body = [
        tag("h1", e.name),
        about,
        tag("p", join(["Search: ", a(quotes_href, f"quotes and statements by {e.name}")])),
        tag("h2", "Articles that name it"),
        table(None, ["published", "article", "named", "mentions"], rows),
        pager.html(),
        tag("h2", f"Quotes ({newest})"),
        said_list(page.quotes[:limit], "No quote attributed to it."),
        tag("h2", f"Statements ({newest})"),
        said_list(page.statements[:limit], "No statement attributed to it."),
        tag("h2", f"Figures it gives ({newest})"),
        _amounts_table(page.amounts[:limit]),
    ]
    return layout(e.name, join(body), json_href)


def _amounts_table(amounts: list[AssertedAmount]) -> Safe:
    """Figures whose source is the entity."""
    if not amounts:
        return tag("p", "No figure attributed to it.")
    rows = [
        [
            x.published or "?",
            _figure(x.value, x.low, x.high, x.qualifier, x.unit),
            x.text,
            x.counted or "",
            article_link(x.doc_id, x.title),
        ]
        for x in amounts
    ]
    return table(None, ["published", "figure", "as written", "counted", "article"], rows)


def document_page(document: Document, json_href: str) -> str:
    """One stored document: metadata, text with its figures marked, every extracted item."""
    d = document
    url = a(d.url, d.url) if d.url and d.url.lower().startswith(LINKED_SCHEMES) else d.url
    entities = {e.id: e for e in d.entities}
    about = _details(
        [
            ("id", tag("code", d.doc_id)),
            ("published", d.published),
            ("site", d.site),
            ("url", url),
            ("language", d.language),
            ("extracted by", d.generator),
            ("v1 JSON", a(json_href, "the document as extracted")),
        ]
    )
    body = [
        tag("h1", d.title or d.doc_id),
        about,
        tag("h2", "Text"),
        tag("p", "Figures are marked.", class_="muted"),
        tag("div", _marked_text(d), class_="text", lang=d.language),
        tag("h2", count(len(d.entities), "entity", "entities").capitalize()),
        _entities_table(d.entities),
        tag("h2", count(len(d.quotes), "quote").capitalize()),
        table(
            None,
            ["quote", "kind", "speaker", "cue"],
            [
                [q.text, q.kind, _who(entities, q.speaker, q.speaker_text), q.cue or ""]
                for q in d.quotes
            ],
        ),
        tag("h2", count(len(d.statements), "statement").capitalize()),
        table(
            None,
            ["statement", "speaker", "cue"],
            [
                [s.text, _who(entities, s.speaker, s.speaker_text), s.cue or ""]
                for s in d.statements
            ],
        ),
        tag("h2", count(len(d.amounts), "figure").capitalize()),
        _document_amounts(d, entities),
        tag("h2", count(len(d.times), "time").capitalize()),
        table(
            None,
            ["as written", "type", "value", "anchor"],
            [[t.text, t.type, t.value or "?", t.anchor or ""] for t in d.times],
        ),
        tag(
            "details",
            join(
                [
                    tag("summary", "v1 JSON"),
                    tag("pre", json.dumps(d.to_dict(), ensure_ascii=False, indent=2)),
                ]
            ),
        ),
    ]
    return layout(d.title or d.doc_id, join(body), json_href)


def _marked_text(document: Document) -> Safe:
    """The text, each figure inside ``<mark>`` (overlapping ones left unmarked)."""
    parts, at = [], 0
    for amount in sorted(document.amounts, key=lambda x: (x.start, x.end)):
        if amount.start < at:
            continue
        marked = tag("mark", document.text[amount.start : amount.end], title=amount.counted)
        parts += [esc(document.text[at : amount.start]), marked]
        at = amount.end
    parts.append(esc(document.text[at:]))
    return join(parts)


def _who(entities: dict[str, Entity], entity_id: str | None, words: str | None) -> Safe:
    """A speaker or source: its entity (linked), else the words naming it."""
    entity = entities.get(entity_id or "")
    if entity is not None:
        return a(entity_href(entity_key(entity)), entity.name)
    return esc(words or "")


def _entities_table(entities: list[Entity]) -> Safe:
    """The document's entities with their ledger keys and mentions."""
    rows = [
        [
            a(entity_href(entity_key(e)), e.name),
            e.type,
            len(e.mentions),
            ", ".join(dict.fromkeys(m.text for m in e.mentions)),
            "; ".join(e.descriptions),
        ]
        for e in entities
    ]
    return table(
        None, ["name", "type", "mentions", "as written", "descriptions"], rows, numbers=(2,)
    )


def _document_amounts(document: Document, entities: dict[str, Entity]) -> Safe:
    """The document's figures: as written, in words, what, where, who says it, when."""
    times = {t.id: t for t in document.times}

    def place(entity_id: str | None) -> object:
        entity = entities.get(entity_id or "")
        return a(entity_href(entity_key(entity)), entity.name) if entity else ""

    rows = [
        [
            x.text,
            _figure(x.value, x.low, x.high, x.qualifier, x.unit),
            x.counted or "",
            place(x.location),
            _who(entities, x.source, x.source_text),
            (times[x.time].value or times[x.time].text) if x.time in times else "",
            f"repeats {x.repeat_of}" if x.repeat_of else "",
        ]
        for x in document.amounts
    ]
    return table(None, ["as written", "figure", "counted", "place", "source", "date", "note"], rows)
