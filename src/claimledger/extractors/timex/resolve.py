"""From a rule's match to a TIMEX3 type, value, anchor and modifier.

Each rule names a ``kind`` of resolution; the match gives slots by group name (``day``,
``month``, ``year``, ``weekday``, ``offset``, ``direction``, ``count``, ``unit``, ``part``,
``mod``, ``hour``, ``minute``...) and the rule fixed parameters (``unit``, ``offset``, ``ref``,
``value``...). Relative values are computed from the publication date, or from the last day the
text gave when the rule says ``ref = "text"``; with neither, they stay null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from text_to_num import text2num

from claimledger.extractors.timex import calendar
from claimledger.extractors.timex.grammar import Grammar, normalize_key
from claimledger.extractors.timex.match import Candidate
from claimledger.extractors.timex.tense import TenseOf

Number = float | str  # a count, or "X" for a vague one ("quelques", "several")

# Duration units a shift moves by: letter → (calendar unit, multiplier).
_SHIFT_UNIT = {
    "D": ("day", 1),
    "W": ("week", 1),
    "M": ("month", 1),
    "Q": ("quarter", 1),
    "Y": ("year", 1),
}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# A date without its year told in the past lies before publication; in the future, after.
_TENSE_DIRECTION = {"past": -1, "future": 1, None: 0}
# The month each TIMEX3 season ends in (northern hemisphere), to tell last summer from this one.
_SEASON_END = {"SP": 6, "SU": 9, "FA": 12, "WI": 3}


@dataclass(frozen=True)
class Resolved:
    """What a time expression means: TIMEX3 type and value, what it was resolved against."""

    type: str
    value: str | None
    anchor: str | None = None
    mod: str | None = None


@dataclass
class Context:
    """What resolution needs besides the match: dates known so far and the tense."""

    grammar: Grammar
    published: date | None
    tense_of: TenseOf
    last_day: date | None = None


class Slots:
    """The named groups of a match, as table values or parsed numbers."""

    def __init__(self, candidate: Candidate, grammar: Grammar) -> None:
        self.grammar = grammar
        self.values: dict[str, object] = {}
        for name, text in candidate.groups.items():
            table = candidate.tables.get(name)
            self.values[name] = grammar.lookup(table, text) if table else text

    def get(self, name: str, default=None):
        return self.values.get(name, default)

    def number(self, name: str) -> Number | None:
        """The slot as a number (digits or words), "X" for a vague amount, None if absent."""
        value = self.values.get(name)
        if value is None or isinstance(value, int | float):
            return value
        return parse_number(str(value), self.grammar)

    def integer(self, name: str) -> int | None:
        value = self.number(name)
        return int(value) if isinstance(value, float | int) and value == int(value) else None


def parse_number(text: str, grammar: Grammar) -> Number | None:
    """``48``, ``3,5``, ``quarante-huit``, ``un``, ``quelques`` (→ "X"); None if not a number."""
    key = normalize_key(text)
    known = grammar.lookup("number", key)
    if known is not None:
        return known
    digits = re.fullmatch(r"(\d+)(?:[.,](\d+))?(?:\s?(?:er|e|st|nd|rd|th))?", key)
    if digits:
        return float(f"{digits[1]}.{digits[2] or 0}")
    try:
        return float(text2num(key.replace("-", " ") if grammar.code == "en" else key, grammar.code))
    except ValueError:
        return None


def resolve(candidate: Candidate, ctx: Context) -> Resolved | None:
    """The meaning of ``candidate`` in ``ctx``; None when the match turns out not to be a time."""
    slots = Slots(candidate, ctx.grammar)
    kind = _KINDS.get(candidate.rule.kind)
    if kind is None:
        raise ValueError(f"time rule {candidate.rule.name!r}: unknown kind {candidate.rule.kind!r}")
    resolved = kind(slots, candidate, ctx)
    if resolved is not None and resolved.type in ("DATE", "TIME") and resolved.value:
        day = _DAY.match(resolved.value)
        if day:
            ctx.last_day = date(int(day[1]), int(day[2]), int(day[3]))
    return resolved


def _mod(slots: Slots, params: dict) -> str | None:
    """The TIMEX3 modifier from the ``mod`` or ``approx`` slot, or the rule."""
    return slots.get("mod") or slots.get("approx") or params.get("mod") or None


def _reference(params: dict, ctx: Context) -> tuple[date | None, str | None]:
    """The date a relative expression counts from, and which anchor that is."""
    if params.get("ref") == "text" and ctx.last_day is not None:
        return ctx.last_day, "text"
    return ctx.published, ("published" if ctx.published else None)


def _with_part(value: str | None, slots: Slots, rule_type: str) -> tuple[str, str | None]:
    """Type and value once a part of the day (``soir`` → ``TEV``) is added to a day."""
    part = slots.get("part")
    if part and value and _DAY.match(value):
        return "TIME", f"{value}T{part}"
    return rule_type, value


def resolve_date(slots: Slots, candidate: Candidate, ctx: Context) -> Resolved | None:
    """Dates as written: ``le 3 novembre 2024``, ``novembre``, ``1998``, ``les années 70``."""
    params, anchor = candidate.rule.params, None
    year = slots.get("year")
    if isinstance(year, str):
        year = calendar.expand_year(year.lstrip("'"), ctx.published)
    if slots.get("century"):
        number = calendar.roman_to_int(slots.get("century")) or slots.integer("century")
        return Resolved("DATE", f"{number - 1:02d}" if number else None, None, _mod(slots, params))
    if slots.get("decade"):
        return Resolved("DATE", str(calendar.expand_year(slots.get("decade"), ctx.published))[:3])
    month, day = slots.integer("month"), slots.integer("day")
    for slot, letter in (("quarter", "Q"), ("half", "H")):
        if slots.get(slot) is not None:
            year = year or (ctx.published.year if ctx.published else None)
            value = f"{'XXXX' if year is None else year}-{letter}{slots.get(slot)}"
            return Resolved("DATE", value, None if slots.get("year") else "published")
    if slots.get("season"):
        year, anchor = _season_year(slots, ctx, year)
        value = f"{'XXXX' if year is None else year}-{slots.get('season')}"
        return Resolved("DATE", value, anchor, _mod(slots, params))
    if month is None and day is not None and ctx.last_day is not None:
        month, year, anchor = ctx.last_day.month, year or ctx.last_day.year, "text"
    if month is None and year is None:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and (month is None or not calendar.is_real_day(year, month, day)):
        return None
    if year is None and month is not None and ctx.published is not None:
        direction = slots.get("direction") or 0
        tense = _TENSE_DIRECTION.get(ctx.tense_of(candidate.start, candidate.end), 0)
        weekday = slots.get("weekday") or 0
        year = calendar.infer_year(ctx.published, month, day, direction, tense, weekday)
        anchor = "published"
    rule_type, value = _with_part(calendar.day_value(year, month, day), slots, candidate.rule.type)
    return Resolved(rule_type, value, anchor, _mod(slots, params))


def _season_year(slots: Slots, ctx: Context, year: int | None) -> tuple[int | None, str | None]:
    """The year of a season named without one: this one, or the last / next for a direction."""
    if year is not None or ctx.published is None:
        return year, None
    direction, ref = slots.get("direction") or 0, ctx.published
    ended = ref.month > _SEASON_END[slots.get("season")]
    if direction < 0:
        return ref.year - (0 if ended else 1), "published"
    if direction > 0:
        return ref.year + (1 if ended else 0), "published"
    return ref.year, "published"


def resolve_shift(slots: Slots, candidate: Candidate, ctx: Context) -> Resolved | None:
    """Days and periods counted from a reference: ``hier``, ``la semaine dernière``."""
    params = candidate.rule.params
    unit, size = params.get("unit"), 1
    written = str(slots.get("unit") or "")
    if written in calendar.UNITS:
        unit = written
    elif written:
        unit, size = _SHIFT_UNIT.get(written[-1:], (None, 1))
        multiplier = re.match(r"\d+", written)
        size *= int(multiplier[0]) if multiplier else 1
    count = slots.number("count") if "count" in slots.values else 1
    sign = params.get("sign", 1)
    ref, anchor = _reference(params, ctx)
    if count == "X" or unit is None:
        return Resolved(candidate.rule.type, "PAST_REF" if sign < 0 else "FUTURE_REF")
    if count is None or count != int(count):
        return None
    amount = params.get("offset", 0) + (slots.get("offset") or 0) + (slots.get("direction") or 0)
    amount += int(count) * size * sign if "count" in slots.values else 0
    if ref is None:
        return Resolved(candidate.rule.type, None, None, _mod(slots, params))
    if unit == "weekend" and amount == 0 and ref.isoweekday() < 6:
        # "ce week-end" told in the past is the one just gone
        amount = -1 if ctx.tense_of(candidate.start, candidate.end) == "past" else 0
    rule_type, value = _with_part(calendar.shift(ref, unit, amount), slots, candidate.rule.type)
    return Resolved(rule_type, value, anchor, _mod(slots, params))


def _weekday_date(slots: Slots, candidate: Candidate, ctx: Context) -> date | None:
    """The day a weekday name points to: by its ``dernier``/``prochain``, else by the tense."""
    ref, weekday = ctx.published, slots.get("weekday")
    if ref is None or weekday is None:
        return None
    if slots.get("week") is not None:
        monday = ref - timedelta(days=ref.isoweekday() - 1, weeks=-slots.get("week"))
        return monday + timedelta(days=weekday - 1)
    direction = slots.get("direction")
    if direction:
        return calendar.weekday_near(ref, weekday, 2 if direction > 0 else -2)
    tense = ctx.tense_of(candidate.start, candidate.end) or ctx.grammar.settings["default_tense"]
    return calendar.weekday_near(ref, weekday, 1 if tense == "future" else -1)


def resolve_weekday(slots: Slots, candidate: Candidate, ctx: Context) -> Resolved | None:
    """A day named by its weekday: ``jeudi``, ``mercredi dernier``, ``ce mardi soir``."""
    day = _weekday_date(slots, candidate, ctx)
    if day is None:  # without a publication date, which Thursday is a guess
        rule_type = "TIME" if slots.get("part") else candidate.rule.type
        return Resolved(rule_type, None, None, _mod(slots, candidate.rule.params))
    rule_type, value = _with_part(day.isoformat(), slots, candidate.rule.type)
    return Resolved(rule_type, value, "published", _mod(slots, candidate.rule.params))


def _day_of(slots: Slots, candidate: Candidate, ctx: Context) -> tuple[date | None, str | None]:
    """The day a clock time or part of day belongs to: named with it, else the text's last."""
    if slots.get("offset") is not None and ctx.published is not None:
        return ctx.published + timedelta(days=slots.get("offset")), "published"
    if slots.get("weekday") is not None:
        day = _weekday_date(slots, candidate, ctx)
        if day is not None:
            return day, "published"
    if ctx.last_day is not None and candidate.rule.params.get("ref", "text") == "text":
        return ctx.last_day, "text"
    return ctx.published, ("published" if ctx.published else None)


