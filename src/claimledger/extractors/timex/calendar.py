"""Calendar arithmetic and TIMEX3 formatting: no language here, only dates and units."""

from __future__ import annotations

import re
from datetime import date, timedelta

# Calendar units a shift can move by, and the TIMEX3 letter of each duration unit.
UNITS = ("day", "week", "weekend", "month", "quarter", "half", "year", "decade", "century")
_MONTHS_IN = {"month": 1, "quarter": 3, "half": 6}
_DURATION_LETTER = {
    "Y": "Y",
    "Q": "Q",
    "M": "M",
    "W": "W",
    "D": "D",
    "H": "TH",
    "MIN": "TM",
    "S": "TS",
}
TENSE_REACH = 90  # days
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: str | None) -> date | None:
    """The date of an ISO date or datetime string, or None when there is none."""
    if not value:
        return None
    found = _DAY_VALUE.match(value)
    if not found:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def iso_week(day: date) -> str:
    """The TIMEX3 value of the ISO week holding ``day`` (``2024-W44``)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the first of its month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def shift(ref: date, unit: str, amount: int) -> str:
    """The TIMEX3 value of the ``unit`` that is ``amount`` units away from ``ref``."""
    if unit == "day":
        return (ref + timedelta(days=amount)).isoformat()
    if unit in ("week", "weekend"):
        value = iso_week(ref + timedelta(weeks=amount))
        return value + "-WE" if unit == "weekend" else value
    if unit in _MONTHS_IN:
        size = _MONTHS_IN[unit]
        index = (ref.year * 12 + ref.month - 1) // size + amount
        year, part = divmod(index, 12 // size)
        if unit == "month":
            return f"{year}-{part + 1:02d}"
        return f"{year}-{'Q' if unit == 'quarter' else 'H'}{part + 1}"
    if unit == "year":
        return str(ref.year + amount)
    if unit == "decade":
        return str(ref.year // 10 + amount)
    if unit == "century":
        return str(ref.year // 100 + amount)
    raise ValueError(f"unknown calendar unit {unit!r}")


def weekday_near(ref: date, weekday: int, direction: int) -> date:
    """The day named ``weekday`` (1 = Monday) around ``ref``.

    ``direction`` -1: on or before ``ref``; +1: on or after; -2 / +2: strictly before / after.
    """
    delta = weekday - ref.isoweekday()
    if direction in (-1, -2):
        back = (-delta) % 7
        return ref - timedelta(days=back or (7 if direction == -2 else 0))
    ahead = delta % 7
    return ref + timedelta(days=ahead or (7 if direction == 2 else 0))


def infer_year(
    ref: date, month: int, day: int | None, direction: int = 0, tense: int = 0, weekday: int = 0
) -> int:
    """The year of ``month``/``day`` nearest ``ref``.

    ``direction`` (``dernier`` -1, ``prochain`` +1) asks for the last / next one. ``tense``
    (-1 past, +1 future) overrules the nearest only when it lies over ``TENSE_REACH`` days the
    other way: a date a few weeks off is more likely the news than a tense misread. A
    ``weekday`` given with the date (``jeudi 1er septembre``) picks the year it fits, if one does.
    """
    if day is None and month == ref.month:
        return ref.year
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(year, month, day or 15))
        except ValueError:
            continue
    fitting = [c for c in candidates if day and c.isoweekday() == weekday]
    if len(fitting) == 1:
        return fitting[0].year
    nearest = min(candidates, key=lambda c: (abs((c - ref).days), -c.year))
    if not direction and tense and (nearest - ref).days * tense < -TENSE_REACH:
        direction = tense
    if direction < 0:
        return max([c for c in candidates if c <= ref] or candidates).year
    if direction > 0:
        return min([c for c in candidates if c >= ref] or candidates).year
    return nearest.year


def expand_year(digits: str, ref: date | None) -> int:
    """A four-digit year for ``98`` or ``1998``: two digits go no further than ten years ahead."""
    year = int(digits)
    if len(digits) > 2:
        return year
    now = ref.year if ref else 2000
    year += now // 100 * 100
    return year - 100 if year > now + 10 else year


def day_value(year: int | None, month: int | None, day: int | None) -> str:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; unknown parts as ``X`` (``XXXX-11-03``)."""
    parts = ["XXXX" if year is None else f"{year:04d}"]
    if month is not None:
        parts.append(f"{month:02d}")
        if day is not None:
            parts.append(f"{day:02d}")
    elif day is not None:
        parts += ["XX", f"{day:02d}"]
    return "-".join(parts)


def is_real_day(year: int | None, month: int, day: int) -> bool:
    """Whether ``day`` exists in ``month`` (of a leap year when the year is unknown)."""
    try:
        date(2000 if year is None else year, month, day)
    except ValueError:
        return False
    return True


def duration(amount: float | str, unit: str) -> str:
    """The TIMEX3 duration of ``amount`` ``unit`` (``P1Y``, ``PT48H``; ``X`` for unknown amounts).

    ``unit`` is a letter (``Y``, ``M``, ``W``, ``D``, ``H``, ``MIN``, ``S``), optionally preceded
    by a multiplier: ``10Y`` is a decade, ``6M`` a half-year.
    """
    found = re.fullmatch(r"(\d+(?:\.\d+)?)?([A-Z]+)", unit)
    if not found or found[2] not in _DURATION_LETTER:
        raise ValueError(f"unknown duration unit {unit!r}")
    letter = _DURATION_LETTER[found[2]]
    if amount == "X":
        number = "X"
    else:
        total = float(amount) * float(found[1] or 1)
        number = str(int(total)) if total == int(total) else f"{total:g}"
    return f"P{letter[:-1]}{number}{letter[-1]}"


def clock(hour: int, minute: int | None, second: int | None) -> str:
    """``T21:45`` (``T18:00`` when only the hour is given; seconds when they are)."""
    text = f"T{hour:02d}:{minute or 0:02d}"
    return text + (f":{second:02d}" if second is not None else "")


def roman_to_int(text: str) -> int | None:
    """The value of a Roman numeral (``XXI`` → 21), None if ``text`` is not one."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "M": 1000}
    text = text.upper()
    if not text or any(c not in values for c in text):
        return None
    total = 0
    for current, following in zip(text, text[1:] + " ", strict=True):
        value = values[current]
        total += -value if following != " " and values[following] > value else value
    return total
