"""Mentions: the places in the text that name an entity, each with a type and where it came from.

1. Known names from the gazetteer (countries, places, organizations, nationalities).
2. Names the recognizer found (``doc.ents``), when the pipeline has one.
3. Capitalized names a title or a role introduces (``M. Blinken``, ``le ministre ... Cho Tae-yul``).
4. Compounds of a head word and a name (``administration Biden``, ``lac Tchad``).
5. Without a recognizer, every other capitalized name, typed by the words in and around it.
6. Where mentions overlap, the longest wins; a known name inside a longer one stays as nested.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from claimledger.extractors.entity.lexicon import Lexicon
from claimledger.extractors.entity.names import Run, find_runs, retype, type_run
from claimledger.extractors.entity.roles import head_at
from claimledger.lang.gazetteer import Gazetteer, Known, Referent
from claimledger.lang.words import Word, joined, split_words, starts_sentence

SAME_KIND = {"GPE": "LOC"}
PLACES = frozenset({"GPE", "LOC"})
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
    runs = find_runs(context)
    recognized = doc is not None and doc.has_annotation("ENT_IOB")
    candidates = known_candidates(context) + pattern_candidates(context, runs)
    candidates += run_candidates(context, runs)
    if recognized:
        # With a recognizer, a capitalized name of ours counts only where the words give its
        # type (a title, a role, a given name, an organization word) and the recognizer is silent.
        ner = ner_candidates(context, doc)
        _take_recognized_edges(context, candidates, ner)
        candidates = [c for c in candidates if not _guess_or_overlap(context, c, ner)] + ner
    return resolve(candidates)


def _guess_or_overlap(context: Context, cand: Candidate, ner: list[Candidate]) -> bool:
    """A guessed name, one that cuts through the recognizer's (containing them is fine:
    ``Tennis Integrity Unit`` over ``Tennis``, but not only adding an article: ``entre Le
    Mont-Saint-Michel``), or a name of ours the recognizer found the same (``en Suisse``, no
    person's name though a role follows)."""
    if cand.source not in ("run", "cued"):
        return False
    if any(_within(o, cand) and _articles_only(context, cand, o) for o in ner):
        return True
    cut = any(o.start < cand.end and cand.start < o.end and not _within(o, cand) for o in ner)
    return cand.source == "run" and (cand.guessed or cut)


def _articles_only(context: Context, outer: Candidate, inner: Candidate) -> bool:
    """``outer`` ends where ``inner`` does and adds articles only before it, or nothing."""
    if outer.end != inner.end:
        return False
    words = [w for w in context.words if outer.start <= w.start and w.end <= inner.start]
    return all(w.fold in context.lex.articles for w in words)


def _take_recognized_edges(
    context: Context, candidates: list[Candidate], ner: list[Candidate]
) -> None:
    """A known organization the recognizer reads without its lower-case head word takes its
    edges (``groupe [État islamique]``)."""
    for cand in candidates:
        if cand.referent is None or cand.type in PLACES:  # "mer du Japon" is a sea's name
            continue
        inner = [o for o in ner if _within(o, cand) and _same_kind(o.type, cand.type)]
        if len(inner) != 1 or cand.end != inner[0].end or cand.start >= inner[0].start:
            continue
        if not any(c.isupper() for c in context.text[cand.start : inner[0].start]):
            cand.start = inner[0].start


def _within(inner: Candidate, outer: Candidate) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def known_candidates(context: Context) -> list[Candidate]:
    """Every alias of the gazetteer in the text, nested ones included."""
    words, found = context.words, []
    for known in context.known.values():
        referent = known.referent
        start, end = words[known.first].start, words[known.last].end
        found.append(Candidate(start, end, referent.type, "known", referent))
    return found


def run_candidates(context: Context, runs: list[Run]) -> list[Candidate]:
    """Capitalized names, typed by their words and surroundings."""
    found = []
    for run in runs:
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
    found, words = [], context.words
    starts, ends = [w.start for w in words], [w.end for w in words]
    for ent in doc.ents:
        kind = NER_LABELS.get(ent.label_)
        first = bisect_left(starts, ent.start_char)
        last = bisect_right(ends, ent.end_char) - 1
        if kind is None or first > last:
            continue
        first = _skip_openers(context, first, last)
        if not _is_known(context, first, last):  # "État islamique" is no role's end
            first = _skip_roles_in(context, first, last)
        first = _skip_to_known(context, first, last)
        if first > last or _not_a_name(context, first, last, kind):
            continue
        if _known_pieces(context, first, last) >= 2:
            continue  # the known names it is made of stand instead
        kind = retype(context, first, last, kind)
        if kind != "ORG" and _uncapitalized(context, first, last):
            continue
        end = _name_end(context.text, words[last].end, ent.end_char)
        found.append(Candidate(words[first].start, end, kind, "ner"))
    return found


def _not_a_name(context: Context, first: int, last: int, kind: str) -> bool:
    """Words that name nothing on their own; but a place the recognizer reads in a word written
    with a capital inside a sentence is one (``le Nord``, the département)."""
    if not _all_not_names(context, first, last):
        return False
    word = context.words[first]
    if kind not in PLACES or first != last or not word.capitalized:
        return True
    return starts_sentence(context.text, word, context.sentence_starts)


def _is_known(context: Context, first: int, last: int) -> bool:
    known = context.known.get(first)
    return known is not None and known.last == last


def _name_end(text: str, end: int, ent_end: int) -> int:
    """The recognizer's end where it took in an exclamation mark (``En marche !``, ``Yahoo!``),
    which is no word."""
    return ent_end if ent_end > end and text[end:ent_end].strip() == "!" else end


def _known_pieces(context: Context, first: int, last: int) -> int:
    """How many known names make up words ``first`` to ``last``, small words between them
    (``États-Unis aux Nations Unies``: 2); 0 where a capitalized word is no known name's."""
    words, lex, i, pieces, linked = context.words, context.lex, first, 0, True
    while i <= last:
        known = context.known.get(i)
        if known is not None and known.last <= last:
            pieces, i = pieces + 1, known.last + 1
        elif words[i].capitalized:
            return 0
        else:
            linked = linked and words[i].fold in lex.linking
            i += 1
    # "Jeux olympiques de Rio": known names a linking word joins are one name
    return 0 if linked else pieces


def _skip_to_known(context: Context, first: int, last: int) -> int:
    """``agence Bloomberg``: lower-case words before a known name that ends the span go."""
    words = context.words
    for i in range(first, last + 1):
        if words[i].capitalized:
            known = context.known.get(i)
            return i if i > first and known is not None and known.last == last else first
    return first


def _same_kind(known: str, kind: str) -> bool:
    return SAME_KIND.get(known, known) == SAME_KIND.get(kind, kind)


def _skip_roles_in(context: Context, first: int, last: int) -> int:
    """``Affaires étrangères Cho Tae-yul``: the end of a role is no part of the name after it."""
    words, lex, i = context.words, context.lex, first
    while i <= last and (head_at(words, i, lex) or words[i].fold in lex.role_domains):
        i += max(1, head_at(words, i, lex))
    if i == first:
        return first
    while i <= last and not words[i].capitalized:
        i += 1
    return i


def _skip_openers(context: Context, first: int, last: int) -> int:
    """Titles, and articles or sentence words the recognizer took in, go; a capitalized article
    inside a sentence stays: it is the name's own (``Le Pen``, ``Le Canard enchaîné``)."""
    lex = context.lex
    while first <= last:
        word = context.words[first]
        title = word.fold in lex.titles or f"{word.fold}." in lex.titles
        sentence_word = word.fold in lex.function_words and not word.all_caps
        if not (word.fold in lex.articles or title or sentence_word):
            break
        if not title and _own_article(context, first, last):
            break
        if word.fold in lex.articles and not word.capitalized and first < last:
            break
        first += 1
    return first


def _own_article(context: Context, first: int, last: int) -> bool:
    """A capitalized article inside a sentence; at a sentence start, one the recognizer took in
    with a capitalized word after it (``Le Canard enchaîné déplore``, ``De Gendt remporte``)."""
    words, lex = context.words, context.lex
    word = words[first]
    if not word.capitalized:
        return False
    if not starts_sentence(context.text, word, context.sentence_starts):
        return True
    own = word.fold in lex.articles or word.fold in lex.particles
    return own and first < last and words[first + 1].capitalized


def _all_not_names(context: Context, first: int, last: int) -> bool:
    lex = context.lex
    return all(
        w.fold in lex.not_names or w.fold in lex.role_domains or w.fold in lex.function_words
        for w in context.words[first : last + 1]
    )


def _uncapitalized(context: Context, first: int, last: int) -> bool:
    """No capital letter or digit in the span (``frontière russo-ukrainienne``; ``iPhone``
    keeps its capital inside): no name but an organization's (``comité russe d'investigation``)."""
    return not any(
        c.isupper() or c.isdigit() for w in context.words[first : last + 1] for c in w.text
    )


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first, then by source; a known name inside a chosen one is kept as nested.

    A name that crosses a known one (starts inside it and ends after it, or the reverse) is
    dropped first: the known name's edges are the surer ones."""
    known = [c for c in candidates if c.referent is not None]
    candidates = [c for c in candidates if c.referent is not None or not _crosses_any(c, known)]
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


def _crosses_any(cand: Candidate, known: list[Candidate]) -> bool:
    return any(
        k.start < cand.start < k.end < cand.end or cand.start < k.start < cand.end < k.end
        for k in known
    )
