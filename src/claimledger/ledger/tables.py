"""A v1 document as rows of the ledger tables, and back: the one place that knows the mapping."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from claimledger.contract import Document

# Columns of each table, in schema order, after the key columns (doc_id, then id or entity)
# and position. Identifiers only ever come from these constants; values are bound parameters.
DOCUMENT_COLUMNS = (
    "doc_id",
    "schema",
    "url",
    "site",
    "language",
    "published",
    "title",
    "text",
    "generator",
)
ENTITY_COLUMNS = ("id", "position", "name", "type", "key", "link_kb", "link_id")
MENTION_COLUMNS = ("entity", "position", "start", "end", "text")
DESCRIPTION_COLUMNS = ("entity", "position", "text")
# Tables whose columns are exactly the fields of their contract record, plus position.
RECORD_COLUMNS: dict[str, tuple[str, ...]] = {
    "times": ("id", "start", "end", "text", "type", "value", "anchor", "mod"),
    "statements": ("id", "start", "end", "text", "speaker", "speaker_text", "cue", "time"),
    "quotes": (
        "id", "start", "end", "text", "kind", "speaker", "speaker_text", "cue", "statement",
    ),
    "amounts": (
        "id", "start", "end", "text", "value", "low", "high", "qualifier", "unit", "counted",
        "counted_key", "location", "source", "source_text", "statement", "time", "repeat_of",
    ),
}  # fmt: skip
# Insert order: a record is stored after the records it refers to (foreign keys within a document).
INSERT_ORDER = ("entities", "mentions", "entity_descriptions", *RECORD_COLUMNS)
# Amount numbers are int or float: columns without a declared type keep which one they were.
NUMBER_COLUMNS = {("amounts", "value"), ("amounts", "low"), ("amounts", "high")}
_INT64 = range(-(2**63), 2**63)

Rows = dict[str, list[tuple[Any, ...]]]


def content_hash(document: Document) -> str:
    """SHA-256 of the canonical JSON of ``document``: equal documents, equal hashes."""
    canonical = json.dumps(
        document.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def document_rows(document: Document, digest: str) -> Rows:
    """Every row that stores ``document`` (whose content_hash is ``digest``), by table."""
    data = document.to_dict()
    doc_id = document.doc_id
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    rows: Rows = {"documents": [(*[data[c] for c in DOCUMENT_COLUMNS], digest, stamp)]}
    rows["entities"], rows["mentions"], rows["entity_descriptions"] = [], [], []
    for position, entity in enumerate(data["entities"]):
        link = entity["link"] or {"kb": None, "id": None}
        values = (entity["name"], entity["type"], entity["key"], link["kb"], link["id"])
        rows["entities"].append((doc_id, entity["id"], position, *values))
        for place, mention in enumerate(entity["mentions"]):
            span = (mention["start"], mention["end"], mention["text"])
            rows["mentions"].append((doc_id, entity["id"], place, *span))
        for place, description in enumerate(entity["descriptions"]):
            rows["entity_descriptions"].append((doc_id, entity["id"], place, description))
    for table, columns in RECORD_COLUMNS.items():
        rows[table] = [
            (doc_id, record["id"], position, *[to_sql(table, c, record[c]) for c in columns[1:]])
            for position, record in enumerate(data[table])
        ]
    return rows


def to_sql(table: str, column: str, value: Any) -> Any:
    """``value`` as stored; an integer too large for SQLite's 64 bits is kept as decimal text."""
    if (table, column) in NUMBER_COLUMNS and isinstance(value, int) and value not in _INT64:
        return str(value)
    return value


def from_sql(table: str, column: str, value: Any) -> Any:
    """Undo to_sql."""
    if (table, column) in NUMBER_COLUMNS and isinstance(value, str):
        return int(value)
    return value


def insert_rows(connection: sqlite3.Connection, rows: Rows) -> None:
    """Insert ``rows`` (from document_rows), table by table, in the order references need."""
    for table in ("documents", *INSERT_ORDER):
        insert_table(connection, table, rows[table])


def insert_table(connection: sqlite3.Connection, table: str, rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` into ``table``."""
    if rows:
        connection.executemany(_insert_sql(table), rows)


def _insert_sql(table: str) -> str:
    """The INSERT statement of ``table``, columns named as in the schema."""
    columns = _columns(table)
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"


def _columns(table: str) -> tuple[str, ...]:
    """Every stored column of ``table`` except rowid, in the order document_rows gives them."""
    if table == "documents":
        return (*DOCUMENT_COLUMNS, "content_hash", "ingested_at")
    if table == "entities":
        return ("doc_id", *ENTITY_COLUMNS)
    if table == "mentions":
        return ("doc_id", *MENTION_COLUMNS)
    if table == "entity_descriptions":
        return ("doc_id", *DESCRIPTION_COLUMNS)
    return ("doc_id", RECORD_COLUMNS[table][0], "position", *RECORD_COLUMNS[table][1:])


def read_document(connection: sqlite3.Connection, doc_id: str) -> Document | None:
    """Rebuild the v1 document ``doc_id`` from its rows, or None if it is not stored."""
    names = ", ".join(f'"{c}"' for c in DOCUMENT_COLUMNS)
    row = connection.execute(
        f"SELECT {names} FROM documents WHERE doc_id = ?", (doc_id,)
    ).fetchone()
    if row is None:
        return None
    data: dict[str, Any] = dict(zip(DOCUMENT_COLUMNS, row, strict=True))
    data["entities"] = _read_entities(connection, doc_id)
    for table, columns in RECORD_COLUMNS.items():
        data[table] = [
            {c: from_sql(table, c, v) for c, v in zip(columns, values, strict=True)}
            for values in _select(connection, table, columns, doc_id, "position")
        ]
    return Document.model_validate(data)


def _read_entities(connection: sqlite3.Connection, doc_id: str) -> list[dict[str, Any]]:
    """The entities of ``doc_id`` as contract data, with their mentions and descriptions."""
    mentions: dict[str, list[dict[str, Any]]] = {}
    for entity, start, end, text in _select(
        connection, "mentions", ("entity", "start", "end", "text"), doc_id, "entity, position"
    ):
        mentions.setdefault(entity, []).append({"start": start, "end": end, "text": text})
    descriptions: dict[str, list[str]] = {}
    for entity, text in _select(
        connection, "entity_descriptions", ("entity", "text"), doc_id, "entity, position"
    ):
        descriptions.setdefault(entity, []).append(text)
    columns = ("id", "name", "type", "key", "link_kb", "link_id")
    entities = []
    for id_, name, type_, key, kb, link_id in _select(
        connection, "entities", columns, doc_id, "position"
    ):
        entities.append(
            {
                "id": id_, "name": name, "type": type_, "key": key,
                "mentions": mentions.get(id_, []),
                "descriptions": descriptions.get(id_, []),
                "link": None if kb is None else {"kb": kb, "id": link_id},
            }
        )  # fmt: skip
    return entities


def _select(
    connection: sqlite3.Connection, table: str, columns: tuple[str, ...], doc_id: str, order: str
) -> list[tuple[Any, ...]]:
    """``columns`` of the rows of ``doc_id`` in ``table``, sorted by ``order``."""
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f"SELECT {names} FROM {table} WHERE doc_id = ? ORDER BY {order}"
    return connection.execute(sql, (doc_id,)).fetchall()
