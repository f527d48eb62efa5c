"""Time rules as data: read a language's ``times.toml`` and compile its patterns.

A rule's ``pattern`` is a regular expression (or a list of them, tried alike) with placeholders:
``{macro}`` pastes the macro of that name; ``{table}`` becomes a group named ``table`` matching
any key of word table ``table`` and taking its value; ``{table=slot}`` does the same under the
group name ``slot``; ``{table=_}`` matches the keys without capturing. Groups written by hand
(``(?P<day>...)``) keep their text; groups ``lead`` and ``trail`` must match but stay out of
the span (``à`` in ``à midi``). Optional ``before`` / ``after`` patterns must match the text
just before / after the expression, ``not_before`` / ``not_after`` must not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from claimledger.lang import LanguageData

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)(?:=([a-z_][a-z0-9_]*))?\}")
_CONTEXT_WINDOW = 60
_RESERVED = {"name", "kind", "type", "pattern", "before", "after", "not_before", "not_after"}
FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Rule:
    """One compiled time rule: a pattern, its resolver, and the fixed values it passes."""

    name: str
    kind: str
    type: str
    patterns: tuple[tuple[re.Pattern, dict[str, str]], ...]  # each with its group → table
    params: dict
    contexts: dict[str, re.Pattern] = field(default_factory=dict)

    def fits(self, text: str, start: int, end: int) -> bool:
        """Whether the text around ``[start:end]`` meets the rule's context conditions."""
        left = text[max(0, start - _CONTEXT_WINDOW) : start]
        right = text[end : end + _CONTEXT_WINDOW]
        for key, regex in self.contexts.items():
            found = regex.search(left if key.endswith("before") else right) is not None
            if found == key.startswith("not_"):
                return False
        return True


@dataclass(frozen=True)
class Grammar:
    """The compiled time rules of one language, with its word tables and tense cues."""

    code: str
    rules: tuple[Rule, ...]
    words: dict[str, dict]
    tense: dict[str, re.Pattern]
    settings: dict

    def lookup(self, table: str, text: str):
        """The value of ``text`` in word table ``table`` (None when absent)."""
        return self.words.get(table, {}).get(normalize_key(text))


def normalize_key(text: str) -> str:
    """A word-table key for ``text``: lower case, one space, straight apostrophes."""
    return " ".join(text.replace("\u2019", "'").lower().split())


@cache
def load_grammar(lang: LanguageData) -> Grammar:
    """The time grammar of ``lang``, compiled once."""
    data = lang.table("times")
    tables = {**lang.table("calendar"), **data.get("words", {})}
    words = {name: {normalize_key(k): v for k, v in t.items()} for name, t in tables.items()}
    # Patterns match the keys as written (case matters inside (?-i:...)); look-ups ignore case.
    spelled = {
        name: [" ".join(k.replace("\u2019", "'").split()) for k in t] for name, t in tables.items()
    }
    macros = data.get("macros", {})
    rules = tuple(
        _compile_rule(spec, macros, spelled, index) for index, spec in enumerate(data["rule"])
    )
    tense = {k: re.compile(v, FLAGS) for k, v in data.get("tense", {}).items() if k != "default"}
    settings = dict(data.get("settings", {}))
    settings.setdefault("default_tense", data.get("tense", {}).get("default", "past"))
    return Grammar(lang.code, rules, words, tense, settings)


def _compile_rule(spec: dict, macros: dict, words: dict[str, list[str]], index: int) -> Rule:
    """One rule of ``times.toml`` made ready to run."""
    texts = spec["pattern"] if isinstance(spec["pattern"], list) else [spec["pattern"]]
    name = spec.get("name", f"rule{index}")
    patterns = []
    for text in texts:
        tables: dict[str, str] = {}
        patterns.append((_compile_pattern(name, expand(text, macros, words, tables)), tables))
    contexts = {}
    for key in ("before", "not_before", "after", "not_after"):
        if key in spec:
            body = expand(spec[key], macros, words, {})
            wrapped = rf"(?:{body})\s*$" if key.endswith("before") else rf"^\s*(?:{body})"
            contexts[key] = re.compile(wrapped, FLAGS)
    params = {k: v for k, v in spec.items() if k not in _RESERVED}
    return Rule(name, spec["kind"], spec.get("type", "DATE"), tuple(patterns), params, contexts)


def _compile_pattern(name: str, pattern: str) -> re.Pattern:
    """One expanded pattern, matched on word boundaries."""
    try:
        return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", FLAGS)
    except re.error as error:
        raise ValueError(f"time rule {name!r}: {error}: {pattern}") from error


def expand(pattern: str, macros: dict, words: dict[str, list[str]], tables: dict[str, str]) -> str:
    """``pattern`` with its placeholders replaced; records group → table in ``tables``."""

    def replace(found: re.Match) -> str:
        name, slot = found[1], found[2]
        if name in macros and slot is None:
            return "(?:" + expand(macros[name], macros, words, tables) + ")"
        if name not in words:
            raise ValueError(f"unknown placeholder {{{name}}} in time pattern {pattern!r}")
        alternatives = alternation(words[name])
        if slot == "_":
            return f"(?:{alternatives})"
        slot = slot or name
        tables[slot] = name
        return f"(?P<{slot}>{alternatives})"

    return _PLACEHOLDER.sub(replace, pattern)


def alternation(keys: list[str]) -> str:
    """A regex matching any of ``keys``, longest first, spaces as any blank."""
    keys = sorted(keys, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
