"""Questions across articles: compare the estimates of a quantity, list its sources, find quotes.

``compare`` answers the seed's question (*how many North Korean soldiers are in Russia,
according to whom, and since when?*):
1. find the quantities whose words match the query (``quantities_fts``: as written, or folded so
   that inflection and accents never matter);
2. put together quantities that are one once entity merges are applied (same folded key, unit,
   and place after ``entity_aliases``);
3. read their estimates through the ``estimates_quantity`` index, in date order;
4. sum them up: spread (lowest and highest, by which sources) and each source's latest figure.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

from claimledger.ledger.keys import match_expression, strip_accents
from claimledger.ledger.tables import from_sql

# Quantities a query may match, before they are ranked by how many estimates they have.
MATCH_LIMIT = 5000


@dataclass(frozen=True)
class Estimate:
    """One figure given for a quantity, with who gave it, when, and where it was read."""

    date: str | None  # the date it refers to (YYYY-MM-DD or YYYY-MM), or None
    date_from: str | None  # `time` (said in the text) or `published` (the article's date)
    source: str  # who gives it, as shown: a ledger entity's name, the words naming it, the site
    source_key: str  # the source's ledger key after merges (or said:..., site:..., doc:...)
    value: int | float
    low: int | float | None
    high: int | float | None
    qualifier: str
    unit: str | None
    text: str  # the figure as written: jusqu'à 12 000
    sentence: str
    doc_id: str
    title: str | None
    url: str | None
    published: str | None

    @property
    def lowest(self) -> int | float:
        """The lowest number this estimate allows: its lower bound, else its value."""
        return self.value if self.low is None else self.low

    @property
    def highest(self) -> int | float:
        """The highest number this estimate allows: its upper bound, else its value."""
        return self.value if self.high is None else self.high


@dataclass(frozen=True)
class SourceSummary:
    """What one source said about a quantity: how often, when, and its latest figure."""

    source: str
    source_key: str
    count: int
    first_date: str | None
    last_date: str | None
    latest: Estimate


@dataclass(frozen=True)
class Quantity:
    """One thing counted across articles, with every estimate and their summary."""

    label: str  # what is counted, as first written: soldats nord-coréens
    key: str  # the folded key: soldat nord coreen
    location: str | None  # the place's name, or None
    location_key: str | None  # the place's ledger key after merges, or None
    unit: str | None
    count: int  # how many estimates in all
    estimates: list[Estimate]  # in date order; only the latest ones when a limit was given
    lowest: list[Estimate]  # the estimates that give the lowest figure
    highest: list[Estimate]  # the estimates that give the highest figure
    sources: list[SourceSummary] = field(default_factory=list)  # latest figure first

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return asdict(self)


_ESTIMATE_SQL = """
SELECT e.date, e.date_from, COALESCE(le.name, e.source_name),
       COALESCE(al.canonical, e.source_key), e.value, e.low, e.high, e.qualifier, q.unit,
       a."text", e.sentence, e.doc_id, d.title, d.url, d.published
FROM estimates AS e
JOIN quantities AS q ON q.rowid = e.quantity
JOIN documents AS d ON d.doc_id = e.doc_id
JOIN amounts AS a ON a.doc_id = e.doc_id AND a.id = e.amount
LEFT JOIN entity_aliases AS al ON al.alias = e.source_key
LEFT JOIN ledger_entities AS le ON le."key" = COALESCE(al.canonical, e.source_key)
WHERE e.quantity IN ({marks})
ORDER BY e.date IS NULL, e.date, d.published, e.doc_id, a.position
"""

_QUANTITY_SQL = """
SELECT q.rowid, q."key", q.unit, q.label, COALESCE(al.canonical, q.location),
       COALESCE(le.name, q.location_name),
       (SELECT count(*) FROM estimates AS e WHERE e.quantity = q.rowid)
