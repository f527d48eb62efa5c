"""The knowledge claimledger ships: countries, places, organizations and nationalities by name.

1. Countries come from pycountry (ISO 3166-1 codes, English names, French translations through
   its gettext catalogues), corrected by ``countries.toml`` with the names the press uses.
2. Places, organizations, events, products and demonyms come from the language's tables.
3. Every surface form becomes an alias; a form claimed by two referents is ambiguous and
   dropped, unless it is the canonical name of one of them.
4. ``Gazetteer.find`` returns the longest alias at each place of the text.
"""

from __future__ import annotations

import gettext
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from claimledger.lang import LanguageData, load_language
from claimledger.lang.words import (
    Word,
    fold_phrase,
    hyphen_after,
    hyphen_before,
    joined,
)

_OPTIONAL = re.compile(r"\(([^()]*)\)")
_SECTION_TYPES = {"orgs": "ORG", "events": "EVENT", "products": "PRODUCT"}


@dataclass(frozen=True)
class Referent:
    """One known real-world referent: its usual name, its type and where it is described."""

    name: str
    type: str
    kb: str | None = None
    kb_id: str | None = None


@dataclass(frozen=True)
class Alias:
    """One surface form of a referent, as folded words, with how its case must match."""

    words: tuple[str, ...]
    referent: Referent
    case: str  # "exact" for acronyms, "upper" for capitalized names, "any" otherwise


@dataclass(frozen=True)
class Known:
    """An alias found in the text: words ``first`` to ``last`` (inclusive)."""

    first: int
    last: int
    referent: Referent


def expand_forms(pattern: str) -> list[str]:
    """Every form of ``nord-coréen(ne)(s)``: each parenthesized ending may be there or not."""
    match = _OPTIONAL.search(pattern)
    if match is None:
        return [pattern]
    head, tail = pattern[: match.start()], pattern[match.end() :]
    without = expand_forms(head + tail)
    with_ending = expand_forms(head + match.group(1) + tail)
    return without + [form for form in with_ending if form not in without]


def split_aliases(entry: str) -> list[str]:
    """``"Kiev | Kyiv"`` → ``["Kiev", "Kyiv"]`` (the first is canonical)."""
    return [part.strip() for part in entry.split("|") if part.strip()]


