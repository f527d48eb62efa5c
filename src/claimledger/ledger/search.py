"""Full-text search over the ledger: user words in, matching rows out, never SQL or FTS syntax."""

from __future__ import annotations

import sqlite3
from typing import Any

from claimledger.contract import Amount, Quote
from claimledger.ledger.tables import RECORD_COLUMNS, from_sql


def fts_query(words: str) -> str:
    """An FTS5 query matching rows that hold every word of ``words``, each taken literally.

    Each whitespace-separated token becomes a quoted phrase (inner quotes doubled), so
    ``OR``, ``NEAR(``, ``*``, ``"`` and ``;DROP TABLE`` are words to find, not syntax.
    Within a phrase the tokenizer splits on punctuation: ``nord-coreens`` is the phrase
    ``nord coreens``, which matches ``nord-coréens``.
    """
    return " ".join('"' + token.replace('"', '""') + '"' for token in words.split())


def search_documents(connection: sqlite3.Connection, words: str, limit: int | None) -> list[str]:
    """Ids of the documents whose title or text holds every word, best match first."""
    query = fts_query(words)
    if not query:
        return []
    sql = (
        "SELECT d.doc_id FROM documents_fts JOIN documents AS d ON d.rowid = documents_fts.rowid"
        " WHERE documents_fts MATCH ? ORDER BY documents_fts.rank LIMIT ?"
    )
    return [row[0] for row in connection.execute(sql, (query, _limit(limit)))]


def search_records(
    connection: sqlite3.Connection, table: str, words: str, limit: int | None
) -> list[tuple[str, Any]]:
    """(doc_id, record) of the quotes or amounts whose indexed words hold every word, best first."""
    record_type = {"quotes": Quote, "amounts": Amount}[table]
    query = fts_query(words)
    if not query:
        return []
    columns = RECORD_COLUMNS[table]
    names = ", ".join(f'r."{c}"' for c in columns)
    index = f"{table}_fts"
    sql = (
        f"SELECT r.doc_id, {names} FROM {index} JOIN {table} AS r ON r.rowid = {index}.rowid"
        f" WHERE {index} MATCH ? ORDER BY {index}.rank LIMIT ?"
    )
    hits = []
    for doc_id, *values in connection.execute(sql, (query, _limit(limit))):
        fields = {c: from_sql(table, c, v) for c, v in zip(columns, values, strict=True)}
        hits.append((doc_id, record_type.model_validate(fields)))
    return hits


def _limit(limit: int | None) -> int:
    """SQLite's LIMIT: -1 means no limit."""
    return -1 if limit is None else max(int(limit), 0)
