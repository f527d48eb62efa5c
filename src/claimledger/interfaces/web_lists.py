"""HTML of the list pages: the home page, compare (with its plot), quotes, entities."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from claimledger.interfaces.web_html import (
    Pager,
    Safe,
    a,
    article_link,
    count,
    entity_href,
    form,
    join,
    layout,
    link,
    said_list,
    source_link,
    table,
    tag,
)
from claimledger.ledger.browse import DocumentInfo, Overview, QuantityInfo, SourceInfo
from claimledger.ledger.entities import LedgerEntity
from claimledger.ledger.plot import format_estimate, format_number
from claimledger.ledger.queries import Estimate, Quantity
from claimledger.ledger.speech import QuoteHit


def estimate_date(estimate: Estimate) -> str:
    """The estimate's date, starred when it is the article's date (the text gives none)."""
    if estimate.date is None:
        return "?"
    return estimate.date + ("*" if estimate.date_from == "published" else "")


def compare_href(label: str, location: str | None) -> str:
    """The compare page of a quantity, asked with its words and its place."""
    return link("/compare", {}, counted=f"{label} {location}" if location else label)


def home_page(
    path: str,
    overview: Overview,
    quantities: list[QuantityInfo],
    sources: list[SourceInfo],
    documents: list[DocumentInfo],
    pager: Pager,
    json_href: str,
) -> str:
    """The home page: what the ledger holds."""
    o = overview
    span = f" published {o.first_published} to {o.last_published}" if o.first_published else ""
    summary = (
        f"{count(o.documents, 'document')}{span}; "
        f"{count(o.entities, 'entity', 'entities')}; "
        f"{count(o.quotes, 'quote')} and {count(o.statements, 'statement')}; "
        f"{count(o.amounts, 'figure')}, of which {count(o.estimates, 'estimate')} of "
        f"{count(o.quantities, 'quantity', 'quantities')}."
    )
    rows = [
        [
            a(compare_href(q.label, q.location), q.label),
            q.location or "",
            q.unit or "",
            q.estimates,
            q.sources,
            q.first_date or "?",
            q.last_date or "?",
        ]
        for q in quantities
    ]
    body = [
        tag("h1", f"Ledger {Path(path).name}"),
        tag("p", summary),
        form("/compare", [("counted", "Compare the estimates of", None)], "Compare"),
        tag("h2", "Quantities with the most estimates"),
        table(
            None,
            ["what is counted", "place", "unit", "estimates", "sources", "from", "to"],
            rows,
            numbers=(3, 4),
        )
        if rows
        else tag("p", "No estimate stored yet."),
        tag("h2", "Sources of figures"),
        table(
            None,
            ["source", "estimates", "quantities"],
            [[source_link(s.source, s.source_key), s.estimates, s.quantities] for s in sources],
            numbers=(1, 2),
        )
        if sources
        else tag("p", "None yet."),
        tag("h2", "Documents", id="documents"),
        documents_table(documents),
        pager.html(),
    ]
    return layout("Ledger", join(body), json_href)


def documents_table(documents: list[DocumentInfo]) -> Safe:
    """Stored articles, one row each."""
    if not documents:
        return tag("p", "No document on this page.")
    rows = [
        [
            d.published or "?",
            article_link(d.doc_id, d.title),
            d.site or "",
            d.language,
            tag("code", d.doc_id),
        ]
        for d in documents
    ]
    return table(None, ["published", "title", "site", "language", "id"], rows)


def compare_page(
    query: str | None,
    quantities: list[Quantity],
    plot: Callable[[], str] | None,
    suggestions: list[QuantityInfo],
    json_href: str,
) -> str:
    """The estimates of the quantities matching ``query``, with their plot."""
    parts = [
        tag("h1", f"Compare: {query}" if query else "Compare"),
        form("/compare", [("counted", "What is counted", query)], "Compare"),
    ]
    if query is None:
        parts.append(tag("p", "Words of what is counted, and where: soldats nord-coréens Russie."))
        items = join(
            tag("li", a(compare_href(q.label, q.location), _quantity_name(q))) for q in suggestions
        )
        parts += [tag("h2", "Most estimated"), tag("ul", items)] if suggestions else []
    elif not quantities:
        parts.append(tag("p", f"No quantity matches {query!r}."))
    for quantity in quantities:
        parts.append(_quantity_section(quantity))
    if quantities:
        parts.append(
            tag(
                "p",
                "* the article's publication date: the text gives no date for the figure.",
                class_="muted",
            )
        )
    if plot is not None:
        caption = tag(
            "figcaption",
            "Estimates over time, one colour per source (hover a mark for its sentence).",
        )
        parts.append(Safe(f"<figure>{caption}{plot()}</figure>"))
    return layout(f"Compare {query}" if query else "Compare", join(parts), json_href)


def _quantity_name(quantity: QuantityInfo | Quantity) -> str:
    """What is counted, where, in what unit."""
    place = f" · {quantity.location}" if quantity.location else ""
    unit = f" ({quantity.unit})" if quantity.unit else ""
    return f"{quantity.label}{place}{unit}"


def _quantity_section(quantity: Quantity) -> Safe:
    """One quantity of compare: its estimates, spread and latest figure per source."""
    sources = len(quantity.sources)
    rows = [
        [
            estimate_date(e),
            source_link(e.source, e.source_key),
            format_estimate(e),
            article_link(e.doc_id, e.title),
            e.sentence,
        ]
        for e in quantity.estimates
    ]
    parts = [
        tag("h2", _quantity_name(quantity)),
        tag("p", f"{count(quantity.count, 'estimate')} from {count(sources, 'source')}"),
        table(
            "Estimates, oldest first", ["date", "source", "estimate", "article", "sentence"], rows
        ),
    ]
    hidden = quantity.count - len(quantity.estimates)
    if hidden:
        more = count(hidden, "earlier estimate")
        parts.append(tag("p", f"… and {more} (estimates=0 lists them all)."))
    if quantity.lowest:
        low, high = quantity.lowest[0].lowest, quantity.highest[0].highest
        who = [
            join(
                [
                    source_link(e.source, e.source_key),
                    f" ({format_estimate(e)}, {estimate_date(e)})",
                ]
            )
            for e in (quantity.lowest[0], quantity.highest[0])
        ]
        parts.append(
            tag(
                "p",
                join(
                    [
                        f"Spread: {format_number(low)} to {format_number(high)}; lowest: ",
                        who[0],
                        "; highest: ",
                        who[1],
                        ".",
                    ]
                ),
            )
        )
    latest = [
        [
            source_link(s.source, s.source_key),
            format_estimate(s.latest),
            estimate_date(s.latest),
            s.count,
            article_link(s.latest.doc_id, s.latest.title),
        ]
        for s in quantity.sources
    ]
    parts.append(
        table(
            "Latest estimate per source",
            ["source", "estimate", "date", "estimates", "article"],
            latest,
            numbers=(3,),
        )
    )
    return tag("section", join(parts))


def quotes_page(
    search: str | None,
    speaker: str | None,
    quotes: list[QuoteHit],
    statements: list[QuoteHit],
    pager: Pager,
    json_href: str,
) -> str:
    """Quotes and statements found by words and/or speaker."""
    asked = (
        " and ".join(
            part
            for part in [
                f"holding {search!r}" if search else "",
                f"by {speaker!r}" if speaker else "",
            ]
            if part
        )
        or "newest first"
    )
    body = [
        tag("h1", f"Quotes and statements {asked}"),
        form("/quotes", [("search", "Words", search), ("speaker", "Speaker", speaker)], "Search"),
        tag("h2", "Quotes"),
        said_list(quotes, "No quote found."),
        tag("h2", "Statements (reported speech)"),
        said_list(statements, "No statement found."),
        pager.html(),
    ]
    return layout("Quotes", join(body), json_href)


def entities_page(
    search: str | None, entities: list[LedgerEntity], pager: Pager, json_href: str
) -> str:
    """Entities across articles, most documented first."""
    rows = [
        [
            a(entity_href(e.key), e.key),
            e.name,
            e.type,
            e.documents,
            e.mentions,
            ", ".join(e.aliases),
            "; ".join(e.descriptions),
        ]
        for e in entities
    ]
    body = [
        tag("h1", f"Entities matching {search!r}" if search else "Entities"),
        form("/entities", [("search", "Name", search)], "Search"),
        table(
            None,
            ["key", "name", "type", "articles", "mentions", "merged keys", "descriptions"],
            rows,
            numbers=(3, 4),
        )
        if rows
        else tag("p", "No entity found."),
        pager.html(),
    ]
    return layout("Entities", join(body), json_href)
