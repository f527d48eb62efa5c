"""Boilerplate lines: skip links, share lines, "read more" lines, wiki and wire trailers.

The patterns are language data (``boilerplate.txt``, ``boilerplate_blocks.txt``); a page
in one language often carries another's navigation, so every supported language's
patterns apply. Captions and credits are told by their form (``captions``). Removed lines
leave a blank line behind: they separated what surrounds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.clean.captions import cues_for, find_captions
from claimledger.lang import SUPPORTED_LANGUAGES, load_language

# A block heading swallows the short lines under it (related headlines, network names),
# never a paragraph of the article.
_MAX_BLOCK_LINE_WORDS = 25


@dataclass(frozen=True)
class BoilerplateRules:
    """Whole-line patterns: lines to remove, and headings of blocks to remove."""

    lines: re.Pattern[str]
    blocks: re.Pattern[str]


@cache
def load_rules(languages: tuple[str, ...] = SUPPORTED_LANGUAGES) -> BoilerplateRules:
    """The boilerplate patterns of ``languages``, compiled once."""
    data = [load_language(code) for code in languages]
    return BoilerplateRules(
        lines=_alternation(p for d in data for p in d.words("boilerplate")),
        blocks=_alternation(p for d in data for p in d.words("boilerplate_blocks")),
    )


def remove_boilerplate(lines: list[str], rules: BoilerplateRules) -> tuple[list[str], list[str]]:
    """``lines`` with boilerplate lines blanked, and the removed lines in order.

    Lines the patterns name go first; captions are then told among the lines left, in the
    cues of their language (``claimledger.clean.captions``).
    """
    gone = _matched_lines(lines, rules)
    kept = ["" if index in gone else line.strip() for index, line in enumerate(lines)]
    gone |= find_captions(kept, cues_for(kept))
    kept = ["" if index in gone else line for index, line in enumerate(kept)]
    removed = [lines[index].strip() for index in sorted(gone) if lines[index].strip()]
    return kept, removed


def _matched_lines(lines: list[str], rules: BoilerplateRules) -> set[int]:
    """The indexes of the lines that a line pattern or a block heading names."""
    gone: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if line and rules.blocks.fullmatch(line):
            end = _block_end(lines, index + 1)
            gone.update(range(index, end))
            index = end
            continue
        if line and rules.lines.fullmatch(line):
            gone.add(index)
        index += 1
    return gone


def _block_end(lines: list[str], start: int) -> int:
    """Where the block whose heading is just before ``start`` ends."""
    index = start
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index == len(lines):
        return start
    while index < len(lines) and lines[index].strip():
        if len(lines[index].split()) > _MAX_BLOCK_LINE_WORDS:
            break
        index += 1
    return index


def _alternation(patterns) -> re.Pattern[str]:
    # An empty alternation would match every blank string: a pattern that never matches.
    body = "|".join(f"(?:{p})" for p in patterns) or r"(?!)"
    return re.compile(body, re.IGNORECASE)
