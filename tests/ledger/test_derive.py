"""Rows derived at ingest: folded keys, estimate dates, sources, places, sentences; v1 ledgers."""

from __future__ import annotations

import sqlite3

import pytest

from claimledger.contract import Amount, Document, Entity, Time
from claimledger.ledger import Ledger, schema
from claimledger.ledger.derive import estimate_date, ledger_rows, sentence_of
from claimledger.ledger.keys import fold_text, match_expression, name_key
from claimledger.ledger.tables import RECORD_COLUMNS, content_hash, document_rows, insert_rows
from tests.conftest import assert_valid_document
from tests.ledger.articles import later_documents, seed_document
from tests.ledger.documents import span


@pytest.mark.parametrize(
    ("text", "language", "folded"),
    [
        ("soldats nord-coréens", "fr", "soldat nord coreen"),
        ("soldat nord-coréen", "fr", "soldat nord coreen"),
        ("troupes nord-coréennes", "fr", "soldat nord coreen"),
        ("troupe nord-coréen", "fr", "soldat nord coreen"),
        ("SOLDATS NORD-CORÉENS", "fr", "soldat nord coreen"),
        ("chevaux", "fr", "cheval"),
        ("conteneurs de matériel militaire", "fr", "conteneur de materiel militaire"),
        ("North Korean troops", "en", "north korean soldier"),
        ("North Korean soldiers", "en", "north korean soldier"),
        ("casualties", "en", "casualty"),
        ("losses", "en", "loss"),
        ("bus", "en", "bus"),
        ("%", "fr", ""),
    ],
)
def test_fold_text(text, language, folded):
    assert fold_text(text, language) == folded


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("soldats", '("soldats") OR terms : ("soldat")'),
        ('so"ldats', '("so""ldats") OR terms : ("so" "ldat")'),
        ("soldats en Russie", '("soldats" "Russie") OR terms : ("soldat" "russie")'),
        ("en", '("en") OR terms : ("en")'),
        ("%", None),
        ("", None),
    ],
)
def test_match_expression_quotes_every_word(words, expected):
    assert match_expression(words, "terms") == expected


@pytest.mark.parametrize(
    ("entity_type", "name", "key"),
    [
        ("GPE", "Corée du Nord", "GPE:coree du nord"),
        ("ORG", " Maison-Blanche ", "ORG:maison blanche"),
    ],
)
def test_name_key_of_an_entity_without_key(entity_type, name, key):
    assert name_key(entity_type, name) == key


TEXT = (
    "Selon M. Blinken, 8000 soldats sont là. Le 3 novembre, Séoul a compté 11 000 soldats.\n"
    "Un autre paragraphe sans chiffre."
)


@pytest.mark.parametrize(
    ("fragment", "sentence"),
    [
        ("8000", "Selon M. Blinken, 8000 soldats sont là."),
        ("11 000", "Le 3 novembre, Séoul a compté 11 000 soldats."),
        ("autre", "Un autre paragraphe sans chiffre."),
    ],
)
def test_sentence_of(fragment, sentence):
    start = TEXT.index(fragment)
    assert sentence_of(TEXT, start, start + len(fragment)) == sentence


def _document(time_value: str | None, published: str | None, **amount) -> Document:
    """An article with one figure whose time is ``time_value``."""
    times = [Time(id="t1", **span("Le 3 novembre", text=TEXT), value=time_value)]
    figure = Amount(id="a1", **span("11 000", text=TEXT), value=11000, counted="soldats",
                    counted_key="soldat", time="t1", **amount)  # fmt: skip
    return Document(doc_id="d", language="fr", published=published, text=TEXT, times=times,
                    amounts=[figure])  # fmt: skip


@pytest.mark.parametrize(
    ("time_value", "published", "expected"),
    [
        ("2024-11-03", "2024-11-05", ("2024-11-03", "time")),
        ("2024-11", "2024-11-05", ("2024-11", "time")),
        ("2024-11-03T10:00", "2024-11-05", ("2024-11-03", "time")),
        ("2024-W44", "2024-11-05", ("2024-11-05", "published")),
        ("PRESENT_REF", "2024-11-05T08:30:00Z", ("2024-11-05", "published")),
        ("2024", "2024-11-05", ("2024-11-05", "published")),
        (None, "2024-11-05", ("2024-11-05", "published")),
        (None, None, (None, None)),
    ],
)
def test_estimate_date(time_value, published, expected):
    document = _document(time_value, published)
    assert_valid_document(document)
    assert estimate_date(document, document.amounts[0]) == expected


