"""Units of reported speech: sentences made whole again around their quotations.

A sentence splitter cuts inside quotations (« Nous aurons... Voilà », a-t-il dit) and after
abbreviations (M. Blinken); a unit is one or more sentences of one paragraph joined back
so that no quotation, no incise and no name is cut. A quotation that runs over paragraphs
makes one unit of them all.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc

from claimledger.extractors.speech.data import SpeechData, norm_word
from claimledger.extractors.speech.marks import Quotation


@dataclass(frozen=True)
class Tok:
    """A token as the speech rules see it."""

    text: str
    norm: str  # lower case, ’ as ', joining hyphen and euphonic -t- removed
    start: int
    end: int
    i: int  # index in the spaCy Doc
    quoted: bool  # inside a quotation, or one of its marks
    mark: bool  # a quotation mark of a kept quotation

    @property
    def is_cap(self) -> bool:
        """Whether some part of the word starts with a capital (Blinken, al-Amr, TRAPPIST-1)."""
        return any(part[:1].isupper() for part in self.text.split("-"))

    @property
    def is_word(self) -> bool:
        """Whether the token holds a letter or a digit."""
        return any(c.isalnum() for c in self.text)


@dataclass
class Unit:
    """A stretch of text analysed as one sentence."""

    start: int
    end: int
    paragraph: int
    toks: list[Tok] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    parsed_subjects: list[tuple[int, int]] = field(default_factory=list)  # when parsed


def build_units(doc: Doc, quotations: list[Quotation], data: SpeechData) -> list[Unit]:
    """The units of ``doc``, in text order."""
    text = doc.text
    pieces = _cut_before_openings(text, _sentence_pieces(doc, data), quotations)
    merged = _merge_pieces(text, pieces, quotations, data)
    starts = [t.idx for t in doc]
    units = []
    for start, end in merged:
        unit = Unit(start, end, text.count("\n", 0, start))
        unit.quotations = [q for q in quotations if start <= q.open_at < end]
        unit.toks = [_tok(t, unit.quotations) for t in _tokens_within(doc, starts, start, end)]
        if unit.toks:
            units.append(unit)
    return units


def _tokens_within(doc: Doc, starts: list[int], start: int, end: int) -> list:
    """The tokens of ``doc`` starting within characters ``start`` to ``end``, spaces left out.

    ``starts`` holds every token's first character: a bisection rather than a pass over the
    whole Doc for every line and unit, which made long articles quadratic."""
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    return [t for t in doc[first:last] if not t.is_space]


def _tok(token, quotations: list[Quotation]) -> Tok:
    start, end = token.idx, token.idx + len(token.text)
    inside = any(q.open_at <= start and end <= q.close_at for q in quotations)
    mark = any(start == q.open_at or end == q.close_at for q in quotations)
    return Tok(token.text, _norm(token.text), start, end, token.i, inside, mark)


def _norm(text: str) -> str:
    word = norm_word(text)
    # a-t-il is cut a | -t | -il or a | -t-il: both read as the pronoun alone.
    return word[2:] if word.startswith("t-") and len(word) > 2 else word


def _sentence_pieces(doc: Doc, data: SpeechData) -> list[tuple[int, int]]:
    """Sentences cut by rule, line by line: the same on every pipeline, parsed or not."""
    text, starts = doc.text, [t.idx for t in doc]
    pieces, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            tokens = _tokens_within(doc, starts, start, end)
            pieces += _cut_sentences(
                tokens, start + len(line) - len(line.lstrip()), start + len(line.rstrip()), data
            )
        start = end + 1
    return pieces


def _cut_sentences(tokens: list, start: int, end: int, data: SpeechData) -> list[tuple[int, int]]:
    """Cut after a full stop (a closing mark or an abbreviation like `vol.` ending a sentence)
    followed by a capital, a digit or an opening mark."""
    closers = {close for _, close in data.pairs}
    openers = {open_ for open_, _ in data.pairs}
    pieces = []
    for index, token in enumerate(tokens[:-1]):
        following = tokens[index + 1]
        word = token.text
        stop = word in _STOPS or (word in closers and index and tokens[index - 1].text in _STOPS)
        closing = (
            len(word) > 2 and word.endswith(".") and word[-2].isalpha() and "." not in word[:-1]
        )
        stop = stop or (closing and not _is_abbreviation(word, data))
        next_opens = following.text[:1].isupper() or following.text[:1].isdigit()
        # A full stop of its own ends a sentence even before a small letter (`semaine. le`).
        next_opens = next_opens or (word in _STOPS and following.text[:1].isalpha())
        if stop and (next_opens or following.text in openers) and following.text not in closers:
            pieces.append((start, token.idx + len(word)))
            start = following.idx
    pieces.append((start, end))
    return pieces


_STOPS = {".", "!", "?", "…", "?!", "!?", "..."}


def _cut_before_openings(
    text: str, pieces: list[tuple[int, int]], quotations: list[Quotation]
) -> list[tuple[int, int]]:
    """Pieces whose last character opens a quotation, cut before that mark."""
    # A sentence splitter leaves the mark on the sentence before: `... spectroscopie . «`.
    openings = {q.open_at for q in quotations}
    cut: list[tuple[int, int]] = []
    for start, end in pieces:
        if end - 1 in openings and end - 1 > start:
            head_end = len(text[: end - 1].rstrip())
            cut.append((start, max(start, head_end)))
            start = end - 1
        cut.append((start, end))
    return [(s, e) for s, e in cut if e > s]


def _merge_pieces(
    text: str, pieces: list[tuple[int, int]], quotations: list[Quotation], data: SpeechData
) -> list[tuple[int, int]]:
    """Join pieces cut inside a quotation, after an abbreviation or before an incise."""
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged and _belongs_to_previous(text, merged[-1], start, quotations, data):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _belongs_to_previous(
    text: str, previous: tuple[int, int], start: int, quotations: list[Quotation], data: SpeechData
) -> bool:
    """Whether the piece at ``start`` goes on the sentence ``previous``."""
    if any(previous[0] <= q.open_at < start < q.close_at for q in quotations):
        return True  # a quotation runs over the cut
    if "\n" in text[previous[1] : start]:
        return False
    if text[start : start + 1] in {",", ";", ":", ")"}:
        return True  # an incise or a tail cut off its sentence
    tail = text[previous[0] : previous[1]].rstrip()
    if tail.endswith((",", ":", ";")):
        return True
    closed = any(q.close_at == len(tail) + previous[0] for q in quotations)
    if closed and text[start : start + 1].islower():
        return True  # `« ... » | a déclaré X`
    last_word = text[previous[0] : previous[1]].split()[-1] if previous[1] > previous[0] else ""
    # M. Blinken, Audra D. Bridges: a title or an initial is not the end of a sentence.
    return _is_abbreviation(last_word, data)


def _is_abbreviation(word: str, data: SpeechData) -> bool:
    """A title (M.) or an initial (D.), after which a sentence does not end."""
    stripped = word.rstrip(".")
    if not word.endswith(".") or not stripped:
        return False
    return (len(stripped) == 1 and stripped.isupper()) or norm_word(stripped) in data.titles
