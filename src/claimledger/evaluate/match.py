"""One-to-one matching of gold items with predicted ones, and the similarity tests it uses."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from claimledger.evaluate.locate import fold
from claimledger.evaluate.names import strip_accents

G = TypeVar("G")
P = TypeVar("P")

#: A predicted amount may stand this many characters away from the gold one and still be
#: "near" it: a space or a sign between them, as in ``(`` ``8000``.
NEAR_CHARS = 3

#: Quotes and statements match when the words they share cover at least this share of each.
WORD_COVER = 0.5

_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    """The words of ``text``, lower-cased and without accents, with their counts."""
    return Counter(_WORD.findall(strip_accents(fold(text))))


def word_cover(gold: str, predicted: str) -> float:
    """The smaller share of either text's words that the other shares (0 when under half)."""
    gold_words, predicted_words = words(gold), words(predicted)
    if not gold_words or not predicted_words:
        return 0.0
    shared = sum((gold_words & predicted_words).values())
    cover = min(shared / sum(gold_words.values()), shared / sum(predicted_words.values()))
    return cover if cover >= WORD_COVER else 0.0


def overlap(a: tuple[int, int] | None, b: tuple[int, int], near: int = 0) -> int:
    """Characters ``a`` and ``b`` share, plus one; 0 when they share none.

    With ``near``, spans at most that many characters apart also count (as sharing 0).
    """
    if a is None:
        return 0
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared > 0:
        return shared + 1
    return 1 if near and shared >= -near else 0


def match_one_to_one(
    golds: Sequence[G],
    predicted: Sequence[P],
    score: Callable[[G, P], float],
    optional: Callable[[G], bool],
) -> dict[int, int]:
    """Pairs ``{gold index: predicted index}``, each item used at most once.

    Both lists are in text order. Gold items take their turn in that order, required ones
    first so an optional item never takes a prediction a required one needs; each takes the
    unused prediction with the highest positive score, the earliest one on a tie.
    """
    order = [i for i, g in enumerate(golds) if not optional(g)]
    order += [i for i, g in enumerate(golds) if optional(g)]
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for gold_index in order:
        best, best_score = None, 0.0
        for index, item in enumerate(predicted):
            if index in used:
                continue
            value = score(golds[gold_index], item)
            if value > best_score:
                best, best_score = index, value
        if best is not None:
            pairs[gold_index] = best
            used.add(best)
    return pairs
