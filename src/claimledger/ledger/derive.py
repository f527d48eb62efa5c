"""The rows that join documents together, derived from one document at ingest.

1. Every entity gets its ledger key (its ``key``, or ``TYPE:folded name``): ``entity_keys``,
   and a ``ledger_entities`` row the first time the key is seen.
2. Every amount that says what it counts is an estimate of a quantity: the folded
   ``counted_key`` (or ``counted``), the place and the unit. A figure without a place takes the
   place of the other figures of the same quantity in the article when they all agree
   (``Séoul estime que ce nombre est passé à 11 000`` after ``10 000 soldats en Russie``).
3. Each estimate gets its date (the amount's time when it names a day or month, else the
   publication date), its source (entity, else the words naming it, else the site) and sentence.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from claimledger.contract import Amount, Document, Entity
from claimledger.ledger.keys import fold_text, folding_language, name_key
from claimledger.ledger.tables import read_document, to_sql

# A TIMEX3 value that names a month or a day: 2024-10, 2024-10-31, 2024-10-31T10:00.
_DAY_OR_MONTH = re.compile(r"^(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])")
# Where a sentence may end: . ! ? … (and a closing quote), then space; or a line break.
_SENTENCE_END = re.compile(r"[.!?…][»”\"']?\s+|\n+")
# The word before a full stop that makes it an abbreviation, not an end: M. Blinken, Dr. Kim.
_ABBREVIATION = re.compile(r"(?:^|\W)[A-ZÀ-Ý][a-zà-ÿ]?\.$")
# How much text around a figure its sentence may hold, on each side.
_SENTENCE_REACH = 400
# Derived tables, cleared and built again by rebuild_ledger_rows.
DERIVED_TABLES = ("estimates", "quantities", "entity_keys", "ledger_entities")
# Every table of schema version 2: the derived ones, the user's merges, the ledger's state.
CROSS_ARTICLE_TABLES = (*DERIVED_TABLES, "entity_aliases", "ledger_state")


@dataclass
class LedgerRows:
    """The derived rows of one document."""

    entity_keys: list[tuple[str, str, str, int]] = field(default_factory=list)
    ledger_entities: list[tuple[str, str, str]] = field(default_factory=list)
    # (key, location, unit) → (label, location_name, terms)
    quantities: dict[tuple[str, str, str], tuple[str, str | None, str]] = field(
        default_factory=dict
    )
    # (quantity identity, row of the estimate without its quantity id)
    estimates: list[tuple[tuple[str, str, str], tuple[Any, ...]]] = field(default_factory=list)


def entity_key(entity: Entity) -> str:
    """The ledger key of ``entity``."""
    return entity.key or name_key(entity.type, entity.name)


def ledger_rows(document: Document) -> LedgerRows:
    """Every derived row of ``document``."""
    rows = LedgerRows()
    entities = {e.id: e for e in document.entities}
    for entity in document.entities:
        key = entity_key(entity)
        rows.entity_keys.append((document.doc_id, entity.id, key, len(entity.mentions)))
        rows.ledger_entities.append((key, entity.type, entity.name))
    language = folding_language(document.language)
    places = _shared_places(document, language)
    for amount in document.amounts:
        counted = amount.counted_key or amount.counted
        # A restated claim is the same estimate: the ledger counts it once, at its first place.
        if amount.repeat_of or not counted or not fold_text(counted, language):
            continue
        key, unit = fold_text(counted, language), amount.unit or ""
        place = entities.get(amount.location) if amount.location else places.get((key, unit))
        location = entity_key(place) if place else ""
        label = amount.counted or counted
        words = [key, fold_text(label, language), _place_terms(place, language)]
        terms = " ".join(w for w in words if w)
        identity = (key, location, unit)
        rows.quantities.setdefault(identity, (label, place.name if place else None, terms))
        inferred = int(place is not None and amount.location is None)
        rows.estimates.append((identity, _estimate(document, amount, entities, inferred)))
    return rows


def _place_terms(place: Entity | None, language: str) -> str:
    """Words of a place that a search may use: its name, folded."""
    return fold_text(place.name, language) if place else ""


def _shared_places(document: Document, language: str) -> dict[tuple[str, str], Entity]:
    """(quantity key, unit) → the one place the article's figures of that quantity name."""
    entities = {e.id: e for e in document.entities}
    found: dict[tuple[str, str], set[str]] = {}
    for amount in document.amounts:
        counted = amount.counted_key or amount.counted
        if counted and amount.location in entities:
            identity = (fold_text(counted, language), amount.unit or "")
            found.setdefault(identity, set()).add(amount.location)
    return {k: entities[next(iter(v))] for k, v in found.items() if len(v) == 1}


