"""The ledger commands, end to end: compare, sources, quotes, entities, export, delete."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.interfaces.cli import main
from claimledger.ledger import Ledger
from tests.conftest import SEED_TEXT, assert_valid_document
from tests.ledger.articles import SEED_ID, later_documents, seed_document

SEED_SOURCES = ["administration Biden", "États-Unis", "Séoul", "Ukraine"]


@pytest.fixture()
def run():
    """Run the CLI in-process; returns the click Result (stdout and stderr apart)."""
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A ledger file holding the hand-built seed and the later articles."""
    path = tmp_path / "ledger.db"
    with Ledger(path, create=True) as ledger:
        for document in [seed_document(), *later_documents()]:
            assert_valid_document(document)
            ledger.ingest(document)
    return str(path)


def test_compare_prints_the_seed_estimates_with_sources_spread_and_latest(run, db):
    result = run("compare", "soldats nord-coreens", "--db", db)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("soldats nord-coréens · Russie — 7 estimates from 5 sources")
    for line in [
        "2024-10-31   administration Biden  about 8 000",
        "2024-10-31*  États-Unis            about 10 000",
        "2024-10-31*  Séoul                 11 000",
        "2024-10-31*  Ukraine               up to 12 000",
        "2024-11-18   Ukraine               11 000–12 000",
    ]:
        assert line in out
    assert "spread: 8 000 to 12 000" in out
    assert "lowest:  administration Biden (about 8 000, 2024-10-31)" in out
    assert "latest estimate per source:" in out
    assert "soldats nord-coréens tués ou blessés · Koursk" in out


