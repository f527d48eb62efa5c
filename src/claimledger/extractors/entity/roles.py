"""Roles and titles written beside a name: they mark it as a person's and become descriptions.

Two shapes are read, without a parser:
1. before the name, from a role head to the name (``le secrétaire à la Défense Lloyd Austin``,
   ``l'ambassadeur adjoint des États-Unis aux Nations Unies, Robert Wood``);
2. after the name, as an apposition between commas (``Issa Tchiroma Bakary, ministre camerounais
   des Communications.``, ``John Kerry, the Secretary of State,``).
"""

from __future__ import annotations

import re

from claimledger.extractors.entity.lexicon import Lexicon
from claimledger.lang.words import Word, joined

_MAX_WORDS = 12
_MAX_FREE_WORDS = 3  # lower-case words neither heads nor connectors ("adjoint", "sud-coréen")
_COMMA = re.compile(r"\s*,\s*")


def head_at(words: list[Word], i: int, lex: Lexicon) -> int:
    """The number of words of the role head that starts at word ``i`` (0 when none)."""
    for head in lex.heads_by_first.get(words[i].fold, ()):
        n = len(head)
        if tuple(w.fold for w in words[i : i + n]) == head:
            return n
    return 0


def role_before(
    text: str, words: list[Word], first: int, lex: Lexicon, determined: bool = False
) -> tuple[int, int] | None:
    """Words (first, last) of the role written just before the name that starts at ``first``.

    ``determined`` accepts an article just before (``secrétaire à la | Défense``), where the
    words from ``first`` on are the end of the role rather than a name."""
    if first == 0:
        return None
    last = first - 1
    here, name = words[last], words[first]
    if not (joined(text, here, name) or _comma_between(text, here, name)):
        return None
    if words[last].fold in lex.articles and not determined:  # "editor at the Saudi Gazette"
        return None
    if here.fold in lex.connectors and not determined:  # "la présidente de | Médecins du monde"
        return None  # names what the role is of, not who holds it
    start = _scan_back(text, words, last, lex)
    if start is None:
        return None
    return _extend_back(text, words, start, lex), last


def _scan_back(text: str, words: list[Word], last: int, lex: Lexicon) -> int | None:
    """The furthest role head from which the words up to ``last`` read as one role."""
    best, free = None, 0
    for i in range(last, max(-1, last - _MAX_WORDS), -1):
        if i < last and not joined(text, words[i], words[i + 1]):
            break
        word = words[i]
        if head_at(words, i, lex):
            best = i
        elif word.fold in lex.determiners or word.fold in lex.function_words:
            if word.fold not in lex.connectors:
                break
        elif not word.capitalized:
            free += 1
            # "le PDG de la compagnie Flydubai": a noun after an article heads its own phrase
            if free > _MAX_FREE_WORDS or (i > 0 and words[i - 1].fold in lex.articles):
                break
    return best


def _extend_back(text: str, words: list[Word], start: int, lex: Lexicon) -> int:
    """Take in capitalized modifiers written before the head (``Malaysian Prime Minister``)."""
    while start > 0:
        prev = words[start - 1]
        if not (prev.capitalized and joined(text, prev, words[start])):
            break
        if prev.fold in lex.function_words or prev.fold in lex.determiners:
            break
        if prev.start == 0 or text[prev.start - 1] in '.!?\n«“"':
            break
        start -= 1
    return start


def role_after(text: str, words: list[Word], last: int, lex: Lexicon) -> tuple[int, int] | None:
    """Words (first, last) of a role written as an apposition after the name ending at ``last``."""
    i = last + 1
    if i >= len(words) or not _comma_between(text, words[last], words[i]):
        return None
    if words[i].fold in lex.determiners:
        i += 1
    head = next((j for j in range(i, min(i + 4, len(words))) if head_at(words, j, lex)), None)
    if head is None or any(_blocks(w, lex) for w in words[i:head]):
        return None
    end = head + head_at(words, head, lex) - 1
    while end + 1 < len(words) and end + 1 - i < _MAX_WORDS:
        nxt = words[end + 1]
        if not joined(text, words[end], nxt) or _blocks(nxt, lex):
            break
        end += 1
    while end > head and words[end].fold in lex.connectors:
        end -= 1
    return i, end


def _blocks(word: Word, lex: Lexicon) -> bool:
    """A word that cannot be inside a role: a verb-like function word, not a connector."""
    return word.fold in lex.function_words and word.fold not in lex.connectors


def _comma_between(text: str, left: Word, right: Word) -> bool:
    return _COMMA.fullmatch(text, left.end, right.start) is not None


def role_text(text: str, words: list[Word], span: tuple[int, int]) -> str:
    """The role as written."""
    first, last = span
    return text[words[first].start : words[last].end]
