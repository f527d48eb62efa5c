"""The document a perfect extraction would give: built from a gold file and its article.

Used to check the scorer (a perfect document scores 1.0 everywhere) and to build predicted
documents in tests. Every gold text is located in the body; one that is not found is a
``GoldError``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.contract import Amount, Document, Entity, Mention, Quote, Statement, Time
from claimledger.evaluate.gold import Gold, GoldAmount, GoldError, GoldSpeech, GoldTime
from claimledger.evaluate.locate import body_text, fold, locate_texts


def document_from_gold(gold: Gold, text: str) -> Document:
    """The v1 document of ``text`` (the article, or its body) that ``gold`` describes."""
    body = body_text(text, gold)
    entities = [
        _entity(f"e{n}", e.name, e.type, e.aliases, body) for n, e in enumerate(gold.entities, 1)
    ]
    records = _records(gold, body, {e.name: e.id for e in entities})
    return Document(
        doc_id=gold.id,
        language=gold.language,
        published=gold.published,
        title=gold.title,
        text=body,
        entities=entities,
        **records,
    )


def _records(gold: Gold, body: str, ids: dict[str, str]) -> dict[str, list]:
    """Quotes, statements, amounts and times of ``gold``, located in ``body``."""
    folded = fold(body)
    records: dict[str, list] = {}
    for category, prefix in (
        ("quotes", "q"),
        ("statements", "s"),
        ("amounts", "a"),
        ("times", "t"),
    ):
        located = _located(gold, category, body, folded)
        records[category] = [
            _RECORDS[category](item, {"id": f"{prefix}{n}", **span}, ids)
            for n, (item, span) in enumerate(located, 1)
        ]
    return records


def _quote(g: GoldSpeech, fields: dict, ids: dict[str, str]) -> Quote:
    speaker = _speaker(g.speaker, g.speaker_text, ids)
    return Quote(**fields, kind=g.kind or "direct", cue=g.cue, **speaker)


def _statement(g: GoldSpeech, fields: dict, ids: dict[str, str]) -> Statement:
    return Statement(**fields, cue=g.cue, **_speaker(g.speaker, g.speaker_text, ids))


def _amount(g: GoldAmount, fields: dict, ids: dict[str, str]) -> Amount:
    return Amount(
        **fields,
        value=g.value,
        low=g.low,
        high=g.high,
        qualifier=g.qualifier,
        unit=g.unit,
        counted=g.counted,
        location=ids.get(g.location or ""),
        **_source(g.source, ids),
    )


def _time(g: GoldTime, fields: dict, ids: dict[str, str]) -> Time:
    return Time(**fields, value=g.value, type=g.type or "DATE")


_RECORDS = {"quotes": _quote, "statements": _statement, "amounts": _amount, "times": _time}


def _located(gold: Gold, category: str, body: str, folded: str) -> list[tuple]:
    """Each gold item of ``category`` with its span as contract fields."""
    items: Sequence = getattr(gold, category)
    spans = locate_texts(folded, [g.text for g in items], [g.occurrence for g in items])
    located = []
    for item, span in zip(items, spans, strict=True):
        if span is None:
            raise GoldError(gold.origin, f"{category}: {item.text!r} is not in the body")
        start, end = span
        located.append((item, {"start": start, "end": end, "text": body[start:end]}))
    return located


def _entity(entity_id: str, name: str, type_: str, aliases: Sequence[str], body: str) -> Entity:
    """An entity with a mention at every place one of its names stands as whole words."""
    mentions: dict[int, Mention] = {}
    for alias in sorted({name, *aliases}, key=len, reverse=True):
        pattern = re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)")
        for match in pattern.finditer(body):
            if not any(m.start < match.end() and match.start() < m.end for m in mentions.values()):
                mentions[match.start()] = Mention(
                    start=match.start(), end=match.end(), text=match.group()
                )
    ordered = [mentions[start] for start in sorted(mentions)]
    return Entity(id=entity_id, name=name, type=type_, mentions=ordered)


def _speaker(name: str | None, text: str | None, ids: dict[str, str]) -> dict:
    """The speaker fields: the entity id when the name is an entity, else the text."""
    if name in ids:
        return {"speaker": ids[name], "speaker_text": text}
    return {"speaker": None, "speaker_text": text or name}


def _source(name: str | None, ids: dict[str, str]) -> dict:
    if name in ids:
        return {"source": ids[name], "source_text": None}
    return {"source": None, "source_text": name}
