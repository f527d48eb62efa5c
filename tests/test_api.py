"""The Python API: the same reach as the command line."""

from __future__ import annotations

import claimledger
from tests.conftest import assert_valid_document


def test_extract_text_returns_a_typed_document(seed_text):
    document = claimledger.extract(seed_text, published="2024-10-31")
    assert isinstance(document, claimledger.Document)
    assert document.published == "2024-10-31"
    assert document.language == "fr"
    assert_valid_document(document)


def test_extract_is_deterministic_and_ids_are_stable(seed_text):
    first = claimledger.extract(seed_text, published="2024-10-31")
    second = claimledger.extract(seed_text, published="2024-10-31")
    assert first == second


def test_extract_html():
    html = (
        "<html><head><title>Séisme au Japon</title></head><body><article><h1>Séisme au Japon</h1>"
        "<p>Un séisme de magnitude 6,1 a frappé le nord du Japon mardi, a annoncé l'agence "
        "météorologique japonaise, qui a précisé qu'aucun tsunami n'était attendu.</p>"
        "<p>Selon les autorités locales, trois personnes ont été légèrement blessées et plusieurs "
        "routes ont été fermées par précaution dans la préfecture.</p></article></body></html>"
    )
    document = claimledger.extract(html, published="2024-05-07")
    assert document.language == "fr"
    assert "séisme de magnitude" in document.text
    assert "<p>" not in document.text
    assert_valid_document(document)


def test_ledger_is_part_of_the_api(tmp_path, seed_text):
    document = claimledger.extract(seed_text, published="2024-10-31")
    with claimledger.Ledger(str(tmp_path / "l.db"), create=True) as ledger:
        assert ledger.ingest(document)
        assert ledger.get(document.doc_id) == document
