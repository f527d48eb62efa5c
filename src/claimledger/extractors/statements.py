"""Find statements: reported speech, quoted or not, with its speaker, cue and time.

The work is done once for statements and quotes by ``claimledger.extractors.speech``; this
module turns its statements into contract records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.contract import Statement
from claimledger.extractors.speech import analyze_speech

if TYPE_CHECKING:
    from claimledger.extractors import Findings


def extract_statements(findings: Findings) -> list[Statement]:
    """The statements of the article, in text order, ids s1, s2..."""
    text = findings.doc.text
    entity_ids = {e.id for e in findings.entities}
    time_ids = {t.id for t in findings.times}
    records = []
    for found in analyze_speech(findings).statements:
        speaker = found.speaker
        records.append(
            Statement(
                id=found.id,
                start=found.start,
                end=found.end,
                text=text[found.start : found.end],
                speaker=speaker.entity if speaker and speaker.entity in entity_ids else None,
                speaker_text=text[speaker.start : speaker.end] if speaker else None,
                cue=text[found.cue[0] : found.cue[1]] if found.cue else None,
                time=found.time if found.time in time_ids else None,
            )
        )
    return records
