"""The whole ledger out: v1 documents as JSON Lines, or every table as CSV or JSON Lines files.

Both stream (one row or document at a time), so memory stays flat whatever the ledger's size.
Tables are written from one snapshot, so that their rows agree with each other.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import TextIO

from claimledger.ledger.store import Ledger
from claimledger.ledger.tables import INSERT_ORDER

# Every table with rows, in the order references need. Left out: the full-text indexes (built
# from these) and ledger_state (the ledger's own bookkeeping).
EXPORT_TABLES = (
    "documents", *INSERT_ORDER, "ledger_entities", "entity_keys", "entity_aliases", "quantities",
    "estimates",
)  # fmt: skip
FORMATS = ("csv", "jsonl")


def export_documents(ledger: Ledger, output: TextIO) -> int:
    """Write every stored document as one v1 JSON line; how many."""
    count = 0
    for doc_id in ledger.doc_ids():
        document = ledger.get(doc_id)
        if document is not None:  # deleted meanwhile by another process
            output.write(document.to_json() + "\n")
            count += 1
    return count


def export_tables(ledger: Ledger, folder: Path, fmt: str) -> dict[str, int]:
    """Write each table to ``folder/TABLE.csv`` (or ``.jsonl``); rows written per table."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use {' or '.join(FORMATS)})")
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    with ledger.reading() as connection:
        for table in EXPORT_TABLES:
            with (folder / f"{table}.{fmt}").open("w", encoding="utf-8", newline="") as output:
                counts[table] = _write_table(connection, table, output, fmt)
    return counts


def _write_table(connection: sqlite3.Connection, table: str, output: TextIO, fmt: str) -> int:
    """Write the rows of ``table`` to ``output``; how many."""
    cursor = connection.execute(f"SELECT * FROM {table} ORDER BY rowid")
    columns = [description[0] for description in cursor.description]
    writer = csv.writer(output, lineterminator="\n") if fmt == "csv" else None
    if writer is not None:
        writer.writerow(columns)
    count = 0
    for row in cursor:
        if writer is not None:
            writer.writerow(["" if value is None else value for value in row])
        else:
            output.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False))
            output.write("\n")
        count += 1
    return count
