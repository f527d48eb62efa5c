"""The key of what a figure counts: lemmas in lower case, determiners left out.

The key is a light lemma from the language's endings: plurals stripped from every word,
feminine endings from the words after the first (French adjectives follow their noun:
``troupes nord-coréennes`` → ``troupe nord-coréen``); invariable words kept. A lemmatizer's
lemma replaces it where the two differ and the lemma is a form the endings give (``bleus`` →
``bleu``) or an irregular one (``yeux`` → ``œil``), not a stem cut inside the word (a trained
lemmatizer writes ``nord-coréenn``). A participle keeps its written form (``nommés`` →
``nommé``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimledger.extractors.quantities.data import AmountData, fold
from claimledger.extractors.quantities.phrases import qualifies

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
        parts.append(_word_key(word, context, first=not parts))
    return " ".join(p for p in parts if p) or None


def _word_key(word: Word, context: CountedContext, first: bool) -> str:
    """The lemmatizer's lemma where it is a plausible form of the word, else the light lemma."""
    rule = light_lemma(word.folded, context.data, first=first)
    lemma = fold(word.lemma) if context.words.has_lemma else ""
    if not lemma or lemma == rule:
        return rule
    # A participle keeps its written form (`joueurs nommés` → `joueur nommé`, not `nommer`).
    if qualifies(word, context):
        return rule
    # A lemma the endings give is a form of the word (`bleus` → `bleu`, which the rules keep
    # whole for `bus`); one cut elsewhere inside the word is a stem (`nord-coréennes` →
    # `nord-coréenn`); one that is no prefix is an irregular form (`yeux` → `œil`).
    if word.folded.startswith(lemma) and lemma not in _forms(word.folded, context.data):
        return rule
    return lemma


def _forms(word: str, data: AmountData) -> set[str]:
    """Every form of ``word`` one plural ending, then one feminine ending, may give."""
    counted = data.table["counted"]
    singulars = {word} | _replaced(word, counted["plural_endings"])
    forms = set(singulars)
    for singular in singulars:
        forms |= _replaced(singular, counted["feminine_endings"])
    return forms


def _replaced(word: str, endings: list[list[str]]) -> set[str]:
    """``word`` with each matching ending replaced in turn."""
    return {
        word[: len(word) - len(ending)] + replacement
        for ending, replacement in endings
        if word.endswith(ending) and len(word) > len(ending) + 2
    }


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
