"""Who said what: quotes across the ledger by speaker and by words, newest article first."""

from __future__ import annotations

import pytest

from claimledger.ledger import Ledger
from tests.conftest import assert_valid_document
from tests.ledger.articles import BLINKEN_DIRECT, later_documents, seed_document
from tests.ledger.conftest import row_counts


@pytest.fixture
def full(ledger: Ledger) -> Ledger:
    """The seed and the later articles."""
    for document in [seed_document(), *later_documents()]:
        assert_valid_document(document)
        ledger.ingest(document)
    return ledger


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Blinken", 2),
        ("antony blinken", 2),
        ("BLINKEN", 2),
        ("Cho", 3),
        ("cho tae-yul", 3),
        ("Lloyd Austin", 1),
        ("Robert Wood", 1),
        ("États-Unis", 2),
        ("etats unis", 2),
        ("Biden", 0),  # the administration said figures, no quote
        ("Poutine", 0),
        ("person", 7),  # the key's type is a word of the key
    ],
)
def test_quotes_by_speaker(full, speaker, expected):
    hits = full.quotes(speaker=speaker)
    assert len(hits) == expected
    assert all(h.speaker_key for h in hits)


def test_a_quote_comes_with_its_speaker_article_and_date(full):
    [hit] = full.quotes(speaker="Blinken", search="combat")
    assert hit.text == BLINKEN_DIRECT
    assert (hit.speaker, hit.speaker_key, hit.kind, hit.cue) == (
        "Antony Blinken", "PERSON:antony blinken", "direct", "a déclaré",
    )  # fmt: skip
    assert (hit.doc_id, hit.published) == ("radio-canada-2024-10-31", "2024-10-31")
    assert hit.title == "Quelque 8000 soldats nord-coréens sont actuellement en Russie."


def test_newest_article_first(full):
    hits = full.quotes(speaker="Cho")
    assert [h.published for h in hits] == ["2024-11-05", "2024-10-31", "2024-10-31"]
    assert hits[0].text == "Nous ne tolérerons pas cette coopération militaire"
    assert len(full.quotes(speaker="Cho", limit=1)) == 1


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("troupes", 2),
        ("TROUPES", 2),
        ("cooperation militaire", 1),
        ("coopération", 1),
        ("RPDC Russie", 1),
        ("troupes russie", 1),
        ("troupes OR combat", 0),
        ("troupes*", 2),  # the star is no prefix operator: the word troupes
        ("troupe*", 0),
        ("'; DROP TABLE quotes; --", 0),
        ('"', 0),
        ("%", 0),
        ("", 0),
        ("NEAR(troupes combat)", 0),
    ],
)
def test_quotes_by_words_hostile_ones_included(full, ledger_path, search, expected):
    before = row_counts(ledger_path)
    assert len(full.quotes(search=search)) == expected
    assert row_counts(ledger_path) == before


def test_speaker_and_words_together(full):
    assert len(full.quotes(speaker="Cho", search="mesures")) == 1
    assert full.quotes(speaker="Cho", search="troupes") == []


def test_merged_speakers_are_one(full):
    # Quotes are said by people; a merge of organisations shows the same way.
    full.merge_entities("GPE:coree du sud", "GPE:etats unis")
    assert len(full.quotes(speaker="Corée du Sud")) == 2
    assert {h.speaker for h in full.quotes(speaker="etats-unis")} == {"Corée du Sud"}


@pytest.mark.parametrize("search", ["troupes", "Russie", "nous", "la"])
def test_walking_articles_by_date_gives_the_sorted_order(full, monkeypatch, search):
    from claimledger.ledger import speech

    sorted_hits = full.quotes(search=search)
    monkeypatch.setattr(speech, "WALK_ABOVE", 0)
    assert full.quotes(search=search) == sorted_hits
    assert full.quotes(search=search, limit=1) == sorted_hits[:1]
