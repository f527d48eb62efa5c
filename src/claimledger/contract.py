"""The output contract, version 1: the JSON document claimledger prints and stores.

Every other stage produces or reads these records. The JSON Schema in
``schema/document-v1.schema.json`` is generated from this module (``claimledger schema``)
and a test checks the committed file is up to date. Fields may be added; none may be
renamed or dropped without a new schema version.
"""

from __future__ import annotations

import json
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_ID = "claimledger/document@1"

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "EVENT", "PRODUCT", "NORP"]
QuoteKind = Literal["direct", "partial"]
Qualifier = Literal[
    "exact", "approximately", "up_to", "at_least", "more_than", "less_than", "range"
]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
Anchor = Literal["published", "text"]

_ISO_DATE = re.compile(
    r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"
)


class _Record(BaseModel):
    """Base of every record: unknown fields are errors, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid")


class _Span(_Record):
    """A piece of the document text: ``text == document.text[start:end]``."""

    start: int = Field(ge=0, description="character offset of the first character in `text`")
    end: int = Field(ge=0, description="character offset after the last character (exclusive)")
    text: str = Field(description="the span as written in the document text")


class Mention(_Span):
    """One place in the text that names (or refers to) an entity."""


class Link(_Record):
    """A pointer into a knowledge base."""

    kb: str = Field(description="knowledge base, e.g. `iso3166` or `wikidata`")
    id: str = Field(description="identifier in that knowledge base")


class Entity(_Record):
    """One distinct real-world referent of the article."""

    id: str
    name: str = Field(
        description="canonical name: the fullest form in the article, or the usual name"
    )
    type: EntityType
    key: str | None = Field(
        default=None, description="stable grouping key across articles (type + normalized name)"
    )
    mentions: list[Mention] = Field(default_factory=list)
    descriptions: list[str] = Field(
        default_factory=list, description="roles and titles the article gives"
    )
    link: Link | None = None


class Quote(_Span):
    """Words inside quotation marks (``text`` without the marks)."""

    id: str
    kind: QuoteKind
    speaker: str | None = Field(default=None, description="entity id of the speaker")
    speaker_text: str | None = Field(default=None, description="span naming the speaker")
    cue: str | None = Field(default=None, description="reporting verb or marker as written")
    statement: str | None = Field(default=None, description="id of the statement it belongs to")


class Statement(_Span):
    """Reported speech: who asserts what (``text`` is the asserted content)."""

    id: str
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    time: str | None = Field(default=None, description="time id of when it was said")


class Amount(_Span):
    """A figure in the text, with what it counts and who asserts it."""

    id: str
    value: float | int = Field(description="the number; for ranges, the midpoint")
    low: float | int | None = None
    high: float | int | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = Field(default=None, description="currency code or unit; null for counts")
    counted: str | None = Field(default=None, description="what is counted, as written")
    counted_key: str | None = Field(default=None, description="normalized key of `counted`")
    location: str | None = Field(default=None, description="entity id of the place")
    source: str | None = Field(default=None, description="entity id of who asserts it")
    source_text: str | None = None
    statement: str | None = None
    time: str | None = Field(default=None, description="time id the figure refers to")
    repeat_of: str | None = Field(
        default=None,
        description="id of the earlier amount this one restates: the same claim, counted once",
    )


class Time(_Span):
    """A temporal expression, with its TIMEX3 value."""

    id: str
    type: TimeType = "DATE"
    value: str | None = Field(default=None, description="TIMEX3 value, null when unresolved")
    anchor: Anchor | None = Field(
        default=None, description="`published` or `text` for relative expressions, null if absolute"
    )
    mod: str | None = Field(default=None, description="TIMEX3 modifier, e.g. `APPROX`")


class Document(_Record):
    """One article turned into claims: the public interface of claimledger."""

    schema_: Literal["claimledger/document@1"] = Field(default=SCHEMA_ID, alias="schema")
    doc_id: str
    url: str | None = None
    site: str | None = None
    language: str = Field(pattern=r"^[a-z]{2}$")
    published: str | None = Field(default=None, description="ISO 8601 date or datetime")
    title: str | None = None
    text: str
    generator: str | None = Field(
        default=None, description="the claimledger version and models that produced it"
    )
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _check_integrity(self) -> Document:
        check_document(self)
        return self

    def to_json(self, indent: int | None = None) -> str:
        """The document as JSON text (UTF-8, not ASCII-escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_dict(self) -> dict:
        """The document as plain JSON-compatible data."""
        return self.model_dump(mode="json", by_alias=True)


def check_document(doc: Document) -> None:
    """Raise ValueError when offsets, ids or references of ``doc`` are inconsistent."""
    if doc.published is not None and not _ISO_DATE.match(doc.published):
        raise ValueError(f"published is not an ISO 8601 date: {doc.published!r}")
    spans: list[_Span] = [m for e in doc.entities for m in e.mentions]
    spans += [*doc.quotes, *doc.statements, *doc.amounts, *doc.times]
    for span in spans:
        if not 0 <= span.start <= span.end <= len(doc.text):
            raise ValueError(f"span {span.text!r} [{span.start}:{span.end}] is outside the text")
        if doc.text[span.start : span.end] != span.text:
            raise ValueError(f"span [{span.start}:{span.end}] is not {span.text!r}")
    ids = [r.id for r in [*doc.entities, *doc.quotes, *doc.statements, *doc.amounts, *doc.times]]
    if len(ids) != len(set(ids)):
        raise ValueError("record ids are not unique within the document")
    _check_references(doc)


def _check_references(doc: Document) -> None:
    """Every id a record points to must exist, in the right list."""
    entity_ids = {e.id for e in doc.entities}
    statement_ids = {s.id for s in doc.statements}
    time_ids = {t.id for t in doc.times}
    wanted: list[tuple[str | None, set[str], str]] = []
    for q in doc.quotes:
        wanted += [(q.speaker, entity_ids, "entity"), (q.statement, statement_ids, "statement")]
    for s in doc.statements:
        wanted += [(s.speaker, entity_ids, "entity"), (s.time, time_ids, "time")]
    amount_ids = {a.id for a in doc.amounts}
    for a in doc.amounts:
        wanted += [
            (a.repeat_of, amount_ids, "amount"),
            (a.location, entity_ids, "entity"),
            (a.source, entity_ids, "entity"),
            (a.statement, statement_ids, "statement"),
            (a.time, time_ids, "time"),
        ]
    for ref, known, kind in wanted:
        if ref is not None and ref not in known:
            raise ValueError(f"reference to unknown {kind} {ref!r}")


def json_schema() -> dict:
    """The JSON Schema of a v1 document, as generated from these records."""
    schema = Document.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://claimledger.example/schema/document-v1.schema.json"
    schema["title"] = "claimledger document, version 1"
    return schema


def json_schema_text() -> str:
    """The JSON Schema as the text committed in ``schema/document-v1.schema.json``."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
