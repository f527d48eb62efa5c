"""The ledger's answers as text for people: tables for compare, sources, quotes and entities,
and CSV rows; JSON comes straight from the records' ``to_dict``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from claimledger.ledger.entities import LedgerEntity
from claimledger.ledger.plot import format_estimate, format_number
from claimledger.ledger.queries import Estimate, Quantity
from claimledger.ledger.speech import QuoteHit

# A sentence longer than this is cut in tables (JSON and CSV keep it whole).
SENTENCE_WIDTH = 80


def table(rows: list[list[str]], indent: str = "  ") -> list[str]:
    """Rows as aligned columns (the first row is the header)."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def clip(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _date(estimate: Estimate) -> str:
    """The estimate's date; a star when it is the article's date, not one the text gives."""
    if estimate.date is None:
        return "?"
    return estimate.date + ("*" if estimate.date_from == "published" else "")


def _heading(quantity: Quantity) -> str:
    """What a quantity counts, where, in what unit."""
    place = f" · {quantity.location}" if quantity.location else " · (no place given)"
    unit = f" ({quantity.unit})" if quantity.unit else ""
    return f"{quantity.label}{place}{unit}"


def _who(estimates: list[Estimate]) -> str:
    """Sources and dates of ``estimates``: Ukraine (up to, 2024-10-31), Washington (2024-12-16)."""
    seen = dict.fromkeys(f"{e.source} ({format_estimate(e)}, {_date(e)})" for e in estimates)
    return "; ".join(seen)


def compare_text(query: str, quantities: list[Quantity]) -> str:
    """The table of ``compare``: per quantity, its estimates, spread and latest per source."""
    if not quantities:
        return f"No quantity matches {query!r}."
    blocks = []
    for quantity in quantities:
        blocks.append("\n".join(_quantity_lines(quantity)))
    footnote = "* the article's publication date: the text gives no date for the figure"
    return "\n\n".join(blocks) + "\n\n" + footnote


def _quantity_lines(quantity: Quantity) -> list[str]:
    """The lines of one quantity in ``compare``."""
    sources = len(quantity.sources)
    lines = [f"{_heading(quantity)} — {quantity.count} estimates from {sources} sources", ""]
    rows = [["date", "source", "estimate", "article", "sentence"]]
    rows += [
        [_date(e), e.source, format_estimate(e), e.doc_id, clip(e.sentence, SENTENCE_WIDTH)]
        for e in quantity.estimates
    ]
    lines += table(rows)
    hidden = quantity.count - len(quantity.estimates)
    if hidden:
        lines.append(f"  … and {hidden} earlier estimates (--estimates 0 lists them all)")
    if quantity.lowest:
        low, high = quantity.lowest[0].lowest, quantity.highest[0].highest
        lines += ["", f"  spread: {format_number(low)} to {format_number(high)}",
                  f"    lowest:  {_who(quantity.lowest)}",
                  f"    highest: {_who(quantity.highest)}"]  # fmt: skip
    lines += ["", "  latest estimate per source:"]
    rows = [[s.source, format_estimate(s.latest), _date(s.latest), s.latest.doc_id]
            for s in quantity.sources]  # fmt: skip
    lines += table(rows, indent="    ") if rows else []
    return lines


def sources_text(query: str, quantities: list[Quantity]) -> str:
    """The table of ``sources``: per quantity, who gave figures, how many, when, the latest."""
    if not quantities:
        return f"No quantity matches {query!r}."
    blocks = []
    for quantity in quantities:
        rows = [["source", "estimates", "first", "last", "latest estimate"]]
        rows += [[s.source, str(s.count), s.first_date or "?", s.last_date or "?",
                  format_estimate(s.latest)] for s in quantity.sources]  # fmt: skip
        blocks.append("\n".join([_heading(quantity), *table(rows)]))
    return "\n\n".join(blocks)


def quotes_text(hits: list[QuoteHit]) -> str:
    """Quotes with their date, speaker and article, newest first."""
    if not hits:
        return "No quote found."
    lines = []
    for hit in hits:
        cue = f" ({hit.cue})" if hit.cue else ""
        lines.append(f"{hit.published or '?'}  {hit.speaker or '(speaker unknown)'}{cue}"
                     f" — {hit.doc_id}: {hit.title or ''}".rstrip())  # fmt: skip
        lines.append(f"    «{hit.text}»")
    return "\n".join(lines)


def entities_text(entities: list[LedgerEntity]) -> str:
    """Ledger entities with their counts, aliases and descriptions."""
    if not entities:
        return "No entity found."
    rows = [["key", "name", "type", "articles", "mentions", "merged keys", "descriptions"]]
    rows += [[e.key, e.name, e.type, str(e.documents), str(e.mentions), ", ".join(e.aliases),
              clip("; ".join(e.descriptions), 60)] for e in entities]  # fmt: skip
    return "\n".join(table(rows, indent=""))


ESTIMATE_COLUMNS = (
    "quantity", "location", "unit", "date", "date_from", "source", "source_key", "value", "low",
    "high", "qualifier", "text", "doc_id", "title", "url", "published", "sentence",
)  # fmt: skip


def compare_csv(quantities: list[Quantity]) -> str:
    """One CSV row per estimate, with its quantity."""
    rows = (
        [q.label, q.location or "", q.unit or "",
         *[_cell(getattr(e, c)) for c in ESTIMATE_COLUMNS[3:]]]
        for q in quantities for e in q.estimates
    )  # fmt: skip
    return to_csv(ESTIMATE_COLUMNS, rows)


def sources_csv(quantities: list[Quantity]) -> str:
    """One CSV row per quantity and source."""
    header = ("quantity", "location", "unit", "source", "source_key", "estimates", "first_date",
              "last_date", "latest_value", "latest_qualifier", "latest_doc_id")  # fmt: skip
    rows = (
        [q.label, q.location or "", q.unit or "", s.source, s.source_key, s.count,
         s.first_date or "", s.last_date or "", s.latest.value, s.latest.qualifier,
         s.latest.doc_id]
        for q in quantities for s in q.sources
    )  # fmt: skip
    return to_csv(header, rows)


def records_csv(records: list) -> str:
    """Quote hits or ledger entities, one CSV row each (lists joined by `; `)."""
    if not records:
        return ""
    data = [r.to_dict() for r in records]
    header = list(data[0])
    return to_csv(header, ([_cell(d[c]) for c in header] for d in data))


def to_csv(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """CSV text with a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _cell(value: object) -> object:
    """A CSV cell: lists joined, None empty."""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def to_json(query: str | None, key: str, records: list) -> str:
    """``{"query": ..., key: [records as data]}`` as indented JSON."""
    data: dict[str, object] = {} if query is None else {"query": query}
    data[key] = [r.to_dict() for r in records]
    return json.dumps(data, ensure_ascii=False, indent=2)
