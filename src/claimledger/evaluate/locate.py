"""Where a gold text lies in an article: the body, and the n-th case-insensitive occurrence.

Gold files give texts, not offsets. Occurrences count case-insensitively in the body (the
article without its title and boilerplate lines), with apostrophe variants and non-breaking
spaces unified; folding is one character for one, so an offset in the folded text is an
offset in the original.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimledger.evaluate.gold import Gold

#: Stands for the characters of a masked line: no gold text contains it.
MASK = "\x00"

_UNIFY = str.maketrans(
    {c: "'" for c in "\u2019\u2018\u02bc\u00b4`\u2032\uff07"}
    | {"\u00a0": " ", "\u202f": " ", "\u2007": " "}
)

Span = tuple[int, int]


def fold(text: str) -> str:
    """``text`` lower-cased with apostrophes and spaces unified, one character for one."""
    text = text.translate(_UNIFY)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (İ) lower to two: keep those as they are, so offsets never shift.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def squash(text: str) -> str:
    """``text`` with runs of white space made one space, and stripped."""
    return " ".join(text.translate(_UNIFY).split())


def is_title_or_boilerplate(line: str, gold: Gold) -> bool:
    """Whether ``line`` is the gold title or one of its boilerplate lines."""
    line = squash(line)
    return bool(line) and (line == squash(gold.title) or line in _boilerplate(gold))


def body_text(article: str, gold: Gold) -> str:
    """The article body: ``article`` without its title and boilerplate lines."""
    kept = [line for line in article.splitlines() if not is_title_or_boilerplate(line, gold)]
    return "\n".join(kept).strip()


def mask_outside_body(text: str, gold: Gold) -> str:
    """``text`` folded, with title and boilerplate lines masked so nothing is found there."""
    folded = fold(text)
    parts, start = [], 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        if is_title_or_boilerplate(content, gold):
            parts.append(MASK * len(content))
        else:
            parts.append(folded[start : start + len(content)])
        parts.append(folded[start + len(content) : start + len(line)])
        start += len(line)
    return "".join(parts)


def _boilerplate(gold: Gold) -> set[str]:
    return {squash(item) for item in gold.boilerplate}


def find_occurrence(folded: str, needle: str, occurrence: int = 1) -> Span | None:
    """The span of the ``occurrence``-th (1-based) ``needle`` in already ``folded`` text."""
    needle = fold(needle.strip())
    if not needle or occurrence < 1:
        return None
    start = -1
    for _ in range(occurrence):
        start = folded.find(needle, start + 1)
        if start < 0:
            return None
    return start, start + len(needle)


def locate_texts(folded: str, texts: Sequence[str], occurrences: Sequence[int | None]) -> list:
    """The span of each gold text in ``folded``, or None where it is not found.

    An explicit occurrence wins; otherwise the k-th item of the list with the same text is
    taken to be its k-th occurrence, so that a phrase said twice is annotated twice.
    """
    seen: dict[str, int] = {}
    spans: list[Span | None] = []
    for text, occurrence in zip(texts, occurrences, strict=True):
        key = fold(text.strip())
        seen[key] = seen.get(key, 0) + 1
        spans.append(find_occurrence(folded, text, occurrence or seen[key]))
    return spans
