"""Full-text search: accents and case ignored, user words never read as FTS syntax or SQL."""

from __future__ import annotations

import pytest

from claimledger.contract import Document, Quote
from claimledger.ledger import Ledger
from claimledger.ledger.search import fts_query
from tests.conftest import assert_valid_document
from tests.ledger.conftest import expected_counts, row_counts
from tests.ledger.documents import span

# Real sentences whose words include FTS operators (or, near, and, not) and SQL words.
ARTICLES = {
    "fr-soldats": (
        "fr",
        "Soldats en Russie",
        "«Les soldats nord-coréens sont arrivés près de Koursk», a dit un responsable.",
    ),
    "en-talks": (
        "en",
        "Talks at the table",
        '"We will not drop the table talks, or the sanctions near the border," she said.',
    ),
    "fr-or": (
        "fr",
        "Le prix de l'or",
        "«Or, le prix de l'or a doublé et 100 % des réserves sont vendues», a-t-il ajouté.",
    ),
}


def _document(doc_id: str, language: str, title: str, text: str) -> Document:
    """An article whose one quote is the text between its quotation marks."""
    opening = "«" if "«" in text else '"'
    closing = "»" if opening == "«" else '"'
    start = text.index(opening) + 1
    words = text[start : text.index(closing, start)]
    quote = Quote(id="q1", **span(words, text=text), kind="direct")
    document = Document(doc_id=doc_id, language=language, title=title, text=text, quotes=[quote])
    assert_valid_document(document)
    return document


@pytest.fixture
def searchable(ledger: Ledger) -> Ledger:
    """A ledger holding ARTICLES."""
    for doc_id, (language, title, text) in ARTICLES.items():
        ledger.ingest(_document(doc_id, language, title, text))
    return ledger


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("nord-coreens", ["fr-soldats"]),
        ("NORD-CORÉENS", ["fr-soldats"]),
        ("nord coréens arrives", ["fr-soldats"]),
        ("soldats", ["fr-soldats"]),
        ('soldats"', ["fr-soldats"]),
        ("soldats OR sanctions", []),
        ("drop table", ["en-talks"]),
        (";DROP TABLE", ["en-talks"]),
        ("'; DROP TABLE quotes; --", []),
        ("NEAR(drop table)", []),
        ("sanctions*", ["en-talks"]),
        ("sanc*", []),
        ("text:drop", []),
        ("-sanctions", ["en-talks"]),
        ("soldats AND nord", []),
        ("NOT soldats", []),
        ("or", ["en-talks", "fr-or"]),
        ("100 %", ["fr-or"]),
        ("%", []),
        ("*", []),
        ('"', []),
        ('""', []),
        ("(", []),
        ("", []),
        ("   ", []),
    ],
)
def test_quote_search_takes_every_token_as_words(searchable, ledger_path, words, expected):
    hits = searchable.search_quotes(words)
    assert sorted(doc_id for doc_id, _ in hits) == expected
    for doc_id, quote in hits:
        assert quote in searchable.get(doc_id).quotes
    # Whatever was typed, the tables are all still there, with all their rows.
    assert searchable.count() == len(ARTICLES)
    assert row_counts(ledger_path)["quotes"] == len(ARTICLES)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("russie nord-coreens", ["fr-soldats"]),
        ("TABLE", ["en-talks"]),
        ("prix de l'or", ["fr-or"]),
        ("table; DROP TABLE documents", []),
        ('" OR "', ["en-talks", "fr-or"]),  # the word "or", in both
        ("*", []),
    ],
)
def test_text_search_covers_title_and_text(searchable, words, expected):
    assert sorted(searchable.search_text(words)) == expected


def test_search_follows_replace_and_delete(searchable, ledger_path):
    language, title, text = ARTICLES["fr-soldats"]
    replaced = text.replace("nord-coréens", "russes")
    searchable.ingest(_document("fr-soldats", language, title, replaced))
    assert searchable.search_quotes("nord-coreens") == []
    assert [d for d, _ in searchable.search_quotes("soldats russes")] == ["fr-soldats"]
    assert searchable.delete("fr-soldats")
    assert searchable.search_text("soldats") == []
    assert searchable.search_quotes("soldats") == []
    row_counts(ledger_path)  # the indexes' integrity check


def test_amount_search_finds_counted_words(ledger, ledger_path, rich):
    ledger.ingest(rich)
    soldiers = ["a1", "a2", "a3", "a4"]
    hits = ledger.search_amounts("SOLDATS nord-coreens")
    assert sorted(amount.id for _, amount in hits) == soldiers
    assert {doc_id for doc_id, _ in hits} == {rich.doc_id}
    assert all(amount in rich.amounts for _, amount in hits)
    # counted_key is indexed too: the lemma finds what the plural wrote.
    assert sorted(a.id for _, a in ledger.search_amounts("soldat nord-coreen")) == soldiers
    assert row_counts(ledger_path) == expected_counts(rich)


def test_search_limit(searchable):
    assert len(searchable.search_quotes("or", limit=1)) == 1
    assert searchable.search_quotes("or", limit=0) == []


@pytest.mark.parametrize(
    ("words", "query"),
    [
        ("nord-coréens", '"nord-coréens"'),
        ('dit "non"', '"dit" """non"""'),
        ("a OR b", '"a" "OR" "b"'),
        ("  ", ""),
    ],
)
def test_fts_query_quotes_each_token(words, query):
    assert fts_query(words) == query
