"""Every gold file of the development set: consistent with its article, and scorable.

A perfect document built from a gold file must score 1.0 everywhere: this checks the
scorer on real annotations, and the annotations against the scorer. A gold file that fails
the consistency check is listed in KNOWN_SLIPS (xfail, strict) until its author fixes it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.evaluate import (
    check_gold,
    document_from_gold,
    find_gold_files,
    load_gold,
    score_document,
)
from tests.conftest import DEVSET, assert_valid_document

GOLD_FILES = find_gold_files(DEVSET)

#: Gold files (relative to devset/) with annotation slips, and why; fixed by their authors.
KNOWN_SLIPS: dict[str, str] = {}


def _cases() -> list:
    cases = []
    for path in GOLD_FILES:
        name = path.relative_to(DEVSET).as_posix()
        marks = []
        if name in KNOWN_SLIPS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_SLIPS[name]))
        cases.append(pytest.param(path, id=name, marks=marks))
    return cases


def _article(path: Path) -> tuple:
    gold = load_gold(path)
    return gold, (path.parent / gold.article).read_text(encoding="utf-8")


def test_the_devset_has_the_seed() -> None:
    assert DEVSET / "fr" / "seed.gold.json" in GOLD_FILES


@pytest.mark.parametrize("path", _cases())
def test_gold_file_is_consistent_with_its_article(path: Path) -> None:
    gold, article = _article(path)
    assert check_gold(gold, article) == []


@pytest.mark.parametrize("path", _cases())
def test_a_perfect_document_scores_one_everywhere(path: Path) -> None:
    gold, article = _article(path)
    document = document_from_gold(gold, article)
    assert_valid_document(document)
    result = score_document(gold, document)
    assert [str(issue) for issue in result.issues] == []
    assert all(c.fp == c.fn == 0 for c in result.counts.values())
    assert all(a.value in (None, 1.0) for a in result.accuracies.values())


def test_the_shared_seed_is_the_devset_seed(shared: Path) -> None:
    gold = load_gold(shared / "seed" / "gold.json")
    article = (shared / "seed" / gold.article).read_text(encoding="utf-8")
    assert check_gold(gold, article) == []
    result = score_document(gold, document_from_gold(gold, article))
    assert result.issues == []


@pytest.fixture
def seed() -> tuple:
    return _article(DEVSET / "fr" / "seed.gold.json")


def test_deleting_one_quote_lowers_quote_recall_by_one_eighth(seed) -> None:
    gold, article = seed
    document = document_from_gold(gold, article)
    fewer = document.model_copy(update={"quotes": document.quotes[1:]})
    result = score_document(gold, fewer)
    quotes = result.counts["quotes"]
    assert (quotes.tp, quotes.fp, quotes.fn) == (7, 0, 1)
    assert quotes.recall == pytest.approx(7 / 8)
    assert quotes.precision == 1.0
    assert [str(i) for i in result.issues] == ["miss quotes: 'certaines'"]
    assert result.accuracies["quotes.speaker"].total == 7


def test_deleting_an_optional_time_changes_nothing(seed) -> None:
    gold, article = seed
    document = document_from_gold(gold, article)
    fewer = document.model_copy(
        update={"times": [t for t in document.times if t.text != "désormais"]}
    )
    assert len(fewer.times) == len(document.times) - 1
    assert score_document(gold, fewer).issues == []
