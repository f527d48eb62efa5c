"""Mentions → referents: one group per real-world referent of the article, with its canonical name.

1. Known names group by the referent the gazetteer gives (``RPDC`` and ``Corée du Nord``).
2. A person's shorter name joins the fullest name that contains it (``Austin`` → ``Lloyd Austin``,
   ``Cho`` → ``Cho Tae-yul``); when two full names share it, the one written last before it wins.
3. A guessed name that is a person's surname becomes that person (``Rathke`` after ``Jeff Rathke``).
4. Other names group by their folded form; an acronym joins the name whose initials it spells,
   or the name it follows in parentheses (``Korean Central News Agency (KCNA)``).
5. A group whose every mention sits inside a longer name is dropped (``Genève`` in
   ``Université de Genève``), unless the text names it on its own too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from claimledger.extractors.entity.lexicon import Lexicon
from claimledger.extractors.entity.mentions import Candidate
from claimledger.lang.gazetteer import Referent
from claimledger.lang.words import fold

_PARENTHESIS = re.compile(r"\s*\(\s*")


@dataclass
class Group:
    """The mentions of one referent."""

    type: str
    members: list[Candidate] = field(default_factory=list)
    referent: Referent | None = None

    @property
    def first(self) -> int:
        """Offset of the first mention."""
        return min(m.start for m in self.members)


def group_mentions(text: str, mentions: list[Candidate], lex: Lexicon) -> list[Group]:
    """The referents of the text, in order of first mention."""
    people = _group_people(text, [m for m in mentions if _is_person(m)], lex)
    known = _join_surnames(text, [m for m in mentions if m.referent is not None], people, lex, True)
    others = [m for m in mentions if m.referent is None and not _is_person(m)]
    rest = _join_surnames(text, others, people, lex)
    groups = _group_known(known) + _merge_namesakes(text, people + _group_others(text, rest, lex))
    groups = [g for g in groups if any(not m.nested for m in g.members)]
    return sorted(groups, key=lambda g: g.first)


def _merge_namesakes(text: str, groups: list[Group]) -> list[Group]:
    """One name given two types (``Flydubai`` as a company, then as a person) is one referent,
    of the type most of its mentions have."""
    by_name: dict[tuple[str, ...], Group] = {}
    for g in sorted(groups, key=lambda g: g.first):
        name = fullest_tokens(text, g)
        if name not in by_name:
            by_name[name] = g
            continue
        kept = by_name[name]
        kept.members += g.members
        kinds = Counter(m.type for m in sorted(kept.members, key=lambda m: m.start))
        kept.type = kinds.most_common(1)[0][0]
        for m in kept.members:
            m.type = kept.type
    return list(by_name.values())


def _is_person(mention: Candidate) -> bool:
    return mention.referent is None and mention.type == "PERSON"


def _group_known(mentions: list[Candidate]) -> list[Group]:
    groups: dict[Referent, Group] = {}
    for m in mentions:
        if m.referent is not None:
            group = groups.setdefault(m.referent, Group(m.referent.type, referent=m.referent))
            group.members.append(m)
    return list(groups.values())


def name_tokens(text: str, mention: Candidate) -> tuple[str, ...]:
    """The folded parts of a name, split at spaces only (``Tae-yul`` stays one part)."""
    return _tokens(text[mention.start : mention.end])


@cache
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(fold(part) for part in name.split())


def _group_people(text: str, people: list[Candidate], lex: Lexicon) -> list[Group]:
    groups: list[Group] = []
    for m in sorted(people, key=lambda m: (-len(name_tokens(text, m)), m.start)):
        tokens = name_tokens(text, m)
        matches = [g for g in groups if _contains(fullest_tokens(text, g), tokens, lex)]
        if matches:
            _nearest(matches, m).members.append(m)
        else:
            groups.append(Group("PERSON", [m]))
    return groups


def _contains(full: tuple[str, ...], part: tuple[str, ...], lex: Lexicon) -> bool:
    """``Austin`` in ``Lloyd Austin``, ``Cho`` in ``Cho Tae-yul``, ``Ali Bongo`` in
    ``Ali Bongo Ondimba``; never a given name alone (``John`` is not ``John Kerry``)."""
    n = len(part)
    if n == 0 or n > len(full):
        return False
    if n == 1 and part[0] in lex.given_names and part[0] == full[0] and len(full) > 1:
        return False
    return any(full[i : i + n] == part for i in range(len(full) - n + 1))


def fullest_tokens(text: str, group: Group) -> tuple[str, ...]:
    """The folded parts of the group's longest name."""
    return max((name_tokens(text, m) for m in group.members), key=len)


