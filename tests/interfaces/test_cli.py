"""The command line, end to end: what a user types, what they get back."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimledger.interfaces.cli import main
from tests.conftest import SEED_TEXT, assert_valid_document

SEED_LEAD = "Quelque 8000 soldats nord-coréens sont actuellement en Russie près de"


@pytest.fixture()
def run():
    """Run the CLI in-process; returns the click Result (stdout and stderr apart)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


def test_extract_seed_gives_a_valid_document_with_clean_metadata(run):
    result = run("extract", str(SEED_TEXT), "--published", "2024-10-31")
    assert result.exit_code == 0, result.stderr
    data = assert_valid_document(json.loads(result.stdout))
    assert data["title"] == "Quelque 8000 soldats nord-coréens sont actuellement en Russie."
    assert data["text"].startswith(SEED_LEAD)
    assert "Début du contenu principal" not in data["text"]
    assert data["language"] == "fr"
    assert data["published"] == "2024-10-31"


def test_extract_several_articles_prints_json_lines(run, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(
        "Le gouvernement a annoncé mardi une hausse des impôts de 3 %, selon le "
        "ministre des Finances, qui a déclaré que la mesure était nécessaire.",
        encoding="utf-8",
    )
    result = run("extract", str(SEED_TEXT), str(other), "--published", "2024-10-31")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    for line in lines:
        assert_valid_document(json.loads(line))


def test_extract_reads_standard_input(run, seed_text):
    result = run("extract", "-", "--published", "2024-10-31", input=seed_text)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "fr"


def test_one_bad_input_does_not_stop_the_batch(run, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    result = run("extract", str(empty), str(SEED_TEXT), str(missing))
    assert result.exit_code == 1
    assert len(result.stdout.strip().splitlines()) >= 1
    assert json.loads(result.stdout)["language"] == "fr"
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert str(empty) in errors[0] and str(missing) in errors[1]


def test_extract_writes_to_a_file(run, tmp_path):
    out = tmp_path / "seed.json"
    result = run("extract", str(SEED_TEXT), "--published", "2024-10-31", "-o", str(out))
    assert result.exit_code == 0
    assert_valid_document(json.loads(out.read_text(encoding="utf-8")))


def test_ingest_then_show_round_trips(run, tmp_path):
    db = tmp_path / "ledger.db"
    extracted = json.loads(run("extract", str(SEED_TEXT), "--published", "2024-10-31").stdout)
    result = run("ingest", str(SEED_TEXT), "--published", "2024-10-31", "--db", str(db))
    assert result.exit_code == 0, result.stderr
    again = run("ingest", str(SEED_TEXT), "--published", "2024-10-31", "--db", str(db))
    assert "unchanged" in again.stderr
    shown = run("show", extracted["doc_id"], "--db", str(db))
    assert shown.exit_code == 0
    assert json.loads(shown.stdout) == extracted
    summary = run("show", extracted["doc_id"], "--db", str(db), "--summary")
    assert summary.stdout.startswith("Quelque 8000 soldats")


def test_show_unknown_document_is_a_clear_error(run, tmp_path):
    db = tmp_path / "ledger.db"
    run("ingest", str(SEED_TEXT), "--db", str(db), "--published", "2024-10-31")
    result = run("show", "nope", "--db", str(db))
    assert result.exit_code != 0
    assert "nope" in result.stderr


def test_schema_command_prints_the_committed_schema(run):
    from tests.conftest import SCHEMA_PATH

    assert run("schema").stdout == SCHEMA_PATH.read_text(encoding="utf-8")


def test_every_command_has_help_with_an_example(run):
    for command in ("extract", "ingest", "show", "evaluate"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout
