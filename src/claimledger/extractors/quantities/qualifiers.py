"""How sure a figure is, from the words around it, and ranges of two figures.

1. Words before the figure (``quelque``, ``jusqu'à``, ``plus de``, ``at least``) give its
   qualifier and belong to its text; ``jusqu'à`` after a verb of change means "to", not
   "up to" (``baisser jusqu'à 9,9``). Verb cues (``dépasser les``) qualify without belonging.
2. Words after it (``ou plus``, ``environ``, ``or more``) do the same.
3. Two figures joined as a range (``entre 8 000 et 10 000``, ``de 5 à 7``, ``8-10 000``,
   ``trois ou quatre``) become one, with ``low``, ``high`` and the midpoint as value; the
   first takes the multiplier and unit of the second (``30 à 50 milliards de dollars``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extractors.quantities.data import AmountData, alternation, fold, load_amount_data
from claimledger.extractors.quantities.quantity import Quantity

#: Qualifiers that bound a figure from above and from below.
_UPPER = ("up_to", "less_than")
_LOWER = ("at_least", "more_than")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_CONVERSION = re.compile(r"\s*\(\s*")


def find_qualifier_before(quantity: Quantity, text: str, data: AmountData, floor: int) -> None:
    """Note the qualifier words right before ``quantity`` (not yet applied)."""
    patterns = _patterns(data.code)
    lo = max(floor, quantity.start - 40)
    for qualifier, pattern in patterns.before.items():
        match = pattern.search(text, lo, quantity.start)
        if match and not _after_change_verb(text, match.start(), qualifier, data, floor):
            quantity.qualifier_match = (match.start(), match.end(), qualifier)
            return
    for qualifier, pattern in patterns.cues.items():
        match = pattern.search(text, lo, quantity.start)
        if match:
            quantity.qualifier_match = (quantity.start, quantity.start, qualifier)
            return


def apply_qualifiers(quantity: Quantity, text: str, data: AmountData) -> None:
    """Set the qualifier from the words before or after, widening the span over them."""
    if quantity.qualifier == "range":
        return
    if quantity.qualifier_match:
        start, _, qualifier = quantity.qualifier_match
        quantity.start = min(start, quantity.start)
        quantity.qualifier = qualifier
    else:
        for qualifier, pattern in _patterns(data.code).after.items():
            match = pattern.match(text, quantity.end)
            if match:
                quantity.qualifier = qualifier
                quantity.end = match.end()
                break
    set_bounds(quantity)


def set_bounds(quantity: Quantity) -> None:
    """``high`` for up_to and less_than, ``low`` for at_least and more_than."""
    if quantity.qualifier in _UPPER:
        quantity.high = quantity.value
    elif quantity.qualifier in _LOWER:
        quantity.low = quantity.value


def merge_ranges(quantities: list[Quantity], text: str, data: AmountData) -> list[Quantity]:
    """The figures with every range of two (``entre 600 et 800``) made one."""
    merged: list[Quantity] = []
    for quantity in quantities:
        previous = merged[-1] if merged else None
        if previous and _joins(previous, quantity, text, data):
            merged[-1] = _range(previous, quantity, text, data)
        else:
            merged.append(quantity)
    return merged


def _joins(first: Quantity, second: Quantity, text: str, data: AmountData) -> bool:
    """Whether ``first`` and ``second`` are the two ends of one range."""
    if first.qualifier == "range" or second.qualifier_match:
        return False
    if first.unit and first.unit != second.unit:
        return False
    if first.scale != 1 and first.scale != second.scale:
        return False
    patterns = _patterns(data.code)
    gap = text[first.end : second.start]
    opener = patterns.opener.search(text, max(0, first.start - 12), first.start)
    if opener and patterns.closer.fullmatch(gap):
        if _after_change_verb(text, opener.start(), "range", data, 0):
            return False
        return _scaled_low(first, second) < second.value
    approximate = first.qualifier_match and first.qualifier_match[2] == "approximately"
    if first.unit or (first.qualifier_match and not approximate):
        return False
    if not patterns.bare.fullmatch(gap):
        return False
    if _after_change_verb(text, first.start, "range", data, 0):
        return False
    return _scaled_low(first, second) < second.value


def _scaled_low(first: Quantity, second: Quantity) -> float:
    """The low end as meant: ``8-10 000`` is 8 000, ``30 à 50 milliards`` is 30 milliards."""
    if first.scale == 1 and second.scale != 1:
        return first.value * second.scale
    if second.groups > first.groups and first.value * 1000 <= second.value:
        return first.value * 1000 ** (second.groups - first.groups)
    return first.value


def _range(first: Quantity, second: Quantity, text: str, data: AmountData) -> Quantity:
    """One figure for the range from ``first`` to ``second``."""
    low, high = _scaled_low(first, second), second.value
    start = first.qualifier_match[0] if first.qualifier_match else first.start
    opener = _patterns(data.code).opener_in_text.search(text, max(0, start - 12), start)
    if opener:
        start = opener.start()
    second.start, second.number_start = start, first.number_start
    second.low, second.high = low, high
    second.value = (low + high) / 2
    second.qualifier, second.qualifier_match = "range", None
    return second


def _after_change_verb(text: str, start: int, qualifier: str, data: AmountData, floor: int) -> bool:
    """Whether the word before ``start`` is a verb of change (``baisser jusqu'à``)."""
    if qualifier not in ("up_to", "range"):
        return False
    match = _WORD_BEFORE.search(text, max(floor, start - 30), start)
    if not match:
        return False
    word = fold(match.group(1))
    return any(word.startswith(stem) for stem in data.table["qualifiers"]["change_stems"])


@dataclass(frozen=True)
class _Patterns:
    before: dict[str, re.Pattern]
    cues: dict[str, re.Pattern]
    after: dict[str, re.Pattern]
    opener: re.Pattern
    opener_in_text: re.Pattern
    closer: re.Pattern
    bare: re.Pattern
    listed: re.Pattern


@cache
def _patterns(code: str) -> _Patterns:
    """The qualifier and range patterns of language ``code``."""
    table = load_amount_data(code).table
    qualifiers, ranges = table["qualifiers"], table["ranges"]
    pairs = ranges["pairs"]
    return _Patterns(
        before={q: re.compile(alternation(w) + r"\s*$") for q, w in qualifiers["before"].items()},
        cues={q: re.compile(alternation(w) + r"\s*$") for q, w in qualifiers["cues"].items()},
        after={q: re.compile(r"\s*" + alternation(w)) for q, w in qualifiers["after"].items()},
        opener=re.compile(alternation([p[0] for p in pairs]) + r"\s*$"),
        opener_in_text=re.compile(alternation(ranges["openers_in_text"]) + r"\s*$"),
        closer=re.compile(r"\s*" + alternation([p[1] for p in pairs]) + r"\s*"),
        bare=re.compile(r"\s*" + alternation(ranges["bare"]) + r"\s*"),
        listed=re.compile(r"\s*" + alternation([*ranges["bare"], *(p[1] for p in pairs)]) + r"\s*"),
    )


def apply_conversions(quantities: list[Quantity], text: str) -> None:
    """A conversion in brackets (``50 000 dollars (46 000 euros)``) keeps the qualifier."""
    for first, second in zip(quantities, quantities[1:], strict=False):
        if not (first.unit and second.unit and first.unit != second.unit):
            continue
        if second.qualifier == "exact" and _CONVERSION.fullmatch(text[first.end : second.start]):
            second.qualifier = first.qualifier
            set_bounds(second)


def share_units(quantities: list[Quantity], text: str, data: AmountData) -> None:
    """``36 et 31 %``, ``de 9,5 à 9,7 %``: a bare number takes the unit and scale of the next."""
    bare = _patterns(data.code).listed
    for first, second in zip(quantities, quantities[1:], strict=False):
        if first.unit or first.scale != 1 or first.qualifier == "range":
            continue
        if not (second.unit or second.scale != 1) or not bare.fullmatch(
            text[first.end : second.start]
        ):
            continue
        first.unit = second.unit
        if second.scale != 1:
            first.value *= second.scale
            first.scale = second.scale
        set_bounds(first)
