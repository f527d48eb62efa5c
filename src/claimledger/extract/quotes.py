"""Find quotes in an annotated article (not yet implemented: finds none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.contract import Quote

if TYPE_CHECKING:
    from claimledger.extract import Findings


def extract_quotes(findings: Findings) -> list[Quote]:
    """The quotes of the article; empty until this extractor is built."""
    return []
