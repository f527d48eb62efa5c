"""Attributions in one unit: for each cue, who speaks (as a phrase), and on which side.

A verb's speaker is a subject before it with the content after (`X a déclaré que ...`), an
inverted subject or pronoun after it with the content before (`..., a déclaré X`, `« ... »,
a-t-il dit`), between commas inside the clause it reports (`X, said Y, is ...`), a
subject before it and the content before that (`"...," Baird said`), or
the subject of an earlier verb (`... et rappelé que`, `en expliquant que`); a marker's is the
phrase after it (`selon X`). Where the words alone find no speaker, the parse gives one.
Contents are read afterwards (``reading``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from claimledger.extractors.speech import phrases
from claimledger.extractors.speech.cues import Cue, find_cues, is_verb_at
from claimledger.extractors.speech.data import SpeechData
from claimledger.extractors.speech.parse import is_parsed, parsed_source
from claimledger.extractors.speech.phrases import Phrase
from claimledger.extractors.speech.subjects import left_boundary
from claimledger.extractors.speech.units import Unit


@dataclass
class Attribution:
    """One piece of reported speech in a unit, before its speaker is resolved."""

    unit: Unit
    cue: Cue
    mode: str  # subject, inverted, inherit, passive, marker or conditional
    source: Phrase | None = None
    content: Phrase | None = None
    clause_only: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def clause(self) -> Phrase:
        """The reporting clause: the cue and its speaker phrase."""
        points = [self.cue.first, self.cue.last] + (list(self.source) if self.source else [])
        return (min(points), max(points))


def find_attributions(unit: Unit, doc: Doc, data: SpeechData, skip: set[int]) -> list[Attribution]:
    """The attributions of ``unit``'s cues, contents not read yet; ``skip``: offsets of times."""
    toks = unit.toks
    cues = find_cues(toks, data)
    cue_tokens = {k for c in cues if c.kind == "verb" for k in range(c.first, c.last + 1)}

    def is_cue(k: int) -> bool:
        return k in cue_tokens or is_verb_at(toks, k, data)

    def is_time(k: int) -> bool:
        return toks[k].start in skip

    found = []
    for index, cue in enumerate(cues):
        previous = cues[index - 1].last if index else -1
        if cue.kind == "verb":
            att = _verb(unit, cue, previous, data, is_cue, is_time)
        else:
            att = _marker(unit, cue, data, is_cue, is_time)
        if is_parsed(doc):
            att = _with_parse(doc, unit, cue, att, data)
        if att is not None:
            found.append(att)
    return found


def _verb(
    unit: Unit, cue: Cue, previous: int, data: SpeechData, is_cue, is_time
) -> Attribution | None:
    """The speaker phrase and direction of a verb cue."""
    toks = unit.toks
    quotation = _quotation_around(unit, cue)
    if quotation is not None:  # an incise: `« Nous allons, a-t-il dit, tout reconstruire »`
        source = (cue.pronoun, cue.pronoun) if cue.pronoun is not None else None
        source = source or phrases.right_phrase(toks, cue.last + 1, data, is_cue, is_time)
        att = Attribution(unit, cue, "inverted", source)
        att.extra["quotation"] = quotation
        return att if source is not None else None
    if cue.pronoun is not None:
        return Attribution(unit, cue, "inverted", (cue.pronoun, cue.pronoun))
    if cue.passive:
        return _passive(unit, cue, data, is_cue, is_time)
    if cue.coordinated or cue.clause_gerund:
        return Attribution(unit, cue, "inherit")
    if cue.category == "gerund":
        after_comma = cue.first and toks[cue.first - 1].text == ","
        before = phrases.trailing_phrase(toks, cue.first - 1, data, is_cue) if after_comma else None
        return Attribution(unit, cue, "subject" if before else "inherit", before)
    return _by_position(unit, cue, previous, data, is_cue, is_time)


def _by_position(
    unit: Unit, cue: Cue, previous: int, data: SpeechData, is_cue, is_time
) -> Attribution | None:
    """A finite verb: its subject before it, after it (an incise), or shared with a verb before."""
    toks = unit.toks
    boundary = left_boundary(toks, cue.first, previous, data)
    relative = boundary >= 0 and toks[boundary].norm in data.words["relatives"]
    if relative and boundary == cue.first - 1:
        antecedent = phrases.trailing_phrase(toks, boundary - 1, data, is_cue)
        return Attribution(unit, cue, "subject", antecedent) if antecedent else None
    comparative = cue.first > 0 and _after_comparative(toks, cue.first, data) > 0
    left = None
    if comparative:
        cue.first = _after_comparative(toks, cue.first, data)  # `comme le rappelle`
    else:
        left = phrases.left_phrase(toks, boundary + 1, cue.first - 1, data, is_cue)
    right = phrases.right_phrase(toks, cue.last + 1, data, is_cue, is_time)
    if isinstance(left, tuple) and _open_incise(toks, cue, left, right, data, is_time):
        att = Attribution(unit, cue, "inverted", right)
        att.extra["around"] = True  # `Institutional recipients, said Mauer, are required`
        return att
    if isinstance(left, tuple):
        return Attribution(unit, cue, "subject", left)
    if right is not None and _closes_clause(toks, right, data):
        return Attribution(unit, cue, "inverted", right, clause_only=comparative)
    return Attribution(unit, cue, "inherit") if left == "coordinated" else None


