"""Find entities in an annotated article (not yet implemented: finds none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.contract import Entity

if TYPE_CHECKING:
    from claimledger.extract import Findings


def extract_entities(findings: Findings) -> list[Entity]:
    """The entities of the article; empty until this extractor is built."""
    return []
