"""Microsoft Recognizers-Text date and time cases (French), the ones in scope, one test each.

In scope: the DateTime parser and model specs (Date, Time, Duration, Set, DateTime, the model)
that the .NET recognizer supports, whose results are single expressions (not ranges), minus the
case classes in ``OUT_OF_SCOPE`` (notations news text does not use, or conventions TIMEX3 does not
share). A case passes when every expected expression overlaps a found one with a compatible value:
equal, or equal to the past or future resolution, or the same point at a coarser granularity
(``il y a deux ans`` → 2014 for 2014-11-07), or a resolved date fitting an unresolved pattern
(``XXXX-WXX-5`` for a Friday). Known failures are ``xfail(strict=True)``.
"""

from __future__ import annotations

import json
import re
import tarfile
from datetime import date
from functools import cache

import pytest

from claimledger.extractors.timex import find_times
from claimledger.lang import load_language
from tests.conftest import SHARED

ARCHIVE = (
    SHARED
    / "data/time/recognizers-text-specs-fr-en/Specs-DateTime-Number-NumberWithUnit-fr-en.tar.xz"
)
SPECS = (
    "DateParser",
    "TimeParser",
    "DurationParser",
    "SetParser",
    "DateTimeParser",
    "DateTimeModel",
)
SINGLE = {"date", "time", "duration", "set", "datetime"}
REFERENCE = "2016-11-07"  # the specs' usual reference date, for cases that give none

OUT_OF_SCOPE = {
    "English notations (am/pm, hrs, month before the day, ordinal words)": r"\d\s*(?:a\.?\s?m\b"
    r"|p\.?\s?m\b|ampm)|\b(?:a\.\s?m|p\.\s?m|hrs?)\b|^[a-zéû]+\.?[\s/-]*\d"
    r"|^[a-zéû]+\s+(?:vingt|trente|premier|seconde|deuxi)|(?:seconde|deuxi[eè]me)\b",
    "exotic separators (2020/23/sep, 23-2020-septembre, 3-min)": r"\d{4}/\d+/[a-z]|[a-z]+-\d{4}"
    r"|\d-\d{4}-[a-z]|/[a-z]{3}/|^\d+-[a-z]",
    "digits separated by spaces (02 04 2009)": r"^\d{1,2} \d{1,2} \d{2,4}$",
    "a bare day number (le 23, sur 15)": r"^(?:(?:le|la|sur|en|sur la)\s+)?\d{1,2}\.?$",
}
_CLOCK_MARK = re.compile(r"\d\s*h\b|\dh\d|heure|:|midi|minuit")
_NUMBER = re.compile(
    r"\d|\b(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|vingt|trente|quarante|cinquante)\b"
)
_BAD_DAY = re.compile(
    r"(?:\d{4}|XXXX)-02-3\d|\d{3}[13579]-02-29|\d{2}(?:[13579][048]|[02468][26])-02-29"
)

