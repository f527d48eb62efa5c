"""compare and sources: the seed's four estimates, and how later articles add to them."""

from __future__ import annotations

import pytest

from claimledger.ledger import Ledger
from tests.conftest import assert_valid_document
from tests.ledger.articles import later_documents, seed_document, ukraine_november
from tests.ledger.conftest import row_counts

SEED_ESTIMATES = [
    ("administration Biden", 8000, "approximately", "Quelque 8000"),
    ("États-Unis", 10000, "approximately", "environ 10 000"),
    ("Séoul", 11000, "exact", "11 000"),
    ("Ukraine", 12000, "up_to", "jusqu'à 12 000"),
]


@pytest.fixture
def seeded(ledger: Ledger) -> Ledger:
    """A ledger holding the hand-built seed."""
    document = seed_document()
    assert_valid_document(document)
    ledger.ingest(document)
    return ledger


@pytest.fixture
def full(seeded: Ledger) -> Ledger:
    """The seed and the later articles."""
    for document in later_documents():
        assert_valid_document(document)
        seeded.ingest(document)
    return seeded


def _summary(quantity) -> list[tuple]:
    """(source, value, qualifier, text) of each estimate."""
    return [(e.source, e.value, e.qualifier, e.text) for e in quantity.estimates]


def test_the_seed_gives_four_estimates_with_their_sources(seeded):
    [quantity] = seeded.compare("soldats nord-coréens")
    assert quantity.label == "soldats nord-coréens"
    assert quantity.location == "Russie"
    assert _summary(quantity) == SEED_ESTIMATES
    assert {e.date for e in quantity.estimates} == {"2024-10-31"}
    # Only the administration's figure has a time of its own (jeudi); the others take the
    # article's date.
    assert [e.date_from for e in quantity.estimates] == ["time"] + ["published"] * 3
    assert [e.doc_id for e in quantity.estimates] == ["radio-canada-2024-10-31"] * 4
    assert quantity.estimates[1].sentence == (
        "Les États-Unis ont estimé qu'il y avait environ 10 000 soldats nord-coréens en Russie."
    )


def test_the_seed_spread_and_latest_per_source(seeded):
    [quantity] = seeded.compare("soldats nord-coréens")
    assert [(e.source, e.lowest) for e in quantity.lowest] == [("administration Biden", 8000)]
    assert [(e.source, e.highest) for e in quantity.highest] == [("Ukraine", 12000)]
    latest = {s.source: (s.latest.value, s.latest.qualifier) for s in quantity.sources}
    assert latest == {source: (value, q) for source, value, q, _ in SEED_ESTIMATES}


@pytest.mark.parametrize(
    "query",
    [
        "soldats nord-coréens",
        "soldats nord-coreens",
        "SOLDATS NORD-CORÉENS",
        "soldat nord-coréen",
        "troupes nord-coréennes",
        "troupe nord-coréenne",
        "soldats nord-coréens en Russie",
        "nord-coréens Russie",
        "  soldats   nord-coréens  ",
    ],
)
def test_any_inflection_case_or_accent_finds_the_quantity(seeded, query):
    found = seeded.compare(query)
    assert [q.label for q in found] == ["soldats nord-coréens"]
    assert len(found[0].estimates) == 4


@pytest.mark.parametrize(
    ("query", "labels"),
    [
        ("soldats", ["soldats nord-coréens", "soldats"]),
        ("conteneurs de matériel militaire", ["conteneurs de matériel militaire"]),
        ("soldats Koursk", ["soldats"]),
        ("soldats chinois", []),
        ("licornes", []),
    ],
)
def test_every_word_must_match(seeded, query, labels):
    assert [q.label for q in seeded.compare(query)] == labels


HOSTILE = [
    '"', '""', "%", "*", "soldats*", "sold*", "soldats OR licornes", "NOT soldats",
    "NEAR(soldats nord)", "terms : soldat", "label:soldats", "{terms} : soldat", "^soldats",
    "'; DROP TABLE estimates; --", "soldats'); DELETE FROM quantities; --", "(", ")", "",
    "   ", "\\", "soldats%", "%soldats%", "_", "-soldats",
]  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_words_never_syntax(seeded, ledger_path, query):
    before = row_counts(ledger_path)
    found = seeded.compare(query)
    # A query is its words: it finds the quantity only if it holds them, never more.
    assert [q.label for q in found] in (
        [],
        ["soldats nord-coréens"],
        ["soldats nord-coréens", "soldats"],
    )
    assert seeded.sources(query) is not None
    assert row_counts(ledger_path) == before
    assert len(seeded.compare("soldats nord-coréens")[0].estimates) == 4


