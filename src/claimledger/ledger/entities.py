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


def list_entities(
    connection: sqlite3.Connection,
    search: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[LedgerEntity]:
    """Ledger entities, most documented first (``limit`` of them after ``offset``); with
    ``search``, those whose name or key holds every word of it."""
    aliases = dict(connection.execute("SELECT alias, canonical FROM entity_aliases"))
    offset = max(int(offset), 0)
    if search is None:
        wanted = None if limit is None else len(aliases) + offset + limit
        rows = _most_documented(connection, wanted)
    else:
        rows = _found(connection, search)
    groups: dict[str, list[tuple[str, int, int]]] = {}
    for key, documents, mentions in rows:
        groups.setdefault(aliases.get(key, key), []).append((key, documents, mentions))
    counted = []
    for canonical, members in groups.items():
        documents = members[0][1] if len(members) == 1 else _documents(connection, members)
        counted.append((canonical, documents, sum(m[2] for m in members)))
    counted.sort(key=lambda c: (-c[1], c[0]))
    chosen = counted[offset:] if limit is None else counted[offset : offset + max(int(limit), 0)]
    return [describe_entity(connection, *row) for row in chosen]


def _most_documented(connection: sqlite3.Connection, limit: int | None) -> list[tuple]:
    """(key, documents, mentions) of the most documented keys (through the index), and of every
    key in a merge, so that a merged entity is ranked by its whole count."""
    sql = (
        'SELECT * FROM (SELECT "key", documents, mentions FROM ledger_entities'
        ' ORDER BY documents DESC, "key" LIMIT ?)'
        ' UNION SELECT "key", documents, mentions FROM ledger_entities WHERE "key" IN'
        " (SELECT alias FROM entity_aliases UNION SELECT canonical FROM entity_aliases)"
    )
    return connection.execute(sql, (-1 if limit is None else limit,)).fetchall()


def _found(connection: sqlite3.Connection, search: str) -> list[tuple]:
    """(key, documents, mentions) of the keys whose name or key holds the words of ``search``,
    with every key merged with them."""
    query = fts_query(search)
    if not query:
        return []
    sql = """
    WITH found AS (
        SELECT COALESCE(al.canonical, le."key") AS canonical FROM ledger_entities_fts
        JOIN ledger_entities AS le ON le.rowid = ledger_entities_fts.rowid
        LEFT JOIN entity_aliases AS al ON al.alias = le."key"
        WHERE ledger_entities_fts MATCH ?)
    SELECT "key", documents, mentions FROM ledger_entities WHERE "key" IN (
        SELECT canonical FROM found
        UNION SELECT alias FROM entity_aliases WHERE canonical IN (SELECT canonical FROM found))
    """
    return connection.execute(sql, (query,)).fetchall()


def _documents(connection: sqlite3.Connection, members: list[tuple[str, int, int]]) -> int:
    """Articles that mention any of the merged keys ``members`` (each article once)."""
    keys = [m[0] for m in members]
    sql = (
        "SELECT count(*) FROM (SELECT DISTINCT doc_id FROM entity_keys"
        f" WHERE ledger_key IN ({', '.join('?' * len(keys))}))"
    )
    return connection.execute(sql, keys).fetchone()[0]


# Names and descriptions are read from this many of an entity's articles at most.
SAMPLE = 200


def describe_entity(
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
    # A sample in index order (no sort): a key may have tens of thousands of articles.
    latest = f"SELECT doc_id, entity FROM entity_keys WHERE ledger_key IN ({marks}) LIMIT ?"
    names = [r[0] for r in connection.execute(
        f"SELECT e.name FROM ({latest}) AS k JOIN entities AS e"
        " ON e.doc_id = k.doc_id AND e.id = k.entity"
        " GROUP BY e.name ORDER BY count(*) DESC, e.name", (*keys, SAMPLE),
    )]  # fmt: skip
    descriptions = [r[0] for r in connection.execute(
        f'SELECT d."text" FROM ({latest}) AS k JOIN entity_descriptions AS d'
        " ON d.doc_id = k.doc_id AND d.entity = k.entity"
        ' GROUP BY d."text" ORDER BY count(*) DESC, d."text" LIMIT ?',
        (*keys, SAMPLE, DESCRIPTIONS_SHOWN),
    )]  # fmt: skip
    return LedgerEntity(key, name, type_, documents, mentions, aliases, names, descriptions)


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