def resolve_clock(slots: Slots, candidate: Candidate, ctx: Context) -> Resolved | None:
    """A clock time on its day: ``vers 21 h 45``, ``14h30``, ``midi``, ``8 a.m.``."""
    params = candidate.rule.params
    hour = params["hour"] if "hour" in params else slots.integer("hour")
    minute = slots.integer("minute")
    if minute is None and slots.get("minute_word") is not None:
        minute = slots.get("minute_word")
    if minute is None and slots.integer("minute_less") is not None:
        minute = -slots.integer("minute_less")
    if hour is None:
        return None
    if minute is not None and minute < 0:
        hour, minute = hour - 1, 60 + minute
    hour += _afternoon_shift(hour, slots)
    if not (0 <= hour <= 24 and 0 <= (minute or 0) < 60):
        return None
    text = calendar.clock(hour, minute, slots.integer("second")) + (slots.get("zone") or "")
    day, anchor = _day_of(slots, candidate, ctx)
    value = f"{day.isoformat()}{text}" if day else text
    return Resolved("TIME", value, anchor if day else None, _mod(slots, params))


def _afternoon_shift(hour: int, slots: Slots) -> int:
    """Hours to add for ``p.m.`` or an evening part of the day (``8 h du soir`` → 20 h)."""
    shift = slots.get("ampm")
    if shift is None and slots.get("part") in ("AF", "EV"):
        shift = 12
    if shift and hour < 12:
        return shift
    if shift == 0 and hour == 12:
        return -12
    return 0


