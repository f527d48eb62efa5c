"""Entities across articles: one ledger entity per key, and the user's merges of keys.

Entities of different articles with the same ledger key (``entity_keys``) are one ledger entity.
A user who knows that two keys name one referent merges them (``entity_aliases``: the merged key
becomes an alias of the kept one); merges are not derived from documents, so re-ingesting or
deleting an article keeps them, and every query reads keys through them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from claimledger.ledger.schema import LedgerError
from claimledger.ledger.search import fts_query

# Descriptions shown per entity: the most frequent ones.
DESCRIPTIONS_SHOWN = 5


@dataclass(frozen=True)
class LedgerEntity:
    """One referent across the ledger's articles."""

    key: str  # its ledger key (the kept key of a merge)
    name: str  # the name to show
    type: str
    documents: int  # articles that mention it
    mentions: int  # places in those articles that name it
    aliases: list[str] = field(default_factory=list)  # keys merged into this one
    names: list[str] = field(default_factory=list)  # canonical names given by the articles
    descriptions: list[str] = field(default_factory=list)  # most frequent roles and titles

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return asdict(self)


_COUNT_SQL = """
SELECT COALESCE(al.canonical, k.ledger_key) AS ledger_key, count(DISTINCT k.doc_id) AS documents,
       sum((SELECT count(*) FROM mentions AS m WHERE m.doc_id = k.doc_id AND m.entity = k.entity))
FROM entity_keys AS k LEFT JOIN entity_aliases AS al ON al.alias = k.ledger_key
{where}
GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?
"""


_SEARCH_WHERE = """
WHERE COALESCE(al.canonical, k.ledger_key) IN (
    SELECT COALESCE(a2.canonical, le."key") FROM ledger_entities_fts
    JOIN ledger_entities AS le ON le.rowid = ledger_entities_fts.rowid
    LEFT JOIN entity_aliases AS a2 ON a2.alias = le."key"
    WHERE ledger_entities_fts MATCH ?)
"""


def list_entities(
    connection: sqlite3.Connection, search: str | None = None, limit: int | None = 50
) -> list[LedgerEntity]:
    """Ledger entities, most documented first; with ``search``, those whose name or key holds
    every word of it."""
    where, parameters = "", []
    if search is not None:
        query = fts_query(search)
        if not query:
            return []
        where = _SEARCH_WHERE
        parameters.append(query)
    sql = _COUNT_SQL.format(where=where)
    limit_value = -1 if limit is None else max(int(limit), 0)
    rows = connection.execute(sql, (*parameters, limit_value)).fetchall()
    return [_entity(connection, key, documents, mentions) for key, documents, mentions in rows]


def _entity(
    connection: sqlite3.Connection, key: str, documents: int, mentions: int
) -> LedgerEntity:
    """A LedgerEntity with its aliases, names and descriptions."""
    aliases = [r[0] for r in connection.execute(
        "SELECT alias FROM entity_aliases WHERE canonical = ? ORDER BY alias", (key,)
    )]  # fmt: skip
    keys = [key, *aliases]
    marks = ", ".join("?" * len(keys))
    # The kept key's own row first; without one (no article uses that key now), an alias's.
    row = connection.execute(
        f'SELECT name, type FROM ledger_entities WHERE "key" IN ({marks})'
        ' ORDER BY "key" <> ?, "key" LIMIT 1',
        (*keys, key),
    ).fetchone()
    name, type_ = row or (key.partition(":")[2] or key, key.partition(":")[0])
    names = [r[0] for r in connection.execute(
        "SELECT e.name FROM entity_keys AS k JOIN entities AS e ON e.doc_id = k.doc_id"
        f" AND e.id = k.entity WHERE k.ledger_key IN ({marks})"
        " GROUP BY e.name ORDER BY count(*) DESC, e.name", keys,
    )]  # fmt: skip
    descriptions = [r[0] for r in connection.execute(
        "SELECT d.\"text\" FROM entity_keys AS k JOIN entity_descriptions AS d"
        f" ON d.doc_id = k.doc_id AND d.entity = k.entity WHERE k.ledger_key IN ({marks})"
        " GROUP BY d.\"text\" ORDER BY count(*) DESC, d.\"text\" LIMIT ?",
        (*keys, DESCRIPTIONS_SHOWN),
    )]  # fmt: skip
    return LedgerEntity(key, name, type_, documents, mentions or 0, aliases, names, descriptions)


def canonical_key(connection: sqlite3.Connection, key: str) -> str:
    """The key ``key`` stands for after merges (itself when it was never merged)."""
    row = connection.execute(
        "SELECT canonical FROM entity_aliases WHERE alias = ?", (key,)
    ).fetchone()
    return key if row is None else row[0]


def merge_entities(connection: sqlite3.Connection, keep: str, merge: str) -> str:
    """Make ``merge`` one referent with ``keep`` (inside the caller's write transaction);
    the key that now stands for both."""
    for key in (keep, merge):
        if not _known(connection, key):
            raise LedgerError(f"no entity with key {key!r} in the ledger")
    kept, merged = canonical_key(connection, keep), canonical_key(connection, merge)
    if kept == merged:
        return kept
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    # One level only: what pointed to the merged key now points to the kept one.
    connection.execute(
        "UPDATE entity_aliases SET canonical = ?, merged_at = ? WHERE canonical = ?",
        (kept, stamp, merged),
    )
    connection.execute(
        "INSERT INTO entity_aliases (alias, canonical, merged_at) VALUES (?, ?, ?)",
        (merged, kept, stamp),
    )
    return kept


def _known(connection: sqlite3.Connection, key: str) -> bool:
    """True if ``key`` is a ledger entity's key or a merged one."""
    sql = (
        'SELECT EXISTS (SELECT 1 FROM ledger_entities WHERE "key" = ?)'
        " OR EXISTS (SELECT 1 FROM entity_aliases WHERE alias = ? OR canonical = ?)"
    )
    return bool(connection.execute(sql, (key, key, key)).fetchone()[0])
