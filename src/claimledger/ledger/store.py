"""Store v1 documents in an SQLite ledger and read them back, one transaction per document."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from pydantic import ValidationError

from claimledger.contract import Amount, Document, Quote
from claimledger.ledger import browse, queries, speech
from claimledger.ledger import entities as entity_queries
from claimledger.ledger.derive import insert_ledger_rows, ledger_rows, rebuild_ledger_rows
from claimledger.ledger.schema import LedgerError, open_ledger
from claimledger.ledger.search import search_documents, search_records
from claimledger.ledger.tables import content_hash, document_rows, insert_rows, read_document

__all__ = ["Ledger", "LedgerError"]


class Ledger:
    """An SQLite ledger file: ``with Ledger(path, create=True) as ledger: ledger.ingest(doc)``.

    Opening checks the file (``LedgerError`` when missing, not a ledger, or from a newer
    claimledger) and applies pending schema migrations. Several processes may use one file
    at once: writes wait for each other (busy timeout), reads never wait (write-ahead log).
    ``read_only=True`` never writes the file (for browsing it): it must then be up to date.
    """

    def __init__(
        self, path: str | os.PathLike[str], create: bool = False, read_only: bool = False
    ) -> None:
        if create and read_only:
            raise ValueError("a ledger opened read-only cannot be created")
        self.path = os.fspath(path)
        self.read_only = read_only
        self._connection: sqlite3.Connection | None = open_ledger(self.path, create, read_only)
        try:
            self._rebuild_if_asked()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection (again is harmless)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def ingest(self, document: Document) -> bool:
        """Store ``document``, replacing an earlier version; False if stored already, as is."""
        # Rows are built before taking the write lock, so that it is held briefly.
        digest = content_hash(document)
        rows = document_rows(document, digest)
        derived = ledger_rows(document)
        with self._transaction("IMMEDIATE") as connection:
            stored = connection.execute(
                "SELECT content_hash FROM documents WHERE doc_id = ?", (document.doc_id,)
            ).fetchone()
            if stored is not None and stored[0] == digest:
                return False
            # The old version goes with all its rows (ON DELETE CASCADE), then the new one comes.
            connection.execute("DELETE FROM documents WHERE doc_id = ?", (document.doc_id,))
            insert_rows(connection, rows)
            insert_ledger_rows(connection, derived)
        return True

    def delete(self, doc_id: str) -> bool:
        """Remove document ``doc_id`` and every row extracted from it; False if it was not there."""
        with self._transaction("IMMEDIATE") as connection:
            cursor = connection.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            return cursor.rowcount > 0

    def get(self, doc_id: str) -> Document | None:
        """The stored document ``doc_id`` as v1, exactly as ingested, or None."""
        with self._transaction() as connection:
            try:
                return read_document(connection, doc_id)
            except ValidationError as error:
                # Rows edited by hand (sqlite3, Datasette) can break the contract's rules.
                reason = error.errors()[0]["msg"]
                message = f"{self.path}: document {doc_id!r} is stored broken ({reason})"
                raise LedgerError(message) from error

    def doc_ids(self) -> list[str]:
        """The ids of the stored documents, sorted."""
        with self._transaction() as connection:
            rows = connection.execute("SELECT doc_id FROM documents ORDER BY doc_id")
            return [row[0] for row in rows]

    def count(self) -> int:
        """How many documents are stored."""
        with self._transaction() as connection:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]

    def search_text(self, words: str, limit: int | None = None) -> list[str]:
        """Ids of the documents whose title or text holds every word (any case, any accents)."""
        with self._transaction() as connection:
            return search_documents(connection, words, limit)

    def search_quotes(self, words: str, limit: int | None = None) -> list[tuple[str, Quote]]:
        """(doc_id, quote) of the quotes holding every word (any case or accents), best first."""
        with self._transaction() as connection:
            return search_records(connection, "quotes", words, limit)

    def search_amounts(self, words: str, limit: int | None = None) -> list[tuple[str, Amount]]:
        """(doc_id, amount) of the figures whose `counted` or `counted_key` holds every word."""
        with self._transaction() as connection:
            return search_records(connection, "amounts", words, limit)

    def compare(
        self, words: str, limit: int | None = 10, estimates: int | None = None
    ) -> list[queries.Quantity]:
        """The quantities whose words match ``words``, each with its estimates, spread and sources.

        ``limit`` caps the quantities (most estimated first); ``estimates`` keeps only the
        latest ones of each (the spread and sources always cover them all).
        """
        with self._transaction() as connection:
            return queries.compare(connection, words, limit, estimates)

    def sources(self, words: str, limit: int | None = 10) -> list[queries.Quantity]:
        """The quantities matching ``words``, with the sources that gave figures for each."""
        with self._transaction() as connection:
            return queries.sources(connection, words, limit)

    def quotes(
        self,
        speaker: str | None = None,
        search: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> list[speech.QuoteHit]:
        """Quotes by ``speaker`` (words of a name) and/or holding ``search``, newest first."""
        with self._transaction() as connection:
            return speech.quotes(connection, speaker, search, limit, offset)

    def statements(
        self,
        speaker: str | None = None,
        search: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> list[speech.QuoteHit]:
        """Statements (reported speech) by ``speaker`` and/or holding ``search``, newest first."""
        with self._transaction() as connection:
            return speech.statements(connection, speaker, search, limit, offset)

    def entities(
        self, search: str | None = None, limit: int | None = 50, offset: int = 0
    ) -> list[entity_queries.LedgerEntity]:
        """Entities across articles (same key, one entity), most documented first."""
        with self._transaction() as connection:
            return entity_queries.list_entities(connection, search, limit, offset)

    def entity(self, key: str, limit: int | None = 50, offset: int = 0) -> browse.EntityPage | None:
        """Entity ``key`` across articles (its articles paged), or None if no article names it."""
        with self._transaction() as connection:
            return browse.entity_page(connection, key, limit, offset)

    def overview(self) -> browse.Overview:
        """How many documents, entities, quotes, figures... the ledger holds."""
        with self._transaction() as connection:
            return browse.overview(connection)

    def documents(self, limit: int | None = 50, offset: int = 0) -> list[browse.DocumentInfo]:
        """Stored articles without their text, newest first."""
        with self._transaction() as connection:
            return browse.list_documents(connection, limit, offset)

    def quantities(self, limit: int | None = 50, offset: int = 0) -> list[browse.QuantityInfo]:
        """Quantities with the most estimates first."""
        with self._transaction() as connection:
            return browse.top_quantities(connection, limit, offset)

    def estimate_sources(self, limit: int | None = 50, offset: int = 0) -> list[browse.SourceInfo]:
        """Sources of figures across quantities, those with the most estimates first."""
        with self._transaction() as connection:
            return browse.top_sources(connection, limit, offset)

    def merge_entities(self, keep: str, merge: str) -> str:
        """Record that key ``merge`` names the same referent as ``keep``; the key kept."""
        with self._transaction("IMMEDIATE") as connection:
            return entity_queries.merge_entities(connection, keep, merge)

    def rebuild_ledger_rows(self) -> int:
        """Derive the cross-article rows of every document again; how many documents."""
        with self._transaction("IMMEDIATE") as connection:
            return rebuild_ledger_rows(connection)

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection, inside one read transaction (one snapshot): for exports and queries."""
        with self._transaction() as connection:
            yield connection

    def _rebuild_if_asked(self) -> None:
        """Derive the rows a migration left to build (documents stored before version 2)."""
        asked = "SELECT 1 FROM ledger_state WHERE name = 'rebuild'"
        with self._transaction() as connection:
            if connection.execute(asked).fetchone() is None:
                return
        if self.read_only:
            raise LedgerError(
                f"{self.path}: its cross-article rows must be built first (open it once for"
                f" writing, e.g. claimledger entities --db {self.path})"
            )
        with self._transaction("IMMEDIATE") as connection:
            # Asked again under the write lock: another process may have rebuilt meanwhile.
            if connection.execute(asked).fetchone() is not None:
                rebuild_ledger_rows(connection)

    @contextmanager
    def _transaction(self, mode: str = "DEFERRED") -> Iterator[sqlite3.Connection]:
        """One transaction: committed at the end, rolled back on any exception.

        Reads run in one too, so that a document is read from one snapshot even while
        another process replaces it. ``IMMEDIATE`` takes the write lock at once.
        """
        connection = self._connection
        if connection is None:
            raise LedgerError(f"{self.path}: the ledger is closed")
        try:
            connection.execute(f"BEGIN {mode}")
        except sqlite3.Error as error:
            raise LedgerError(f"{self.path}: {error}") from error
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise LedgerError(f"{self.path}: {error}") from error
            raise
