"""The benchmark's synthetic documents: valid, reproducible, and questions find them."""

from __future__ import annotations

from claimledger.interfaces.synthetic import SyntheticCorpus
from claimledger.ledger import Ledger
from tests.conftest import assert_valid_document


def test_synthetic_documents_are_valid_and_reproducible():
    first = list(SyntheticCorpus(seed=3).documents(50))
    assert first == list(SyntheticCorpus(seed=3).documents(50))
    for document in first:
        assert_valid_document(document)
    assert len({d.doc_id for d in first}) == 50


def test_a_small_synthetic_ledger_answers(tmp_path):
    corpus = SyntheticCorpus(seed=3)
    with Ledger(tmp_path / "small.db", create=True) as ledger:
        for document in corpus.documents(300):
            ledger.ingest(document)
        assert ledger.compare("soldats nord-coréens Russie")[0].count >= 1
        word = corpus.words[0]
        hits = ledger.quotes(search=word, limit=10)
        assert len(hits) == 10
        assert hits == sorted(hits, key=lambda h: h.published, reverse=True)
