"""Who said what: quotes across the ledger by speaker and by words, newest article first.

A speaker is found by the words of their name (``ledger_entities_fts``), with every key merged
with theirs; words are found in ``quotes_fts``. Newest first needs the articles' dates:
1. few matches (or a speaker): read them all and sort them by date;
2. many matches (a common word): walk the articles from the newest (``documents_published``)
   and keep their matching quotes until the limit, instead of sorting a large share of the
   ledger. Both give the same order.
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
    kind: str
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


_COLUMNS = """
SELECT q."text", q.kind, COALESCE(le.name, q.speaker_text), COALESCE(al.canonical, k.ledger_key),
       q.cue, q.doc_id, d.title, d.url, d.published
"""
# Sorted: every match is read, then sorted.
_SORTED = "FROM quotes AS q JOIN documents AS d ON d.doc_id = q.doc_id"
# Walked: articles from the newest (CROSS JOIN keeps them the outer loop), their quotes inside.
_WALKED = "FROM documents AS d CROSS JOIN quotes AS q ON q.doc_id = d.doc_id"
_SPEAKERS = """
{join} entity_keys AS k ON k.doc_id = q.doc_id AND k.entity = q.speaker
LEFT JOIN entity_aliases AS al ON al.alias = k.ledger_key
LEFT JOIN ledger_entities AS le ON le."key" = COALESCE(al.canonical, k.ledger_key)
"""
# Newest article first; the index documents_published gives (published, rowid) in this order.
_ORDER = "ORDER BY d.published DESC, d.rowid DESC, q.rowid LIMIT ?"
_MATCHES = "q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"


def quotes(
    connection: sqlite3.Connection,
    speaker: str | None = None,
    search: str | None = None,
    limit: int | None = 50,
) -> list[QuoteHit]:
    """Quotes by a speaker whose name holds ``speaker`` and/or holding the words ``search``,
    newest article first."""
    where, parameters = [], []
    if speaker is not None:
        keys = speaker_keys(connection, speaker)
        if not keys:
            return []
        where.append(f"k.ledger_key IN ({', '.join('?' * len(keys))})")
        parameters += keys
    query = None if search is None else fts_query(search)
    if search is not None:
        if not query:
            return []
        where.append(_MATCHES)
        parameters.append(query)
    walk = speaker is None and query is not None and limit is not None
    walk = walk and _match_count(connection, query) > WALK_ABOVE
    joins = _SPEAKERS.format(join="LEFT JOIN" if speaker is None else "JOIN")
    sql = " ".join([_COLUMNS, _WALKED if walk else _SORTED, joins,
                    "WHERE " + (" AND ".join(where) or "1"), _ORDER])  # fmt: skip
    limit_value = -1 if limit is None else max(int(limit), 0)
    return [QuoteHit(*row) for row in connection.execute(sql, (*parameters, limit_value))]


def _match_count(connection: sqlite3.Connection, query: str) -> int:
    """How many quotes match ``query`` (cheap: the index's list of rows, nothing else)."""
    sql = "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?"
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
