"""The output contract: schema file up to date, integrity checks enforced."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from claimledger.contract import Document, Time, json_schema_text
from tests.conftest import SCHEMA_PATH, assert_valid_document


def test_committed_schema_is_generated_from_the_contract():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == json_schema_text(), (
        "run `make schema` and commit schema/document-v1.schema.json"
    )


def test_minimal_document_is_valid():
    document = Document(doc_id="x", language="fr", text="Bonjour.")
    data = assert_valid_document(document)
    assert data["schema"] == "claimledger/document@1"


def test_span_must_match_text():
    bad_time = Time(id="t1", start=0, end=5, text="jeudi")
    with pytest.raises(ValidationError, match="is not 'jeudi'"):
        Document(doc_id="x", language="fr", text="Hier soir.", times=[bad_time])


def test_span_outside_text_is_refused():
    bad_time = Time(id="t1", start=5, end=50, text="soir.")
    with pytest.raises(ValidationError, match="outside the text"):
        Document(doc_id="x", language="fr", text="Hier soir.", times=[bad_time])


def test_ids_must_be_unique():
    t = Time(id="t1", start=0, end=4, text="Hier")
    with pytest.raises(ValidationError, match="unique"):
        Document(doc_id="x", language="fr", text="Hier soir.", times=[t, t])


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError):
        Document(doc_id="x", language="fr", text="t", colour="red")


def test_round_trip_through_json():
    t = Time(id="t1", start=0, end=4, text="Hier", value="2024-10-30", anchor="published")
    document = Document(doc_id="x", language="fr", text="Hier soir.", times=[t])
    assert Document.model_validate_json(document.to_json()) == document
