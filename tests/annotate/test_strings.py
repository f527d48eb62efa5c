"""The shipped models keep only the strings their components refer to."""

from __future__ import annotations

import json

import pytest

from claimledger.annotate import load_pipeline, shipped_model_path
from claimledger.annotate.training.strings import needed_strings


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_shipped_string_table_is_what_the_components_need(lang: str) -> None:
    path = shipped_model_path(lang)
    assert path is not None
    shipped = json.loads((path / "vocab" / "strings.json").read_text(encoding="utf-8"))
    assert set(shipped) >= set(needed_strings(load_pipeline(lang)))
    assert len(shipped) < 3000  # not the tens of thousands of training words


def test_the_english_table_holds_no_training_vocabulary() -> None:
    path = shipped_model_path("en")
    assert path is not None
    shipped = set(json.loads((path / "vocab" / "strings.json").read_text(encoding="utf-8")))
    assert not shipped & {"Reuters", "Clinton", "Germany", "percent"}
