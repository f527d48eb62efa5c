"""Incises inside quotation marks: `« Nous allons, a-t-il dit, tout reconstruire. »`.

French typography keeps the marks open over the writer's incise. Inside a quotation, a
comma followed by a reporting verb with its subject (an inverted pronoun, or a noun phrase)
and then by a comma or a full stop, with quoted words after it, is the writer's: its words
are read as text again (so the cue is found), and the quotation gets a gap there, so that
its quoted parts become separate quotes of one statement.
"""

from __future__ import annotations

from dataclasses import replace

from claimledger.extractors.speech.cues import find_cues
from claimledger.extractors.speech.data import SpeechData
from claimledger.extractors.speech.phrases import right_phrase, starts_role
from claimledger.extractors.speech.units import Unit

#: Tokens an incise may hold: verb, auxiliary, inserted words, subject and its descriptions.
MAX_INCISE = 24
#: Words a description after the subject may hold when it opens with no role noun.
SHORT_DESCRIPTION = 2
_ENDS = {",", ".", "!", "?", ";", "…"}


def mark_incises(unit: Unit, data: SpeechData) -> None:
    """Find the incises of the unit's quotations; unquote their words, record them as gaps."""
    for index, quotation in enumerate(unit.quotations):
        for k, tok in enumerate(unit.toks):
            inside = quotation.open_at < tok.start and tok.end < quotation.close_at - 1
            if not (inside and tok.text == "," and tok.quoted):
                continue
            end = _incise_end(unit, k, quotation.close_at, data)
            if end is None:
                continue
            for j in range(k + 1, end):
                unit.toks[j] = replace(unit.toks[j], quoted=False)
            gap = (tok.start, unit.toks[end].end)
            quotation = replace(quotation, gaps=(*quotation.gaps, gap))
            unit.quotations[index] = quotation
            break  # one incise per quotation


def _incise_end(unit: Unit, comma: int, close_at: int, data: SpeechData) -> int | None:
    """The index of the punctuation closing an incise that starts after ``comma``, if any."""
    window = [replace(t, quoted=False) for t in unit.toks[comma + 1 : comma + 1 + MAX_INCISE]]
    cues = [c for c in find_cues(window, data) if c.kind == "verb"]
    if not cues or cues[0].first != 0:
        return None
    cue = cues[0]
    after = cue.last + 1
    if cue.pronoun is None:
        subject = right_phrase(window, after, data, lambda _: False, lambda _: False)
        if subject is None:
            return None
        after = subject[1] + 1
    after = _past_appositions(window, after, data)
    if after >= len(window) or window[after].text not in _ENDS:
        return None
    end = comma + 1 + after
    more = [t for t in unit.toks[end + 1 :] if t.end < close_at and t.is_word]
    return end if more else None


def _past_appositions(window: list, at: int, data: SpeechData) -> int:
    """Past `, toxicologue, ancien de l'Anses` after the subject: the punctuation after them."""
    while at < len(window) and window[at].text == ",":
        end = at + 1
        while end < len(window) and window[end].text not in _ENDS and not window[end].mark:
            end += 1
        if end >= len(window) or window[end].mark or end == at + 1:
            return at
        opening = window[at + 1]
        described = (
            starts_role(window, at + 1, data)
            or opening.norm in data.words["role_modifiers"]  # `ancien de l'Anses`
            or end - at - 1 <= SHORT_DESCRIPTION
        )
        if not described:
            return at
        at = end
    return at
