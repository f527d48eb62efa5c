"""Temporal expressions in plain text, resolved to TIMEX3 values: rules from the language data.

``find_times`` needs no spaCy: give it a text, its publication date and a language.

1. Unify apostrophes, spaces and hyphens one character for one, so offsets hold.
2. Run every rule of ``lang/<code>/times.toml``; keep matches whose context conditions hold.
3. Of overlapping matches keep the longest (the earlier rule on ties).
4. Resolve each match in text order against the publication date, or against the last day the
   text gave for anaphoric ones (``la veille``, clock times); weekdays follow the tense.
5. Number the times ``t1``, ``t2``, ... in text order.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from claimledger.contract import Time
from claimledger.extractors.timex.calendar import parse_date
from claimledger.extractors.timex.grammar import Grammar, load_grammar
from claimledger.extractors.timex.match import (
    Candidate,
    find_candidates,
    normalize_text,
    select_candidates,
)
from claimledger.extractors.timex.resolve import Context, resolve
from claimledger.extractors.timex.tense import TenseOf, cue_tense
from claimledger.lang import LanguageData

__all__ = ["find_times", "load_grammar", "Grammar"]

# Kinds that take their day from the text, and the gap that ties them to a day named next:
# "Vers 0 h 40, jeudi" is Thursday's 0 h 40 even though Thursday comes after.
_DAY_TAKERS = ("clock", "part")
_DAY_GIVERS = ("date", "weekday", "shift")
_TIGHT_GAP = re.compile(r"[\s,]{0,3}")


def find_times(
    text: str,
    published: date | str | None,
    lang: LanguageData,
    tense_of: TenseOf | None = None,
    leave_out: frozenset[str] = frozenset(),
) -> list[Time]:
    """The temporal expressions of ``text``, with values resolved against ``published``.

    ``tense_of(start, end)`` may say "past" or "future" for a span (from a parser's morphology);
    by default the language's verb-form cues decide. Rules tagged with a name in ``leave_out``
    (``age``: ``un homme de 38 ans``) still claim their text but give no time.
    """
    grammar = load_grammar(lang)
    plain = normalize_text(text)
    if isinstance(published, str):
        published = parse_date(published)
    context = Context(grammar, published, tense_of or cue_tense(plain, grammar))
    times: list[Time] = []
    selected = select_candidates(find_candidates(plain, grammar))
    for index, candidate in enumerate(selected):
        if candidate.rule.params.get("tag") in leave_out:
            continue
        _look_ahead(plain, selected[index + 1 : index + 2], candidate, context)
        resolved = resolve(candidate, context)
        if resolved is None:
            continue
        times.append(
            Time(
                id=f"t{len(times) + 1}",
                start=candidate.start,
                end=candidate.end,
                text=text[candidate.start : candidate.end],
                type=resolved.type,
                value=resolved.value,
                anchor=resolved.anchor,
                mod=resolved.mod,
            )
        )
    return times


def _look_ahead(
    text: str, following: list[Candidate], candidate: Candidate, context: Context
) -> None:
    """Let a clock time or part of day take the day named right after it."""
    if candidate.rule.kind not in _DAY_TAKERS or not following:
        return
    after = following[0]
    if after.rule.kind not in _DAY_GIVERS or not _TIGHT_GAP.fullmatch(
        text[candidate.end : after.start]
    ):
        return
    peek = replace(context)
    resolved = resolve(after, peek)
    if (
        resolved is not None
        and peek.last_day is not None
        and resolved.value
        and resolved.value[:10] == peek.last_day.isoformat()
    ):
        context.last_day = peek.last_day
