"""Numerals in the text: digits, number words, vague quantities and fractions, with their value.

1. Digits with the language's groups and decimals (``10 000``, ``1,5``; ``10,000``, ``1.5``);
   digits glued to letters are identifiers or ordinals (``A380``, ``24ème``), not figures.
2. Runs of number words read by text2num (``dix mille``, ``vingt et un``); an article alone
   (``un``, ``a``) is no figure, an article before a scale word is (``un million``).
3. Quantity nouns (``une dizaine``, ``des milliers de``, ``dozens of``) and fractions
   (``un quart de``, ``half of``) with the qualifier they carry.
"""

from __future__ import annotations

import re
from functools import cache

from text_to_num import text2num

from claimledger.extractors.quantities.data import AmountData, fold, load_amount_data
from claimledger.extractors.quantities.quantity import DIGITS, FRACTION, VAGUE, WORDS, Quantity

_LETTERS = re.compile(r"[^\W\d_]+")
_HYPHEN_WORD = re.compile(r"-([^\W\d_][\w-]*)")
_IDENTIFIER_MARKS = set("#№°º")
_NEXT_WORDS = re.compile(r"((?:[\s-]+[^\W\d_]+){0,2})")


def find_numerals(text: str, data: AmountData) -> list[Quantity]:
    """Every numeral of ``text``, in text order, none overlapping another."""
    found = [*_digits(text, data), *_words(text, data), *_vague(text, data)]
    found += _fractions(text, data)
    percent_words = [m.span() for m in data.percent.finditer(text)]
    found = [q for q in found if not any(s <= q.start and q.end <= e for s, e in percent_words)]
    found.sort(key=lambda q: (q.start, -q.end))
    kept: list[Quantity] = []
    for quantity in found:
        if kept and quantity.start < kept[-1].end:
            continue
        kept.append(quantity)
    return kept


def parse_digits(written: str, data: AmountData) -> tuple[float, int]:
    """The value of digits as written, and how many group marks they hold."""
    grouped = _grouped_pattern(data.code).fullmatch(written)
    if grouped:
        integer = re.sub(r"\D", "", grouped.group(1))
        count = sum(not c.isdigit() for c in grouped.group(1))
        decimals = grouped.group(2)
        return float(f"{integer}.{decimals}" if decimals else integer), count
    return float(written.replace(",", ".")), 0


@cache
def _grouped_pattern(code: str) -> re.Pattern:
    """Digits in groups of three, then decimals, in language ``code``."""
    numerals = load_amount_data(code).table["numerals"]
    marks = "".join(re.escape(m) for m in numerals["group_marks"])
    decimal = re.escape(numerals["decimal_mark"])
    return re.compile(rf"(\d{{1,3}}(?:[{marks}]\d{{3}})+)(?:{decimal}(\d+))?")


def _digits(text: str, data: AmountData):
    """Digit numerals, without those glued to letters (identifiers, ordinals)."""
    for match in data.digits.finditer(text):
        start, end = match.span()
        if _glued_before(text, start) or not _suffix_allowed(text, end, data):
            continue
        value, groups = parse_digits(match.group(), data)
        if _minus_before(text, start):
            start, value = start - 1, -value
        quantity = Quantity(start, end, value, DIGITS, groups=groups)
        quantity.plain = match.group().isdigit()
        hyphen = _HYPHEN_WORD.match(text, end)
        if hyphen and not data.measure.match(text, end):
            quantity.hyphen_word = hyphen.group(1)
        yield quantity


def _minus_before(text: str, start: int) -> bool:
    """``(-0,1 %)``, ``-5 °C``: a minus sign glued to the number, after a space or bracket."""
    if start == 0 or text[start - 1] not in "-−":
        return False
    return start == 1 or text[start - 2] in " \t\n(\u00a0\u202f"


def _glued_before(text: str, start: int) -> bool:
    """Whether a letter, a number sign or a letter-hyphen stands right before ``start``."""
    if start == 0:
        return False
    before = text[start - 1]
    if before.isalpha() or before in _IDENTIFIER_MARKS or before == "_":
        return True
    return before in "-/" and start >= 2 and (text[start - 2].isalpha() or before == "/")


def _suffix_allowed(text: str, end: int, data: AmountData) -> bool:
    """Whether letters right after the digits are a unit or multiplier (``75ml``, ``2millions``)."""
    letters = _LETTERS.match(text, end)
    if not letters:
        return True
    ordinals = {fold(s) for s in data.table["numerals"]["ordinal_suffixes"]}
    if fold(letters.group()) in ordinals:
        return False
    return any(
        pattern.match(text, end)
        for pattern in (data.multiplier, data.measure, data.currency_after, data.scaled_currency)
    )


