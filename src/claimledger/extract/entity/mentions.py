"""Mentions: the places in the text that name an entity, each with a type and where it came from.

1. Known names from the gazetteer (countries, places, organizations, nationalities).
2. Names the recognizer found (``doc.ents``), when the pipeline has one.
3. Capitalized names a title or a role introduces (``M. Blinken``, ``le ministre ... Cho Tae-yul``).
4. Compounds of a head word and a name (``administration Biden``, ``lac Tchad``).
5. Without a recognizer, every other capitalized name, typed by the words in and around it.
6. Where mentions overlap, the longest wins; a known name inside a longer one stays as nested.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from claimledger.extract.entity.gazetteer import Gazetteer, Known, Referent
from claimledger.extract.entity.lexicon import Lexicon
from claimledger.extract.entity.names import Run, find_runs, type_run
from claimledger.extract.entity.words import Word, joined, split_words

PRIORITY = {"known": 4, "pattern": 3, "ner": 2, "cued": 2, "run": 1}
NER_LABELS = {
    "PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC",
    "FAC": "LOC", "EVENT": "EVENT", "PRODUCT": "PRODUCT", "NORP": "NORP",
}  # fmt: skip


@dataclass
class Candidate:
    """A possible mention: characters ``start`` to ``end`` of the text."""

    start: int
    end: int
    type: str
    source: str
    referent: Referent | None = None
    guessed: bool = False
    nested: bool = False


@dataclass(frozen=True)
class Context:
    """What mention finding reads: the text, its words, the language's knowledge."""

    text: str
    words: list[Word]
    lex: Lexicon
    sentence_starts: frozenset[int]
    known: dict[int, Known]  # the longest known name starting at each word


def build_context(
    text: str, lex: Lexicon, gazetteer: Gazetteer, sentence_starts: frozenset[int]
) -> Context:
    """Split ``text`` into words and look every word up in the gazetteer."""
    words = split_words(text)
    known = {}
    for i in range(len(words)):
        match = gazetteer.match_at(text, words, i)
        if match is not None:
            known[i] = match
    return Context(text, words, lex, sentence_starts, known)


def find_mentions(context: Context, doc: Doc | None) -> list[Candidate]:
    """All mentions of the text, overlaps resolved, in text order."""
    recognizer = doc is not None and bool(doc.ents)
    runs = find_runs(context)
    candidates = known_candidates(context)
    candidates += pattern_candidates(context, runs)
    candidates += run_candidates(context, runs, cued_only=recognizer)
    if recognizer:
        candidates += ner_candidates(context, doc)
    return resolve(candidates)


def known_candidates(context: Context) -> list[Candidate]:
    """Every alias of the gazetteer in the text, nested ones included."""
    words, found = context.words, []
    for known in context.known.values():
        referent = known.referent
        start, end = words[known.first].start, words[known.last].end
        found.append(Candidate(start, end, referent.type, "known", referent))
    return found


def run_candidates(context: Context, runs: list[Run], cued_only: bool) -> list[Candidate]:
    """Capitalized names, typed; only those a title or role introduces when ``cued_only``."""
    found = []
    for run in runs:
        if cued_only and not run.cued:
            continue
        kind, guessed = type_run(context, run)
        if kind is None:
            continue
        start, end = context.words[run.first].start, context.words[run.last].end
        found.append(Candidate(start, end, kind, "cued" if run.cued else "run", guessed=guessed))
    return found


def pattern_candidates(context: Context, runs: list[Run]) -> list[Candidate]:
    """``administration Biden``, ``lac Tchad``: a head word and a name make a new entity."""
    words, found = context.words, []
    units = [(r.first, r.last) for r in runs] + _known_units(context)
    units += [(r.first + k, r.last) for r in runs for k in range(1, r.last - r.first + 1)]
    units += [(r.first, r.last - k) for r in runs for k in range(1, r.last - r.first + 1)]
    for first, last in set(units):
        for pattern in context.lex.patterns:
            a, b = first - len(pattern.before), last + len(pattern.after)
            if a < 0 or b >= len(words) or (a, b) == (first, last):
                continue
            before, after = (a, first, pattern.before), (last + 1, b + 1, pattern.after)
            caps = pattern.capitals
            if (
                _reads(context, *before, caps)
                and _reads(context, *after, caps)
                and _joined(context, a, b)
            ):
                found.append(Candidate(words[a].start, words[b].end, pattern.type, "pattern"))
                break
    return found


def _known_units(context: Context) -> list[tuple[int, int]]:
    kinds = ("GPE", "LOC", "ORG")
    return [(k.first, k.last) for k in context.known.values() if k.referent.type in kinds]


def _joined(context: Context, a: int, b: int) -> bool:
    words = context.words
    return all(joined(context.text, words[i], words[i + 1]) for i in range(a, b))


def _reads(
    context: Context, a: int, b: int, folded: tuple[str, ...], capitals: frozenset[str]
) -> bool:
    """Words ``a`` to ``b`` (exclusive) are the pattern's words, capitalized where it is."""
    words = context.words[a:b]
    if tuple(w.fold for w in words) != folded:
        return False
    return all(w.capitalized for w in words if w.fold in capitals)


def ner_candidates(context: Context, doc: Doc) -> list[Candidate]:
    """The recognizer's names, with titles and leading articles taken off."""
    found = []
    starts = {w.start: i for i, w in enumerate(context.words)}
    ends = {w.end: i for i, w in enumerate(context.words)}
    for ent in doc.ents:
        kind = NER_LABELS.get(ent.label_)
        first, last = starts.get(ent.start_char), ends.get(ent.end_char)
        if kind is None or first is None or last is None:
            continue
        first = _skip_openers(context, first, last)
        if first > last or _all_not_names(context, first, last):
            continue
        words = context.words
        found.append(Candidate(words[first].start, words[last].end, kind, "ner"))
    return found


def _skip_openers(context: Context, first: int, last: int) -> int:
    lex = context.lex
    while first <= last:
        word = context.words[first]
        title = word.fold in lex.titles or f"{word.fold}." in lex.titles
        sentence_word = word.fold in lex.function_words and not word.all_caps
        if not (word.fold in lex.articles or title or sentence_word):
            break
        first += 1
    return first


def _all_not_names(context: Context, first: int, last: int) -> bool:
    return all(w.fold in context.lex.not_names for w in context.words[first : last + 1])


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first, then by source; a known name inside a chosen one is kept as nested."""
    order = sorted(candidates, key=lambda c: (c.start - c.end, -PRIORITY[c.source], c.start))
    chosen: list[Candidate] = []
    for cand in order:
        clash = [k for k in chosen if k.start < cand.end and cand.start < k.end]
        if not clash:
            chosen.append(cand)
        elif cand.referent is not None and all(_inside(cand, k) for k in clash):
            cand.nested = True
            chosen.append(cand)
    return sorted(chosen, key=lambda c: (c.start, c.end))


def _inside(inner: Candidate, outer: Candidate) -> bool:
    """Strictly inside: the same span twice is one mention."""
    same = (inner.start, inner.end) == (outer.start, outer.end)
    return outer.start <= inner.start and inner.end <= outer.end and not outer.nested and not same
