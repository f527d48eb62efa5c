"""Find times in an annotated article (not yet implemented: finds none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.contract import Time

if TYPE_CHECKING:
    from claimledger.extract import Findings


def extract_times(findings: Findings) -> list[Time]:
    """The times of the article; empty until this extractor is built."""
    return []
