"""The word lists entity finding needs, read from the language data and folded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from claimledger.lang import LanguageData, load_language
from claimledger.lang.gazetteer import expand_forms
from claimledger.lang.words import fold, fold_phrase, strip_apostrophe

_NAME_SLOT = "{name}"


@dataclass(frozen=True)
class Pattern:
    """``aéroport de {name}``: words before and after a name, and the type of the whole."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    type: str
    capitals: frozenset[str]  # pattern words written with a capital, which the text must capitalize


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Folded word sets of one language."""

    titles: frozenset[str]  # folded, "m." for titles written with a dot
    function_words: frozenset[str]
    not_names: frozenset[str]
    given_names: frozenset[str]
    particles: frozenset[str]
    linking: frozenset[str]
    articles: frozenset[str]
    org_cues: frozenset[str]
    event_cues: frozenset[str]
    place_cues: frozenset[str]
    place_before: tuple[tuple[str, ...], ...]
    place_after: tuple[tuple[str, ...], ...]
    role_heads: tuple[tuple[str, ...], ...]  # longest first
    role_domains: frozenset[str]
    determiners: frozenset[str]
    connectors: frozenset[str]
    patterns: tuple[Pattern, ...]

    @cached_property
    def heads_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Role heads by their first word, longest first."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for head in self.role_heads:
            index.setdefault(head[0], []).append(head)
        return {first: tuple(heads) for first, heads in index.items()}


def _folded(items) -> frozenset[str]:
    return frozenset(strip_apostrophe(item) for item in items)


def _phrases(items) -> tuple[tuple[str, ...], ...]:
    phrases = {fold_phrase(form) for item in items for form in expand_forms(item)}
    return tuple(sorted((p for p in phrases if p), key=lambda p: (-len(p), p)))


def _patterns(tables: list[dict]) -> tuple[Pattern, ...]:
    patterns = []
    for table in tables:
        for kind, items in table.get("patterns", {}).items():
            for item in items:
                before, _, after = item.partition(_NAME_SLOT)
                capitals = frozenset(fold(w) for w in item.split() if w[:1].isupper())
                patterns.append(Pattern(fold_phrase(before), fold_phrase(after), kind, capitals))
    return tuple(sorted(patterns, key=lambda p: -(len(p.before) + len(p.after))))


@cache
def load_lexicon(code: str) -> Lexicon:
    """The lexicon of language ``code``, built once."""
    lang: LanguageData = load_language(code)
    names, roles = lang.table("names"), lang.table("roles")
    places, orgs = lang.table("places"), lang.table("organizations")
    return Lexicon(
        titles=frozenset(t.casefold() for t in lang.words("titles")),
        function_words=_folded(lang.words("function_words")),
        not_names=_folded(lang.words("not_names")),
        given_names=_folded(lang.words("given_names")),
        particles=_folded(names.get("particles", [])),
        linking=_folded(names.get("linking", [])),
        articles=_folded(names.get("articles", [])),
        org_cues=_folded(orgs.get("cues", {}).get("words", [])),
        event_cues=_folded(orgs.get("cues", {}).get("events", [])),
        place_cues=_folded(places.get("cues", {}).get("words", [])),
        place_before=_phrases(places.get("cues", {}).get("before", [])),
        place_after=_phrases(places.get("cues", {}).get("after", [])),
        role_heads=_phrases(roles.get("heads", [])),
        role_domains=_folded(roles.get("domains", [])),
        determiners=_folded(roles.get("determiners", [])),
        connectors=_folded(roles.get("connectors", [])),
        patterns=_patterns([places, orgs]),
    )
