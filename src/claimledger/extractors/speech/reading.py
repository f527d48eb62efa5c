"""Contents of the attributions of a unit, and the attributions kept.

1. Find the attributions of the unit (``attribution``).
2. Drop those that report nothing even alone, so that they cut no other content short.
3. Cut the unit between the attributions and read each content (``content``); a nested
   attribution (`raconte que l'homme a fait savoir que`) does not cut its outer one.
4. Drop restatements (`said he believes`) and markers a verb inside reports; split a
   quotation trailing a reported clause into its own statement.
5. A unit without attribution may still report through a conditional (`il aurait 29 ans`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimledger.extractors.speech import content as contents
from claimledger.extractors.speech import phrases
from claimledger.extractors.speech.attribution import Attribution, find_attributions
from claimledger.extractors.speech.cues import conditional_cue
from claimledger.extractors.speech.data import SpeechData
from claimledger.extractors.speech.phrases import Phrase
from claimledger.extractors.speech.units import Unit


def attribute_unit(unit: Unit, doc: Doc, data: SpeechData, skip: set[int]) -> list[Attribution]:
    """The attributions of ``unit``, in text order; ``skip`` holds token offsets of times."""
    found = find_attributions(unit, doc, data, skip)
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
    return found or _conditional(unit, data)


def _conditional(unit: Unit, data: SpeechData) -> list[Attribution]:
    """`L'avion aurait effectué une tentative`: a conditional reports, from no one named."""
    toks = unit.toks
    conditional = conditional_cue(toks, data)
    if conditional is None:
        return []
    content = contents.trim(toks, 0, len(toks) - 1, data)
    return [Attribution(unit, conditional, "conditional", content=content)] if content else []


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
        elif "around" in att.extra:  # an incise outside quotation marks: the clause around it
            att.content = contents.trim(toks, lo, hi, data)
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
