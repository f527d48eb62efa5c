"""Shared fixtures: paths to the data, and the JSON Schema every document must follow."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from claimledger.contract import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCHEMA_PATH = ROOT / "schema" / "document-v1.schema.json"
SEED_TEXT = ROOT / "samples" / "radio-canada-2024-10-31.txt"
DEVSET = ROOT / "devset"

_VALIDATOR = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def assert_valid_document(document: Document | dict) -> dict:
    """Check ``document`` against the JSON Schema and the offset rule; return it as data."""
    data = document.to_dict() if isinstance(document, Document) else document
    _VALIDATOR.validate(data)
    text = data["text"]
    spans = [m for e in data["entities"] for m in e["mentions"]]
    spans += data["quotes"] + data["statements"] + data["amounts"] + data["times"]
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
    return data


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; tests that need it are skipped where it is absent."""
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article, as bundled in samples/."""
    return SEED_TEXT.read_text(encoding="utf-8")
