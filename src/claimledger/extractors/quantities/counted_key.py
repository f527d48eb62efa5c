"""The key of what a figure counts: lemmas in lower case, determiners left out.

With a lemmatizer the key is the words' lemmas (``soldats nord-coréens`` → ``soldat
nord-coréen``). Without one it is a light lemma from the language's endings: plurals stripped
from every word, feminine endings from the words after the first (French adjectives follow
their noun: ``troupes nord-coréennes`` → ``troupe nord-coréen``); invariable words kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimledger.extractors.quantities.data import AmountData, fold

if TYPE_CHECKING:
    from claimledger.extractors.quantities.counted import CountedContext
    from claimledger.extractors.quantities.words import Word

_PUNCTUATION = re.compile(r"^[\W_]+$")


def counted_key(words: list[Word], context: CountedContext) -> str | None:
    """The key of a noun phrase given as words of the Doc."""
    determiners = context.sets("determiners")
    parts: list[str] = []
    for word in words:
        if word.folded in determiners or _PUNCTUATION.match(word.text):
            continue
        if context.words.has_lemma and word.lemma:
            parts.append(word.lemma.lower())
        else:
            parts.append(light_lemma(word.folded, context.data, first=not parts))
    return " ".join(p for p in parts if p) or None


def key_of_text(text: str, context: CountedContext) -> str | None:
    """The key of a phrase given as text (a hyphenated noun, a unit as written)."""
    parts = [fold(p) for p in re.split(r"\s+", text.strip()) if p]
    keys = [light_lemma(p, context.data, first=i == 0) for i, p in enumerate(parts)]
    return " ".join(k for k in keys if k) or None


def light_lemma(word: str, data: AmountData, first: bool = True) -> str:
    """``word`` without its plural (and, after the first word, feminine) ending."""
    counted = data.table["counted"]
    elisions = {fold(k): v for k, v in counted["elisions"].items()}
    if word in elisions:
        return elisions[word]
    if word in {fold(w) for w in counted["invariable"]}:
        return word
    word = _replace_ending(word, counted["plural_endings"])
    if not first:
        word = _replace_ending(word, counted["feminine_endings"])
    return word


def _replace_ending(word: str, endings: list[list[str]]) -> str:
    """``word`` with the first matching ending replaced, when enough of it remains."""
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: len(word) - len(ending)] + replacement
    return word
