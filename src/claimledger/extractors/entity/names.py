"""Capitalized names in running text, and what kind of name each is when no recognizer says.

1. A run is a sequence of capitalized words (with digits, initials and name particles) joined by
   spaces, hyphens or apostrophes only.
2. What is not the name is taken off its edges: sentence words at a sentence start (``Le``),
   titles (``M.``), roles and portfolio words (``Prime Minister``, ``Défense`` in ``secrétaire
   à la Défense Lloyd Austin``), a nationality before a person's name (``l'Allemande X Y``).
3. A single capitalized word that opens a sentence is kept only when the text capitalizes it
   elsewhere too: ``Certains experts`` opens no entity.
4. The type comes from the words in and around the name: a title or role makes a person, an
   organization word or a known name inside an organization, a place word or preposition a
   place, a given name a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimledger.extractors.entity.roles import head_at, role_after, role_before
from claimledger.lang.words import Word, hyphen_before, joined, starts_sentence

if TYPE_CHECKING:
    from claimledger.extractors.entity.mentions import Context


_ORDINAL = re.compile(r"^\d+[^\W\d_]{1,3}$")
_ACRONYM_HEAD = re.compile(r"^[A-Z]{2,}[a-z]")
_DECIMALS = re.compile(r"[,.]\d|\s?%")


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
    return [r for r in runs if not _lone_opener(r) or _seen_elsewhere(context, r, runs)]


def _lone_opener(run: Run) -> bool:
    return run.initial and run.first == run.last


def _opens(context: Context, i: int) -> bool:
    words, text = context.words, context.text
    word = words[i]
    if hyphen_before(text, word):
        return False
    if word.fold in context.lex.particles and not word.capitalized and i + 1 < len(words):
        return words[i + 1].capitalized and _hyphenated(text, word, words[i + 1])  # al-Ikhbariya
    if _ORDINAL.match(word.text):  # 21st Century Fox
        nxt = words[i + 1] if i + 1 < len(words) else None
        return nxt is not None and nxt.capitalized and joined(text, word, nxt)
    if not word.capitalized:
        return False
    return len(word.text) > 1 or text[word.end : word.end + 1] == "."  # an initial: J. K. Rowling


def _next_part(context: Context, first: int, j: int) -> int | None:
    """The index of the next word of the run that started at ``first``, or None."""
    words, text = context.words, context.text
    if j + 2 > len(words):
        return None
    here, nxt = words[j], words[j + 1]
    if not (joined(text, here, nxt) or _after_initial(text, here, nxt)):
        return None
    if nxt.capitalized or _name_number(text, nxt) or _hyphenated(text, here, nxt):
        return j + 1
    if j + 2 >= len(words) or not (words[j + 2].capitalized and joined(text, nxt, words[j + 2])):
        return None
    return j + 2 if _possessive(context, j, nxt) or _links(context, first, j, nxt) else None


def _links(context: Context, first: int, j: int, word: Word) -> bool:
    """``al``, ``bin`` inside a person's name; ``de``, ``of`` inside an organization's name."""
    lex = context.lex
    if word.fold in lex.particles and word.fold not in lex.linking:
        return True
    if word.fold in lex.particles and j == first and context.words[first].fold in lex.given_names:
        return True  # Charles de Gaulle; not Lionel Messi de Neymar
    cue_words = {w.fold for w in context.words[first : j + 1]}
    return word.fold in lex.linking and bool(cue_words & (lex.org_cues | lex.place_cues))


def _name_number(text: str, word: Word) -> bool:
    """``Boeing 737``, ``Ligue 1``; not a figure that follows a name (``Le Pen 21,43 %``)."""
    return word.text[:1].isdigit() and _DECIMALS.match(text, word.end) is None


def _after_initial(text: str, here: Word, nxt: Word) -> bool:
    """``Audra D. Bridges``: a one-letter initial and its dot stay inside a name."""
    if len(here.text) != 1 or not here.capitalized or text[here.end : here.end + 1] != ".":
        return False
    return text[here.end + 1 : nxt.start].strip(" ") == ""


def _possessive(context: Context, j: int, nxt: Word) -> bool:
    """``Korean People's Army``: an apostrophe-s between capitalized words, not after a known
    name (``Malaysia's Prime Minister`` is two names)."""
    here = context.words[j]
    if nxt.fold != "s" or context.text[here.end : nxt.start] not in ("'", "’"):
        return False
    return not any(k.last == j for k in context.known.values())


def _hyphenated(text: str, left: Word, right: Word) -> bool:
    """``Tae-yul``, ``Rostov-sur-le-Don``: a hyphen keeps the parts of a name together."""
    return text[left.end : right.start] in ("-", "‑")


def _trim(context: Context, first: int, last: int) -> Run | None:
    """Take what is not the name off the edges; None when nothing is left."""
    words = context.words
    cued = _title_before(context, first)
    at_start = starts_sentence(context.text, words[first], context.sentence_starts)
    while first <= last and _opener(context, first, at_start):
        cued = cued or _is_title(context, first)
        first += 1
    first, role = _skip_roles(context, first, last)
    last = _drop_tail(context, first, last)
    if first > last or not (words[first].capitalized or _ORDINAL.match(words[first].text)):
        return None
    if all(_not_a_name(context, i) for i in range(first, last + 1)):
        return None
    first = _skip_nationality(context, first, last)
    initial = starts_sentence(context.text, words[first], context.sentence_starts)
    cued = cued or role or _role_around(context, first, last)
    return Run(first, last, cued, initial and not cued)


def _opener(context: Context, i: int, at_start: bool) -> bool:
    word, lex = context.words[i], context.lex
    if _is_title(context, i):
        return True
    if at_start and (word.fold in lex.function_words or word.fold in lex.articles):
        return not word.all_caps
    return len(word.text) == 1 and context.text[word.end : word.end + 1] in ("'", "’")


def _is_title(context: Context, i: int) -> bool:
    word, titles = context.words[i], context.lex.titles
    dotted = context.text[word.end : word.end + 1] == "."
    return (dotted and f"{word.fold}." in titles) or word.fold in titles


def _title_before(context: Context, first: int) -> bool:
    return first > 0 and _is_title(context, first - 1)


def _skip_roles(context: Context, first: int, last: int) -> tuple[int, bool]:
    """Skip ``Emeritus Professor``, ``Secretary of State`` or ``Défense`` before a name."""
    words, lex = context.words, context.lex
    heads = [i for i in range(first, last) if 0 < head_at(words, i, lex) <= last - i]
    if heads:
        i = heads[-1] + head_at(words, heads[-1], lex)
        while i < last and (words[i].fold in lex.role_domains or words[i].fold in lex.connectors):
            i += 1
        return i, True
    i = first
    while i < last and words[i].fold in lex.role_domains:
        i += 1
    if i > first and role_before(context.text, words, first, lex, determined=True) is not None:
        return i, True
    return first, False


def _drop_tail(context: Context, first: int, last: int) -> int:
    """Take particles, possessive endings and role words off the end (``... Spokesperson``)."""
    words, lex = context.words, context.lex
    while last > first:
        word = words[last]
        linking = word.fold in lex.linking or word.fold in lex.particles or word.fold == "s"
        # "France 60 millions de consommateurs": a number after a place is no part of its name
        number = word.text.isdigit() and _known_ends(context, last - 1, "GPE", "LOC")
        if not (linking or number or head_at(words, last, lex) == 1):
            break
        last -= 1
    return last


def _known_ends(context: Context, i: int, *kinds: str) -> bool:
    return any(k.last == i and k.referent.type in kinds for k in context.known.values())


def _skip_nationality(context: Context, first: int, last: int) -> int:
    """``l'Allemande Christiane Heinicke``: a nationality before a person's name is not in it."""
    known = context.known.get(first)
    if known is None or known.referent.type != "NORP" or known.last >= last:
        return first
    after = context.words[known.last + 1]
    return known.last + 1 if after.fold in context.lex.given_names else first


def _not_a_name(context: Context, i: int) -> bool:
    """Days, months, numbers, portfolio and role words name nothing on their own."""
    word, lex = context.words[i], context.lex
    if word.fold in lex.not_names or word.fold in lex.role_domains or word.text.isdigit():
        return True
    return head_at(context.words, i, lex) > 0


def _role_around(context: Context, first: int, last: int) -> bool:
    """A role just before or after the name; never for a name after an article (``the Herald``)."""
    text, words, lex = context.text, context.words, context.lex
    if first > 0 and words[first - 1].fold in lex.articles:
        return False
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
        return ("ORG", False) if len(parts) > 1 else (None, False)
    if folds & lex.place_cues:
        return "LOC", False
    if parts[0].fold in lex.given_names and len(parts) > 1:
        return "PERSON", False
    if folds & lex.event_cues:
        return "EVENT", False
    if len(parts) > 1 and parts[-1].text.isdigit():
        return "PRODUCT", True
    inner = _inner_known(context, run)
    if inner is not None:
        return inner, True
    if _place_cue_around(context, run):
        return "GPE", True
    # "l'Union", "La Courneuve": a name after or beginning with an article is no person's
    determined = run.first > 0 and words[run.first - 1].fold in lex.articles
    determined = determined or words[run.first].fold in lex.articles
    return _shape_type(parts, determined), True


def retype(context: Context, first: int, last: int, kind: str) -> str:
    """Correct the recognizer's type where the name's own words say otherwise: ``Fox Searchlight
    Pictures`` is no person, ``Star India`` (a country inside a longer name) no person either."""
    lex, parts = context.lex, context.words[first : last + 1]
    folds = {w.fold for w in parts}
    if not parts[0].capitalized:  # "comité russe d'investigation" is no person's name
        return "ORG" if kind == "PERSON" else kind
    if _title_before(context, first) or role_before(context.text, context.words, first, lex):
        return "PERSON"
    if kind in ("PERSON", "LOC", "GPE") and folds & lex.org_cues and len(parts) > 1:
        return "ORG"
    if any(c.isdigit() for c in parts[-1].text) and kind != "PERSON":
        return "PRODUCT"
    inner = _inner_known(context, Run(first, last, False, False))
    if kind == "PERSON" and parts[0].fold not in lex.given_names and inner is not None:
        return "ORG"
    if kind == "PERSON" and any(_ACRONYM_HEAD.match(w.text) for w in parts):
        return "ORG"  # "JPMorgan Chase": no person's name starts with an acronym
    return kind


def _inner_known(context: Context, run: Run) -> str | None:
    """``Star India``, ``Saudi Gazette``: a known name inside a longer one makes an organization."""
    for i in range(run.first, run.last + 1):
        known = context.known.get(i)
        if known is not None and (known.first, known.last) != (run.first, run.last):
            return "PRODUCT" if known.referent.type == "PRODUCT" else "ORG"
    return None


def _shape_type(parts: list[Word], determined: bool) -> str:
    """What the shape of an unknown name suggests; after an article it is no person's name."""
    if any(any(c.isdigit() for c in w.text) for w in parts):
        return "PRODUCT"
    names = [w for w in parts if len(w.text) > 1]  # initials aside: "Audra D. Bridges"
    if 1 < len(names) <= 2 and all(_name_like(w) for w in parts) and not determined:
        return "PERSON"
    return "ORG"


def _name_like(word: Word) -> bool:
    if len(word.text) == 1:
        return word.text.isupper()
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
