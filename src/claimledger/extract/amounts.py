"""Find amounts in an annotated article (not yet implemented: finds none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.contract import Amount

if TYPE_CHECKING:
    from claimledger.extract import Findings


def extract_amounts(findings: Findings) -> list[Amount]:
    """The amounts of the article; empty until this extractor is built."""
    return []