# Cases that fail today, by spec and index. Classes: times of day named by a part of it (milieu
# d'après-midi, l'après-midi 7:00 → 19:00), spoken halves (un et demi heures), bare plural weekdays
# and sets with a clock (chaque nuit 21), "dimanche prochain" read as next week's, midnight written
# T24:00, two-digit years more than ten years ahead, typos (il ya), ISO datetimes, "sur 15".
KNOWN_FAILURES = frozenset(
    [
        "DateParser:15",
        "DateParser:16",
        "DateParser:23",
        "DateParser:31",
        "DateParser:41",
        "DateParser:58",
        "TimeParser:36",
        "TimeParser:37",
        "TimeParser:39",
        "TimeParser:40",
        "TimeParser:41",
        "TimeParser:42",
        "TimeParser:45",
        "TimeParser:46",
        "TimeParser:54",
        "TimeParser:55",
        "TimeParser:56",
        "TimeParser:57",
        "TimeParser:58",
        "TimeParser:59",
        "TimeParser:60",
        "TimeParser:62",
        "TimeParser:63",
        "TimeParser:64",
        "TimeParser:73",
        "TimeParser:75",
        "TimeParser:76",
        "TimeParser:77",
        "TimeParser:78",
        "TimeParser:92",
        "TimeParser:93",
        "TimeParser:94",
        "DurationParser:21",
        "DurationParser:24",
        "DurationParser:25",
        "DurationParser:26",
        "DurationParser:28",
        "SetParser:4",
        "SetParser:5",
        "SetParser:6",
        "SetParser:8",
        "SetParser:9",
        "SetParser:11",
        "SetParser:13",
        "DateTimeParser:11",
        "DateTimeParser:12",
        "DateTimeParser:20",
        "DateTimeParser:30",
        "DateTimeParser:32",
        "DateTimeParser:43",
        "DateTimeParser:44",
        "DateTimeParser:45",
        "DateTimeModel:8",
        "DateTimeModel:56",
        "DateTimeModel:57",
        "DateTimeModel:95",
        "DateTimeModel:136",
        "DateTimeModel:868",
        "DateTimeModel:880",
    ]
)


def expected_results(case: dict) -> list[tuple[str, str, int, list[str]]]:
    """(text, type, start, acceptable values) of each result of a case."""
    results = []
    for result in case.get("Results", []):
        kind = (result.get("Type") or result.get("TypeName", "")).split(".")[-1]
        if "Value" in result:
            value = result["Value"]
            values = [value.get("Timex")]
            for key in ("FutureResolution", "PastResolution"):
                values += [str(v) for v in (value.get(key) or {}).values()]
        else:
            resolutions = result["Resolution"]["values"]
            values = [r.get("timex") for r in resolutions] + [r.get("value") for r in resolutions]
        results.append((result["Text"], kind, result.get("Start", 0), [v for v in values if v]))
    return results


def out_of_scope(case: dict) -> str | None:
    """Why a case is left out, or None when it is in scope."""
    for text, kind, _, values in expected_results(case):
        lowered = text.lower().strip()
        for reason, pattern in OUT_OF_SCOPE.items():
            if re.search(pattern, lowered):
                return reason
        spoken = not _CLOCK_MARK.search(lowered) and _NUMBER.search(lowered)
        if kind in ("time", "datetime") and spoken:
            return "clock read aloud without h / heures (à 7, huit quarante, 8 du soir)"
        if any("23:59:59" in v for v in values):
            return "end of a day as an instant (fin de demain → T23:59:59)"
        if any(_BAD_DAY.fullmatch(v) for v in values):
            return "impossible dates (30/2, 29/2/2019)"
        if re.search(r"quel\s?ques", lowered) and any("3" in v for v in values):
            return "vague amounts: Recognizers counts quelques as 3, TIMEX3 writes X"
        if kind == "datetime" and re.search(r"(?:il y a|dans|en)\b.*(?:heure|minute)", lowered):
            return "needs the time of publication (il y a 30 minutes)"
    return None


@cache
def spec_cases(language: str = "French") -> tuple[tuple[str, dict], ...]:
    """The supported single-expression cases of the specs, keyed ``Spec:index``."""
    if not ARCHIVE.exists():
        return ()
    cases = []
    with tarfile.open(ARCHIVE) as archive:
        for spec in SPECS:
            member = archive.extractfile(f"Specs/DateTime/{language}/{spec}.json")
            for index, case in enumerate(json.loads(member.read().decode("utf-8-sig"))):
                unsupported = (case.get("NotSupported") or "") + (
                    case.get("NotSupportedByDesign") or ""
                )
                kinds = {kind for _, kind, _, _ in expected_results(case)}
                if "dotnet" not in unsupported.lower() and kinds <= SINGLE:
                    cases.append((f"{spec}:{index}", case))
    return tuple(cases)


