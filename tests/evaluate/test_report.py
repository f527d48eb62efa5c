"""A folder of gold files, extracted, scored and printed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.evaluate import document_from_gold, evaluate_folder, format_report, load_gold
from claimledger.interfaces.cli import main
from claimledger.sources import InputError
from tests.conftest import DEVSET

SEED = DEVSET / "fr" / "seed"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A small gold folder: the seed, an article that is missing, and a broken gold file."""
    (tmp_path / "fr").mkdir()
    shutil.copy(SEED.with_suffix(".txt"), tmp_path / "fr" / "seed.txt")
    shutil.copy(SEED.with_suffix(".gold.json"), tmp_path / "fr" / "seed.gold.json")
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    gold.update(id="gone", article="gone.txt")
    (tmp_path / "fr" / "gone.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "broken.gold.json").write_text("{", encoding="utf-8")
    return tmp_path


def test_every_gold_file_is_scored_and_failures_are_all_misses(folder: Path) -> None:
    report = evaluate_folder(folder)
    assert [s.id for s in report.scores] == ["gone", "seed"]
    assert len(report.gold_errors) == 1 and "broken.gold.json" in report.gold_errors[0]
    gone = report.scores[0]
    assert gone.error is not None and "gone.txt" in gone.error
    assert gone.counts["quotes"].fn == 8
    totals = report.totals("fr")
    assert (totals.articles, totals.failed) == (2, 1)
    assert report.totals("en").articles == 0


def test_articles_may_lie_in_another_folder(folder: Path, tmp_path_factory) -> None:
    articles = tmp_path_factory.mktemp("articles")
    shutil.move(folder / "fr" / "seed.txt", articles / "seed.txt")
    report = evaluate_folder(folder, articles_dir=articles)
    assert [s.error is None for s in report.scores] == [False, True]


@pytest.fixture
def report(folder: Path, monkeypatch):
    """The report when extraction finds everything in the seed but its first quote."""
    import claimledger.pipeline

    def extract_paths(paths, options):
        path = Path(paths[0])
        if not path.exists():
            yield InputError(str(path), "No such file or directory")
            return
        gold = load_gold(path.with_name(path.stem + ".gold.json"))
        document = document_from_gold(gold, path.read_text(encoding="utf-8"))
        yield document.model_copy(update={"quotes": document.quotes[1:]})

    monkeypatch.setattr(claimledger.pipeline, "extract_paths", extract_paths)
    return evaluate_folder(folder)


def test_the_table_has_every_category_and_language(report) -> None:
    text = format_report(report)
    assert text.startswith("2 articles (fr 2, en 0)")
    for word in ("entities", "quotes", "statements", "amounts", "times", "fr P", "all F1"):
        assert word in text
    assert "amounts.counted" in text and "cleaning.boilerplate" in text
    assert "failed: gone:" in text
    assert "miss quotes" not in text


def test_verbose_lists_every_error(report) -> None:
    text = format_report(report, verbose=True)
    assert "seed (fr, " in text
    assert "  miss quotes: 'certaines'" in text
    assert "  miss entities: Lloyd Austin (PERSON)" in text


def test_markdown_is_a_table_for_the_readme(report) -> None:
    lines = format_report(report, fmt="markdown").splitlines()
    assert lines[2].startswith("| category | fr P | fr R | fr F1 |")
    assert lines[3].startswith("|---|")


def test_json_has_every_number(report) -> None:
    data = json.loads(format_report(report, fmt="json"))
    quotes = data["totals"]["all"]["counts"]["quotes"]
    assert (quotes["tp"], quotes["fp"], quotes["fn"]) == (7, 0, 9)
    assert (quotes["precision"], quotes["recall"]) == (1.0, 7 / 16)
    assert [a["id"] for a in data["articles"]] == ["gone", "seed"]


def test_an_unknown_format_is_an_error(report) -> None:
    with pytest.raises(ValueError, match="unknown report format"):
        format_report(report, fmt="html")


def test_the_evaluate_command_prints_the_table(folder: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(folder), "-v"])
    assert result.exit_code == 0, result.output
    assert "failed: gone:" in result.output
    assert "seed (fr, " in result.output