def _words(text: str, data: AmountData):
    """Number words (``onze mille``), and an article before a scale word (``a thousand``)."""
    articles = data.words_of("numerals", "articles")
    ambiguous = data.words_of("numerals", "ambiguous")
    multipliers = {fold(k): v for k, v in data.table["multipliers"].items() if k != "half"}
    for match in data.article_scale.finditer(text):
        scale = float(multipliers[fold(match.group().split()[-1])])
        yield Quantity(match.start(), match.end(), scale, WORDS, scale=scale)
    for match in data.words.finditer(text):
        if _before_ordinal_word(text, match.end(), data):
            continue
        for start, end, value in _read_words(match.group(), match.start(), data.code):
            written = fold(text[start:end])
            if written in articles:
                continue
            quantity = Quantity(start, end, float(value), WORDS)
            quantity.ambiguous = written in ambiguous
            quantity.scale = float(multipliers.get(written.split()[-1].split("-")[-1], 1))
            yield quantity


def _before_ordinal_word(text: str, end: int, data: AmountData) -> bool:
    """Whether an ordinal word follows (``trois millième``, ``vingt et unième``)."""
    numerals = data.table["numerals"]
    endings = tuple(fold(e) for e in numerals["ordinal_word_endings"])
    connectors = {fold(c) for c in numerals["connectors"]}
    following = [fold(w) for w in _NEXT_WORDS.match(text, end).group(1).split()][:2]
    if following and following[0] in connectors:
        following = following[1:]
    return bool(following) and len(following[0]) > 4 and following[0].endswith(endings)


def _read_words(written: str, offset: int, language: str) -> list[tuple[int, int, int]]:
    """The numbers in a run of number words; a run text2num refuses is split in two."""
    try:
        return [(offset, offset + len(written), text2num(written, language))]
    except ValueError:
        pass
    cuts = [m.start() for m in re.finditer(r"[\s-]+", written)]
    for cut in reversed(cuts):
        head = written[:cut]
        rest = re.match(r"[\s-]+", written[cut:])
        tail_start = cut + rest.end()
        try:
            first = [(offset, offset + len(head), text2num(head, language))]
        except ValueError:
            continue
        return first + _read_words(written[tail_start:], offset + tail_start, language)
    return []


def _vague(text: str, data: AmountData):
    """Quantity nouns with their determiner, bare plurals before ``of``, set phrases."""
    vague = data.table["vague"]
    nouns = {fold(k): v for k, v in vague["nouns"].items()}
    determiners = {fold(k): v for k, v in vague["determiners"].items()}
    phrases = {fold(k): v for k, v in vague["phrases"].items()}
    for match in data.vague.finditer(text):
        words = fold(match.group()).split()
        if match.group("phrase"):
            if not data.unit_connector.match(text, match.end()):
                continue
            value, qualifier = phrases[" ".join(words)]
        elif match.group("bare"):
            if not data.unit_connector.match(text, match.end()):
                continue
            value, qualifier = nouns[words[-1]], determiners.get("", "at_least")
        else:
            value = nouns[words[-1]]
            qualifier = determiners[" ".join(words[:-1])]
        if qualifier == "at_least":
            value *= vague.get("plural_factor", 1)
        end, value = _vague_scale(text, match.end(), value, data)
        quantity = Quantity(match.start(), end, float(value), VAGUE, qualifier=qualifier)
        quantity.scale = value
        yield quantity


def _vague_scale(text: str, end: int, value: float, data: AmountData) -> tuple[int, float]:
    """A plural scale after a quantity noun multiplies it: ``des centaines de milliers``."""
    match = data.vague_scale.match(text, end)
    if not match:
        return end, value
    scales = {fold(k): v for k, v in data.table["vague"]["scales"].items()}
    scale = scales[fold(match.group().split()[-1].split("'")[-1].split("’")[-1])]
    return match.end(), value * scale


def _fractions(text: str, data: AmountData):
    """Shares of a whole before ``de``/``of``, as percentages (``un quart de`` → 25 %)."""
    shares = {fold(k): v for k, v in data.table["fractions"]["words"].items()}
    for match in data.fraction.finditer(text):
        share = shares[" ".join(fold(match.group()).split())]
        yield Quantity(match.start(), match.end(), float(share), FRACTION, unit="%")