def in_scope_cases() -> list:
    """The cases to test, each marked xfail when it is a known failure."""
    params = []
    for key, case in spec_cases():
        if out_of_scope(case) is None:
            marks = [pytest.mark.xfail(strict=True)] if key in KNOWN_FAILURES else []
            params.append(pytest.param(case, id=key, marks=marks))
    return params


def _clock(value: str) -> str:
    """``T07`` → ``T07:00``."""
    found = re.fullmatch(r"T(\d\d)(?::(\d\d))?(:\d\d)?", value)
    return f"T{found[1]}:{found[2] or '00'}{found[3] or ''}" if found else value


def compatible(ours: str | None, expected: list[str]) -> bool:
    """Whether our TIMEX3 value says what one of the expected values says."""
    if ours is None:
        return False
    for value in expected:
        value = re.sub(r"^(\d{4}-\d\d-\d\d) (\d)", r"\1T\2", value)
        value = re.sub(r"^(\d{4}-\d\d-\d\d)T00:00:00$", r"\1", value) if len(ours) == 10 else value
        if ours in (value, value[:16]) or (value.startswith("T") and ours.endswith(_clock(value))):
            return True
        if re.fullmatch(r"\d{4}(?:-\d\d)?", ours) and value.startswith(ours + "-"):
            return True
        if _fits_pattern(ours, value):
            return True
    return False


def _fits_pattern(ours: str, value: str) -> bool:
    """A resolved value against an unresolved one: ``XXXX-WXX-5T09``, ``XXXX-10-02``."""
    weekday = re.fullmatch(r"XXXX-WXX-(\d)(T.*)?", value)
    if weekday:
        try:
            day = date.fromisoformat(ours[:10])
        except ValueError:
            return False
        clock = ours[10:]
        return day.isoweekday() == int(weekday[1]) and (
            not weekday[2] or clock.startswith(_clock(weekday[2]))
        )
    if "X" not in value:
        return False
    day, _, clock = value.partition("T")
    ours_day, _, ours_clock = ours.partition("T")
    if not re.fullmatch(re.escape(day).replace("X", "."), ours_day):
        return False
    return not clock or f"T{ours_clock}".startswith(_clock(f"T{clock}"))


def passes(case: dict) -> bool:
    """Whether the extractor finds every expected expression of ``case`` with its value."""
    text = case["Input"]
    reference = (case.get("Context") or {}).get("ReferenceDateTime", REFERENCE)[:10]
    times = find_times(text, reference, load_language("fr"))
    expected = expected_results(case)
    if not expected:
        return not times
    for wanted, _, start, values in expected:
        low = text.lower().find(wanted.lower(), max(0, start - 3))
        low = text.lower().find(wanted.lower()) if low < 0 else low
        overlapping = [t for t in times if t.start < low + len(wanted) and low < t.end]
        if not any(compatible(t.value, values) for t in overlapping):
            return False
    return True


@pytest.mark.parametrize("case", in_scope_cases())
def test_recognizers_case(case: dict, shared) -> None:
    assert passes(case), case["Input"]


def test_recognizers_specs_are_read(shared) -> None:
    cases = spec_cases()
    assert len(cases) > 400
    assert 200 < len(in_scope_cases()) < len(cases)


@pytest.mark.parametrize(
    ("ours", "expected", "ok"),
    [
        ("2016-09-02", ["XXXX-WXX-5"], True),
        ("2016-09-01", ["XXXX-WXX-5"], False),
        ("2016-11-07T07:30", ["T07:30"], True),
        ("2016-11-07T16:00", ["T16"], True),
        ("2014", ["2014-11-07"], True),
        ("2017-10-02", ["XXXX-10-02"], True),
        ("PXD", ["P3D"], False),
    ],
)
def test_compatible(ours: str, expected: list[str], ok: bool) -> None:
    assert compatible(ours, expected) is ok