def resolve_part(slots: Slots, candidate: Candidate, ctx: Context) -> Resolved | None:
    """A part of a day: ``dans la soirée``, ``le matin même``, ``ce soir`` (``TEV``)."""
    day, anchor = _day_of(slots, candidate, ctx)
    part = slots.get("part") or candidate.rule.params.get("part")
    value = f"{day.isoformat()}T{part}" if day else f"T{part}"
    return Resolved("TIME", value, anchor if day else None, _mod(slots, candidate.rule.params))


def resolve_duration(slots: Slots, candidate: Candidate, ctx: Context) -> Resolved | None:
    """Lengths of time: ``près d'un an`` (P1Y, APPROX), ``48 heures``, ``des années`` (PXY)."""
    params = candidate.rule.params
    if slots.get("value") or "value" in params:
        value = slots.get("value") or params["value"]
        return Resolved(candidate.rule.type, value, None, _mod(slots, params))
    count = slots.number("count") if "count" in slots.values else params.get("count", 1)
    unit = slots.get("unit") or params.get("unit")
    if count is None or unit is None:
        return None
    if count != "X" and slots.get("half"):
        count = float(count) + float(slots.get("half"))
    value = calendar.duration(count, str(unit))
    return Resolved(candidate.rule.type, value, None, _mod(slots, params))


