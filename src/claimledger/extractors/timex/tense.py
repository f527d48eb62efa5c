"""The tense around a time expression, from word forms: tells ``jeudi`` past from ``jeudi`` next."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from claimledger.extractors.timex.grammar import Grammar

TenseOf = Callable[[int, int], "str | None"]
Cue = tuple[int, int, str]

_SENTENCE_END = re.compile(r"[.!?\u2026]+[\s\u00bb\"]+(?=\S)|\n+")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans of ``text``: enough to keep a cue in its sentence."""
    bounds, start = [], 0
    for found in _SENTENCE_END.finditer(text):
        bounds.append((start, found.end()))
        start = found.end()
    bounds.append((start, len(text)))
    return bounds


def nearest_cue(cues: list[Cue], start: int, end: int, low: int, high: int) -> str | None:
    """The tense of the cue nearest ``[start:end]`` within ``[low:high]``, if any."""
    best: tuple[int, int, str] | None = None
    for cue_start, cue_end, tense in cues:
        if cue_start < low or cue_end > high or start <= cue_start < end:
            continue
        distance = start - cue_end if cue_end <= start else cue_start - end
        # on a tie the cue starting later is the narrower one ("prévue" within "est prévue")
        if best is None or (distance, -cue_start) < best[:2]:
            best = (distance, -cue_start, tense)
    return best[2] if best else None


def cue_tense(text: str, grammar: Grammar) -> TenseOf:
    """A function giving the tense of the verb forms nearest a span, from the language's cues."""
    cues = sorted(
        (found.start(), found.end(), tense)
        for tense, regex in grammar.tense.items()
        for found in regex.finditer(text)
    )
    bounds = sentence_bounds(text)
    starts = [low for low, _ in bounds]

    def tense_of(start: int, end: int) -> str | None:
        low, high = bounds[max(0, bisect_right(starts, start) - 1)]
        return nearest_cue(cues, start, end, low, high)

    return tense_of
