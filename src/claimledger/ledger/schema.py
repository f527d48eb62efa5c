"""Open a ledger file: check that it is one, configure the connection, migrate its schema."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

# "cllg" in the SQLite header: tells a claimledger ledger from any other SQLite file.
APPLICATION_ID = 0x636C6C67
# Version n of the schema is reached by applying MIGRATIONS[n - 1] to version n - 1.
# Append new files (e.g. "migration-002.sql"); never edit one that has shipped.
MIGRATIONS = ("schema.sql", "migration-002.sql", "migration-003.sql", "migration-004.sql")
SCHEMA_VERSION = len(MIGRATIONS)
# Another process may hold the write lock while it stores a document: wait for it.
BUSY_TIMEOUT_S = 30.0


class LedgerError(Exception):
    """The ledger file cannot be used (missing, not a ledger, too new, locked too long)."""


def open_ledger(path: str, create: bool, read_only: bool = False) -> sqlite3.Connection:
    """A connection to the ledger at ``path``, schema up to date; created only if ``create``.

    ``read_only`` opens it without ever writing (SQLite ``mode=ro``, ``query_only``): nothing is
    migrated, so the file must already be at this claimledger's schema version.
    """
    memory = path == ":memory:"
    if not memory and not create and not Path(path).exists():
        raise LedgerError(f"{path}: no ledger here")
    try:
        # isolation_level=None: no implicit transactions, the store opens its own.
        connection = sqlite3.connect(
            path if memory else _uri(path, create, read_only),
            uri=not memory,
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,
        )
    except sqlite3.Error as error:
        raise LedgerError(f"{path}: cannot open a ledger here ({error})") from error
    try:
        _configure(connection)
        if read_only:
            connection.execute("PRAGMA query_only = ON")
            _check_current(connection, path)
        else:
            _check_and_migrate(connection, path, create)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise LedgerError(f"{path}: {_reason(error)}") from error
    except BaseException:
        connection.close()
        raise
    return connection


def _uri(path: str, create: bool, read_only: bool = False) -> str:
    """An SQLite URI for ``path``: ``rwc`` creates the file, ``rw`` insists that it exists,
    ``ro`` never writes it."""
    mode = "ro" if read_only else "rwc" if create else "rw"
    return Path(path).absolute().as_uri() + f"?mode={mode}"


def _reason(error: sqlite3.DatabaseError) -> str:
    """What to tell the user about a database error met while opening."""
    if isinstance(error, sqlite3.OperationalError):
        return str(error)
    # "file is not a database" and friends: the bytes are not an SQLite database.
    return f"not a claimledger ledger ({error})"


def _configure(connection: sqlite3.Connection) -> None:
    """Per-connection settings: wait for locks, enforce foreign keys."""
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    connection.execute("PRAGMA foreign_keys = ON")


def _read_state(connection: sqlite3.Connection) -> tuple[int, int, int]:
    """The file's application id, schema version and number of schema objects."""
    # One statement, so one snapshot: never a version from before a migration and tables after.
    return connection.execute(
        "SELECT (SELECT application_id FROM pragma_application_id),"
        " (SELECT user_version FROM pragma_user_version),"
        " (SELECT count(*) FROM sqlite_master)"
    ).fetchone()


def _check_state(path: str, state: tuple[int, int, int], create: bool) -> None:
    """Raise LedgerError unless ``state`` is a ledger this code can use, or an empty new file."""
    application_id, version, objects = state
    if application_id == APPLICATION_ID:
        if version > SCHEMA_VERSION:
            raise LedgerError(
                f"{path}: made by a newer claimledger (schema version {version}, "
                f"this one knows up to {SCHEMA_VERSION})"
            )
        return
    if (application_id, version, objects) == (0, 0, 0):
        if create:
            return
        raise LedgerError(f"{path}: not a claimledger ledger (empty database)")
    raise LedgerError(
        f"{path}: not a claimledger ledger (SQLite database with {objects} schema objects, "
        f"application_id {application_id})"
    )


def _check_and_migrate(connection: sqlite3.Connection, path: str, create: bool) -> None:
    """Check the file, then apply the missing migrations in one transaction."""
    _check_state(path, _read_state(connection), create)
    # Only now that the file is known to be ours (or new) may it be written to.
    _use_wal(connection)
    if _read_state(connection)[1] == SCHEMA_VERSION:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        # Checked again under the write lock: another process may have migrated meanwhile.
        state = _read_state(connection)
        _check_state(path, state, create)
        for version in range(state[1] + 1, SCHEMA_VERSION + 1):
            _apply(connection, MIGRATIONS[version - 1], version)
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _check_current(connection: sqlite3.Connection, path: str) -> None:
    """Raise LedgerError unless the file is a ledger at this code's schema version (read-only:
    an older one cannot be migrated here)."""
    state = _read_state(connection)
    _check_state(path, state, create=False)
    if state[1] < SCHEMA_VERSION:
        raise LedgerError(
            f"{path}: schema version {state[1]}, this claimledger reads version {SCHEMA_VERSION}"
            f" (open it once for writing to migrate it, e.g. claimledger entities --db {path})"
        )


def _use_wal(connection: sqlite3.Connection) -> None:
    """Switch the file to write-ahead logging, so that readers go on while one process writes."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL")  # stored in the file: once is enough
            return
        except sqlite3.OperationalError as error:
            # Two processes switching a new file at once: the loser is told "locked" at once,
            # without the busy timeout (SQLite avoids a deadlock), so it waits here instead.
            busy = error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _apply(connection: sqlite3.Connection, name: str, version: int) -> None:
    """Run migration file ``name`` inside the current transaction and record ``version``."""
    script = resources.files("claimledger.ledger").joinpath(name).read_text(encoding="utf-8")
    # Not executescript(): it would commit first, and a half-applied schema must roll back.
    for statement in split_statements(script):
        connection.execute(statement)
    connection.execute(f"PRAGMA user_version = {int(version)}")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def split_statements(script: str) -> Iterator[str]:
    """The SQL statements of ``script``, one at a time (trigger bodies kept whole)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        # complete_statement knows about comments, strings and BEGIN ... END bodies.
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""
    if _has_code(statement):
        raise ValueError(f"unterminated SQL statement: {statement.strip()[:60]!r}")


def _has_code(text: str) -> bool:
    """True if ``text`` holds more than blank lines and ``--`` comments."""
    return any(line.strip() and not line.strip().startswith("--") for line in text.splitlines())
