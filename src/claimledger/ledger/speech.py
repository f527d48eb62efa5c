"""Who said what: quotes and statements across the ledger by speaker and by words, newest first.

A speaker is found by the words of their name (``ledger_entities_fts``), with every key merged
with theirs; words are found in ``quotes_fts`` (``statements_fts``). Newest first needs the
articles' dates:
1. few matches (or a speaker): read them all and sort them by date;
2. many matches (a common word, or no words at all): walk the articles from the newest
   (``documents_published``) and keep their matching quotes until the limit, instead of
   sorting a large share of the ledger. Both give the same order.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from claimledger.ledger.search import fts_query

# Above this many matching quotes, walking the articles by date beats sorting the matches.
WALK_ABOVE = 5000


@dataclass(frozen=True)
class QuoteHit:
    """A quote found in the ledger, with its speaker and its article."""

    text: str
    kind: str  # a quote's kind (direct, partial), or `statement` for reported speech
    speaker: str | None  # the speaker's ledger name, else the words naming them, else None
    speaker_key: str | None  # the speaker's ledger key after merges, or None
    cue: str | None
    doc_id: str
    title: str | None
    url: str | None
    published: str | None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return asdict(self)


# Tables of who said what, each with its full-text index TABLE_fts; what `kind` reads in each.
SPOKEN = {"quotes": "q.kind", "statements": "'statement'"}

_COLUMNS = """
SELECT q."text", {kind}, COALESCE(le.name, q.speaker_text), COALESCE(al.canonical, k.ledger_key),
       q.cue, q.doc_id, d.title, d.url, d.published
"""
# Sorted: every match is read, then sorted.
_SORTED = "FROM {table} AS q JOIN documents AS d ON d.doc_id = q.doc_id"
# Walked: articles from the newest (CROSS JOIN keeps them the outer loop), their quotes inside.
_WALKED = "FROM documents AS d CROSS JOIN {table} AS q ON q.doc_id = d.doc_id"
_SPEAKERS = """
{join} entity_keys AS k ON k.doc_id = q.doc_id AND k.entity = q.speaker
LEFT JOIN entity_aliases AS al ON al.alias = k.ledger_key
LEFT JOIN ledger_entities AS le ON le."key" = COALESCE(al.canonical, k.ledger_key)
"""
# Newest article first; the index documents_published gives (published, rowid) in this order.
_ORDER = "ORDER BY d.published DESC, d.rowid DESC, q.rowid LIMIT ? OFFSET ?"
_MATCHES = "q.rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)"


def quotes(
    connection: sqlite3.Connection,
    speaker: str | None = None,
    search: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[QuoteHit]:
    """Quotes by a speaker whose name holds ``speaker`` and/or holding the words ``search``,
    newest article first."""
    return said(connection, "quotes", speaker, search, limit, offset)


def statements(
    connection: sqlite3.Connection,
    speaker: str | None = None,
    search: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[QuoteHit]:
    """Statements (reported speech, ``kind`` 'statement') by ``speaker`` and/or holding
    ``search``, newest article first."""
    return said(connection, "statements", speaker, search, limit, offset)


def said(
    connection: sqlite3.Connection,
    table: str,
    speaker: str | None = None,
    search: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[QuoteHit]:
    """Rows of ``table`` (quotes or statements) by a speaker whose name holds ``speaker``
    and/or holding the words ``search``, newest article first."""
    keys = None
    if speaker is not None:
        keys = speaker_keys(connection, speaker)
        if not keys:
            return []
    return said_by_keys(connection, table, keys, search, limit, offset)


def said_by_keys(
    connection: sqlite3.Connection,
    table: str,
    keys: list[str] | None,
    search: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[QuoteHit]:
    """Rows of ``table`` said by the entities of ledger ``keys`` (None: anyone) and/or holding
    the words ``search``, newest article first, ``limit`` of them after ``offset``."""
    kind = SPOKEN[table]  # also checks the table name, the only identifier formatted in
    where, parameters = [], []
    if keys is not None:
        where.append(f"k.ledger_key IN ({', '.join('?' * len(keys))})")
        parameters += keys
    query = None if search is None else fts_query(search)
    if search is not None:
        if not query:
            return []
        where.append(_MATCHES.format(table=table))
        parameters.append(query)
    # Walking by date wins when many rows qualify: no filter, or a common word.
    walk = keys is None and limit is not None
    walk = walk and _match_count(connection, table, query) > WALK_ABOVE
    joins = _SPEAKERS.format(join="LEFT JOIN" if keys is None else "JOIN")
    source = (_WALKED if walk else _SORTED).format(table=table)
    sql = " ".join([_COLUMNS.format(kind=kind), source, joins,
                    "WHERE " + (" AND ".join(where) or "1"), _ORDER])  # fmt: skip
    limit_value = -1 if limit is None else max(int(limit), 0)
    bounds = (limit_value, max(int(offset), 0))
    return [QuoteHit(*row) for row in connection.execute(sql, (*parameters, *bounds))]


def _match_count(connection: sqlite3.Connection, table: str, query: str | None) -> int:
    """How many rows of ``table`` match ``query`` (cheap: the index's list of rows only), or
    how many it has when there is no query."""
    if query is None:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    sql = f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH ?"
    return connection.execute(sql, (query,)).fetchone()[0]


def speaker_keys(connection: sqlite3.Connection, name: str) -> list[str]:
    """Ledger keys of the entities whose name or key holds every word of ``name``, with
    every key merged with them."""
    query = fts_query(name)
    if not query:
        return []
    sql = (
        "WITH found AS ("
        ' SELECT COALESCE(al.canonical, le."key") AS canonical FROM ledger_entities_fts'
        " JOIN ledger_entities AS le ON le.rowid = ledger_entities_fts.rowid"
        ' LEFT JOIN entity_aliases AS al ON al.alias = le."key"'
        " WHERE ledger_entities_fts MATCH ?)"
        " SELECT canonical FROM found"
        " UNION SELECT alias FROM entity_aliases WHERE canonical IN (SELECT canonical FROM found)"
    )
    return sorted(row[0] for row in connection.execute(sql, (query,)))
