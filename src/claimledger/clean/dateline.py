"""Datelines: the date that opens a news body (``23 juin 2018 . –``, ``Monday, May 18, 2015``).

The patterns are language data (``dateline.toml``), the month and weekday names too
(``calendar.toml``, shared with the times grammar). A dateline
is looked for in the first lines of the body only; it gives the publication date when the
article has none, and is removed from the body in any case.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache

from claimledger.lang import SUPPORTED_LANGUAGES, load_language
from claimledger.sources.base import InputError

#: How many non-blank lines, from the top of the body, may hold the dateline.
DATELINE_WINDOW = 4

_ISO_DATE = re.compile(
    r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"
)


@dataclass(frozen=True)
class _DatelinePattern:
    pattern: re.Pattern[str]
    months: dict[str, int]


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a line: its ISO date and where it ends."""

    published: str
    end: int


@cache
def load_patterns(languages: tuple[str, ...] = SUPPORTED_LANGUAGES) -> tuple[_DatelinePattern, ...]:
    """The dateline patterns of ``languages``, with their month names filled in."""
    patterns = []
    for code in languages:
        language = load_language(code)
        table, calendar = language.table("dateline"), language.table("calendar")
        months = _month_names(calendar)
        slots = {
            "{weekday}": _choice(calendar["weekday"]),
            "{day}": r"(?P<day>\d{1,2})",
            "{month}": f"(?P<month>{_choice(months)})",
            "{year}": r"(?P<year>\d{4})",
        }
        for source in table["patterns"]:
            for slot, regex in slots.items():
                source = source.replace(slot, regex)
            patterns.append(_DatelinePattern(re.compile(source, re.IGNORECASE), months))
    return tuple(patterns)


def _month_names(calendar: dict) -> dict[str, int]:
    """Month names, full and abbreviated (``janv``, ``janv.``), folded, with their numbers."""
    months = {**calendar["month"], **calendar.get("month_ambiguous", {})}
    for abbreviation, number in calendar.get("month_abbr", {}).items():
        months[abbreviation] = months[f"{abbreviation}."] = number
    return {name.casefold(): number for name, number in months.items()}


def find_dateline(line: str) -> Dateline | None:
    """The dateline that ``line`` starts with, if any."""
    for candidate in load_patterns():
        match = candidate.pattern.match(line.strip())
        if match is None:
            continue
        month = candidate.months[match["month"].casefold()]
        try:
            date = datetime.date(int(match["year"]), month, int(match["day"]))
        except ValueError:
            continue  # 31 février: not a date, so not a dateline
        return Dateline(date.isoformat(), match.end())
    return None


def take_dateline(lines: list[str]) -> tuple[str | None, list[str], list[str]]:
    """The dateline's date, ``lines`` without the dateline, and the dateline removed."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:DATELINE_WINDOW]
    for index in filled:
        line = lines[index].strip()
        dateline = find_dateline(line)
        if dateline is None:
            continue
        # Text after the dateline on its line is the start of the lead.
        rest = line[dateline.end :].strip()
        kept = lines[:index] + [rest] + lines[index + 1 :]
        return dateline.published, kept, [line[: dateline.end].strip()]
    return None, lines, []


def check_published(value: str | None, origin: str) -> str | None:
    """``value`` when it is an ISO 8601 date or datetime; InputError otherwise."""
    if value is None:
        return None
    value = value.strip()
    if not _ISO_DATE.match(value) or not _is_calendar_date(value[:10]):
        raise InputError(origin, f"published {value!r} is not an ISO 8601 date (YYYY-MM-DD)")
    return value


def _is_calendar_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _choice(names) -> str:
    # Longest first, so that `sept.` wins over `sept` and `janvier` over `janv.`.
    ordered = sorted(names, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(name) for name in ordered) + ")"
