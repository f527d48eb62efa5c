"""Who asserts a figure, when it holds and where: from the statements, times and places found.

1. Source: the innermost statement whose asserted text holds the figure gives its speaker,
   speaker text and id; a figure outside every statement is the writer's (all null).
2. Time: a time of the same sentence resolved to a calendar value (``2024-10-31``, not
   ``PRESENT_REF`` or ``FUTURE_REF``), dates and clock times first, then the nearest one.
3. Location: a place (GPE or LOC mention) in the figure's clause, introduced by a location
   preposition (``en Russie``, ``à Koursk``, ``in the town of Yeoncheon``) or taken out of
   what it counts (``les 8000 soldats de Koursk``); the nearest, after the figure first.
4. Repeats: a figure with the value and unit of an earlier one, counting the same thing (or
   part of its phrase), restates it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.contract import Amount, Entity, Statement, Time
from claimledger.extractors.quantities.data import AmountData, alternation, load_amount_data
from claimledger.extractors.quantities.quantity import Quantity

_PLACE_TYPES = ("GPE", "LOC")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]")
#: Words allowed between a location preposition and the place: ``in the town of``.
_PREPOSITION_REACH = 4


@dataclass(frozen=True)
class Attribution:
    """The attribution fields of one figure."""

    source: str | None = None
    source_text: str | None = None
    statement: str | None = None
    time: str | None = None
    location: str | None = None


@dataclass(frozen=True)
class Place:
    """One mention of a place entity."""

    start: int
    end: int
    entity: str


def place_mentions(entities: list[Entity]) -> list[Place]:
    """Every mention of a GPE or LOC entity, in text order."""
    places = [
        Place(m.start, m.end, e.id) for e in entities if e.type in _PLACE_TYPES for m in e.mentions
    ]
    return sorted(places, key=lambda p: p.start)


def attribute(
    quantity: Quantity,
    text: str,
    sentence: tuple[int, int],
    findings_parts: tuple[list[Statement], list[Time], list[Place]],
    data: AmountData,
) -> Attribution:
    """The source, statement, time and location of ``quantity``."""
    statements, times, places = findings_parts
    statement = _statement_of(quantity, statements)
    return Attribution(
        source=statement.speaker if statement else None,
        source_text=statement.speaker_text if statement else None,
        statement=statement.id if statement else None,
        time=_time_of(quantity, sentence, times),
        location=_location_of(quantity, text, sentence, places, data),
    )


def _statement_of(quantity: Quantity, statements: list[Statement]) -> Statement | None:
    """The innermost statement holding the figure's number."""
    holding = [
        s for s in statements if s.start <= quantity.number_start and quantity.number_end <= s.end
    ]
    return min(holding, key=lambda s: s.end - s.start) if holding else None


def _time_of(quantity: Quantity, sentence: tuple[int, int], times: list[Time]) -> str | None:
    """The best time of the figure's sentence: resolved, calendar first, nearest."""
    candidates = [
        t
        for t in times
        if sentence[0] <= t.start and t.end <= sentence[1] and (t.value or "")[:1].isdigit()
    ]
    if not candidates:
        return None

    def rank(time: Time) -> tuple[int, int, int]:
        calendar = 0 if time.type in ("DATE", "TIME") else 1
        distance = min(abs(time.start - quantity.end), abs(quantity.start - time.end))
        return calendar, distance, time.start

    return min(candidates, key=rank).id


def _location_of(
    quantity: Quantity, text: str, sentence: tuple[int, int], places: list[Place], data
) -> str | None:
    """The place of the figure's clause introduced by a location preposition."""
    if quantity.location_hint is not None:
        hinted = [p for p in places if (p.start, p.end) == quantity.location_hint]
        if hinted:
            return hinted[0].entity
    preposition = _preposition_pattern(data.code)
    candidates = []
    for place in places:
        if not (sentence[0] <= place.start and place.end <= sentence[1]):
            continue
        if place.start >= quantity.end:
            low, high, after = quantity.end, place.start, True
        elif place.end <= quantity.start:
            low, high, after = place.end, quantity.start, False
        else:
            continue
        if _CLAUSE_BREAK.search(text, low, high):
            continue
        if preposition.search(text, max(sentence[0], place.start - 40), place.start):
            candidates.append((0 if after else 1, high - low, place.entity))
    return min(candidates)[2] if candidates else None


@cache
def _preposition_pattern(code: str) -> re.Pattern:
    """A location preposition, then up to a few words, right before a place."""
    table = load_amount_data(code).table
    prepositions = alternation(table["counted"]["location_prepositions"])
    return re.compile(prepositions + rf"(?:\s+[\w'’-]+){{0,{_PREPOSITION_REACH - 1}}}?\s*$")


def find_repeats(amounts: list[Amount]) -> dict[str, str]:
    """Each amount restating an earlier one → the id of the first.

    A restatement has the value and unit of the earlier amount, and counts the same thing or
    part of its phrase (``les 8000 soldats`` after ``quelque 8000 soldats nord-coréens``).
    """
    repeats: dict[str, str] = {}
    for index, amount in enumerate(amounts):
        if not amount.counted_key:
            continue
        words = set(amount.counted_key.split())
        for earlier in amounts[:index]:
            if earlier.value != amount.value or earlier.unit != amount.unit:
                continue
            other = set((earlier.counted_key or "").split())
            if other and (words <= other or other <= words):
                repeats[amount.id] = repeats.get(earlier.id, earlier.id)
                break
    return repeats
