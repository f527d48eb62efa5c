"""Store v1 documents in SQLite and read them back (placeholder until the ledger is built)."""

from __future__ import annotations

from claimledger.contract import Document


class LedgerError(Exception):
    """The ledger file cannot be used (missing, corrupt, locked too long)."""


class Ledger:
    """An SQLite ledger file."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection."""

    def ingest(self, document: Document) -> bool:
        """Store ``document``, replacing any earlier version; True if anything changed."""
        raise NotImplementedError

    def get(self, doc_id: str) -> Document | None:
        """The stored document ``doc_id`` as v1, or None."""
        raise NotImplementedError
