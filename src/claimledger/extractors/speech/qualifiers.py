"""Places that qualify a name after a comma: `the University of Arkansas, Fayetteville`.

A one-word name standing alone between commas, right after a chunk that ends on a name
read as a complement (`at the University of Arkansas`, `of Springfield`), says where that
name is; it belongs to the chunk before it and is neither a subject nor an apposition.
"""

from __future__ import annotations

from claimledger.extractors.speech.units import Tok

Phrase = tuple[int, int]


def join_places(toks: list[Tok], chunks: list[Phrase]) -> list[Phrase]:
    """The comma-separated chunks, each place that qualifies a name joined to the chunk before."""
    joined: list[Phrase] = []
    for chunk in chunks:
        if joined and _is_place_of(toks, joined[-1], chunk):
            joined[-1] = (joined[-1][0], chunk[1])
        else:
            joined.append(chunk)
    return joined


def _is_place_of(toks: list[Tok], before: Phrase, chunk: Phrase) -> bool:
    """Whether ``chunk`` is one capitalized word after a chunk ending on `<word> Name`."""
    a, b = before
    first, last = chunk
    if first != last or b - a < 1 or not _is_name(toks[first]):
        return False
    # The name closing ``before`` is a complement when a lower-case word leads to it; after
    # a name chunk (`Paris, Lyon`) or before a full name (`of Paris, Anne Hidalgo`) a name
    # is a list member or an apposition.
    lead = toks[b - 1]
    return _is_name(toks[b]) and lead.is_word and not lead.is_cap and not lead.quoted


def _is_name(tok: Tok) -> bool:
    """A capitalized word outside quotations."""
    return tok.is_word and tok.is_cap and not tok.quoted
