"""Browsing the ledger: what it holds (counts, documents, quantities, sources), entity pages.

The questions of a reader who does not know yet what to ask: the web interface's home page and
entity pages are made of these. Counts are read from the derived tables and their indexes, so
that a large ledger answers as fast as a small one (the sources listing reads every estimate).
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

from claimledger.ledger.entities import LedgerEntity, canonical_key, describe_entity
from claimledger.ledger.speech import QuoteHit, said_by_keys
from claimledger.ledger.tables import from_sql


class _Data:
    """Records that turn into plain data for JSON."""

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return asdict(self)  # type: ignore[call-overload]  # subclasses are dataclasses


@dataclass(frozen=True)
class Overview(_Data):
    """How much the ledger holds."""

    documents: int
    entities: int  # ledger entities (one per key)
    quotes: int
    statements: int
    amounts: int
    quantities: int
    estimates: int
    first_published: str | None
    last_published: str | None


@dataclass(frozen=True)
class DocumentInfo(_Data):
    """A stored article, without its text: what a listing shows."""

    doc_id: str
    title: str | None
    url: str | None
    site: str | None
    language: str
    published: str | None
    generator: str
    ingested_at: str


@dataclass(frozen=True)
class QuantityInfo(_Data):
    """A thing counted, with how many estimates of it and from how many sources."""

    label: str
    key: str
    location: str | None  # the place's name
    unit: str | None
    estimates: int
    sources: int
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True)
class SourceInfo(_Data):
    """Who gives figures: how many, about how many quantities."""

    source: str
    source_key: str
    estimates: int
    quantities: int


@dataclass(frozen=True)
class EntityArticle(_Data):
    """One article that names an entity, and how it names it there."""

    doc_id: str
    title: str | None
    url: str | None
    published: str | None
    name: str  # the entity's canonical name in that article
    mentions: list[str]  # the mentions as written, in order


@dataclass(frozen=True)
class AssertedAmount(_Data):
    """A figure whose source is an entity."""

    text: str
    value: int | float
    low: int | float | None
    high: int | float | None
    qualifier: str
    unit: str | None
    counted: str | None
    doc_id: str
    title: str | None
    published: str | None


@dataclass(frozen=True)
class EntityPage(_Data):
    """An entity across articles: where it is named, what it says, which figures it gives."""

    entity: LedgerEntity
    articles: list[EntityArticle] = field(default_factory=list)  # newest first, one page
    quotes: list[QuoteHit] = field(default_factory=list)  # newest first
    statements: list[QuoteHit] = field(default_factory=list)
    amounts: list[AssertedAmount] = field(default_factory=list)


def overview(connection: sqlite3.Connection) -> Overview:
    """Counts of the ledger's rows, and the dates of its oldest and newest articles."""
    tables = ("documents", "ledger_entities", "quotes", "statements", "amounts", "quantities",
              "estimates")  # fmt: skip
    counts = [connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    first, last = connection.execute(
        "SELECT min(published), max(published) FROM documents"
    ).fetchone()
    return Overview(*counts, first, last)


def list_documents(
    connection: sqlite3.Connection, limit: int | None = 50, offset: int = 0
) -> list[DocumentInfo]:
    """Stored articles, newest first (through the ``documents_published`` index)."""
    sql = (
        "SELECT doc_id, title, url, site, language, published, generator, ingested_at"
        " FROM documents ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?"
    )
    return [DocumentInfo(*row) for row in connection.execute(sql, _bounds(limit, offset))]


# The most estimated quantities are found in the covering index estimates_quantity; only
# those few are then joined to their rows and their sources counted.
_QUANTITIES_SQL = """
WITH top AS (
    SELECT quantity, count(*) AS estimates, min("date") AS first_date, max("date") AS last_date
    FROM estimates GROUP BY quantity ORDER BY estimates DESC, quantity LIMIT ? OFFSET ?)
SELECT q.label, q."key", COALESCE(le.name, q.location_name), q.unit, top.estimates,
       (SELECT count(DISTINCT COALESCE(sa.canonical, e.source_key)) FROM estimates AS e
        LEFT JOIN entity_aliases AS sa ON sa.alias = e.source_key WHERE e.quantity = top.quantity),
       top.first_date, top.last_date
FROM top JOIN quantities AS q ON q.rowid = top.quantity
LEFT JOIN entity_aliases AS al ON al.alias = q.location
LEFT JOIN ledger_entities AS le ON le."key" = COALESCE(al.canonical, q.location)
ORDER BY top.estimates DESC, top.quantity
"""


def top_quantities(
    connection: sqlite3.Connection, limit: int | None = 50, offset: int = 0
) -> list[QuantityInfo]:
    """Quantities with the most estimates first (the first stored first among equals)."""
    return [
        QuantityInfo(label, key, location or None, unit or None, *rest)
        for label, key, location, unit, *rest in connection.execute(
            _QUANTITIES_SQL, _bounds(limit, offset)
        )
    ]


def top_sources(
    connection: sqlite3.Connection, limit: int | None = 50, offset: int = 0
) -> list[SourceInfo]:
    """Sources of figures (after merges), those that gave the most estimates first."""
    aliases = dict(connection.execute("SELECT alias, canonical FROM entity_aliases"))
    groups: dict[str, list[tuple[str, int, int]]] = {}
    # Counted in the covering index estimates_source, one row per source key; merges after.
    for key, estimates, quantities in connection.execute(
        "SELECT source_key, count(*), count(DISTINCT quantity) FROM estimates GROUP BY source_key"
    ):
        groups.setdefault(aliases.get(key, key), []).append((key, estimates, quantities))
    counted = sorted(groups.items(), key=lambda g: (-sum(m[1] for m in g[1]), g[0]))
    limit_, offset_ = _bounds(limit, offset)
    chosen = counted[offset_:] if limit_ < 0 else counted[offset_ : offset_ + limit_]
    return [_source_info(connection, canonical, members) for canonical, members in chosen]


def _source_info(
    connection: sqlite3.Connection, canonical: str, members: list[tuple[str, int, int]]
) -> SourceInfo:
    """The SourceInfo of the source keys ``members`` (merged into ``canonical``)."""
    keys = [m[0] for m in members]
    marks = ", ".join("?" * len(keys))
    quantities = members[0][2]
    if len(members) > 1:  # merged keys may have given figures for the same quantities
        quantities = connection.execute(
            f"SELECT count(DISTINCT quantity) FROM estimates WHERE source_key IN ({marks})", keys
        ).fetchone()[0]
    name = connection.execute(
        f'SELECT COALESCE((SELECT name FROM ledger_entities WHERE "key" = ?),'
        f" (SELECT source_name FROM estimates WHERE source_key IN ({marks}) LIMIT 1))",
        (canonical, *keys),
    ).fetchone()[0]
    return SourceInfo(name or canonical, canonical, sum(m[1] for m in members), quantities)


def entity_page(
    connection: sqlite3.Connection, key: str, limit: int | None = 50, offset: int = 0
) -> EntityPage | None:
    """Entity ``key`` (or the entity it was merged into) across articles, or None if unknown.

    ``limit`` and ``offset`` page through its articles; its quotes, statements and figures
    are the newest ``limit`` of each.
    """
    canonical = canonical_key(connection, key)
    keys = [canonical, *(r[0] for r in connection.execute(
        "SELECT alias FROM entity_aliases WHERE canonical = ? ORDER BY alias", (canonical,)
    ))]  # fmt: skip
    marks = ", ".join("?" * len(keys))
    documents, mentions = connection.execute(
        f"SELECT count(DISTINCT doc_id), coalesce(sum(mentions), 0) FROM entity_keys"
        f" WHERE ledger_key IN ({marks})",
        keys,
    ).fetchone()
    if documents == 0:
        return None
    return EntityPage(
        entity=describe_entity(connection, canonical, documents, mentions),
        articles=_entity_articles(connection, keys, limit, offset),
        quotes=said_by_keys(connection, "quotes", keys, limit=limit),
        statements=said_by_keys(connection, "statements", keys, limit=limit),
        amounts=_asserted_amounts(connection, keys, limit),
    )


def _entity_articles(
    connection: sqlite3.Connection, keys: list[str], limit: int | None, offset: int
) -> list[EntityArticle]:
    """The articles naming any of ``keys``, newest first, with the mentions in each."""
    sql = (
        "SELECT k.doc_id, d.title, d.url, d.published, e.name, k.entity FROM entity_keys AS k"
        " JOIN documents AS d ON d.doc_id = k.doc_id"
        " JOIN entities AS e ON e.doc_id = k.doc_id AND e.id = k.entity"
        f" WHERE k.ledger_key IN ({', '.join('?' * len(keys))})"
        " ORDER BY d.published DESC, d.rowid DESC, e.position LIMIT ? OFFSET ?"
    )
    articles = []
    for *info, entity in connection.execute(sql, (*keys, *_bounds(limit, offset))).fetchall():
        mentions = [r[0] for r in connection.execute(
            'SELECT "text" FROM mentions WHERE doc_id = ? AND entity = ? ORDER BY position',
            (info[0], entity),
        )]  # fmt: skip
        articles.append(EntityArticle(*info, mentions))
    return articles


def _asserted_amounts(
    connection: sqlite3.Connection, keys: list[str], limit: int | None
) -> list[AssertedAmount]:
    """The figures whose source is an entity of ``keys``, newest article first."""
    sql = (
        'SELECT a."text", a.value, a.low, a.high, a.qualifier, a.unit, a.counted, a.doc_id,'
        " d.title, d.published FROM entity_keys AS k"
        " JOIN amounts AS a ON a.doc_id = k.doc_id AND a.source = k.entity"
        " JOIN documents AS d ON d.doc_id = k.doc_id"
        f" WHERE k.ledger_key IN ({', '.join('?' * len(keys))})"
        " ORDER BY d.published DESC, d.rowid DESC, a.position LIMIT ? OFFSET 0"
    )
    amounts = []
    for row in connection.execute(sql, (*keys, _bounds(limit, 0)[0])):
        values = [from_sql("amounts", "value", n) for n in row[1:4]]
        amounts.append(AssertedAmount(row[0], *values, *row[4:]))
    return amounts


def _bounds(limit: int | None, offset: int) -> tuple[int, int]:
    """SQLite's LIMIT and OFFSET: -1 means no limit."""
    return (-1 if limit is None else max(int(limit), 0)), max(int(offset), 0)
