"""Entities across articles: one per key, counted, merged by hand, merges kept across re-ingests."""

from __future__ import annotations

import sqlite3

import pytest

from claimledger.ledger import Ledger, LedgerError
from tests.conftest import assert_valid_document
from tests.ledger.articles import later_documents, seed_document, washington_december
from tests.ledger.conftest import row_counts


@pytest.fixture
def full(ledger: Ledger) -> Ledger:
    """The seed and the later articles."""
    for document in [seed_document(), *later_documents()]:
        assert_valid_document(document)
        ledger.ingest(document)
    return ledger


def _by_key(ledger: Ledger, **options) -> dict:
    return {e.key: e for e in ledger.entities(**options)}


def test_entities_of_different_articles_with_one_key_are_one(full):
    entities = _by_key(full, limit=None)
    russie = entities["GPE:russie"]
    assert (russie.name, russie.type, russie.documents, russie.mentions) == ("Russie", "GPE", 4, 6)
    # The seed's Ukraine has no key: the ledger's key for it is the later articles' one.
    assert entities["GPE:ukraine"].documents == 2
    assert entities["PERSON:lloyd austin"].descriptions == ["secrétaire à la Défense"]
    assert list(entities)[0] == "GPE:russie"  # most documented first


@pytest.mark.parametrize(
    ("search", "keys"),
    [
        ("seoul", ["GPE:seoul"]),
        ("SÉOUL", ["GPE:seoul"]),
        ("etats-unis", ["GPE:etats unis"]),
        ("cho", ["PERSON:cho tae yul"]),
        (
            "person",
            [
                "PERSON:antony blinken",
                "PERSON:cho tae yul",
                "PERSON:lloyd austin",
                "PERSON:robert wood",
            ],
        ),
        ("'; DROP TABLE entity_aliases; --", []),
        ("*", []),
        ("licorne", []),
    ],
)
def test_search_by_name_or_key(full, search, keys):
    assert sorted(_by_key(full, search=search)) == keys


def test_merge_makes_one_entity_with_aliases(full):
    assert full.merge_entities("GPE:etats unis", "GPE:washington") == "GPE:etats unis"
    entities = _by_key(full, limit=None)
    assert "GPE:washington" not in entities
    merged = entities["GPE:etats unis"]
    assert merged.aliases == ["GPE:washington"]
    assert merged.documents == 2
    assert set(merged.names) == {"États-Unis", "Washington"}
    assert _by_key(full, search="washington").keys() == {"GPE:etats unis"}


def test_merges_chain_to_one_kept_key(full):
    full.merge_entities("GPE:etats unis", "GPE:washington")
    full.merge_entities("ORG:pentagone", "GPE:etats unis")
    merged = _by_key(full, limit=None)["ORG:pentagone"]
    assert merged.aliases == ["GPE:etats unis", "GPE:washington"]
    # Merging keys that are one already changes nothing.
    assert full.merge_entities("GPE:washington", "ORG:pentagone") == "ORG:pentagone"
    assert _by_key(full, limit=None)["ORG:pentagone"].aliases == merged.aliases


@pytest.mark.parametrize(
    ("keep", "merge"), [("GPE:nowhere", "GPE:seoul"), ("GPE:seoul", "x'; DROP TABLE entities")]
)
def test_merging_an_unknown_key_is_a_clear_error(full, keep, merge):
    with pytest.raises(LedgerError, match="no entity with key"):
        full.merge_entities(keep, merge)


def test_merges_survive_reingest_and_delete(full, ledger_path):
    full.merge_entities("GPE:etats unis", "GPE:washington")
    newer = washington_december().model_copy(update={"generator": "claimledger 0.2.0"})
    assert full.ingest(newer)
    assert _by_key(full, limit=None)["GPE:etats unis"].aliases == ["GPE:washington"]
    full.delete(newer.doc_id)
    full.delete("radio-canada-2024-10-31")
    # No article names either any more, but the merge stays for the next ones.
    assert "GPE:etats unis" not in _by_key(full, limit=None)
    full.ingest(newer)
    entities = _by_key(full, limit=None)
    assert "GPE:washington" not in entities
    assert entities["GPE:etats unis"].name == "Washington"
    with sqlite3.connect(ledger_path) as connection:
        aliases = connection.execute("SELECT alias, canonical FROM entity_aliases").fetchall()
    connection.close()
    assert aliases == [("GPE:washington", "GPE:etats unis")]


def test_deleting_every_article_leaves_only_the_merges(full, ledger_path):
    full.merge_entities("GPE:etats unis", "GPE:washington")
    for doc_id in full.doc_ids():
        full.delete(doc_id)
    counts = row_counts(ledger_path)
    assert set(counts.values()) == {0}
    with sqlite3.connect(ledger_path) as connection:
        for table in ("entity_keys", "ledger_entities", "quantities", "estimates"):
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        assert connection.execute("SELECT count(*) FROM entity_aliases").fetchone()[0] == 1
        for index in ("quantities_fts", "ledger_entities_fts"):
            connection.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
    connection.close()


def _recounted(ledger_path) -> dict[str, tuple[int, int]]:
    """key → (articles, mentions), counted again from the entities themselves."""
    sql = """
    SELECT k.ledger_key, count(DISTINCT k.doc_id),
           sum((SELECT count(*) FROM mentions AS m
                WHERE m.doc_id = k.doc_id AND m.entity = k.entity))
    FROM entity_keys AS k GROUP BY k.ledger_key
    """
    with sqlite3.connect(ledger_path) as connection:
        counted = {
            key: (documents, mentions) for key, documents, mentions in connection.execute(sql)
        }
        kept = {key: (documents, mentions) for key, documents, mentions in connection.execute(
            'SELECT "key", documents, mentions FROM ledger_entities')}  # fmt: skip
    connection.close()
    assert kept == counted
    return kept


def test_counts_kept_by_triggers_match_a_recount(full, ledger_path):
    assert _recounted(ledger_path)["GPE:russie"] == (4, 6)
    full.ingest(washington_december().model_copy(update={"generator": "newer"}))
    full.delete("radio-canada-2024-10-31")
    counts = _recounted(ledger_path)
    assert counts["GPE:russie"] == (3, 3)
    assert "PERSON:antony blinken" not in counts
    full.rebuild_ledger_rows()
    assert _recounted(ledger_path) == counts


def test_two_entities_of_one_key_in_one_article_count_it_once(ledger, ledger_path):
    document = seed_document()
    entities = [e.model_copy(update={"key": "GPE:seoul"}) if e.id == "e11" else e
                for e in document.entities]  # fmt: skip
    ledger.ingest(document.model_copy(update={"entities": entities}))
    assert _recounted(ledger_path)["GPE:seoul"] == (1, 3)
    ledger.delete(document.doc_id)
    assert _recounted(ledger_path) == {}
