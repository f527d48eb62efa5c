"""The title: the input's own, or a headline that stands first in plain text.

A first line is a headline when it is short and either the lead repeats it (the seed:
``Quelque 8000 soldats … en Russie.`` then ``Quelque 8000 soldats … en Russie près de …``),
a blank line follows it and it does not end like a sentence, or a dateline follows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_CHARS = 250
# A line ending so is a sentence of the body, unless the lead repeats it or a dateline follows.
_SENTENCE_ENDS = (".", ",", ";", ":")
_WORD = re.compile(r"\w+")


def take_title(
    lines: list[str], given: str | None, is_dateline: Callable[[str], bool]
) -> tuple[str | None, list[str], list[str]]:
    """The title, ``lines`` without it, and the lines dropped as copies of it."""
    first = _next_filled(lines, 0)
    if given and given.strip():
        title = " ".join(given.split())
        if first is not None and _words(lines[first]) == _words(title):
            return title, _without(lines, first), [lines[first]]
        return title, lines, []
    if first is None or not is_headline(lines, first, is_dateline):
        return None, lines, []
    return lines[first], _without(lines, first), []


def is_headline(lines: list[str], index: int, is_dateline: Callable[[str], bool]) -> bool:
    """Whether ``lines[index]``, the first line of the body, is its headline."""
    line = lines[index]
    if len(line) > MAX_HEADLINE_CHARS or len(line.split()) > MAX_HEADLINE_WORDS:
        return False
    following = _next_filled(lines, index + 1)
    if following is None:
        return False
    lead = lines[following]
    separated = following > index + 1 and not line.endswith(_SENTENCE_ENDS)
    return separated or is_dateline(lead) or repeats(lead, line)


def repeats(lead: str, headline: str) -> bool:
    """Whether ``lead`` starts with the words of ``headline`` and goes on."""
    lead_words, headline_words = _words(lead), _words(headline)
    size = len(headline_words)
    return 0 < size < len(lead_words) and lead_words[:size] == headline_words


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _next_filled(lines: list[str], start: int) -> int | None:
    return next((i for i in range(start, len(lines)) if lines[i].strip()), None)


def _without(lines: list[str], index: int) -> list[str]:
    # The line leaves a blank behind, so that paragraphs around it stay apart.
    return lines[:index] + [""] + lines[index + 1 :]
