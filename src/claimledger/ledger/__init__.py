"""Documents ↔ SQLite: the embedded ledger of everything extracted.

``Ledger(path, create=True)`` opens (or creates) a ledger file; ``Ledger(path)`` insists that
it exists. The tables are described in ``schema.sql`` (and in the file itself: ``.schema``).
"""

from __future__ import annotations

from claimledger.ledger.store import Ledger, LedgerError

__all__ = ["Ledger", "LedgerError"]
