"""Which language an article is in: offline, from the stop words spaCy ships per language.

Each word counts for every language whose stop-word list holds it, shared among them, so
that words common to several languages (``a``, ``de``, ``la``) weigh little. Languages
beyond French and English are scored too, so that a German text is recognized as German,
and refused, rather than analysed as bad French.
"""

from __future__ import annotations

import re
from functools import cache

from claimledger.lang import spacy_stop_words

#: Languages scored: those claimledger supports and their neighbours most often met.
CANDIDATES = ("fr", "en", "de", "es", "it", "pt", "nl")
# Below this much evidence (stop words, shared ones counting for less), the text is too short.
MIN_EVIDENCE = 1.5
# The winner must lead the runner-up by this factor, or the text is ambiguous.
MIN_LEAD = 1.5
# The start of a text says its language as well as the whole does.
_SAMPLE_CHARS = 20_000
# Words with an elided article keep their apostrophe: `l'`, `d'`, `qu'` are French stop words.
_WORD = re.compile(r"[^\W\d_]+['’]?")


def identify_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it is too short to tell."""
    scores = score_languages(text)
    ranked = sorted(scores, key=scores.get, reverse=True)
    best, runner_up = scores[ranked[0]], scores[ranked[1]]
    if best < MIN_EVIDENCE or best < MIN_LEAD * runner_up:
        return None
    return ranked[0]


def score_languages(text: str) -> dict[str, float]:
    """Evidence for each candidate language: its stop words in ``text``, shared ones split."""
    owners = _stop_word_owners()
    scores = dict.fromkeys(CANDIDATES, 0.0)
    for word in _WORD.findall(text[:_SAMPLE_CHARS].casefold()):
        languages = owners.get(word.replace("’", "'"))
        for code in languages or ():
            scores[code] += 1 / len(languages)
    return scores


@cache
def _stop_word_owners() -> dict[str, tuple[str, ...]]:
    """Every stop word of the candidates, with the languages that list it."""
    owners: dict[str, set[str]] = {}
    for code in CANDIDATES:
        for word in spacy_stop_words(code):
            owners.setdefault(word.casefold().replace("’", "'"), set()).add(code)
    return {word: tuple(sorted(codes)) for word, codes in owners.items()}
