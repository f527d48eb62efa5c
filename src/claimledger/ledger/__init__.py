"""Documents ↔ SQLite: the embedded ledger of everything extracted."""

from __future__ import annotations

from claimledger.ledger.store import Ledger, LedgerError

__all__ = ["Ledger", "LedgerError"]