def test_source_is_an_entity_else_its_words_else_the_outlet():
    said = _document(None, "2024-11-05", source_text="Séoul")
    assert ledger_rows(said).estimates[0][1][8:10] == ("said:seoul", "Séoul")
    outlet = _document(None, "2024-11-05").model_copy(update={"site": "Le Monde"})
    assert ledger_rows(outlet).estimates[0][1][8:10] == ("site:le monde", "Le Monde")
    bare = _document(None, None)
    assert ledger_rows(bare).estimates[0][1][8:10] == ("doc:d", "d")


def test_a_figure_takes_the_place_of_its_quantity_only_when_the_article_agrees():
    seed = seed_document()
    places = {row[1]: key[1] for key, row in ledger_rows(seed).estimates}
    # Séoul's 11 000 and Ukraine's 12 000 name no place: the article's other figures of the
    # quantity are in Russie. Koursk's 8000 soldats is another quantity.
    assert places == {"a1": "GPE:russie", "a2": "GPE:russie", "a3": "GPE:russie",
                      "a4": "GPE:russie", "a5": "GPE:koursk", "a6": ""}  # fmt: skip
    inferred = {row[1]: row[10] for _, row in ledger_rows(seed).estimates}
    assert inferred == {"a1": 0, "a2": 0, "a3": 1, "a4": 1, "a5": 0, "a6": 0}
    entities = [*seed.entities, Entity(id="e99", name="Pologne", type="GPE", key="GPE:pologne")]
    amounts = [
        a.model_copy(update={"location": "e99"}) if a.id == "a2" else a for a in seed.amounts
    ]
    disputed = seed.model_copy(update={"entities": entities, "amounts": amounts})
    places = {row[1]: key[1] for key, row in ledger_rows(disputed).estimates}
    assert (places["a3"], places["a4"]) == ("", "")


def _v1_ledger(path, documents, monkeypatch) -> None:
    """A ledger file at schema version 1 holding ``documents`` (as stored before version 2)."""
    monkeypatch.setattr(schema, "MIGRATIONS", ("schema.sql",))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    # Version 1 amounts had no repeat_of column (added by migration 3).
    version_1_amounts = tuple(c for c in RECORD_COLUMNS["amounts"] if c != "repeat_of")
    monkeypatch.setitem(RECORD_COLUMNS, "amounts", version_1_amounts)
    connection = schema.open_ledger(str(path), create=True)
    for document in documents:
        connection.execute("BEGIN")
        insert_rows(connection, document_rows(document, content_hash(document)))
        connection.execute("COMMIT")
    connection.close()
    monkeypatch.undo()


def test_a_version_1_ledger_is_migrated_and_its_rows_derived_on_open(ledger_path, monkeypatch):
    documents = [seed_document(), *later_documents()]
    _v1_ledger(ledger_path, documents, monkeypatch)
    with Ledger(ledger_path) as ledger:
        assert ledger.compare("soldats nord-coréens")[0].count == 7
        assert {e.key for e in ledger.entities(limit=None)} >= {"GPE:russie", "GPE:ukraine"}
        for document in documents:
            assert ledger.get(document.doc_id) == document
    with sqlite3.connect(ledger_path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert connection.execute("SELECT count(*) FROM ledger_state").fetchone()[0] == 0
    connection.close()


def test_rebuilding_derived_rows_changes_nothing(ledger):
    for document in [seed_document(), *later_documents()]:
        ledger.ingest(document)
    ledger.merge_entities("GPE:etats unis", "GPE:washington")
    before = ledger.compare("soldats nord-coréens")
    assert ledger.rebuild_ledger_rows() == 6
    assert ledger.compare("soldats nord-coréens") == before
    assert ledger.entities(search="washington")[0].aliases == ["GPE:washington"]
