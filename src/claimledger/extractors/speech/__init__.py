"""Reported speech in an article, found once for the statements and quotes extractors.

1. Pair the quotation marks and cut the text into units (sentences made whole around
   quotations): ``marks``, ``units``.
2. In each unit, read the incises inside quotations (``incises``), find the cues and who
   each gives the word to (``cues``, ``attribution``, ``phrases``, and ``parse`` when the
   Doc is parsed), then what each reports (``reading``, ``content``).
3. In text order, resolve every speaker: link names to entities, pronouns and roles to
   the speakers and subjects named before them (``speakers``, ``subjects``, ``resolve``).
4. Give every quotation its statement, speaker and kind; a quotation that stands alone
   after its speaker was named becomes a statement of that speaker (``quoting``).

The result is kept for the last Doc analysed, so both extractors share one analysis
whatever order they run in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from claimledger.extractors.speech.data import SpeechData, load_speech_data
from claimledger.extractors.speech.marks import Quotation, find_quotations
from claimledger.extractors.speech.speakers import Speaker

if TYPE_CHECKING:
    from claimledger.extractors import Findings


@dataclass
class Reported:
    """A statement found in the text: its content, cue, speaker and time."""

    start: int
    end: int
    cue: tuple[int, int] | None
    speaker: Speaker | None
    time: str | None = None
    id: str = ""


@dataclass
class Quoted:
    """A quotation kept as a quote: its kind, speaker and statement."""

    quotation: Quotation
    kind: str
    speaker: Speaker | None
    cue: tuple[int, int] | None = None
    statement: Reported | None = None
    id: str = ""


@dataclass
class SpeechAnalysis:
    """Statements and quotes of one article, with ids in text order."""

    statements: list[Reported] = field(default_factory=list)
    quotes: list[Quoted] = field(default_factory=list)
    units: list[tuple[int, int]] = field(default_factory=list)  # the sentences cut by rule


_LAST: list[tuple[Doc, int, SpeechAnalysis]] = []


def analyze_speech(findings: Findings) -> SpeechAnalysis:
    """The reported speech of the article in ``findings`` (computed once per Doc)."""
    doc = findings.doc
    if _LAST and _LAST[0][0] is doc and _LAST[0][1] == len(findings.entities):
        return _LAST[0][2]
    from claimledger.extractors.speech.quoting import analyze

    data = load_speech_data(findings.lang.code)
    analysis = analyze(findings, data)
    _LAST[:] = [(doc, len(findings.entities), analysis)]
    return analysis


def speech_data(code: str) -> SpeechData:
    """The speech data of a language (for callers and tests)."""
    return load_speech_data(code)


__all__ = [
    "Quoted",
    "Reported",
    "SpeechAnalysis",
    "analyze_speech",
    "find_quotations",
    "speech_data",
]
