"""The article read in order: attributions resolved into statements, quotations into quotes.

A quotation inside a statement's content belongs to it and takes its speaker. Outside any
statement, a quotation that reads as an utterance (it opens its sentence, or is a long
capitalized sentence) stands alone after its speaker was named: it becomes a statement of
the latest speaker named in its paragraph or the one before. A shorter one is a partial
quote, said by the subject of its clause or by the latest speaker of its paragraph.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimledger.extractors.speech import Quoted, Reported, SpeechAnalysis
from claimledger.extractors.speech.attribution import Attribution
from claimledger.extractors.speech.data import SpeechData
from claimledger.extractors.speech.incises import mark_incises
from claimledger.extractors.speech.marks import Quotation, looks_like_utterance, said_quotations
from claimledger.extractors.speech.parse import is_parsed, parsed_subjects
from claimledger.extractors.speech.reading import attribute_unit
from claimledger.extractors.speech.resolve import Resolver
from claimledger.extractors.speech.speakers import Speaker, describe
from claimledger.extractors.speech.subjects import subject_phrases
from claimledger.extractors.speech.units import Unit, build_units

if TYPE_CHECKING:
    from claimledger.extractors import Findings


def analyze(findings: Findings, data: SpeechData) -> SpeechAnalysis:
    """Statements and quotes of the article, speakers resolved, ids given in text order."""
    doc, text = findings.doc, findings.doc.text
    quotations = said_quotations(text, data)
    units = build_units(doc, quotations, data)
    time_starts = {t.idx for t in doc for time in findings.times if time.start <= t.idx < time.end}
    resolver = Resolver(findings.entities, data, text)
    analysis = SpeechAnalysis(units=[(unit.start, unit.end) for unit in units])
    previous_unit = None
    for unit in units:
        mark_incises(unit, data)
        if is_parsed(doc):
            unit.parsed_subjects = parsed_subjects(doc, unit, data)
        resolver.describe_names(unit)
        attributions = attribute_unit(unit, doc, data, time_starts)
        reported = _resolve_unit(unit, attributions, resolver, data)
        for att, statement in zip(attributions, reported, strict=True):
            statement.time = _time_of(unit, att, findings)
            if att.extra.get("anaphoric"):
                _refer_back(statement, unit, previous_unit)
        attributions = [a for a, r in zip(attributions, reported, strict=True) if r.end > r.start]
        reported = [r for r in reported if r.end > r.start]
        analysis.statements += reported
        analysis.quotes += _quotes_of(unit, attributions, reported, resolver, data, analysis)
        previous_unit = unit
    _share_clauses(analysis.quotes, text)
    _number(analysis)
    return analysis


def _share_clauses(quotes: list[Quoted], text: str) -> None:
    """`« A. » « B. », a répondu le ministre`: quotations in a row, only blanks between them,
    share the reporting clause written after the last one; the ones before would otherwise
    stand alone and go to whoever spoke last."""
    ordered = sorted(quotes, key=lambda q: q.quotation.start)
    for before, after in reversed(list(zip(ordered, ordered[1:], strict=False))):
        first, second = before.quotation, after.quotation
        lone = before.statement is not None and before.statement.cue is None
        clause_after = after.cue is not None and after.cue[0] >= second.close_at
        adjacent = (
            first.close_at <= second.open_at and not text[first.close_at : second.open_at].strip()
        )
        if lone and clause_after and adjacent:
            before.speaker, before.cue = after.speaker, after.cue
            before.statement.speaker, before.statement.cue = after.speaker, after.cue


def _refer_back(statement: Reported, unit: Unit, previous: Unit | None) -> None:
    """`C'est ce qu'a annoncé X`: what X said is the sentence before (none: nothing said)."""
    if previous is None or unit.paragraph - previous.paragraph > 1:
        statement.start = statement.end  # emptied, left out
        return
    statement.start, statement.end = previous.start, previous.end


def _resolve_unit(
    unit: Unit, atts: list[Attribution], resolver: Resolver, data: SpeechData
) -> list[Reported]:
    """Statements of a unit, speakers resolved; named subjects remembered on the way."""
    toks = unit.toks
    subjects = [(toks[p[0]].start, describe(toks, p, data)) for p in subject_phrases(unit, data)]
    events = [(offset, "subject", s) for offset, s in subjects]
    events += [(toks[att.clause[0]].start, "attribution", att) for att in atts]
    events.sort(key=lambda e: (e[0], e[1] == "attribution"))
    found: dict[int, Reported] = {}
    previous: Speaker | None = None
    for offset, what, item in events:
        if what == "subject":
            if not _inside_content(offset, atts):
                resolver.remember(
                    offset, unit.paragraph, resolver.resolve(item, offset, unit.paragraph, None)
                )
            continue
        speaker = _speaker_of(item, previous, subjects, resolver, unit, data)
        if speaker is not None:
            resolver.remember(toks[item.clause[0]].start, unit.paragraph, speaker, said=True)
            previous = speaker
        found[id(item)] = _reported(item, speaker)
    return [found[id(att)] for att in atts]


def _speaker_of(
    att, previous, subjects, resolver: Resolver, unit: Unit, data: SpeechData
) -> Speaker | None:
    """The resolved speaker of an attribution (an inherited one for `et rappelé`)."""
    toks = unit.toks
    if att.mode == "conditional":
        return None
    if att.mode == "inherit":
        if previous is not None:
            return previous
        before = [s for offset, s in subjects if offset < toks[att.cue.first].start]
        return (
            resolver.resolve(before[-1], toks[att.cue.first].start, unit.paragraph, None)
            if before
            else None
        )
    if att.source is None:
        return None
    speaker = describe(toks, att.source, data)
    content = (toks[att.content[0]].start, toks[att.content[1]].end) if att.content else None
    return resolver.resolve(speaker, speaker.start, unit.paragraph, content, unit.start)


def _reported(att: Attribution, speaker: Speaker | None) -> Reported:
    toks = att.unit.toks
    start, end = toks[att.content[0]].start, toks[att.content[1]].end
    first, last = toks[att.content[0]], toks[att.content[1]]
    if (
        first.mark
        and last.mark
        and not any(t.mark for t in toks[att.content[0] + 1 : att.content[1]])
    ):
        quotation = next((q for q in att.unit.quotations if q.open_at == first.start), None)
        if quotation is not None:
            start, end = quotation.start, quotation.end  # a quotation alone: without its marks
    cue = (toks[att.cue.first].start, toks[att.cue.last].end)
    return Reported(start, end, cue, speaker)


def _inside_content(offset: int, atts: list[Attribution]) -> bool:
    for att in atts:
        toks = att.unit.toks
        if att.content and toks[att.content[0]].start <= offset < toks[att.content[1]].end:
            return True
    return False


def _time_of(unit: Unit, att: Attribution, findings: Findings) -> str | None:
    """The time written in the reporting clause (`a déclaré jeudi`), the nearest to the cue."""
    toks = unit.toks
    if not att.content or att.mode == "conditional":
        return None
    content = (toks[att.content[0]].start, toks[att.content[1]].end)
    cue = toks[att.cue.first].start
    best = None
    for time in findings.times:
        inside = unit.start <= time.start and time.end <= unit.end
        outside_content = time.end <= content[0] or time.start >= content[1]
        nearer = best is None or abs(time.start - cue) < abs(best.start - cue)
        if inside and outside_content and nearer:
            best = time
    return best.id if best else None


def _quotes_of(
    unit: Unit,
    atts: list[Attribution],
    reported: list[Reported],
    resolver: Resolver,
    data: SpeechData,
    analysis: SpeechAnalysis,
) -> list[Quoted]:
    """The quotes of a unit, each with its statement (made for a lone one) and speaker."""
    text = resolver.text
    quotes = []
    for quotation in unit.quotations:
        found = _quote_of(unit, quotation, atts, reported, resolver, data)
        if found.statement is not None and found.statement not in reported:
            analysis.statements.append(found.statement)  # a lone quotation's own statement
        for start, end in quotation.parts(text):
            part = replace(quotation, start=start, end=end, gaps=())
            quotes.append(replace(found, quotation=part))
    return quotes


def _quote_of(
    unit: Unit,
    quotation: Quotation,
    atts: list[Attribution],
    reported: list[Reported],
    resolver: Resolver,
    data: SpeechData,
) -> Quoted:
    """The quote a quotation makes: in a statement, standing alone, or partial."""
    text = resolver.text
    inside = [
        i
        for i, r in enumerate(reported)
        if r.start - 1 <= quotation.start and quotation.end <= r.end + 1
    ]
    if inside:
        statement = reported[inside[0]]
        kind = _kind(text, quotation, atts[inside[0]], data)
        return Quoted(quotation, kind, statement.speaker, statement.cue, statement)
    if looks_like_utterance(text, quotation, data):
        speaker = resolver.latest(quotation.open_at, unit.paragraph)
        statement = Reported(quotation.start, quotation.end, None, speaker)
        return Quoted(quotation, "direct", speaker, None, statement)
    return Quoted(quotation, "partial", _partial_speaker(unit, quotation, resolver, data))


def _kind(text: str, quotation: Quotation, att: Attribution, data: SpeechData) -> str:
    """`direct` for an utterance, `partial` for words quoted inside the writer's sentence."""
    if looks_like_utterance(text, quotation, data):
        return "direct"
    toks = att.unit.toks
    first, last = toks[att.content[0]], toks[att.content[1]]
    if "quotation" in att.extra:
        return "direct"
    if att.mode in ("inverted",) or att.extra.get("before_subject"):
        return "direct" if last.end >= quotation.close_at else "partial"
    if first.start == quotation.open_at:
        if att.mode == "marker":
            return "direct"
        between = text[toks[att.cue.last].end : quotation.open_at]
        return "direct" if any(c in between for c in ":,") else "partial"
    return "partial"


def _partial_speaker(
    unit: Unit, quotation: Quotation, resolver: Resolver, data: SpeechData
) -> Speaker | None:
    """The subject of the clause around a partial quote, else the paragraph's latest speaker."""
    toks = unit.toks
    best = None
    for phrase in subject_phrases(unit, data):
        if toks[phrase[0]].start < quotation.open_at:
            speaker = describe(toks, phrase, data)
            if speaker.kind in ("name", "group", "role", "pronoun"):
                best = resolver.resolve(speaker, speaker.start, unit.paragraph, None)
    return best if best is not None else resolver.latest(quotation.open_at, unit.paragraph, reach=0)


def _number(analysis: SpeechAnalysis) -> None:
    """Ids in text order: s1, s2... and q1, q2..."""
    analysis.statements.sort(key=lambda r: (r.start, r.end))
    for index, statement in enumerate(analysis.statements, 1):
        statement.id = f"s{index}"
    analysis.quotes.sort(key=lambda q: q.quotation.start)
    for index, quote in enumerate(analysis.quotes, 1):
        quote.id = f"q{index}"
