"""Speakers read from a dependency parse, when the article was parsed.

The speaker of a reporting verb is its subject (its agent when passive), with the subject's
whole subtree but without a relative clause (`Jean Ping, qui se disait vainqueur`); the
source of a marker is the noun the marker is the case of (`selon [son porte-parole, Fraser
Seitel]`). Labels come from the language's data, so a parser with other labels only needs
other data. Where the parse says nothing, the caller falls back on the words alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extractors.speech.cues import Cue
from claimledger.extractors.speech.data import SpeechData
from claimledger.extractors.speech.phrases import Phrase
from claimledger.extractors.speech.units import Unit


def is_parsed(doc: Doc) -> bool:
    """Whether the Doc carries a dependency parse."""
    return doc.has_annotation("DEP")


def parsed_source(doc: Doc, unit: Unit, cue: Cue, data: SpeechData) -> Phrase | None:
    """The speaker phrase the parse gives for ``cue``, in the unit's token indices."""
    head = doc[unit.toks[cue.head].i]
    if cue.kind in ("marker", "opinion"):
        marker = doc[unit.toks[cue.last].i]
        if marker.dep_ not in data.labels["case"] or marker.head.i <= marker.i:
            return None  # the source follows its marker: `selon [X]`
        return _phrase(
            marker.head,
            unit,
            data,
            exclude={t.i for t in marker.head.children if t.dep_ in data.labels["case"]},
        )
    labels = data.labels
    wanted = labels["agent"] if cue.passive else labels["subject"] - labels["passive_subject"]
    for verb in (head, head.head if head.dep_ in labels["conjunct"] else None):
        if verb is None:
            continue
        found = []
        for child in verb.children:
            if child.dep_ in wanted:
                case = {t.i for t in child.children if t.dep_ in labels["case"]}
                found.append(_phrase(child, unit, data, exclude=case))
        if found:
            return _joined(found)
    return None


def _joined(found: list[Phrase | None]) -> Phrase | None:
    """The first subject, with the subjects that follow it word after word: a parser may cut
    one subject in two (`[Facebook co-founder] [Mark Zuckerberg] tweeted`)."""
    first = found[0]
    for phrase in found[1:]:
        if first is None or phrase is None or phrase[0] != first[1] + 1:
            break
        first = (first[0], phrase[1])
    return first


def parsed_subjects(doc: Doc, unit: Unit, data: SpeechData) -> list[Phrase]:
    """The subjects the parse gives to the verbs heading the unit's sentences, whatever the
    verb (`Matthew Ingram dubbed ...`, `John Cornyn issued a statement`), standing before it
    and outside quotations."""
    index = {tok.i: k for k, tok in enumerate(unit.toks)}
    found = []
    for tok in unit.toks:
        token = doc[tok.i]
        if tok.quoted or token.dep_ not in data.labels["subject"]:
            continue
        if token.pos_ in data.labels["verb_tags"]:
            continue  # `[Writing] in a blog post, Matthew Ingram dubbed`: a misread clause
        if index.get(token.head.i, -1) <= index[tok.i] or not _main_clause(token.head, data):
            continue  # `Il a indiqué que [la Russie] formait`: what is said, not who speaks
        phrase = _subject_phrase(token, unit, data)
        if phrase is not None and not any(t.quoted for t in unit.toks[phrase[0] : phrase[1] + 1]):
            found.append(phrase)
    return found


def _main_clause(verb: Token, data: SpeechData) -> bool:
    """Whether the verb heads its sentence, alone or as a conjunct of the verb that does."""
    if verb.dep_ in data.labels["conjunct"]:
        verb = verb.head
    return verb.head == verb


def _subject_phrase(token: Token, unit: Unit, data: SpeechData) -> Phrase | None:
    """The subject's phrase; a name's prepositional modifiers are left out (`Matthew Ingram
    [of The Globe and Mail]`), a noun keeps them (`le cabinet du ministre`)."""
    case = data.labels["case"]
    exclude = {t.i for t in token.children if t.dep_ in case}
    if token.text[:1].isupper():
        for child in token.children:
            if child.i > token.i and any(c.dep_ in case for c in child.children):
                exclude.update(t.i for t in child.subtree)
    return _phrase(token, unit, data, exclude=exclude)


def parsed_content(doc: Doc, unit: Unit, cue: Cue, data: SpeechData) -> Phrase | None:
    """The complement clause of the verb (`que ...`), when the parse marks one."""
    head = doc[unit.toks[cue.head].i]
    for child in head.children:
        if child.dep_ in data.labels["content"] and child.i > head.i:
            return _phrase(child, unit, data, exclude=set(), keep_relatives=True)
    return None


def _phrase(
    token: Token, unit: Unit, data: SpeechData, exclude: set[int], keep_relatives: bool = False
) -> Phrase | None:
    """The subtree of ``token`` as unit token indices, without relative clauses or ``exclude``."""
    skipped = set(exclude)
    if not keep_relatives:
        for t in token.subtree:
            if t.dep_ in data.labels["relative"] and t.i != token.i:
                skipped.update(s.i for s in t.subtree)
    kept = [t.i for t in token.subtree if t.i not in skipped]
    index = {tok.i: k for k, tok in enumerate(unit.toks)}
    positions = sorted(index[i] for i in kept if i in index)
    if not positions:
        return None
    first, last = positions[0], _contiguous_end(positions)
    while first < last and not unit.toks[first].is_word:
        first += 1
    while last > first and not unit.toks[last].is_word:
        last -= 1
    return (first, last)


def _contiguous_end(positions: list[int]) -> int:
    """The end of the first run of positions (a subtree cut by a relative clause stops there)."""
    end = positions[0]
    for p in positions[1:]:
        if p != end + 1:
            break
        end = p
    return end
