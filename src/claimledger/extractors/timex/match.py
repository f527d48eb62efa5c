"""Run the time rules over a text and keep the best non-overlapping matches."""

from __future__ import annotations

from dataclasses import dataclass

from claimledger.extractors.timex.grammar import Grammar, Rule

# Characters written several ways that the rules see in one form (one for one: offsets hold).
_SAME_CHARACTER = str.maketrans(
    {"\u2019": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ", "\u2011": "-", "\u2010": "-"}
)


@dataclass(frozen=True)
class Candidate:
    """A stretch of text one rule matched, with the text of each named group."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str]
    tables: dict[str, str]
    order: int


def normalize_text(text: str) -> str:
    """``text`` with variant apostrophes, spaces and hyphens unified, one character for one."""
    return text.translate(_SAME_CHARACTER)


def find_candidates(text: str, grammar: Grammar) -> list[Candidate]:
    """Every match of every rule whose context conditions hold."""
    found = []
    for order, rule in enumerate(grammar.rules):
        for match, tables in ((m, t) for r, t in rule.patterns for m in r.finditer(text)):
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            start = match.end("lead") if groups.pop("lead", None) is not None else match.start()
            end = match.start("trail") if groups.pop("trail", None) is not None else match.end()
            start, end = _trim(text, start, end)
            if start >= end or not rule.fits(text, start, end):
                continue
            found.append(Candidate(start, end, rule, groups, tables, order))
    return found


def select_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """The longest candidates that do not overlap (earlier rules win ties), in text order."""
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, c.order, c.start))
    taken: list[Candidate] = []
    for candidate in ranked:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without the blanks and trailing commas a pattern may have taken in."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end