def resolve_set(slots: Slots, candidate: Candidate, ctx: Context) -> Resolved | None:
    """Repeated times: ``chaque année`` (P1Y), ``tous les jeudis`` (XXXX-WXX-4)."""
    params = candidate.rule.params
    if slots.get("value") or "value" in params:
        return Resolved("SET", slots.get("value") or params["value"], None, _mod(slots, params))
    if slots.get("weekday") is not None:
        value = f"XXXX-WXX-{slots.get('weekday')}"
        part = slots.get("part")
        return Resolved("SET", value + (f"T{part}" if part else ""), None, None)
    count = slots.number("count") if "count" in slots.values else 1
    unit = slots.get("unit") or params.get("unit")
    if count is None or unit is None:
        return None
    return Resolved("SET", calendar.duration(count, str(unit)), None, _mod(slots, params))


def resolve_fixed(slots: Slots, candidate: Candidate, ctx: Context) -> Resolved | None:
    """Expressions with one value whatever the date: ``actuellement`` → PRESENT_REF."""
    params = candidate.rule.params
    value = slots.get("value") or params.get("value")
    return Resolved(candidate.rule.type, value, None, _mod(slots, params))


_KINDS = {
    "date": resolve_date,
    "shift": resolve_shift,
    "weekday": resolve_weekday,
    "clock": resolve_clock,
    "part": resolve_part,
    "duration": resolve_duration,
    "set": resolve_set,
    "fixed": resolve_fixed,
}
