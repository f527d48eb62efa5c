"""Find statements in an annotated article (not yet implemented: finds none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.contract import Statement

if TYPE_CHECKING:
    from claimledger.extract import Findings


def extract_statements(findings: Findings) -> list[Statement]:
    """The statements of the article; empty until this extractor is built."""
    return []
