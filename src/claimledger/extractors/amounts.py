"""Find amounts in an annotated article: every figure, what it counts, how sure, who says so.

1. Read the numerals (``quantities.numbers``) with their multiplier and unit
   (``quantities.units``), and note the qualifier words before each (``quantities.qualifiers``).
2. Leave out what is no amount: times, dates, years, durations, identifiers, phone numbers
   (``quantities.exclusions``).
3. Join ranges, apply qualifiers, let a bracketed conversion keep its figure's qualifier.
4. Find what each figure counts, resolving anaphora (``quantities.counted``).
5. Attribute each to the statement holding it, a time and a place (``quantities.attribution``).
6. Number them ``a1``, ``a2``... in text order, and link each restated claim to its first
   occurrence (``repeat_of``), so that the ledger counts it once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.contract import Amount
from claimledger.extractors.quantities.attribution import attribute, find_repeats, place_mentions
from claimledger.extractors.quantities.counted import CountedContext, assign_counted
from claimledger.extractors.quantities.data import AmountData, load_amount_data
from claimledger.extractors.quantities.exclusions import (
    ExclusionContext,
    continues_identifier,
    exclusion_reason,
    mask_spans,
)
from claimledger.extractors.quantities.numbers import find_numerals
from claimledger.extractors.quantities.qualifiers import (
    apply_conversions,
    apply_qualifiers,
    find_qualifier_before,
    merge_ranges,
    share_units,
)
from claimledger.extractors.quantities.quantity import Quantity, clean_number
from claimledger.extractors.quantities.units import attach_units
from claimledger.extractors.quantities.words import DocWords
from claimledger.extractors.speech import analyze_speech

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimledger.extractors import Findings

__all__ = ["extract_amounts", "find_repeats"]


def extract_amounts(findings: Findings) -> list[Amount]:
    """The amounts of the article, in text order."""
    text = findings.article.text
    data = load_amount_data(findings.lang.code)
    sentences = sentence_spans(findings)
    words = DocWords(findings.doc, data.function_words, sentences)
    times = [(t.start, t.end) for t in findings.times]
    places = place_mentions(findings.entities)
    spans = {"times": times, "places": [(p.start, p.end) for p in places]}
    quantities = read_quantities(text, data, findings.doc, sentences, spans)
    context = CountedContext(text, data, words, spans["places"], times)
    assign_counted(quantities, context)
    parts = (findings.statements, findings.times, places)
    amounts = []
    for number, quantity in enumerate(quantities, 1):
        sentence = _sentence_of(quantity, sentences)
        attribution = attribute(quantity, text, sentence, parts, data)
        amounts.append(_record(quantity, number, text, attribution))
    for amount_id, first_id in find_repeats(amounts).items():
        next(a for a in amounts if a.id == amount_id).repeat_of = first_id
    return amounts


def read_quantities(
    text: str, data: AmountData, doc: Doc, sentences: list[tuple[int, int]], spans: dict
) -> list[Quantity]:
    """The figures of ``text`` with value, unit, qualifier and span; no counted yet."""
    quantities: list[Quantity] = []
    for quantity in find_numerals(text, data):
        if quantities and quantity.start < quantities[-1].end:
            continue
        attach_units(quantity, text, data)
        floor = _sentence_of(quantity, sentences)[0]
        find_qualifier_before(quantity, text, data, floor)
        quantities.append(quantity)
    starts = frozenset(start for start, _ in sentences)
    masks = mask_spans(text, data, spans.get("times", []))
    context = ExclusionContext(text, data, doc.vocab, starts, masks, spans.get("places", []))
    kept = _without_exclusions(quantities, context)
    merged = merge_ranges(kept, text, data)
    share_units(merged, text, data)
    for quantity in merged:
        apply_qualifiers(quantity, text, data)
    apply_conversions(merged, text)
    return merged


def _without_exclusions(quantities: list[Quantity], context: ExclusionContext) -> list[Quantity]:
    """The figures that are amounts; an identifier also takes the numbers listed after it."""
    kept: list[Quantity] = []
    identifier: Quantity | None = None
    for quantity in quantities:
        reason = exclusion_reason(quantity, context)
        if (
            reason is None
            and identifier
            and continues_identifier(identifier, quantity, context.text)
        ):
            reason = "identifier"
        identifier = quantity if reason == "identifier" else None
        if reason is None:
            kept.append(quantity)
    return kept


def sentence_spans(findings: Findings) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences, cut by rule as the speech extractors cut them."""
    # Never doc.sents: a parser's boundaries differ from model to model (and cut `a déclaré
    # jeudi X` off its figures); the rule units are the same on every pipeline. The speech
    # analysis is computed once an article, so the units come from it.
    return analyze_speech(findings).units


def _sentence_of(quantity: Quantity, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    for start, end in sentences:
        if start <= quantity.number_start < end:
            return start, end
    return 0, 0


def _record(quantity: Quantity, number: int, text: str, attribution) -> Amount:
    """The contract record of one figure."""
    low = clean_number(quantity.low) if quantity.low is not None else None
    high = clean_number(quantity.high) if quantity.high is not None else None
    return Amount(
        id=f"a{number}",
        start=quantity.start,
        end=quantity.end,
        text=text[quantity.start : quantity.end],
        value=clean_number(quantity.value),
        low=low,
        high=high,
        qualifier=quantity.qualifier,
        unit=quantity.unit,
        counted=quantity.counted,
        counted_key=quantity.counted_key,
        location=attribution.location,
        source=attribution.source,
        source_text=attribution.source_text,
        statement=attribution.statement,
        time=attribution.time,
    )