def _open_incise(
    toks, cue: Cue, left: Phrase, right: Phrase | None, data: SpeechData, is_time
) -> bool:
    """`Institutional recipients, said Mauer, are required to ...`: a verb and its inverted
    subject between commas, inside a clause whose subject stands before them and whose verb
    follows them, is the writer's incise outside quotation marks."""
    if right is None or cue.pronoun is not None or left[1] != cue.first - 2:
        return False
    if toks[cue.first - 1].text != "," or any(is_time(k) for k in range(right[0], right[1] + 1)):
        return False
    after = right[1] + 1
    if after + 1 >= len(toks) or toks[after].text != "," or toks[after + 1].quoted:
        return False
    w = data.words
    return toks[after + 1].norm in w["auxiliaries"] or toks[after + 1].norm in w["modals"]


def _with_parse(doc: Doc, unit: Unit, cue: Cue, att: Attribution | None, data: SpeechData):
    """The attribution, or where words alone found none, the one the parse gives.

    The rules read the shapes of reported speech that news writing uses (incises, inverted
    subjects, markers) more surely than a parser trained on other text does; the parse
    reads what words alone cannot, such as a subject holding a relative clause.
    """
    if att is not None or cue.passive:
        return att
    parsed = parsed_source(doc, unit, cue, data)
    if cue.kind != "verb":
        opens = parsed is not None and parsed[0] == cue.last + 1 and cue.kind == "marker"
        opens = opens and phrases.starts_phrase(unit.toks, parsed[0], data)  # not `lesquelles`
        return Attribution(unit, cue, "marker", parsed) if opens else None
    if parsed is None or not _plausible_subject(unit, cue, parsed, data):
        return None
    mode = "subject" if parsed[1] < cue.first else "inverted"
    return Attribution(unit, cue, mode, parsed)


def _plausible_subject(unit: Unit, cue: Cue, phrase: Phrase, data: SpeechData) -> bool:
    """A parsed subject outside quotations, beside the cue, opening like a noun phrase."""
    toks = unit.toks
    first, last = phrase
    if any(t.quoted for t in toks[first : last + 1]) or first <= cue.last and last >= cue.first:
        return False
    if toks[first].norm in data.words["relatives"]:
        return False  # `qui`: the rules read its antecedent
    return phrases.starts_phrase(toks, first, data)


def _quotation_around(unit: Unit, cue: Cue) -> Phrase | None:
    """The mark tokens of the quotation the cue stands inside, if it does."""
    toks = unit.toks
    at = toks[cue.first].start
    for quotation in unit.quotations:
        if quotation.open_at < at < quotation.close_at:
            opening = next(k for k, t in enumerate(toks) if t.start == quotation.open_at)
            closing = next((k for k, t in enumerate(toks) if t.end == quotation.close_at), None)
            return (opening, closing if closing is not None else len(toks) - 1)
    return None


def _after_comparative(toks, first: int, data: SpeechData) -> int:
    """`comme le rappelle`: the index of `comme` (the verb reports the clause before), else 0."""
    j = first - 1
    while j >= 0 and toks[j].norm in data.words["clitics"]:
        j -= 1
    return j if j > 0 and toks[j].norm in data.words["comparatives"] else 0


def _closes_clause(toks, phrase: Phrase, data: SpeechData) -> bool:
    """Whether an inverted subject ends its clause (`..., a déclaré X.` / `X lors de ...`)."""
    after = phrase[1] + 1
    if after >= len(toks):
        return True
    tok = toks[after]
    return (
        (not tok.is_word)
        or tok.norm in data.words["prepositions"]
        or tok.norm in data.words["coordinators"]
    )


def _passive(unit: Unit, cue: Cue, data: SpeechData, is_cue, is_time) -> Attribution | None:
    """`a été annoncé par X`: the agent speaks, the subject is what was said."""
    toks = unit.toks
    j = cue.last + 1
    if cue.needs_clause:
        return None
    if j < len(toks) and toks[j].norm in data.words["agent"]:
        agent = phrases.right_phrase(toks, j + 1, data, is_cue, is_time)
        if agent is not None:
            return Attribution(unit, cue, "passive", agent)
    return None


def _marker(unit: Unit, cue: Cue, data: SpeechData, is_cue, is_time) -> Attribution | None:
    """`selon X`, `d'après X`, `according to X`, and `Pour X,` at a clause start."""
    toks = unit.toks
    source = phrases.right_phrase(toks, cue.last + 1, data, is_cue, is_time)
    if source is None:
        return None
    if cue.kind == "opinion":
        after = source[1] + 1
        if after >= len(toks) or toks[after].text != ",":
            return None
        quoted = after + 1 < len(toks) and toks[after + 1].mark  # `Pour la toxicologue, « ... »`
        if not (quoted or _speaker_like(toks, source, data)):
            return None
    return Attribution(unit, cue, "marker", source)


def _speaker_like(toks, phrase: Phrase, data: SpeechData) -> bool:
    """A name, a role or a pronoun: what `Pour ...,` needs to report an opinion."""
    first, last = phrase
    k = first
    while k < last and toks[k].norm in data.words["determiners"]:
        k += 1
    return toks[k].is_cap or phrases.starts_role(toks, k, data) or phrases.is_pronoun(toks[k], data)
