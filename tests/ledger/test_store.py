"""Ledger store: exact round trip, idempotent ingest, clean replace and delete, no half-writes."""

from __future__ import annotations

import pytest

from claimledger.contract import Amount, Document
from claimledger.ledger import Ledger, LedgerError, tables
from tests.conftest import assert_valid_document
from tests.ledger.conftest import expected_counts, row_counts
from tests.ledger.documents import rich_document, span, synthetic_document


def test_round_trip_gives_back_the_same_document(ledger, rich):
    assert ledger.ingest(rich) is True
    stored = ledger.get(rich.doc_id)
    assert_valid_document(stored)
    assert stored == rich
    # The JSON text too: 8000 stays 8000, 8000.0 stays 8000.0, list order is kept.
    assert stored.to_json() == rich.to_json()


def test_round_trip_keeps_integers_and_floats_apart(ledger, rich):
    ledger.ingest(rich)
    values = [(a.value, a.low, a.high) for a in ledger.get(rich.doc_id).amounts]
    types = [tuple(type(v).__name__ for v in triple) for triple in values]
    assert types == [
        tuple(type(v).__name__ for v in (a.value, a.low, a.high)) for a in rich.amounts
    ]
    assert ("float", "int", "float") in types and ("int", "NoneType", "int") in types


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 10**30])
def test_integers_beyond_64_bits_survive(ledger, value):
    text = "La dette atteint 1 000 milliards de milliards de milliards."
    amount = Amount(id="a1", **span("1 000 milliards de milliards de milliards", text=text),
                    value=value, high=value)  # fmt: skip
    document = Document(doc_id="big", language="fr", text=text, amounts=[amount])
    assert_valid_document(document)
    ledger.ingest(document)
    assert ledger.get("big").to_json() == document.to_json()


def test_minimal_document_round_trips(ledger):
    document = Document(doc_id="min", language="en", text="Nothing happened.")
    assert_valid_document(document)
    ledger.ingest(document)
    assert ledger.get("min") == document


def test_unknown_document_is_none(ledger):
    assert ledger.get("nowhere") is None


def test_same_document_twice_changes_nothing(ledger, ledger_path, rich):
    assert ledger.ingest(rich) is True
    before = row_counts(ledger_path)
    assert ledger.ingest(rich.model_copy(deep=True)) is False
    assert row_counts(ledger_path) == before == expected_counts(rich)
    assert ledger.count() == 1


def test_same_document_twice_keeps_its_ingest_time(ledger, ledger_path, rich):
    ledger.ingest(rich)
    read = "SELECT ingested_at, rowid FROM documents"
    first = ledger._connection.execute(read).fetchall()
    ledger.ingest(rich)
    assert ledger._connection.execute(read).fetchall() == first


def test_newer_model_replaces_the_extraction_cleanly(ledger, ledger_path, rich):
    ledger.ingest(rich)
    newer = rich_document(
        generator="claimledger 0.2.0 (fr_claimledger 1.0)",
        quotes=rich.quotes[:1],
        amounts=rich.amounts[:3],
    )
    assert_valid_document(newer)
    assert ledger.ingest(newer) is True
    assert ledger.get(rich.doc_id) == newer
    assert row_counts(ledger_path) == expected_counts(newer)
    generator = "SELECT generator FROM documents WHERE doc_id = ?"
    assert ledger._connection.execute(generator, (rich.doc_id,)).fetchone()[0] == newer.generator


def test_other_documents_are_untouched_by_a_replace(ledger, ledger_path, rich):
    other = synthetic_document(1)
    assert_valid_document(other)
    ledger.ingest(other)
    ledger.ingest(rich)
    ledger.ingest(rich_document(title="Un autre titre"))
    assert ledger.get(other.doc_id) == other
    assert ledger.doc_ids() == [rich.doc_id, other.doc_id]


def test_delete_removes_every_row(ledger, ledger_path, rich):
    others = [synthetic_document(n) for n in range(3)]
    for document in [*others, rich]:
        assert_valid_document(document)
        ledger.ingest(document)
    assert ledger.delete(rich.doc_id) is True
    assert ledger.get(rich.doc_id) is None
    assert row_counts(ledger_path) == expected_counts(*others)
    assert ledger.delete(rich.doc_id) is False
    for document in others:
        assert ledger.delete(document.doc_id) is True
    assert set(row_counts(ledger_path).values()) == {0}


def test_doc_ids_and_count(ledger):
    documents = [synthetic_document(n) for n in (3, 1, 2)]
    for document in documents:
        assert_valid_document(document)
        ledger.ingest(document)
    assert ledger.count() == 3
    assert ledger.doc_ids() == sorted(d.doc_id for d in documents)


class Interrupted(Exception):
    """Raised by a patched insert, midway through storing a document."""


def _fail_at(table: str, error: BaseException):
    """An insert_table that raises ``error`` when it reaches ``table``."""
    original = tables.insert_table

    def insert_table(connection, name, rows):
        if name == table:
            raise error
        original(connection, name, rows)

    return insert_table


@pytest.mark.parametrize("table", ["mentions", "statements", "quotes", "amounts"])
@pytest.mark.parametrize("error", [Interrupted("boom"), KeyboardInterrupt()])
def test_interrupted_ingest_leaves_the_previous_state(
    ledger, ledger_path, rich, monkeypatch, table, error
):
    other = synthetic_document(7)
    ledger.ingest(other)
    ledger.ingest(rich)
    before = row_counts(ledger_path)
    monkeypatch.setattr(tables, "insert_table", _fail_at(table, error))
    newer = rich_document(generator="newer", quotes=[], amounts=rich.amounts[:2])
    fresh = synthetic_document(8)
    for document in (newer, fresh):
        with pytest.raises(type(error)):
            ledger.ingest(document)
    assert row_counts(ledger_path) == before
    assert ledger.get(rich.doc_id) == rich
    assert ledger.get(fresh.doc_id) is None
    monkeypatch.undo()
    # The ledger is still usable after the failure.
    assert ledger.ingest(newer) is True
    assert ledger.get(rich.doc_id) == newer


def test_database_errors_become_ledger_errors(ledger, rich, monkeypatch):
    def broken(connection, name, rows):
        connection.execute("INSERT INTO nowhere VALUES (1)")

    monkeypatch.setattr(tables, "insert_table", broken)
    with pytest.raises(LedgerError, match="no such table: nowhere"):
        ledger.ingest(rich)
    assert ledger.count() == 0


def test_rows_edited_by_hand_into_nonsense_are_a_clear_error(ledger, rich):
    ledger.ingest(rich)
    ledger._connection.execute('UPDATE mentions SET "end" = "end" + 1')
    with pytest.raises(LedgerError, match=r"document 'rc-2024-10-31' is stored broken \(.*span"):
        ledger.get(rich.doc_id)


def test_a_closed_ledger_says_so(ledger_path, rich):
    ledger = Ledger(ledger_path, create=True)
    ledger.close()
    ledger.close()
    with pytest.raises(LedgerError, match="closed"):
        ledger.ingest(rich)


def test_ledger_opens_again_with_its_documents(ledger_path, rich):
    with Ledger(ledger_path, create=True) as ledger:
        ledger.ingest(rich)
    with Ledger(ledger_path) as ledger:
        assert ledger.get(rich.doc_id) == rich