def _nearest(groups: list[Group], mention: Candidate) -> Group:
    """The group mentioned last before ``mention``, else the first one mentioned after it."""
    before = [(max(m.start for m in g.members if m.start < mention.start), g) for g in groups
              if any(m.start < mention.start for m in g.members)]  # fmt: skip
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    return min(groups, key=lambda g: g.first)


def _join_surnames(
    text: str, others: list[Candidate], people: list[Group], lex: Lexicon, known: bool = False
) -> list[Candidate]:
    """One-word names that are a person's surname join that person; the rest is returned.

    Guessed names join when they are any part of the name; known names (``Hollande`` is also a
    name of the Netherlands) and the recognizer's (``Seitel`` typed as an organization after
    ``Fraser Seitel``) only when they are its last part and not nested in a longer name."""
    rest = []
    for m in others:
        tokens = name_tokens(text, m)
        strict = known or m.source == "ner"
        if len(tokens) != 1 or not (m.guessed or strict) or m.nested:
            rest.append(m)
            continue
        fulls = [(g, fullest_tokens(text, g)) for g in people]
        if strict:
            matches = [g for g, full in fulls if len(full) > 1 and full[-1] == tokens[0]]
        else:
            matches = [g for g, full in fulls if _contains(full, tokens, lex)]
        if matches:
            m.type = "PERSON"
            _nearest(matches, m).members.append(m)
        else:
            rest.append(m)
    return rest


def _group_others(text: str, mentions: list[Candidate], lex: Lexicon) -> list[Group]:
    groups: dict[str, Group] = {}
    for m in mentions:
        key = " ".join(name_tokens(text, m))
        groups.setdefault(key, Group(m.type)).members.append(m)
    merged = _merge_contained(text, _merge_short_names(text, list(groups.values())))
    merged = _merge_acronyms(text, merged, lex)
    for g in merged:
        g.type = Counter(m.type for m in g.members).most_common(1)[0][0]
    return merged


def _merge_short_names(text: str, groups: list[Group]) -> list[Group]:
    """A guessed one-word name joins a longer name of the same type that starts or ends with it
    (``Chase`` after ``Chase Manhattan Bank``)."""
    kept: list[Group] = []
    for g in sorted(groups, key=lambda g: -len(fullest_tokens(text, g))):
        tokens = fullest_tokens(text, g)
        guessed = all(m.guessed for m in g.members) and len(tokens) == 1
        ends = [(k, _ends(fullest_tokens(text, k))) for k in kept if k.type == g.type]
        targets = [k for k, pair in ends if tokens[0] in pair]
        if guessed and targets:
            _nearest(targets, g.members[0]).members += g.members
        else:
            kept.append(g)
    return kept


def _merge_contained(text: str, groups: list[Group]) -> list[Group]:
    """``aéroport de Dubaï`` joins ``aéroport international de Dubaï``: a name of two words or more
    whose words all appear, in order, in a longer name of the same type."""
    kept: list[Group] = []
    for g in sorted(groups, key=lambda g: -len(_parts(text, g))):
        parts = _parts(text, g)
        targets = [k for k in kept if k.type == g.type and _in_order(parts, _parts(text, k))]
        if len(parts) > 1 and targets:
            _nearest(targets, g.members[0]).members += g.members
        else:
            kept.append(g)
    return kept


def _parts(text: str, group: Group) -> tuple[str, ...]:
    return tuple(p for token in fullest_tokens(text, group) for p in token.split("-") if p)


def _in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    rest = iter(long)
    return len(short) < len(long) and all(part in rest for part in short)


def _ends(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return (tokens[0], tokens[-1]) if len(tokens) > 1 else ()


def _merge_acronyms(text: str, groups: list[Group], lex: Lexicon) -> list[Group]:
    """An acronym joins the name whose initials it spells, or that it follows in brackets."""
    kept: list[Group] = []
    for g in sorted(groups, key=lambda g: _is_acronym(text, g)):
        if not _is_acronym(text, g):
            kept.append(g)
            continue
        target = next((k for k in kept if _spells(text, g, k, lex) or _bracketed(text, g, k)), None)
        if target is None:
            kept.append(g)
        else:
            target.members += g.members
    return kept


def _is_acronym(text: str, group: Group) -> bool:
    m = group.members[0]
    name = text[m.start : m.end]
    return " " not in name and name.isupper() and len(name) >= 2


def _spells(text: str, acronym: Group, full: Group, lex: Lexicon) -> bool:
    letters = fold(text[acronym.members[0].start : acronym.members[0].end]).replace(".", "")
    words = [w for w in fullest_tokens(text, full) if w not in lex.linking]
    return len(words) > 1 and "".join(w[0] for w in words) == letters


def _bracketed(text: str, acronym: Group, full: Group) -> bool:
    return any(
        _PARENTHESIS.fullmatch(text, f.end, a.start) is not None
        for a in acronym.members
        for f in full.members
        if f.end <= a.start
    )