def _case_rule(alias: str) -> str:
    letters = [c for c in alias if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "exact"
    return "upper" if alias[:1].isupper() else "any"


class Gazetteer:
    """Aliases indexed by their first folded word."""

    def __init__(self, entries: list[tuple[str, Referent]]) -> None:
        self._index: dict[str, list[Alias]] = defaultdict(list)
        for alias in _unambiguous(entries):
            self._index[alias.words[0]].append(alias)
        for aliases in self._index.values():
            aliases.sort(key=lambda a: -len(a.words))

    def find(self, text: str, words: list[Word]) -> list[Known]:
        """The longest alias starting at each word, left to right, never overlapping."""
        found: list[Known] = []
        i = 0
        while i < len(words):
            known = self.match_at(text, words, i)
            if known is None:
                i += 1
                continue
            found.append(known)
            i = known.last + 1
        return found

    def match_at(self, text: str, words: list[Word], i: int) -> Known | None:
        """The longest alias that starts at word ``i``, if any."""
        if hyphen_before(text, words[i]):
            return None
        for alias in self._index.get(words[i].fold, ()):
            last = i + len(alias.words) - 1
            if last < len(words) and self._fits(text, words, i, alias):
                return Known(i, last, alias.referent)
        return None

    @staticmethod
    def _fits(text: str, words: list[Word], i: int, alias: Alias) -> bool:
        span = words[i : i + len(alias.words)]
        if tuple(w.fold for w in span) != alias.words or hyphen_after(text, span[-1]):
            return False
        if any(not joined(text, a, b) for a, b in zip(span, span[1:], strict=False)):
            return False
        if alias.case == "exact":
            return all(w.all_caps or not w.text.isalpha() for w in span)
        return alias.case == "any" or span[0].capitalized


def _unambiguous(entries: list[tuple[str, Referent]]) -> list[Alias]:
    """One alias per form; a form two referents share goes to the one it is the name of, or none."""
    claims: dict[tuple[str, ...], list[tuple[str, Referent]]] = defaultdict(list)
    for form, referent in entries:
        words = fold_phrase(form)
        if words and all(r != referent for _, r in claims[words]):
            claims[words].append((form, referent))
    aliases = []
    for words, claimants in claims.items():
        if len(claimants) > 1:
            named = [(f, r) for f, r in claimants if fold_phrase(r.name) == words]
            if len(named) != 1:
                continue
            claimants = named
        form, referent = claimants[0]
        aliases.append(Alias(words, referent, _case_rule(form)))
    return aliases


@cache
def load_gazetteer(code: str) -> Gazetteer:
    """The gazetteer of language ``code``, built once."""
    lang = load_language(code)
    entries = country_entries(lang) + place_entries(lang)
    entries += organization_entries(lang) + demonym_entries(lang)
    return Gazetteer(entries)


def country_entries(lang: LanguageData) -> list[tuple[str, Referent]]:
    """Every country under its usual name and its other names."""
    import pycountry

    usual = lang.table("countries")
    translate = _translator(lang.code)
    entries = []
    for country in pycountry.countries:
        code = country.alpha_2
        names = _pycountry_names(country, translate)
        override = usual.get(code, {})
        if override.get("drop"):
            continue
        name = override.get("name") or names[0]
        referent = Referent(name, "GPE", "iso3166", code)
        forms = [name, *override.get("aliases", []), *names[1:]]
        if "name" not in override:
            forms.append(names[0])
        entries += [(form, referent) for form in forms]
    return entries


def _translator(code: str):
    import pycountry

    if code == "en":
        return lambda s: s
    domain, folder = "iso3166-1", pycountry.LOCALES_DIR
    return gettext.translation(domain, folder, languages=[code], fallback=True).gettext


def _pycountry_names(country, translate) -> list[str]:
    """The usual name first (``Iran`` from ``Iran, République islamique d'``), then the others."""
    raw = [translate(country.name)]
    for attribute in ("common_name", "official_name"):
        value = getattr(country, attribute, None)
        if value:
            raw.append(translate(value))
    names = []
    for name in raw:
        name = re.sub(r"\s*\([^)]*\)", "", name).strip()
        if ", " in name:
            head, tail = name.split(", ", 1)
            joiner = "" if tail.endswith(("'", "’")) else " "
            names += [head, f"{tail}{joiner}{head}"]
        else:
            names.append(name)
    common = [n for n in names if ", " not in n]
    return sorted(set(common), key=common.index)


def place_entries(lang: LanguageData) -> list[tuple[str, Referent]]:
    """Cities and regions (GPE) and areas (LOC)."""
    table = lang.table("places")
    entries = []
    for section in ("cities", "regions"):
        for names in table.get(section, {}).values():
            entries += _named_entries(names, "GPE")
    entries += _named_entries(table.get("areas", {}).get("names", []), "LOC")
    return entries


def _named_entries(items: list[str], kind: str) -> list[tuple[str, Referent]]:
    entries = []
    for item in items:
        forms = split_aliases(item)
        referent = Referent(forms[0], kind)
        entries += [(form, referent) for form in forms]
    return entries


def organization_entries(lang: LanguageData) -> list[tuple[str, Referent]]:
    """Organizations, events and products with their acronyms and other names."""
    table = lang.table("organizations")
    entries = []
    for section, kind in _SECTION_TYPES.items():
        for name, aliases in table.get(section, {}).items():
            referent = Referent(name, kind)
            entries += [(form, referent) for form in [name, *aliases]]
    return entries


def demonym_entries(lang: LanguageData) -> list[tuple[str, Referent]]:
    """Nationalities (linked to their country) and other groups, as NORP."""
    table = lang.table("demonyms")
    entries = []
    for code, patterns in table.get("countries", {}).items():
        referent = Referent(expand_forms(patterns[0])[0], "NORP", "iso3166", code)
        entries += [(form, referent) for p in patterns for form in expand_forms(p)]
    for name, patterns in table.get("groups", {}).items():
        referent = Referent(name, "NORP")
        entries += [(form, referent) for p in patterns for form in expand_forms(p)]
    return entries