def test_compare_as_json_and_csv(run, db):
    data = json.loads(run("compare", "soldats nord-coréens", "--db", db, "--format", "json").stdout)
    first = data["quantities"][0]
    assert data["query"] == "soldats nord-coréens"
    assert [e["source"] for e in first["estimates"][:4]] == SEED_SOURCES
    assert first["lowest"][0]["value"] == 8000
    text = run("compare", "troupes nord-coréennes", "--db", db, "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["source"] for r in rows[:4]] == SEED_SOURCES
    assert [r["qualifier"] for r in rows[:4]] == [
        "approximately",
        "approximately",
        "exact",
        "up_to",
    ]


def test_compare_draws_the_plot(run, db, tmp_path):
    picture = tmp_path / "soldats.svg"
    result = run("compare", "soldats nord-coréens", "--db", db, "--plot", str(picture))
    assert result.exit_code == 0
    root = ElementTree.fromstring(picture.read_text(encoding="utf-8"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    bad = run("compare", "soldats", "--db", db, "--plot", str(tmp_path / "no" / "x.svg"))
    assert bad.exit_code == 1
    assert "cannot write the plot" in bad.stderr


def test_compare_estimates_option_keeps_the_latest(run, db):
    out = run(
        "compare", "soldats nord-coréens", "--db", db, "--estimates", "2", "--limit", "1"
    ).stdout
    assert "… and 5 earlier estimates" in out
    assert "tués ou blessés" not in out


@pytest.mark.parametrize(
    "query", ['"', "%", "*", "'; DROP TABLE amounts; --", "NEAR(a b)", "soldats OR x", "terms:x"]
)
def test_hostile_queries_are_words(run, db, query):
    result = run("compare", query, "--db", db)
    assert result.exit_code == 0
    assert result.stdout.startswith("No quantity matches")
    assert run("compare", "soldats", "--db", db).stdout.count("estimates from") == 3


def test_sources(run, db):
    out = run("sources", "soldats nord-coréens", "--db", db).stdout
    assert "Séoul                 2          2024-10-31  2024-11-05  about 11 000" in out
    data = json.loads(run("sources", "soldats", "--db", db, "--format", "json").stdout)
    assert len(data["quantities"][0]["sources"]) == 5


def test_quotes(run, db):
    out = run("quotes", "--db", db, "--speaker", "blinken").stdout
    assert out.startswith("2024-10-31  Antony Blinken (a déclaré) — radio-canada-2024-10-31")
    assert "«nous n’avons pas encore vu ces troupes" in out
    data = json.loads(
        run("quotes", "--db", db, "--search", "coopération", "--format", "json").stdout
    )
    assert [q["speaker"] for q in data["quotes"]] == ["Cho Tae-yul"]
    rows = list(csv.DictReader(io.StringIO(run("quotes", "--db", db, "--speaker", "Cho",
                                              "--format", "csv").stdout)))  # fmt: skip
    assert len(rows) == 3
    assert run("quotes", "--db", db, "--search", "licorne").stdout == "No quote found.\n"
    usage = run("quotes", "--db", db)
    assert usage.exit_code == 2
    assert "give --speaker NAME, --search WORDS, or both" in usage.stderr


def test_entities_and_merge(run, db):
    out = run("entities", "--db", db, "--limit", "2").stdout.splitlines()
    assert out[0].split() == ["key", "name", "type", "articles", "mentions", "merged", "keys",
                              "descriptions"]  # fmt: skip
    assert out[1].split()[:5] == ["GPE:russie", "Russie", "GPE", "4", "6"]
    merged = run("entities", "--db", db, "--merge", "GPE:etats unis", "GPE:washington")
    assert merged.exit_code == 0
    assert "merged: GPE:washington → GPE:etats unis" in merged.stderr
    assert "GPE:etats unis  États-Unis  GPE   2" in merged.stdout
    wrong = run("entities", "--db", db, "--merge", "GPE:etats unis", "GPE:atlantide")
    assert wrong.exit_code == 1
    assert "no entity with key 'GPE:atlantide'" in wrong.stderr
    latest = run("compare", "soldats nord-coréens", "--db", db).stdout
    assert "Washington" not in latest.split("latest estimate per source:")[1]


def test_export_documents_and_tables(run, db, tmp_path):
    target = tmp_path / "ledger.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "-o", str(target)).exit_code == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6
    for line in lines:
        assert_valid_document(json.loads(line))
    folder = tmp_path / "csv"
    result = run("export", "--db", db, "--format", "csv", "-o", str(folder))
    assert result.exit_code == 0
    assert "estimates 11" in result.stderr
    assert (folder / "quantities.csv").read_text(encoding="utf-8").startswith("rowid,key,")


def test_delete(run, db):
    assert run("delete", SEED_ID, "--db", db).exit_code == 0
    out = run("compare", "soldats nord-coréens", "--db", db).stdout
    assert "3 estimates from 3 sources" in out
    again = run("delete", SEED_ID, "--db", db)
    assert again.exit_code == 1
    assert f"no document '{SEED_ID}'" in again.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["compare", "x"], ["sources", "x"], ["quotes", "--search", "x"], ["entities"],
        ["export", "--format", "csv", "-o", "out"], ["delete", "x"],
    ],
)  # fmt: skip
def test_missing_or_corrupt_ledger_is_a_one_line_error(run, tmp_path, command):
    missing = run(*command, "--db", str(tmp_path / "missing.db"))
    assert missing.exit_code == 1
    assert missing.stderr == f"Error: {tmp_path / 'missing.db'}: no ledger here\n"
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"not a database at all" * 100)
    result = run(*command, "--db", str(corrupt))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {corrupt}: not a claimledger ledger")
    assert result.stderr.count("\n") == 1


ARTICLES = {
    "a.txt": "Selon Séoul, environ 11 000 soldats nord-coréens se trouvent en Russie.",
    "b.txt": "Le 18 novembre, l'Ukraine a affirmé que 12 000 soldats nord-coréens sont en Russie.",
    "c.txt": "Washington estime que 12 000 soldats nord-coréens sont en Russie, dit le Pentagone.",
}


def test_two_ingest_processes_at_once_both_succeed(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "shared.db"
    command = [sys.executable, "-m", "claimledger.interfaces.cli", "ingest", "--published",
               "2024-11-20", "--db", str(db)]  # fmt: skip
    shares = [
        [str(SEED_TEXT), str(tmp_path / "a.txt")],
        [str(tmp_path / n) for n in ("b.txt", "c.txt")],
    ]
    processes = [subprocess.Popen([*command, *share], stderr=subprocess.PIPE, text=True)
                 for share in shares]  # fmt: skip
    outcomes = [(p.wait(timeout=300), p.stderr.read()) for p in processes]
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    with Ledger(db) as ledger:
        assert ledger.count() == 4
        for doc_id in ledger.doc_ids():
            assert_valid_document(ledger.get(doc_id))
