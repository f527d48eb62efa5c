"""A v1 document as a short text a person reads at a glance."""

from __future__ import annotations

from claimledger.contract import Document

_WIDTH = 96


def _clip(text: str, width: int = _WIDTH) -> str:
    """One indented line: whitespace runs collapsed, cut with an ellipsis past ``width``."""
    text = "  " + " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summarize(document: Document) -> str:
    """Headline, metadata, then one line per finding, grouped by kind."""
    names = {e.id: e.name for e in document.entities}
    lines = [
        document.title or "(no title)",
        f"  {document.doc_id} · {document.language} · published {document.published or '?'}"
        f" · {document.site or document.url or 'no source'}",
        f"  {len(document.text.split())} words · {len(document.entities)} entities · "
        f"{len(document.quotes)} quotes · {len(document.statements)} statements · "
        f"{len(document.amounts)} amounts · {len(document.times)} times",
    ]
    if document.entities:
        lines.append("Entities")
        lines += [f"  {e.type:<7} {e.name} ({len(e.mentions)}×)" for e in document.entities]
    if document.quotes:
        lines.append("Quotes")
        for q in document.quotes:
            who = names.get(q.speaker or "", q.speaker_text or "?")
            lines.append(_clip(f"{who}: «{q.text}»"))
    if document.statements:
        lines.append("Statements")
        for s in document.statements:
            who = names.get(s.speaker or "", s.speaker_text or "?")
            lines.append(_clip(f"{who} ({s.cue or '?'}): {s.text}"))
    if document.amounts:
        lines.append("Amounts")
        for a in document.amounts:
            who = names.get(a.source or "", a.source_text or "the writer")
            counted = a.counted or "?"
            lines.append(_clip(f"{a.text} [{a.qualifier} {a.value}] {counted} — {who}"))
    if document.times:
        lines.append("Times")
        lines += [f"  {t.text} → {t.value or '?'} ({t.type})" for t in document.times]
    return "\n".join(lines)
