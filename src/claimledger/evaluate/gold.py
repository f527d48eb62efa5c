"""Gold files (``*.gold.json``, ``../shared/spec/gold-format.md``) as typed records.

A gold file says what a perfect extraction of one article contains, by text rather than by
offsets. Unknown keys (``url``, ``license``, ``counted_note``...) are ignored; a missing
required field is a ``GoldError`` naming the file and the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GOLD_SUFFIX = ".gold.json"

_DOCUMENT_FIELDS = ("id", "article", "language", "published", "title", "boilerplate")
_LIST_FIELDS = ("entities", "quotes", "statements", "amounts", "times")
_ITEM_FIELDS = {
    "entities": ("name", "type", "aliases"),
    "quotes": ("text", "kind", "speaker"),
    "statements": ("text", "speaker", "cue"),
    "amounts": ("text", "value", "qualifier", "counted", "source"),
    "times": ("text", "value"),
}


class GoldError(ValueError):
    """A gold file that cannot be read or lacks a required field."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


@dataclass(frozen=True)
class GoldEntity:
    """One real-world referent and every surface form that names it."""

    name: str
    type: str
    aliases: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True)
class GoldSpeech:
    """A quote or a statement: its text and who says it."""

    text: str
    speaker: str | None
    speaker_aliases: tuple[str, ...] = ()
    speaker_text: str | None = None
    kind: str | None = None
    cue: str | None = None
    occurrence: int | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldAmount:
    """A figure, its qualifier, what it counts and who asserts it."""

    text: str
    value: float | int
    qualifier: str
    counted: str | None
    source: str | None
    source_aliases: tuple[str, ...] = ()
    source_optional: bool = False
    low: float | int | None = None
    high: float | int | None = None
    unit: str | None = None
    location: str | None = None
    occurrence: int | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldTime:
    """A temporal expression and its TIMEX3 value."""

    text: str
    value: str | None
    type: str | None = None
    occurrence: int | None = None
    optional: bool = False


@dataclass(frozen=True)
class Gold:
    """Everything a gold file says about one article."""

    origin: str
    id: str
    article: str
    language: str
    published: str
    title: str
    boilerplate: tuple[str, ...]
    entities: tuple[GoldEntity, ...]
    quotes: tuple[GoldSpeech, ...]
    statements: tuple[GoldSpeech, ...]
    amounts: tuple[GoldAmount, ...]
    times: tuple[GoldTime, ...]

    def entity(self, name: str | None) -> GoldEntity | None:
        """The gold entity called ``name`` exactly, if any."""
        return next((e for e in self.entities if e.name == name), None)


def find_gold_files(folder: str | Path) -> list[Path]:
    """Every ``*.gold.json`` under ``folder``, recursively, in sorted order."""
    return sorted(Path(folder).rglob(f"*{GOLD_SUFFIX}"))


def load_gold(path: str | Path) -> Gold:
    """The gold file at ``path``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(str(path), f"cannot read the gold file: {error}") from None
    return parse_gold(data, origin=str(path))


def parse_gold(data: Any, origin: str = "<gold>") -> Gold:
    """The gold record of already-decoded JSON ``data``."""
    if not isinstance(data, dict):
        raise GoldError(origin, "a gold file is a JSON object")
    _require(data, _DOCUMENT_FIELDS + _LIST_FIELDS, origin)
    for field in _LIST_FIELDS:
        if not isinstance(data[field], list):
            raise GoldError(origin, f"{field!r} is not a list")
        for index, item in enumerate(data[field]):
            _require(item, _ITEM_FIELDS[field], f"{origin}: {field}[{index}]")
    return Gold(
        origin=origin,
        id=str(data["id"]),
        article=data["article"],
        language=data["language"],
        published=data["published"],
        title=data["title"],
        boilerplate=tuple(data["boilerplate"]),
        entities=tuple(_entity(item) for item in data["entities"]),
        quotes=tuple(_speech(item) for item in data["quotes"]),
        statements=tuple(_speech(item) for item in data["statements"]),
        amounts=tuple(_amount(item) for item in data["amounts"]),
        times=tuple(_time(item) for item in data["times"]),
    )


def _require(item: Any, fields: tuple[str, ...], origin: str) -> None:
    if not isinstance(item, dict):
        raise GoldError(origin, "expected a JSON object")
    missing = [field for field in fields if field not in item]
    if missing:
        raise GoldError(origin, f"missing field {', '.join(map(repr, missing))}")


def _entity(item: dict) -> GoldEntity:
    return GoldEntity(
        name=item["name"],
        type=item["type"],
        aliases=tuple(item["aliases"]),
        optional=bool(item.get("optional", False)),
    )


def _speech(item: dict) -> GoldSpeech:
    return GoldSpeech(
        text=item["text"],
        speaker=item["speaker"],
        speaker_aliases=tuple(item.get("speaker_aliases") or ()),
        speaker_text=item.get("speaker_text"),
        kind=item.get("kind"),
        cue=item.get("cue"),
        occurrence=item.get("occurrence"),
        optional=bool(item.get("optional", False)),
    )


def _amount(item: dict) -> GoldAmount:
    return GoldAmount(
        text=item["text"],
        value=item["value"],
        qualifier=item["qualifier"],
        counted=item["counted"],
        source=item["source"],
        source_aliases=tuple(item.get("source_aliases") or ()),
        source_optional=bool(item.get("source_optional", False)),
        low=item.get("low"),
        high=item.get("high"),
        unit=item.get("unit"),
        location=item.get("location"),
        occurrence=item.get("occurrence"),
        optional=bool(item.get("optional", False)),
    )


def _time(item: dict) -> GoldTime:
    return GoldTime(
        text=item["text"],
        value=item["value"],
        type=item.get("type"),
        occurrence=item.get("occurrence"),
        optional=bool(item.get("optional", False)),
    )
