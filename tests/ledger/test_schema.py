"""Ledger schema: checks on opening, migrations in one transaction, every column documented."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from claimledger.contract import Amount, Document, Entity, Quote, Statement, Time
from claimledger.ledger import Ledger, LedgerError, schema, tables
from claimledger.ledger.derive import CROSS_ARTICLE_TABLES


def _sqlite_file(path: Path, *statements: str) -> None:
    """An SQLite file at ``path`` made by ``statements``."""
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def test_missing_file_is_not_created_when_reading(ledger_path):
    with pytest.raises(LedgerError, match=r"ledger\.db: no ledger here$"):
        Ledger(ledger_path)
    assert not ledger_path.exists()


def test_create_makes_a_new_ledger(ledger_path):
    with Ledger(ledger_path, create=True) as ledger:
        assert ledger.count() == 0
    with Ledger(ledger_path) as ledger:
        assert ledger.count() == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "file is not a database"),
        ("Quelque 8000 soldats nord-coréens.\n".encode() * 200, "file is not a database"),
        (b'{"doc_id": "x"}\n', "file is not a database"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "file is not a database"),
    ],
)
@pytest.mark.parametrize("create", [False, True])
def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(ledger_path, content, reason, create):
    ledger_path.write_bytes(content)
    with pytest.raises(LedgerError, match=rf"ledger\.db: not a claimledger ledger \(.*{reason}"):
        Ledger(ledger_path, create=create)
    assert ledger_path.read_bytes() == content


@pytest.mark.parametrize("create", [False, True])
def test_another_sqlite_database_is_refused_and_left_alone(ledger_path, create):
    _sqlite_file(ledger_path, "CREATE TABLE birds (name TEXT)", "INSERT INTO birds VALUES ('tit')")
    content = ledger_path.read_bytes()
    with pytest.raises(LedgerError, match=r"not a claimledger ledger \(SQLite database with 1 "):
        Ledger(ledger_path, create=create)
    assert ledger_path.read_bytes() == content


def test_an_empty_file_is_refused_for_reading_and_used_for_creating(ledger_path):
    ledger_path.touch()
    with pytest.raises(LedgerError, match=r"not a claimledger ledger \(empty database\)"):
        Ledger(ledger_path)
    assert ledger_path.read_bytes() == b""
    with Ledger(ledger_path, create=True) as ledger:
        assert ledger.count() == 0


def test_a_ledger_from_a_newer_claimledger_is_refused(ledger_path):
    Ledger(ledger_path, create=True).close()
    _sqlite_file(ledger_path, f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    with pytest.raises(LedgerError, match="made by a newer claimledger"):
        Ledger(ledger_path)


def test_a_folder_or_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(LedgerError, match="cannot open a ledger here"):
        Ledger(tmp_path / "missing" / "ledger.db", create=True)
    with pytest.raises(LedgerError, match=f"{re.escape(str(tmp_path))}: "):
        Ledger(tmp_path, create=True)


def test_connection_settings(ledger):
    pragma = ledger._connection.execute
    assert pragma("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert pragma("PRAGMA foreign_keys").fetchone()[0] == 1
    assert pragma("PRAGMA busy_timeout").fetchone()[0] == 30_000
    assert pragma("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert pragma("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION


def test_a_failing_migration_leaves_nothing_behind(ledger_path, monkeypatch):
    # Version 2 applies version 1 again, which fails at its first CREATE TABLE.
    monkeypatch.setattr(schema, "MIGRATIONS", ("schema.sql", "schema.sql"))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    with pytest.raises(LedgerError, match="table documents already exists"):
        Ledger(ledger_path, create=True)
    with sqlite3.connect(ledger_path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    connection.close()


def test_a_failing_migration_keeps_the_documents(ledger_path, rich, monkeypatch):
    with Ledger(ledger_path, create=True) as ledger:
        ledger.ingest(rich)
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, "schema.sql"))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(LedgerError, match="already exists"):
        Ledger(ledger_path)
    monkeypatch.undo()
    with Ledger(ledger_path) as ledger:
        assert ledger.get(rich.doc_id) == rich


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("CREATE TABLE a (x); -- note; with a semicolon\nCREATE TABLE b (y);\n", 2),
        (
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\nEND;\n-- end\n",
            1,
        ),
        ("-- only a comment; nothing else\n\n", 0),
    ],
)
def test_split_statements(script, expected):
    assert len(list(schema.split_statements(script))) == expected


def test_split_statements_refuses_a_missing_semicolon():
    with pytest.raises(ValueError, match="unterminated"):
        list(schema.split_statements("CREATE TABLE a (x);\nCREATE TABLE b (y)\n"))


def _tables(ledger: Ledger) -> dict[str, str]:
    """Name and stored CREATE statement of every ordinary table."""
    rows = ledger._connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'"
    )
    return {name: sql for name, sql in rows if not re.search(r"_fts_", name)}


def test_every_table_and_column_is_documented_in_the_file(ledger):
    # Comments inside CREATE TABLE are kept in sqlite_master: `.schema` and Datasette show them.
    found = _tables(ledger)
    assert set(found) == {"documents", *tables.INSERT_ORDER, *CROSS_ARTICLE_TABLES}
    for name, sql in found.items():
        lines = sql.splitlines()
        assert lines[1].strip().startswith("--"), f"{name} has no description"
        columns = [row[1] for row in ledger._connection.execute(f"PRAGMA table_info({name})")]
        for column in columns:
            # A column added by ALTER TABLE is stored after the last: `a TEXT, b TEXT /* why */`.
            pattern = rf'(^\s*|,\s*)"?{column}"?\b.*?(--|/\*)\s*\S'
            assert any(re.search(pattern, line) for line in lines), f"{name}.{column} undocumented"


def test_columns_cover_every_field_of_the_contract():
    # When the contract gains a field, this fails until a migration stores it.
    records = {"times": Time, "statements": Statement, "quotes": Quote, "amounts": Amount}
    for table, record in records.items():
        assert set(tables.RECORD_COLUMNS[table]) == set(record.model_fields), table
    entity_fields = {"mentions", "descriptions", "link"} | set(tables.ENTITY_COLUMNS)
    assert set(Entity.model_fields) == entity_fields - {"position", "link_kb", "link_id"}
    lists = {"entities", "quotes", "statements", "amounts", "times"}
    document_fields = {f.alias or name for name, f in Document.model_fields.items()}
    assert document_fields == set(tables.DOCUMENT_COLUMNS) | lists


@pytest.mark.parametrize(
    ("index", "table", "columns"),
    [
        ("entities_key", "entities", ["key"]),
        ("amounts_counted_key", "amounts", ["counted_key"]),
        ("quotes_speaker", "quotes", ["doc_id", "speaker"]),
        ("times_value", "times", ["value"]),
        ("documents_published", "documents", ["published"]),
    ],
)
def test_indexes_for_the_cross_article_queries(ledger, index, table, columns):
    info = ledger._connection.execute(f"PRAGMA index_info({index})").fetchall()
    assert [row[2] for row in info] == columns
    plan = ledger._connection.execute(
        f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE "
        + " AND ".join(f'"{c}" = ?' for c in columns),
        ["x"] * len(columns),
    ).fetchall()
    assert index in str(plan)


def test_an_in_memory_ledger_for_notebooks_and_tests(rich):
    with Ledger(":memory:", create=True) as ledger:
        ledger.ingest(rich)
        assert ledger.get(rich.doc_id) == rich
