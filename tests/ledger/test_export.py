"""Export: v1 documents as JSON Lines, every table as CSV or JSON Lines, from one snapshot."""

from __future__ import annotations

import csv
import io
import json

import pytest

from claimledger.contract import Document
from claimledger.ledger import Ledger
from claimledger.ledger.derive import CROSS_ARTICLE_TABLES
from claimledger.ledger.export import EXPORT_TABLES, export_documents, export_tables
from tests.conftest import assert_valid_document
from tests.ledger.articles import later_documents, seed_document


@pytest.fixture
def full(ledger: Ledger) -> Ledger:
    """The seed and the later articles, with one merge."""
    for document in [seed_document(), *later_documents()]:
        ledger.ingest(document)
    ledger.merge_entities("GPE:etats unis", "GPE:washington")
    return ledger


def test_documents_as_json_lines_come_back_as_stored(full):
    stream = io.StringIO()
    assert export_documents(full, stream) == 6
    lines = stream.getvalue().splitlines()
    assert len(lines) == 6
    for line in lines:
        data = assert_valid_document(json.loads(line))
        assert Document.model_validate(data) == full.get(data["doc_id"])


def test_every_table_is_exported(full):
    assert set(EXPORT_TABLES) == {
        "documents", "entities", "mentions", "entity_descriptions", "times", "statements",
        "quotes", "amounts", *CROSS_ARTICLE_TABLES,
    } - {"ledger_state"}  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_tables_one_file_each_with_every_row(full, tmp_path, fmt):
    folder = tmp_path / "out"
    counts = export_tables(full, folder, fmt)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.{fmt}" for t in EXPORT_TABLES)
    assert counts["documents"] == 6
    assert counts["estimates"] == 11  # every figure that says what it counts
    assert counts["entity_aliases"] == 1
    with full.reading() as connection:
        for table in EXPORT_TABLES:
            assert (
                counts[table] == connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            )
    text = (folder / f"estimates.{fmt}").read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
    else:
        rows = [json.loads(line) for line in text.splitlines()]
    first = rows[0]
    assert (first["doc_id"], first["source_name"], str(first["value"])) == (
        "radio-canada-2024-10-31", "administration Biden", "8000",
    )  # fmt: skip
    assert len(rows) == 11


def test_unknown_format_is_refused(full, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export_tables(full, tmp_path, "parquet")
