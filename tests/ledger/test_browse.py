"""Browsing the ledger: overview, documents, quantities, sources, entity pages, statements, and
opening a ledger read-only."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from claimledger.ledger import Ledger, LedgerError, schema
from tests.conftest import assert_valid_document
from tests.ledger.articles import SEED_ID, later_documents, seed_document


@pytest.fixture
def full_path(ledger_path: Path) -> Path:
    """A ledger file holding the seed and the later articles (closed)."""
    with Ledger(ledger_path, create=True) as ledger:
        for document in [seed_document(), *later_documents()]:
            assert_valid_document(document)
            ledger.ingest(document)
    return ledger_path


@pytest.fixture
def full(full_path: Path):
    """That ledger, opened read-only."""
    with Ledger(full_path, read_only=True) as ledger:
        yield ledger


def _digest(path: Path) -> str:
    """SHA-256 of the file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_overview_counts_what_the_ledger_holds(full):
    documents = [seed_document(), *later_documents()]
    overview = full.overview()
    assert overview.documents == 6
    assert overview.quotes == sum(len(d.quotes) for d in documents)
    assert overview.statements == sum(len(d.statements) for d in documents)
    assert overview.amounts == sum(len(d.amounts) for d in documents)
    assert (overview.first_published, overview.last_published) == ("2024-10-31", "2025-01-08")


def test_documents_newest_first_and_paged(full):
    every = [d.doc_id for d in full.documents(limit=None)]
    assert every[0] == "yonhap-2025-01-08" and every[-1] == SEED_ID
    assert [d.doc_id for d in full.documents(limit=2, offset=1)] == every[1:3]
    assert full.documents(limit=10, offset=6) == []


def test_the_soldiers_are_the_most_estimated_quantity(full):
    top = full.quantities(limit=1)[0]
    assert (top.label, top.location, top.estimates, top.sources) == (
        "soldats nord-coréens", "Russie", 7, 5,
    )  # fmt: skip
    assert (top.first_date, top.last_date) == ("2024-10-31", "2024-12-16")
    assert full.quantities(limit=1, offset=1)[0].label != top.label


def test_sources_of_figures_with_their_counts(full):
    sources = {s.source: (s.estimates, s.quantities) for s in full.estimate_sources(limit=None)}
    assert sources["Séoul"] == (3, 2)
    assert sources["Ukraine"] == (2, 1)


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("nombre", 1),
        ("NORD-COREENS", 2),
        ("conteneurs matériel", 1),
        ('"; DROP TABLE statements; --', 0),
        ("   ", 0),
    ],
)
def test_statements_by_words(full, search, expected):
    hits = full.statements(search=search)
    assert len(hits) == expected
    assert all(hit.kind == "statement" for hit in hits)


def test_statements_by_speaker_with_their_article(full):
    [hit] = full.statements(speaker="Biden")
    assert (hit.speaker, hit.doc_id, hit.cue) == ("administration Biden", SEED_ID, "a déclaré")


def test_quotes_without_words_or_speaker_are_the_newest_and_paged(full):
    every = full.quotes(limit=None)
    assert every[0].doc_id == "lemonde-2024-11-05"
    assert full.quotes(limit=2, offset=1) == every[1:3]


def test_entities_paged(full):
    every = full.entities(limit=None)
    assert full.entities(limit=3, offset=2) == every[2:5]


def test_entity_page_gathers_articles_quotes_and_figures(full):
    page = full.entity("GPE:seoul")
    assert page.entity.name == "Séoul"
    assert [a.doc_id for a in page.articles] == ["yonhap-2025-01-08", "lemonde-2024-11-05", SEED_ID]
    assert page.articles[1].mentions == ["Séoul"]
    assert {a.text for a in page.amounts} == {"Plus de 1000", "environ 11 000", "11 000"}
    assert [s.text for s in page.statements] == ["ce nombre est passé à 11 000"]
    cho = full.entity("PERSON:cho tae yul")
    assert len(cho.quotes) == 3 and cho.amounts == []
    assert [a.doc_id for a in full.entity("GPE:seoul", limit=1, offset=1).articles] == [
        "lemonde-2024-11-05"
    ]
    assert full.entity("PERSON:nobody") is None


def test_entity_page_of_a_merged_key_is_the_kept_one(full_path):
    with Ledger(full_path) as ledger:
        ledger.merge_entities("GPE:etats unis", "GPE:washington")
    with Ledger(full_path, read_only=True) as ledger:
        page = ledger.entity("GPE:washington")
        assert page.entity.key == "GPE:etats unis"
        assert {a.doc_id for a in page.articles} == {SEED_ID, "lapresse-2024-12-16"}


def test_read_only_never_writes_the_file(full_path):
    before = _digest(full_path)
    with Ledger(full_path, read_only=True) as ledger:
        ledger.compare("soldats nord-coréens")
        ledger.quotes(search="troupes")
        with pytest.raises(LedgerError, match="readonly"):
            ledger.ingest(seed_document().model_copy(update={"title": "changed"}))
        with pytest.raises(LedgerError, match="readonly"):
            ledger.delete(SEED_ID)
    assert _digest(full_path) == before


def test_read_only_cannot_create(ledger_path):
    with pytest.raises(LedgerError, match="no ledger here"):
        Ledger(ledger_path, read_only=True)
    with pytest.raises(ValueError):
        Ledger(ledger_path, create=True, read_only=True)
    assert not ledger_path.exists()


def test_read_only_refuses_an_older_ledger_and_says_how_to_migrate(full_path, monkeypatch):
    with sqlite3.connect(full_path) as connection:
        connection.execute("PRAGMA user_version = 3")
    connection.close()
    with pytest.raises(LedgerError, match="schema version 3.*open it once for writing"):
        Ledger(full_path, read_only=True)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)  # not a test of the migration itself
    with Ledger(full_path, read_only=True) as ledger:
        assert ledger.count() == 6


def test_migration_4_indexes_the_statements_already_stored(ledger_path, monkeypatch):
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)
    with Ledger(ledger_path, create=True) as ledger:
        ledger.ingest(seed_document())
    monkeypatch.undo()
    with Ledger(ledger_path) as ledger:
        assert len(ledger.statements(search="nombre")) == 1
        ledger.delete(SEED_ID)
        assert ledger.statements(search="nombre") == []
    with sqlite3.connect(ledger_path) as connection:
        connection.execute("INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')")
    connection.close()


def test_read_only_refuses_what_is_not_a_ledger(tmp_path):
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not an SQLite file at all, only some text" * 100)
    with pytest.raises(LedgerError, match="not a claimledger ledger"):
        Ledger(path, read_only=True)
