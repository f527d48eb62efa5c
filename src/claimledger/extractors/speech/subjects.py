"""Subjects in a unit: who the sentence speaks of, remembered for pronouns and partial quotes.

The subject of an auxiliary or a reporting verb is read back from the verb to the nearest
clause boundary (a subordinator, a colon, a quotation); after `qui` it is the relative's
antecedent (`François Hollande, qui a conditionné ...`).
"""

from __future__ import annotations

from claimledger.extractors.speech import phrases
from claimledger.extractors.speech.cues import is_verb_at
from claimledger.extractors.speech.data import SpeechData
from claimledger.extractors.speech.phrases import Phrase
from claimledger.extractors.speech.units import Tok, Unit

_STOPS = {";", ":", ".", "!", "?", "…"}


def left_boundary(toks: list[Tok], first: int, previous: int, data: SpeechData) -> int:
    """The index of what closes the stretch where a subject before ``first`` can stand."""
    w = data.words
    j = first - 1
    while j > previous:
        tok = toks[j]
        if (
            tok.quoted
            or tok.text in _STOPS
            or tok.norm in w["subordinators"]
            or tok.norm in w["that"]
        ):
            return j
        j -= 1
    return previous


def subject_phrases(unit: Unit, data: SpeechData) -> list[Phrase]:
    """The subjects of the unit's auxiliaries and reporting verbs, outside quotations, with
    those the parse gives to other verbs where it was parsed."""
    found = _word_subjects(unit, data)
    taken = {k for first, last in found for k in range(first, last + 1)}
    for first, last in unit.parsed_subjects:
        if not taken & set(range(first, last + 1)):
            found.append((first, last))
    return sorted(found)


def _word_subjects(unit: Unit, data: SpeechData) -> list[Phrase]:
    """The subjects of the unit's auxiliaries and reporting verbs, read from the words."""
    toks = unit.toks
    w = data.words

    def is_verb(k: int) -> bool:
        aux = toks[k].norm in w["auxiliaries"] and not phrases.is_possessive(toks, k, data)
        return (aux and not toks[k].quoted) or is_verb_at(toks, k, data)

    found: list[Phrase] = []
    previous = -1
    for k in range(len(toks)):
        if not is_verb(k):
            continue
        end = k - 1
        while end > previous and (
            toks[end].norm in w["clitics"] or toks[end].norm in w["negation_before"]
        ):
            end -= 1
        boundary = left_boundary(toks, end + 1, previous, data)
        if boundary >= 0 and boundary == end and toks[boundary].norm in w["relatives"]:
            phrase = phrases.trailing_phrase(toks, boundary - 1, data, is_verb)
        else:
            left = phrases.left_phrase(toks, boundary + 1, end, data, is_verb)
            phrase = left if isinstance(left, tuple) else None
        if phrase is not None:
            found.append(phrase)
        previous = k
    return found
