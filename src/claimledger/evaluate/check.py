"""Is a gold file consistent with its article? The slips an annotator can make, listed.

Every text (quote, statement, amount, time, with its occurrence) must be found in the body;
every entity must be named there by its name or an alias; speakers and sources must be
entity names; types, kinds and qualifiers must be those of the contract.
"""

from __future__ import annotations

import re
from typing import get_args

from claimledger.contract import EntityType, Qualifier, QuoteKind, TimeType
from claimledger.evaluate.gold import Gold
from claimledger.evaluate.locate import body_text, fold, locate_texts, squash
from claimledger.lang import SUPPORTED_LANGUAGES

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_gold(gold: Gold, article: str) -> list[str]:
    """The problems of ``gold`` against the text of its ``article`` (none: an empty list)."""
    body = body_text(article, gold)
    folded = fold(body)
    names = {e.name for e in gold.entities}
    problems = _check_document(gold, article)
    problems += _check_entities(gold, folded)
    for category in ("quotes", "statements", "amounts", "times"):
        problems += _check_located(gold, category, folded)
    for category in ("quotes", "statements"):
        for item in getattr(gold, category):
            if item.speaker is not None and item.speaker not in names:
                problems.append(f"{category}: speaker {item.speaker!r} is not an entity name")
    for item in gold.amounts:
        for field in ("source", "location"):
            value = getattr(item, field)
            if value is not None and value not in names:
                problems.append(f"amounts: {item.text!r} {field} {value!r} is not an entity name")
    return problems + _check_values(gold)


def _check_document(gold: Gold, article: str) -> list[str]:
    problems = []
    lines = {squash(line) for line in article.splitlines()}
    if gold.language not in SUPPORTED_LANGUAGES:
        problems.append(f"language {gold.language!r} is not supported")
    if not _DATE.match(gold.published):
        problems.append(f"published {gold.published!r} is not YYYY-MM-DD")
    if squash(gold.title) not in lines:
        problems.append(f"title {gold.title!r} is not a line of the article")
    for item in gold.boilerplate:
        if squash(item) not in lines:
            problems.append(f"boilerplate {item!r} is not a line of the article")
    return problems


def _check_entities(gold: Gold, folded: str) -> list[str]:
    problems = []
    for entity in gold.entities:
        if entity.type not in get_args(EntityType):
            problems.append(f"entities: {entity.name!r} has type {entity.type!r}")
        if not any(fold(n) in folded for n in (entity.name, *entity.aliases)):
            problems.append(f"entities: neither {entity.name!r} nor an alias is in the body")
    return problems


def _check_located(gold: Gold, category: str, folded: str) -> list[str]:
    """Every text of ``category`` is found, and no two items stand on the same span."""
    items = getattr(gold, category)
    spans = locate_texts(folded, [g.text for g in items], [g.occurrence for g in items])
    problems, seen = [], set()
    for item, span in zip(items, spans, strict=True):
        where = f" (occurrence {item.occurrence})" if item.occurrence else ""
        if span is None:
            problems.append(f"{category}: {item.text!r}{where} is not in the body")
        elif span in seen:
            problems.append(f"{category}: {item.text!r}{where} is annotated twice at one place")
        seen.add(span)
    return problems


def _check_values(gold: Gold) -> list[str]:
    problems = []
    for quote in gold.quotes:
        if quote.kind not in get_args(QuoteKind):
            problems.append(f"quotes: {quote.text!r} has kind {quote.kind!r}")
    for amount in gold.amounts:
        if amount.qualifier not in get_args(Qualifier):
            problems.append(f"amounts: {amount.text!r} has qualifier {amount.qualifier!r}")
        if isinstance(amount.value, bool) or not isinstance(amount.value, int | float):
            problems.append(f"amounts: {amount.text!r} has value {amount.value!r}")
    for time in gold.times:
        if time.type is not None and time.type not in get_args(TimeType):
            problems.append(f"times: {time.text!r} has type {time.type!r}")
        if time.value is not None and not isinstance(time.value, str):
            problems.append(f"times: {time.text!r} has value {time.value!r}")
    return problems
