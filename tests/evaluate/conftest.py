"""Fixtures of the evaluation tests."""

from __future__ import annotations

import pytest

from claimledger.evaluate import Gold
from tests.evaluate.tiny import make_gold


@pytest.fixture
def gold() -> Gold:
    """The tiny gold file as given."""
    return make_gold()