@pytest.mark.parametrize(("query", "expected"), [("soldats*", 2), ("-soldats", 2), ("%", 0)])
def test_operators_stand_for_themselves(seeded, query, expected):
    # `soldats*` is the word soldats (the tokenizer drops the star), never a prefix query.
    assert len(seeded.compare(query)) == expected


def test_later_articles_join_the_same_quantity(full):
    found = full.compare("soldats nord-coréens")
    assert [q.label for q in found] == [
        "soldats nord-coréens",
        "soldats nord-coréens tués ou blessés",
    ]
    quantity = found[0]
    assert quantity.count == 7
    dates = [(e.date, e.source, e.value) for e in quantity.estimates[4:]]
    # The Ukrainian figure is dated by its text (18 November), not by publication (20 November).
    assert dates == [
        ("2024-11-05", "Séoul", 11000),
        ("2024-11-18", "Ukraine", 11500),
        ("2024-12-16", "Washington", 12000),
    ]
    ranged = quantity.estimates[5]
    assert (ranged.qualifier, ranged.low, ranged.high) == ("range", 11000, 12000)
    latest = {s.source: (s.latest.date, s.count) for s in quantity.sources}
    assert latest["Séoul"] == ("2024-11-05", 2)
    assert latest["Ukraine"] == ("2024-11-18", 2)
    assert [s.source for s in quantity.sources][0] == "Washington"
    highest = {(e.source, e.date) for e in quantity.highest}
    assert highest == {
        ("Ukraine", "2024-10-31"),
        ("Ukraine", "2024-11-18"),
        ("Washington", "2024-12-16"),
    }


def test_an_english_article_is_its_own_quantity_found_in_english(full):
    [quantity] = full.compare("North Korean soldiers")
    assert quantity.label == "North Korean troops"
    assert quantity.location == "Russia"
    assert [(e.source, e.value) for e in quantity.estimates] == [("Pentagon", 12000)]


def test_a_merge_of_sources_changes_the_latest_per_source(full):
    full.merge_entities("GPE:etats unis", "GPE:washington")
    quantity = full.compare("soldats nord-coréens")[0]
    by_source = {s.source: s for s in quantity.sources}
    assert "Washington" not in by_source
    assert by_source["États-Unis"].count == 2
    assert by_source["États-Unis"].latest.value == 12000
    assert quantity.estimates[-1].source == "États-Unis"


def test_estimates_limit_keeps_the_latest_and_the_summary_of_all(full):
    quantity = full.compare("soldats nord-coréens", estimates=2)[0]
    assert quantity.count == 7
    assert [e.date for e in quantity.estimates] == ["2024-11-18", "2024-12-16"]
    assert quantity.lowest[0].source == "administration Biden"
    assert len(quantity.sources) == 5
    assert full.compare("soldats nord-coréens", limit=1)[0].label == "soldats nord-coréens"
    assert full.compare("soldats nord-coréens", limit=0) == []


def test_sources_lists_who_gave_figures(full):
    quantity = full.sources("soldats nord-coreens")[0]
    assert quantity.estimates == []
    counts = {s.source: s.count for s in quantity.sources}
    assert counts == {
        "administration Biden": 1, "États-Unis": 1, "Séoul": 2, "Ukraine": 2, "Washington": 1,
    }  # fmt: skip


def test_reingest_with_a_newer_model_replaces_the_estimates(full, ledger_path):
    before = row_counts(ledger_path)
    newer = ukraine_november().model_copy(update={"generator": "claimledger 0.2.0"})
    newer.amounts[0] = newer.amounts[0].model_copy(update={"value": 11800, "low": 11600})
    assert_valid_document(newer)
    assert full.ingest(newer) is True
    quantity = full.compare("soldats nord-coréens")[0]
    ukraine = [e for e in quantity.estimates if e.doc_id == newer.doc_id]
    assert [(e.value, e.low) for e in ukraine] == [(11800, 11600)]
    assert quantity.count == 7
    assert row_counts(ledger_path) == before
    assert full.get(newer.doc_id).generator == "claimledger 0.2.0"


def test_deleting_articles_removes_their_estimates_and_empty_quantities(full):
    full.delete("yonhap-2025-01-08")
    assert [q.label for q in full.compare("soldats nord-coréens")] == ["soldats nord-coréens"]
    assert full.compare("tués ou blessés") == []
    full.delete("radio-canada-2024-10-31")
    assert full.compare("soldats nord-coréens")[0].count == 3
    assert full.compare("conteneurs") == []
