"""Word cover, span overlap and one-to-one matching."""

from __future__ import annotations

import pytest

from claimledger.evaluate.match import match_one_to_one, overlap, word_cover


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        (
            "nous nous attendons à ce que cela se produise",
            "nous nous attendons à ce que cela se produise",
            1.0,
        ),
        ("nous n’avons pas encore vu", "nous n'avons pas encore vu", 1.0),
        ("la Corée du Nord", "la Coree du nord", 1.0),
        # 3 of 4 words shared: covers 3/4 of the gold and 3/3 of the prediction
        ("la ville tiendra bon", "la ville tiendra", 0.75),
        # the prediction is four times longer: the shared words cover a quarter of it
        ("la ville tiendra", "la ville tiendra et nous ne céderons pas, dit-il", 0.0),
        ("certaines", "«certaines» des troupes", 0.0),
        ("", "rien", 0.0),
    ],
)
def test_word_cover(gold: str, predicted: str, expected: float) -> None:
    assert word_cover(gold, predicted) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("a", "b", "near", "expected"),
    [
        ((0, 10), (5, 15), 0, 6),
        ((0, 10), (10, 15), 0, 0),
        ((0, 10), (12, 15), 3, 1),
        ((0, 10), (14, 15), 3, 0),
        (None, (0, 5), 3, 0),
    ],
)
def test_overlap(a, b, near: int, expected: int) -> None:
    assert overlap(a, b, near) == expected


def _equal(gold: str, predicted: str) -> float:
    return 1.0 if gold.rstrip("?") == predicted else 0.0


def test_each_prediction_is_used_once() -> None:
    pairs = match_one_to_one(["oui", "oui"], ["oui"], _equal, lambda g: False)
    assert pairs == {0: 0}


def test_an_optional_gold_item_never_takes_what_a_required_one_needs() -> None:
    # "oui?" is optional and comes first in the text, but the one prediction goes to "oui"
    pairs = match_one_to_one(["oui?", "oui"], ["oui"], _equal, lambda g: g.endswith("?"))
    assert pairs == {1: 0}


def test_the_best_score_wins_and_the_earliest_on_a_tie() -> None:
    scores = {("a", "x"): 0.5, ("a", "y"): 0.9, ("b", "x"): 0.7, ("b", "z"): 0.7}
    pairs = match_one_to_one(
        ["a", "b"], ["x", "y", "z"], lambda g, p: scores.get((g, p), 0.0), lambda g: False
    )
    assert pairs == {0: 1, 1: 0}
