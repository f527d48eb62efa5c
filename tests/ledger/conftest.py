"""Fixtures of the ledger tests: a fresh ledger file, the rich document, raw row counts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimledger.contract import Document
from claimledger.ledger import Ledger
from tests.conftest import assert_valid_document
from tests.ledger.documents import rich_document

# Every table that holds rows of a document, the full-text indexes' own row tables included.
ROW_TABLES = (
    "documents", "entities", "mentions", "entity_descriptions", "times", "statements", "quotes",
    "amounts", "documents_fts_docsize", "quotes_fts_docsize", "amounts_fts_docsize",
)  # fmt: skip


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    """Where a test's ledger file goes (not created yet)."""
    return tmp_path / "ledger.db"


@pytest.fixture
def ledger(ledger_path: Path) -> Iterator[Ledger]:
    """A new, empty ledger, closed after the test."""
    with Ledger(ledger_path, create=True) as opened:
        yield opened


@pytest.fixture
def rich() -> Document:
    """The rich hand-built document, checked against the JSON Schema."""
    document = rich_document()
    assert_valid_document(document)
    return document


def row_counts(path: Path) -> dict[str, int]:
    """Rows per table, read with a plain sqlite3 connection; also checks the indexes' integrity."""
    with sqlite3.connect(path) as connection:
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ROW_TABLES
        }
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        for index in ("documents_fts", "quotes_fts", "amounts_fts"):
            connection.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
    connection.close()
    return counts


def expected_counts(*documents: Document) -> dict[str, int]:
    """The row counts that storing exactly ``documents`` must give."""
    entities = [e for d in documents for e in d.entities]
    quotes = sum(len(d.quotes) for d in documents)
    amounts = sum(len(d.amounts) for d in documents)
    return {
        "documents": len(documents),
        "entities": len(entities),
        "mentions": sum(len(e.mentions) for e in entities),
        "entity_descriptions": sum(len(e.descriptions) for e in entities),
        "times": sum(len(d.times) for d in documents),
        "statements": sum(len(d.statements) for d in documents),
        "quotes": quotes,
        "amounts": amounts,
        "documents_fts_docsize": len(documents),
        "quotes_fts_docsize": quotes,
        "amounts_fts_docsize": amounts,
    }
