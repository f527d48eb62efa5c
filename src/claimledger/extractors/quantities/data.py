"""The language's amount knowledge (``amounts.toml``) compiled into patterns, once per language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.lang import load_language

_APOSTROPHES = "'’"


def phrase_pattern(phrase: str, fold_case: bool = True) -> str:
    """A pattern for ``phrase``: any space for a space, either apostrophe, whole words only."""
    parts = []
    for char in phrase:
        if char == " ":
            parts.append(r"\s+")
        elif char in _APOSTROPHES:
            parts.append(r"['’]\s?")
        else:
            parts.append(re.escape(char))
    body = "".join(parts)
    if fold_case and phrase == phrase.lower():
        body = f"(?i:{body})"
    head = r"(?<![^\W\d_])" if phrase[:1].isalnum() else ""
    tail = r"(?![\w'’])" if phrase[-1:].isalnum() else ""
    return head + body + tail


def alternation(phrases, fold_case: bool = True) -> str:
    """One group matching any of ``phrases``, the longest first; a group never matching if none."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not ordered:
        return "(?!)"
    return "(?:" + "|".join(phrase_pattern(p, fold_case) for p in ordered) + ")"


def fold(text: str) -> str:
    """Lower case with one kind of apostrophe, for comparing words with the data."""
    return text.lower().replace("’", "'")


@dataclass(frozen=True)
class AmountData:
    """The compiled knowledge of one language, with the raw tables it came from."""

    code: str
    table: dict
    digits: re.Pattern
    words: re.Pattern
    article_scale: re.Pattern
    multiplier: re.Pattern
    half: re.Pattern
    currency_before: re.Pattern
    currency_after: re.Pattern
    currency_after_scale: re.Pattern
    scaled_currency: re.Pattern
    percent: re.Pattern
    measure: re.Pattern
    unit_connector: re.Pattern
    vague: re.Pattern
    vague_scale: re.Pattern
    fraction: re.Pattern
    months: re.Pattern
    masks: tuple[re.Pattern, ...]
    function_words: frozenset[str]

    def is_function_word(self, word: str, vocab=None) -> bool:
        """Whether ``word`` is a function word: in the language's lists or spaCy's stop words."""
        folded = fold(word)
        return folded in self.function_words or bool(vocab is not None and vocab[folded].is_stop)

    def words_of(self, section: str, key: str) -> frozenset[str]:
        """The items of list ``key`` in ``section``, folded, as a set."""
        return frozenset(fold(w) for w in self.table[section][key])


@cache
def load_amount_data(code: str) -> AmountData:
    """The amount knowledge of language ``code``, compiled."""
    language = load_language(code)
    table = language.table("amounts")
    function_words = [*language.words("function_words"), *table["counted"]["function_words"]]
    return AmountData(
        code=code,
        table=table,
        **_number_patterns(table),
        **_unit_patterns(table),
        months=re.compile(alternation(table["exclusions"]["months"])),
        masks=tuple(
            re.compile(p)
            for key in ("clock_patterns", "date_patterns", "phone_patterns")
            for p in table["exclusions"][key]
        ),
        function_words=frozenset(fold(w) for w in function_words),
    )


def _number_patterns(table: dict) -> dict[str, re.Pattern]:
    """Digits, number words, articles before a scale, multipliers, quantity nouns, fractions."""
    numerals = table["numerals"]
    multipliers = {k: v for k, v in table["multipliers"].items() if k != "half"}
    connector = alternation(table["units"]["connectors"])
    fractions = table["fractions"]
    return {
        "digits": re.compile(_digits_pattern(numerals["group_marks"], numerals["decimal_mark"])),
        "words": re.compile(_words_pattern(numerals["words"], numerals["connectors"])),
        "article_scale": re.compile(
            alternation(numerals["articles"]) + r"\s+" + alternation(multipliers)
        ),
        "multiplier": re.compile(r"[ \t\u00a0\u202f]*" + alternation(multipliers, fold_case=False)),
        "half": re.compile(r"\s*" + alternation(table["multipliers"]["half"])),
        "vague": re.compile(_vague_pattern(table["vague"])),
        "vague_scale": re.compile(rf"\s*{connector}\s*" + alternation(table["vague"]["scales"])),
        "fraction": re.compile(
            alternation(fractions["words"]) + rf"(?=\s*{alternation(fractions['connectors'])})"
        ),
    }


def _unit_patterns(table: dict) -> dict[str, re.Pattern]:
    """Currencies before and after the number, percent signs and words, measures."""
    currencies, units = table["currencies"], table["units"]
    symbols = currencies["symbols"]
    return {
        "currency_before": re.compile(alternation(symbols, fold_case=False) + r"[ \u00a0\u202f]?$"),
        "currency_after": re.compile(
            r"[ \u00a0\u202f]*" + alternation([*symbols, *currencies["words"]], fold_case=False)
        ),
        "currency_after_scale": re.compile(alternation(currencies["after_scale"])),
        "scaled_currency": re.compile(r"\s*" + alternation(currencies["scaled"], fold_case=False)),
        "percent": re.compile(r"\s*" + alternation(units["percent"])),
        "measure": re.compile(
            r"(?:[ \u00a0\u202f]*|-)" + alternation(units["measures"], fold_case=False)
        ),
        "unit_connector": re.compile(rf"\s*{alternation(units['connectors'])}\s*"),
    }


def _digits_pattern(group_marks: list[str], decimal_mark: str) -> str:
    """Digits with groups of three (``10 000``, ``10,000``) and decimals (``1,5``, ``1.5``)."""
    groups = "[" + "".join(re.escape(m) for m in group_marks) + "]"
    decimals = "[" + re.escape(decimal_mark) + ".,]"
    grouped = rf"\d{{1,3}}(?:{groups}\d{{3}})+(?!\d)(?:{re.escape(decimal_mark)}\d+)?"
    plain = rf"\d+(?:{decimals}\d+(?![\d]))?"
    return rf"(?<![\d])(?:{grouped}|{plain})"


def _words_pattern(words: list[str], connectors: list[str]) -> str:
    """Runs of number words joined by spaces, hyphens or connectors (``vingt et un``)."""
    word = "(?i:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    link = r"(?:\s+|-)(?:(?i:" + "|".join(re.escape(c) for c in connectors) + r")(?:\s+|-))?"
    return rf"(?<![\w-]){word}(?:{link}{word})*(?![\w-])"


def _vague_pattern(vague: dict) -> str:
    """Quantity nouns with their determiner (``une dizaine``) or a set phrase (``a couple``)."""
    determiners = [d for d in vague["determiners"] if d]
    with_determiner = alternation(determiners) + r"\s+" + alternation(vague["nouns"])
    bare = alternation(vague["bare_nouns"])
    phrases = alternation(vague["phrases"])
    return rf"(?P<det>{with_determiner})|(?P<bare>{bare})|(?P<phrase>{phrases})"
