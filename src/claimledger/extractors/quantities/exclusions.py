"""Numbers that are not amounts: times, dates, years, durations, identifiers, phone numbers.

1. A number inside a time the times extractor found, or a clock time, a numeric date or a
   phone number (the language's ``*_patterns``), belongs to them.
2. A day next to a month (``19 janvier``, ``May 16``) is a date; a number before a time unit
   (``3 ans``, ``11 ou 12 jours``, ``10-year-old``) is a duration or an age.
3. A four-digit number after a year cue (``en 2016``) or followed by no noun is a year.
4. A number after an identifier cue (``article 12``, ``posts 542``) or glued to a name
   (``Peugeot 307``, ``Internet Explorer 6``) names something; so does one listed with it.
5. An ambiguous word (``neuf``, ``one``) counts only before a noun or unit, or after a qualifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.vocab import Vocab

from claimledger.extractors.quantities.data import AmountData, alternation, fold, load_amount_data
from claimledger.extractors.quantities.quantity import DIGITS, WORDS, Quantity

_WORD_BEFORE = re.compile(r"(\S+)[ \t\u00a0\u202f]*$")
_WORD_AFTER = re.compile(r"[ \t\u00a0\u202f]*([^\W\d_][\w'’-]*)")
_LIST_LINK = re.compile(r"^\s*(?:,|&|/|\w{1,3})\s*$")
#: Written in no language: web and mail addresses, footnote calls ([2]), geographic
#: coordinates (22° 52′ 16″ N), race times (3'32"89, 46"97) and ratios (5/8, 24/7).
_NOTATIONS = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\[\d+\]"
    r"|\d+(?:[.,]\d+)?\s*°\s*\d+(?:[.,]\d+)?\s*[′'](?:\s*\d+(?:[.,]\d+)?\s*[″\"])?"
    r"|\d+\s*['′]\s*\d+(?:[.,]\d+)?\s*[\"″]\s*\d*|\d+\s*[\"″]\s*\d+"
    r"|(?<![\d/])\d+/\d+(?![\d/])"
)


@dataclass
class ExclusionContext:
    """What the checks need: the text, the language, its stop words, where sentences start."""

    text: str
    data: AmountData
    vocab: Vocab
    sentence_starts: frozenset[int]
    masks: list[tuple[int, int]]
    places: list[tuple[int, int]]

    def is_stop(self, word: str) -> bool:
        """Whether ``word`` is a function word of the language (spaCy's stop words)."""
        return self.data.is_function_word(word, self.vocab)


def mask_spans(text: str, data: AmountData, times: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans no amount may use: found times, clock times, numeric dates, phone numbers."""
    spans = list(times) + [m.span() for m in _NOTATIONS.finditer(text)]
    for pattern in data.masks:
        spans += [m.span() for m in pattern.finditer(text)]
    return sorted(spans)


def exclusion_reason(quantity: Quantity, context: ExclusionContext) -> str | None:
    """Why ``quantity`` is not an amount, or None when it is one."""
    core = (quantity.number_start, quantity.number_end)
    if any(start < core[1] and core[0] < end for start, end in context.masks):
        return "time or pattern"
    checks = (
        ("date", _is_date),
        ("duration", _is_duration),
        ("year", _is_year),
        ("identifier", _is_identifier),
        ("ambiguous", _is_lone_ambiguous),
    )
    for reason, check in checks:
        if check(quantity, context):
            return reason
    return None


def continues_identifier(previous: Quantity, quantity: Quantity, text: str) -> bool:
    """Whether ``quantity`` is listed right after an identifier (``posts 542 and 543``)."""
    return quantity.kind == DIGITS and bool(_LIST_LINK.match(text[previous.end : quantity.start]))


def _is_date(quantity: Quantity, context: ExclusionContext) -> bool:
    patterns = _patterns(context.data.code)
    text = context.text
    if patterns.month_after.match(text, quantity.number_end):
        return True
    if quantity.kind == DIGITS and patterns.ordinal_after.match(text, quantity.number_end):
        return True
    lo = max(0, quantity.start - 16)
    if patterns.weekday_before.search(text, lo, quantity.start) and quantity.value <= 31:
        return True
    return bool(patterns.month_before.search(text, lo, quantity.start))


def _is_duration(quantity: Quantity, context: ExclusionContext) -> bool:
    if quantity.hyphen_word:
        first = fold(quantity.hyphen_word).split("-")[0]
        return first in context.data.words_of("exclusions", "time_units")
    return bool(_patterns(context.data.code).time_unit_after.match(context.text, quantity.end))


def _is_year(quantity: Quantity, context: ExclusionContext) -> bool:
    if not (quantity.kind == DIGITS and quantity.plain and len(str(int(quantity.value))) == 4):
        return False
    if not 1000 <= quantity.value <= 2100 or quantity.unit or quantity.scale != 1:
        return False
    if _year_pair(quantity, context.text):
        return True
    if quantity.qualifier_match or quantity.hyphen_word:
        return False
    before = _word_before(context.text, quantity.start)
    exclusions = context.data.table["exclusions"]
    determiners = {fold(w) for w in exclusions["year_determiners"]}
    if before and fold(before[0]) in determiners and 1800 <= quantity.value <= 2100:
        return True
    cues = {fold(w) for key in ("year_cues", "months", "time_units") for w in exclusions[key]}
    if before and (fold(before[0]) in cues or re.fullmatch(r"\d{1,2},", before[0])):
        return True
    after = _WORD_AFTER.match(context.text, quantity.end)
    return not after or context.is_stop(after.group(1))


def _year_pair(quantity: Quantity, text: str) -> bool:
    """``2000 - 2050``, ``2015-2016``: two four-digit numbers joined by a dash are years."""
    after = re.match(r"\s*[-–]\s*(\d{4})(?!\d)", text[quantity.number_end :])
    before = re.search(
        r"(?<!\d)(\d{4})\s*[-–]\s*$", text[max(0, quantity.start - 8) : quantity.start]
    )
    other = after or before
    return bool(other) and 1000 <= int(other.group(1)) <= 2100


def _is_identifier(quantity: Quantity, context: ExclusionContext) -> bool:
    if quantity.kind not in (DIGITS, WORDS) or quantity.unit or quantity.qualifier_match:
        return False
    before = _word_before(context.text, quantity.start)
    if not before:
        return False
    word, start = before
    cue = fold(word).split("'")[-1]
    if cue in context.data.words_of("exclusions", "identifier_cues"):
        return True
    if not word[:1].isupper() or not word[-1:].isalnum() or context.is_stop(word):
        return False
    if _is_place(start, context):
        return False
    return not _starts_sentence(start, context) or any(c.isdigit() for c in word)


def _is_place(start: int, context: ExclusionContext) -> bool:
    """Whether the word at ``start`` names a place (``en France 60 à 80 milliards``)."""
    return any(s <= start < e for s, e in context.places)


def _is_lone_ambiguous(quantity: Quantity, context: ExclusionContext) -> bool:
    if not quantity.ambiguous or quantity.qualifier_match or quantity.unit:
        return False
    before = _word_before(context.text, quantity.start)
    determiners = context.data.words_of("counted", "determiners")
    if before and fold(before[0]) in determiners:
        return True
    after = _WORD_AFTER.match(context.text, quantity.end)
    if not after or not after.group(1)[:1].islower():
        return True
    return context.is_stop(after.group(1))


def _starts_sentence(start: int, context: ExclusionContext) -> bool:
    """Whether a word at ``start`` opens its sentence (quotes and dashes aside)."""
    head = context.text[max(0, start - 4) : start]
    offset = start - len(head)
    for index in range(len(head), -1, -1):
        if offset + index in context.sentence_starts:
            return not head[index:].strip(" «»\"“”'‘’-–—(\u00a0")
    return start == 0


def _word_before(text: str, start: int) -> tuple[str, int] | None:
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return (match.group(1), match.start(1)) if match else None


@dataclass(frozen=True)
class _Patterns:
    month_after: re.Pattern
    month_before: re.Pattern
    weekday_before: re.Pattern
    ordinal_after: re.Pattern
    time_unit_after: re.Pattern


@cache
def _patterns(code: str) -> _Patterns:
    """The date and duration patterns of language ``code``."""
    data = load_amount_data(code)
    exclusions = data.table["exclusions"]
    months = alternation(exclusions["months"])
    ordinals = alternation(data.table["numerals"]["ordinal_suffixes"])
    date_links = alternation(exclusions["date_connectors"])
    day = rf"(?:{date_links}\s*\d{{1,2}}\s*{ordinals}?\s*)"
    links = alternation([*exclusions["date_connectors"], *data.table["ranges"]["bare"]])
    number = rf"(?:[\d][\d\s.,]*|{data.words.pattern})"
    adjectives = alternation(exclusions["time_adjectives"])
    connector = alternation(data.table["units"]["connectors"])
    units = alternation(exclusions["time_units"])
    return _Patterns(
        month_after=re.compile(rf"\s*{ordinals}?\s*{day}?{months}"),
        month_before=re.compile(rf"{months}\s*$"),
        weekday_before=re.compile(alternation(exclusions["weekdays"]) + r"\s*\(?\s*$"),
        ordinal_after=re.compile(rf"[ \u00a0]{ordinals}(?![\w'’])"),
        time_unit_after=re.compile(
            rf"[\s\])»\"”'’-]*(?:{links}\s*{number}\s*|,\s*\d[\d\s.,]*)*(?:{connector}\s*)?"
            rf"(?:{adjectives}\s+)?{units}"
        ),
    )