FROM quantities_fts JOIN quantities AS q ON q.rowid = quantities_fts.rowid
LEFT JOIN entity_aliases AS al ON al.alias = q.location
LEFT JOIN ledger_entities AS le ON le."key" = COALESCE(al.canonical, q.location)
WHERE quantities_fts MATCH ? ORDER BY quantities_fts.rank LIMIT ?
"""


def compare(
    connection: sqlite3.Connection, words: str, limit: int | None = 10, estimates: int | None = None
) -> list[Quantity]:
    """The quantities matching ``words`` (most estimated first, at most ``limit``), each with
    its estimates (the latest ``estimates`` only, when given), spread and sources."""
    groups = _matching_groups(connection, words)
    chosen = sorted(groups.values(), key=lambda g: (-g["count"], g["label"]))[: _cap(limit)]
    return [_quantity(connection, group, estimates) for group in chosen]


def _matching_groups(connection: sqlite3.Connection, words: str) -> dict[tuple, dict[str, Any]]:
    """Matching quantities, grouped by (key, place after merges, unit)."""
    expression = match_expression(words, "terms")
    if expression is None:
        return {}
    groups: dict[tuple, dict[str, Any]] = {}
    for rowid, key, unit, label, location, name, count in connection.execute(
        _QUANTITY_SQL, (expression, MATCH_LIMIT)
    ):
        group = groups.setdefault(
            (key, location, unit),
            {"ids": [], "count": 0, "label": label, "key": key, "unit": unit,
             "location": location, "location_name": name},
        )  # fmt: skip
        group["ids"].append(rowid)
        group["count"] += count
    return groups


def _quantity(connection: sqlite3.Connection, group: dict[str, Any], limit: int | None) -> Quantity:
    """The Quantity of a group of quantities rows."""
    marks = ", ".join("?" * len(group["ids"]))
    rows = connection.execute(_ESTIMATE_SQL.format(marks=marks), group["ids"]).fetchall()
    every = [_estimate(row) for row in rows]
    lowest = min((e.lowest for e in every), default=None)
    highest = max((e.highest for e in every), default=None)
    return Quantity(
        label=group["label"],
        key=group["key"],
        location=group["location_name"] if group["location"] else None,
        location_key=group["location"] or None,
        unit=group["unit"] or None,
        count=len(every),
        estimates=every if limit is None else every[max(len(every) - limit, 0) :],
        lowest=[e for e in every if e.lowest == lowest],
        highest=[e for e in every if e.highest == highest],
        sources=summarize_sources(every),
    )


def _estimate(row: tuple[Any, ...]) -> Estimate:
    """An Estimate from a row of _ESTIMATE_SQL."""
    date, date_from, source, source_key, value, low, high, qualifier, unit, *rest = row
    numbers = [from_sql("amounts", "value", n) for n in (value, low, high)]
    return Estimate(date, date_from, source, source_key, *numbers, qualifier, unit or None, *rest)


def summarize_sources(estimates: list[Estimate]) -> list[SourceSummary]:
    """One summary per source of ``estimates`` (in date order): the latest figure first."""
    by_source: dict[str, list[Estimate]] = {}
    for estimate in estimates:
        by_source.setdefault(estimate.source_key, []).append(estimate)
    summaries = [
        SourceSummary(
            source=given[-1].source,
            source_key=key,
            count=len(given),
            first_date=given[0].date,
            last_date=given[-1].date,
            latest=given[-1],
        )
        for key, given in by_source.items()
    ]
    summaries.sort(key=lambda s: strip_accents(s.source))
    return sorted(summaries, key=lambda s: s.last_date or "", reverse=True)


def sources(connection: sqlite3.Connection, words: str, limit: int | None = 10) -> list[Quantity]:
    """The quantities matching ``words``, each with the sources that gave figures for it."""
    return compare(connection, words, limit, estimates=0)


def _cap(limit: int | None) -> int | None:
    """A slice bound: None or a non-negative int."""
    return None if limit is None else max(int(limit), 0)
