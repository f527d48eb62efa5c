"""Find quotes: words inside quotation marks, direct or partial, with speaker and statement.

The work is done once for statements and quotes by ``claimledger.extractors.speech``; this
module turns its quotes into contract records. Quoted names and titles (la loi « Stop
Soros ») are not quotes and never come here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.contract import Quote
from claimledger.extractors.speech import analyze_speech

if TYPE_CHECKING:
    from claimledger.extractors import Findings


def extract_quotes(findings: Findings) -> list[Quote]:
    """The quotes of the article, in text order, ids q1, q2..."""
    text = findings.doc.text
    entity_ids = {e.id for e in findings.entities}
    statement_ids = {s.id for s in findings.statements}
    records = []
    for found in analyze_speech(findings).quotes:
        speaker, span = found.speaker, found.quotation
        statement = found.statement.id if found.statement else None
        records.append(
            Quote(
                id=found.id,
                start=span.start,
                end=span.end,
                text=text[span.start : span.end],
                kind=found.kind,
                speaker=speaker.entity if speaker and speaker.entity in entity_ids else None,
                speaker_text=text[speaker.start : speaker.end] if speaker else None,
                cue=text[found.cue[0] : found.cue[1]] if found.cue else None,
                statement=statement if statement in statement_ids else None,
            )
        )
    return records
