"""Capitalized names in running text, and what kind of name each is when no recognizer says.

1. A run is a sequence of capitalized words (with digits and name particles) joined by spaces,
   hyphens or apostrophes only.
2. Sentence words, titles, roles and portfolio words at its edges are taken off
   (``Le``, ``M.``, ``Prime Minister``, ``Défense`` in ``secrétaire à la Défense Lloyd Austin``).
3. A single capitalized word that opens a sentence is kept only when the text capitalizes it
   elsewhere too: ``Certains experts`` opens no entity.
4. The type comes from the words in and around the name: a title or role makes a person, an
   organization word an organization, a place word or preposition a place, a given name a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimledger.extract.entity.roles import head_at, role_after, role_before
from claimledger.extract.entity.words import Word, joined, starts_sentence

if TYPE_CHECKING:
    from claimledger.extract.entity.mentions import Context

_MAX_PERSON_WORDS = 4


@dataclass(frozen=True)
class Run:
    """Words ``first`` to ``last`` that read as one capitalized name."""

    first: int
    last: int
    cued: bool  # a title or a role introduces it: a person's name
    initial: bool  # it opens a sentence


def find_runs(context: Context) -> list[Run]:
    """The capitalized names of the text, trimmed, in order."""
    words, runs, i = context.words, [], 0
    while i < len(words):
        if not _opens(context, i):
            i += 1
            continue
        j = i
        while (k := _next_part(context, i, j)) is not None:
            j = k
        run = _trim(context, i, j)
        if run is not None:
            runs.append(run)
        i = j + 1
    return [r for r in runs if not r.initial or r.first != r.last or _seen_elsewhere(context, r, runs)]


def _opens(context: Context, i: int) -> bool:
    word = context.words[i]
    if not word.capitalized:
        return False
    follows = context.text[word.end : word.end + 1]
    return len(word.text) > 1 or follows not in ("'", "’")


def _next_part(context: Context, first: int, j: int) -> int | None:
    """The index of the next word of the run that started at ``first``, or None."""
    words, text, lex = context.words, context.text, context.lex
    if j + 1 >= len(words):
        return None
    here, nxt = words[j], words[j + 1]
    initial = len(here.text) == 1 and text[here.end : here.end + 1] == "."
    if not (joined(text, here, nxt) or (initial and text[here.end + 1 : nxt.start].strip() == "")):
        return None
    if nxt.capitalized or nxt.text[:1].isdigit() or _hyphenated(text, here, nxt):
        return j + 1
    if j + 2 < len(words) and words[j + 2].capitalized and joined(text, nxt, words[j + 2]):
        person = nxt.fold in lex.particles and nxt.fold not in lex.linking
        person = person or words[first].fold in lex.given_names and nxt.fold in lex.particles
        cue_words = {w.fold for w in words[first : j + 1]}
        linked = nxt.fold in lex.linking and bool(cue_words & (lex.org_cues | lex.place_cues))
        if person or linked:
            return j + 2
    return None


def _trim(context: Context, first: int, last: int) -> Run | None:
    """Take sentence words, titles and roles off the edges; None when nothing is left."""
    words, lex = context.words, context.lex
    cued = _title_before(context, first)
    while first <= last and _opener(context, first):
        cued = cued or _is_title(context, first)
        first += 1
    first, role = _skip_roles(context, first, last)
    while last >= first and (words[last].fold in lex.linking or words[last].fold in lex.particles):
        last -= 1
    if first > last or not words[first].capitalized:
        return None
    if all(_not_a_name(context, i) for i in range(first, last + 1)):
        return None
    initial = starts_sentence(context.text, words[first], context.sentence_starts)
    cued = cued or role or _role_around(context, first, last)
    return Run(first, last, cued, initial and not cued)


def _hyphenated(text: str, left: Word, right: Word) -> bool:
    """``Tae-yul``, ``Rostov-sur-le-Don``: a hyphen keeps the parts of a name together."""
    return text[left.end : right.start] in ("-", "‑")


def _not_a_name(context: Context, i: int) -> bool:
    """Days, months, portfolio words and role words name nothing on their own."""
    word, lex = context.words[i], context.lex
    return word.fold in lex.not_names or word.fold in lex.role_domains or head_at(context.words, i, lex) > 0


def _opener(context: Context, i: int) -> bool:
    word, lex = context.words[i], context.lex
    if _is_title(context, i) or word.fold in lex.not_names:
        return True
    if word.fold in lex.function_words or word.fold in lex.articles:
        return not word.all_caps
    return len(word.text) == 1 and context.text[word.end : word.end + 1] in ("'", "’")


def _is_title(context: Context, i: int) -> bool:
    word, titles = context.words[i], context.lex.titles
    dotted = context.text[word.end : word.end + 1] == "."
    return (dotted and f"{word.fold}." in titles) or word.fold in titles


def _title_before(context: Context, first: int) -> bool:
    return first > 0 and _is_title(context, first - 1)


def _skip_roles(context: Context, first: int, last: int) -> tuple[int, bool]:
    """Skip ``Prime Minister`` or ``Secretary of State`` before a name inside one run."""
    words, lex = context.words, context.lex
    i, role = first, False
    while i < last:
        n = head_at(words, i, lex)
        if n and i + n <= last:
            i, role = i + n, True
        elif words[i].fold in lex.role_domains or (role and words[i].fold in lex.connectors):
            i += 1
        else:
            break
    if role or last - i >= 1:
        return i, role
    return first, False


def _role_around(context: Context, first: int, last: int) -> bool:
    text, words, lex = context.text, context.words, context.lex
    return bool(role_before(text, words, first, lex) or role_after(text, words, last, lex))


def _seen_elsewhere(context: Context, run: Run, runs: list[Run]) -> bool:
    """A sentence-opening word counts as a name when the text capitalizes it elsewhere too."""
    fold = context.words[run.first].fold
    others = [r for r in runs if r is not run and not (r.initial and r.first == r.last)]
    return any(w.fold == fold for r in others for w in context.words[r.first : r.last + 1])


def type_run(context: Context, run: Run) -> tuple[str | None, bool]:
    """The type of a name from its words and surroundings, and whether it is only a guess."""
    words, lex = context.words, context.lex
    parts = words[run.first : run.last + 1]
    folds = {w.fold for w in parts}
    if run.cued:
        return "PERSON", False
    if folds & lex.org_cues:
        return "ORG", False
    if folds & lex.place_cues:
        return "LOC", False
    if parts[0].fold in lex.given_names and len(parts) > 1:
        return "PERSON", False
    if _place_cue_around(context, run):
        return "GPE", True
    if 1 < len(parts) <= _MAX_PERSON_WORDS and all(_name_like(w) for w in parts):
        return "PERSON", True
    if len(parts) > 1 and parts[-1].text[:1].isdigit():
        return "PRODUCT", True
    return "ORG", True


def _name_like(word: Word) -> bool:
    return word.text[:1].isupper() and word.text[1:2].islower() and word.text.isalpha()


def _place_cue_around(context: Context, run: Run) -> bool:
    words = context.words
    for phrase in context.lex.place_before:
        a = run.first - len(phrase)
        if a >= 0 and tuple(w.fold for w in words[a : run.first]) == phrase:
            return True
    for phrase in context.lex.place_after:
        b = run.last + 1 + len(phrase)
        if b <= len(words) and tuple(w.fold for w in words[run.last + 1 : b]) == phrase:
            return True
    return False
