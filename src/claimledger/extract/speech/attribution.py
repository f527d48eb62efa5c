"""Attributions in one unit: for each cue, who speaks (as a phrase) and what is reported.

1. Find the cues (reporting verbs, markers) outside the quotations.
2. Give each verb its speaker phrase and its direction: a subject before it with the
   content after (`X a déclaré que ...`), an inverted subject or pronoun after it with the
   content before (`..., a déclaré X`, `« ... », a-t-il dit`), a subject before it and the
   content before that (`"...," Baird said`), or the subject of an earlier verb
   (`... et rappelé que`, `en expliquant que`). The parse gives the subject where there is one.
3. Cut the unit between the attributions, then read each content (see ``content``).
4. Markers take the clause they open, close or sit in, unless a verb inside reports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from claimledger.extract.speech import content as contents
from claimledger.extract.speech import phrases
from claimledger.extract.speech.cues import Cue, conditional_cue, find_cues, is_verb_at
from claimledger.extract.speech.data import SpeechData
from claimledger.extract.speech.parse import is_parsed, parsed_source
from claimledger.extract.speech.phrases import Phrase
from claimledger.extract.speech.units import Unit

_STOPS = {";", ":", ".", "!", "?", "…"}


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


def attribute_unit(unit: Unit, doc: Doc, data: SpeechData, skip: set[int]) -> list[Attribution]:
    """The attributions of ``unit``, in text order; ``skip`` holds token offsets of times."""
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
        att = (
            _verb(unit, cue, previous, data, is_cue, is_time)
            if cue.kind == "verb"
            else _marker(unit, cue, data, is_cue, is_time)
        )
        if is_parsed(doc):
            att = _with_parse(doc, unit, cue, att, data)
        if att is not None:
            found.append(att)
    # An attribution that reports nothing even alone must not cut the others short.
    found = [a for a in found if _read_contents([a], data) or a.content is not None]
    while True:
        _read_contents(found, data)
        kept = [a for a in found if a.content is not None]
        if len(kept) == len(found):
            break
        found = kept
    found = [a for a in found if not _restates(a, data)]
    found = [piece for a in found for piece in _split_trailing_quotation(a, data)]
    found = _drop_nested_markers(found)
    if not found:
        conditional = conditional_cue(toks, data)
        if conditional is not None:
            att = Attribution(
                unit,
                conditional,
                "conditional",
                content=contents.trim(toks, 0, len(toks) - 1, data),
            )
            found = [att] if att.content else []
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
        before = (
            phrases.trailing_phrase(toks, cue.first - 1, data, is_cue)
            if cue.first and toks[cue.first - 1].text == ","
            else None
        )
        return (
            Attribution(unit, cue, "subject", before)
            if before
            else Attribution(unit, cue, "inherit")
        )
    boundary = _left_boundary(toks, cue.first, previous, data)
    if (
        boundary >= 0
        and toks[boundary].norm in data.words["relatives"]
        and boundary == cue.first - 1
    ):
        antecedent = phrases.trailing_phrase(toks, boundary - 1, data, is_cue)
        return Attribution(unit, cue, "subject", antecedent) if antecedent else None
    comparative = cue.first > 0 and _after_comparative(toks, cue.first, data) > 0
    if comparative:
        cue.first = _after_comparative(toks, cue.first, data)  # `comme le rappelle`
    left = (
        None
        if comparative
        else phrases.left_phrase(toks, boundary + 1, cue.first - 1, data, is_cue)
    )
    if isinstance(left, tuple):
        return Attribution(unit, cue, "subject", left)
    right = phrases.right_phrase(toks, cue.last + 1, data, is_cue, is_time)
    if right is not None and _closes_clause(toks, right, data):
        return Attribution(unit, cue, "inverted", right, clause_only=comparative)
    if left == "coordinated":
        return Attribution(unit, cue, "inherit")
    return None


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


def _left_boundary(toks, first: int, previous: int, data: SpeechData) -> int:
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


def _read_contents(found: list[Attribution], data: SpeechData) -> None:
    """Give each attribution its content, the unit cut between them.

    An attribution that opens the complement of an earlier one (`raconte que l'homme a
    fait savoir que ...`) is nested: it does not cut the earlier content short.
    """
    nested_in = _nested(found, data)
    for index, att in enumerate(found):
        toks = att.unit.toks
        lo = found[index - 1].clause[1] + 1 if index else 0
        later = [f for k, f in enumerate(found) if k > index and nested_in.get(k) != index]
        hi = later[0].clause[0] - 1 if later else len(toks) - 1
        if index in nested_in:
            att.extra["nested"] = True
        if "quotation" in att.extra:
            att.content = att.extra["quotation"]
        elif att.mode in ("inverted",):
            att.content = contents.content_before(
                toks, lo, att.cue.first - 1, data, att.clause_only
            )
            att.content = _with_quotation_after(toks, att.content, att.clause[1], hi)
            if att.content and _stands_for_before(toks, att.content, data):
                att.extra["anaphoric"] = True  # `C'est ce qu'a annoncé X`: the sentence before
        elif att.mode == "passive":
            att.content = contents.content_before(toks, lo, att.cue.first - 1, data, True)
        elif att.mode == "marker":
            att.content = contents.marker_content(toks, att.cue, att.source, lo, hi, data)
        else:
            _content_after(att, lo, hi, later, data)


def _nested(found: list[Attribution], data: SpeechData) -> dict[int, int]:
    """``{index: outer index}`` for attributions whose subject opens an earlier complement."""
    nested: dict[int, int] = {}
    for index, att in enumerate(found):
        if att.mode not in ("subject", "inherit"):
            continue
        toks = att.unit.toks
        start = contents.complement_start(toks, att.cue.last + 1, len(toks) - 1, data)
        # `raconte que l'homme a fait savoir`, `said he believes`: the clause opens the content
        opening = {start, att.cue.last + 1} - {None}
        for k in range(index + 1, len(found)):
            if found[k].mode == "subject" and found[k].clause[0] in opening:
                nested[k] = index
    return nested


def _content_after(
    att: Attribution, lo: int, hi: int, later: list[Attribution], data: SpeechData
) -> None:
    """Content after a verb; else (`"...," Baird said`) the content before its subject."""
    toks = att.unit.toks
    limit = hi
    if later and later[0].mode == "inverted":
        before = contents.content_before(
            toks, att.cue.last + 1, later[0].cue.first - 1, data, later[0].clause_only
        )
        limit = before[0] - 1 if before else hi
    start = att.cue.last + 1
    if att.source is not None and lo < att.source[0] <= start:
        before = contents.content_before(toks, lo, att.source[0] - 1, data)
        if before is not None and toks[before[1]].mark:  # `"...," Baird said`
            att.content = _with_quotation_after(toks, before, att.cue.last, limit)
            att.extra["before_subject"] = True
            return
    att.content = contents.content_after(toks, att.cue, start, limit, data)


def _stands_for_before(toks, content: Phrase, data: SpeechData) -> bool:
    """Whether the content is only `C'est ce (qu')`, `That is what`: said in the sentence before."""
    return tuple(t.norm for t in toks[content[0] : content[1] + 1]) in data.anaphoric


def _with_quotation_after(toks, content: Phrase | None, end: int, hi: int) -> Phrase | None:
    """`"We will rebuild," he said, "and fast."`: the quotation after the incise goes on."""
    if content is None or not toks[content[1]].mark:
        return content
    k = end + 1
    if k + 1 <= hi and toks[k].text == "," and toks[k + 1].mark:
        closing = next((j for j in range(k + 2, hi + 1) if toks[j].mark), None)
        if closing is not None:
            return (content[0], closing)
    return content


def _split_trailing_quotation(att: Attribution, data: SpeechData) -> list[Attribution]:
    """`said resources would be accessible, "For example, ..."`: two statements, one quoted."""
    toks = att.unit.toks
    if att.mode != "subject" or att.content is None or toks[att.content[0]].mark:
        return [att]
    first, last = att.content
    if not toks[last].mark:
        return [att]
    opening = next((k for k in range(last - 1, first, -1) if toks[k].mark), None)
    if opening is None or toks[opening - 1].text != "," or opening + 1 > last - 1:
        return [att]
    quoted = [t.text for t in toks[opening + 1 : last] if t.is_word]
    if not toks[opening + 1].text[:1].isupper() or len(quoted) < MIN_SPLIT_WORDS:
        return [att]
    head = contents.trim(toks, first, opening - 2, data)
    if head is None:
        return [att]
    quote = Attribution(
        att.unit, att.cue, att.mode, att.source, (opening, last), extra=dict(att.extra)
    )
    att.content = head
    return [att, quote]


#: Words a quotation after a reported clause needs to count as a statement of its own.
MIN_SPLIT_WORDS = 6


def _restates(att: Attribution, data: SpeechData) -> bool:
    """`said he believes ...`: a nested verb whose subject is a pronoun restates the outer one."""
    if not att.extra.get("nested") or att.source is None or att.source[0] != att.source[1]:
        return False
    return phrases.is_pronoun(att.unit.toks[att.source[0]], data)


def _drop_nested_markers(found: list[Attribution]) -> list[Attribution]:
    """`According to ABC News, Basya believes ...`: the verb inside reports it, not the marker."""
    kept = []
    for att in found:
        if att.mode == "marker" and any(
            other.mode == "subject" and att.content[0] <= other.cue.first <= att.content[1]
            for other in found
        ):
            continue
        kept.append(att)
    return kept


def subject_phrases(unit: Unit, data: SpeechData) -> list[Phrase]:
    """The subjects of the unit's auxiliaries and reporting verbs, outside quotations."""
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
        boundary = _left_boundary(toks, end + 1, previous, data)
        if boundary >= 0 and boundary == end and toks[boundary].norm in w["relatives"]:
            phrase = phrases.trailing_phrase(toks, boundary - 1, data, is_verb)
        else:
            left = phrases.left_phrase(toks, boundary + 1, end, data, is_verb)
            phrase = left if isinstance(left, tuple) else None
        if phrase is not None:
            found.append(phrase)
        previous = k
    return found