def _estimate(
    document: Document, amount: Amount, entities: dict[str, Entity], inferred: int
) -> tuple[Any, ...]:
    """The estimates row of ``amount``, without its quantity id."""
    date, date_from = estimate_date(document, amount)
    source_key, source_name = _source(document, amount, entities)
    values = [to_sql("amounts", c, getattr(amount, c)) for c in ("value", "low", "high")]
    sentence = sentence_of(document.text, amount.start, amount.end)
    return (
        document.doc_id, amount.id, date, date_from, *values, amount.qualifier,
        source_key, source_name, inferred, sentence,
    )  # fmt: skip


def estimate_date(document: Document, amount: Amount) -> tuple[str | None, str | None]:
    """(date, where it comes from): the amount's day or month, else the publication date."""
    times = {t.id: t for t in document.times}
    time = times.get(amount.time) if amount.time else None
    if time is not None and time.value and (match := _DAY_OR_MONTH.match(time.value)):
        return match.group(1), "time"
    if document.published:
        return document.published[:10], "published"
    return None, None


def _source(document: Document, amount: Amount, entities: dict[str, Entity]) -> tuple[str, str]:
    """(source_key, source_name) of ``amount``: entity, else its words, else the outlet."""
    entity = entities.get(amount.source) if amount.source else None
    if entity is not None:
        return entity_key(entity), entity.name
    if amount.source_text:
        folded = fold_text(amount.source_text, folding_language(document.language))
        return f"said:{folded}", amount.source_text
    if document.site:
        return f"site:{' '.join(document.site.lower().split())}", document.site
    return f"doc:{document.doc_id}", document.doc_id


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]``, clipped to a few hundred characters."""
    low = max(0, start - _SENTENCE_REACH)
    begin = low
    for match in _SENTENCE_END.finditer(text, low, start):
        if _ends_sentence(text, match):
            begin = match.end()
    finish = min(len(text), end + _SENTENCE_REACH)
    for match in _SENTENCE_END.finditer(text, end, finish):
        if _ends_sentence(text, match):
            finish = match.start() + len(match.group().rstrip())
            break
    return text[begin:finish].strip()


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """True for a line break, or for punctuation that does not close an abbreviation."""
    if match.group()[0] == "\n":
        return True
    return not _ABBREVIATION.search(text[max(0, match.start() - 3) : match.start() + 1])


def insert_ledger_rows(connection: sqlite3.Connection, rows: LedgerRows) -> None:
    """Store ``rows`` (of a document whose own rows are stored already)."""
    # A ledger entity first: the triggers on entity_keys count into it.
    connection.executemany(
        'INSERT OR IGNORE INTO ledger_entities ("key", type, name) VALUES (?, ?, ?)',
        rows.ledger_entities,
    )
    connection.executemany(
        "INSERT INTO entity_keys (doc_id, entity, ledger_key, mentions) VALUES (?, ?, ?, ?)",
        rows.entity_keys,
    )
    ids = {}
    for identity, details in rows.quantities.items():
        connection.execute(
            'INSERT OR IGNORE INTO quantities ("key", location, unit, label, location_name, terms)'
            " VALUES (?, ?, ?, ?, ?, ?)",
            (*identity, *details),
        )
        ids[identity] = connection.execute(
            'SELECT rowid FROM quantities WHERE "key" = ? AND location = ? AND unit = ?', identity
        ).fetchone()[0]
    connection.executemany(
        "INSERT INTO estimates (doc_id, amount, quantity, date, date_from, value, low, high,"
        " qualifier, source_key, source_name, location_inferred, sentence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(row[0], row[1], ids[identity], *row[2:]) for identity, row in rows.estimates],
    )


def rebuild_ledger_rows(connection: sqlite3.Connection) -> int:
    """Derive every document's rows again (inside the caller's transaction); how many documents."""
    for table in DERIVED_TABLES:
        connection.execute(f"DELETE FROM {table}")
    doc_ids = [row[0] for row in connection.execute("SELECT doc_id FROM documents")]
    for doc_id in doc_ids:
        document = read_document(connection, doc_id)
        if document is not None:
            insert_ledger_rows(connection, ledger_rows(document))
    connection.execute("DELETE FROM ledger_state WHERE name = 'rebuild'")
    return len(doc_ids)
