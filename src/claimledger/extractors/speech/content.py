"""What is reported: the stretch of a unit a cue introduces, before or after it.

After a verb (`a déclaré que ...`, `said, "..."`, `a annoncé l'acquisition ...`) the content
runs from the complement to the next attribution or the end of the unit; before an incise
(`..., a déclaré X`) it runs back to the start of the unit or the last colon; `comme le
rappelle X` reports only the clause just before. A marker reports the clause it opens
(`Selon X, ...`), the one it closes (`..., selon X`), the phrase it follows without a comma
(`14 000 personnes selon la police`) or, in the middle of a clause, the whole clause.
"""

from __future__ import annotations

from claimledger.extractors.speech.cues import Cue, is_verb_at
from claimledger.extractors.speech.data import SpeechData
from claimledger.extractors.speech.phrases import Phrase, is_punct, starts_phrase
from claimledger.extractors.speech.units import Tok

#: Words a complement clause may stand after its verb (a annoncé, dimanche 24 janvier, que).
THAT_WINDOW = 9
_STRONG = {";", ":", "—", "–"}


def content_after(
    toks: list[Tok], cue: Cue, start: int, limit: int, data: SpeechData
) -> Phrase | None:
    """The content a verb introduces, from ``start`` (just after the cue) to ``limit``."""
    if start > limit:
        return None
    that = complement_start(toks, start, limit, data)
    if that is not None:
        return _cut_long_tail(toks, trim(toks, that, limit, data))
    j = start
    while j <= limit and toks[j].text in {":", ","} and not toks[j].quoted:
        j += 1
    if j <= limit and toks[j].mark:
        return _quotations_from(toks, j, limit)
    if cue.needs_clause:
        return None
    while j <= limit and toks[j].norm in data.words["adverbs"]:
        j += 1
    if j > limit or not _opens_object(toks, j, data):
        return None
    return trim(toks, j, limit, data)


#: A partial quotation ending a content with more words than this is cut at its first comma.
LONG_TAIL = 12


def _cut_long_tail(toks: list[Tok], phrase: Phrase | None) -> Phrase | None:
    """A long quotation that ends the content after the writer's words is cut at its first clause.

    `la Russie formait des soldats [...] aux «opérations d'infanterie de base, y compris
    [...]»`: the statement keeps the reported clause; the quote keeps every quoted word.
    """
    if phrase is None or not toks[phrase[1]].mark:
        return phrase
    first, last = phrase
    opening = next((k for k in range(last - 1, first - 1, -1) if toks[k].mark), None)
    if opening is None or opening == first or last - opening - 1 <= LONG_TAIL:
        return phrase
    comma = next((k for k in range(opening + 1, last) if toks[k].text == ","), None)
    return (first, comma - 1) if comma is not None and comma > opening + 1 else phrase


def complement_start(toks: list[Tok], start: int, limit: int, data: SpeechData) -> int | None:
    """The first token after `que`/`that` when it comes within a few words of the verb.

    Only adverbs, times, commas and adjuncts may stand between (`a annoncé, dimanche 24
    janvier, que`, `said in a statement that`); after an object (`a découvert l'étoile
    ainsi que`) or in `ce que`, `que` is no complement.
    """
    w = data.words
    first = start
    while first <= limit and (toks[first].norm in w["adverbs"] or toks[first].text == ","):
        first += 1
    if (
        first <= limit
        and toks[first].norm in w["determiners"]
        and toks[first].norm not in w["prepositions"]
    ):
        return None
    j, budget = start, THAT_WINDOW
    while j <= limit and budget > 0:
        tok = toks[j]
        if tok.text == ":" and not tok.quoted:
            return j + 1 if j + 1 <= limit else None  # `a déclaré à ce propos : « ... »`
        if tok.quoted or tok.text in _STRONG or tok.text in ".!?":
            return None
        if j > start and (tok.norm in w["auxiliaries"] or is_verb_at(toks, j, data)):
            return None  # another verb: `se disait vainqueur, a déclaré que` is not its `que`
        if tok.norm in w["that"]:
            if j > start and toks[j - 1].norm in w["not_before_that"]:
                return None
            return j + 1 if j + 1 <= limit else None
        closing = _adjunct_end(toks, j, limit, data)
        j, budget = (closing, budget) if closing is not None else (j + 1, budget - 1)
    return None


#: The most words an adjunct between commas may hold (`, depuis la Corrèze où il se trouvait,`).
ADJUNCT_WORDS = 15


def _adjunct_end(toks: list[Tok], j: int, limit: int, data: SpeechData) -> int | None:
    """At a comma opening an adjunct (`, lors d'une conférence de presse,`), the closing comma:
    an adjunct between the verb and `que` does not count against the window."""
    w = data.words
    if toks[j].text != "," or j + 1 > limit or toks[j + 1].norm not in w["prepositions"]:
        return None
    for k in range(j + 1, min(limit + 1, j + 2 + ADJUNCT_WORDS)):
        tok = toks[k]
        if tok.text == ",":
            return k
        if tok.quoted or tok.text in _STRONG or tok.text in ".!?:" or tok.norm in w["that"]:
            return None
        if tok.norm in w["auxiliaries"] or is_verb_at(toks, k, data):
            return None
    return None


def _opens_object(toks: list[Tok], j: int, data: SpeechData) -> bool:
    """Whether a direct object (or `de ...` after parler) opens at ``j``."""
    tok = toks[j]
    w = data.words
    if tok.mark or tok.norm in w["complements"] or tok.norm in w["clitics"]:
        return True
    if tok.norm in w["prepositions"] or tok.norm in w["auxiliaries"] or is_punct(tok):
        return False
    if _joins_clause(tok, data):
        return False  # `she said, but refused ...`
    return starts_phrase(toks, j, data) or tok.text[:1].isdigit() or tok.text[:1].islower()


def _quotations_from(toks: list[Tok], j: int, limit: int) -> Phrase:
    """The quotation opening at ``j`` (marks included), and those joined to it by `et`."""
    end = next((k for k in range(j + 1, limit + 1) if toks[k].mark), limit)
    return (j, end)


def content_before(
    toks: list[Tok], lo: int, hi: int, data: SpeechData, clause_only: bool = False
) -> Phrase | None:
    """The content ending at ``hi``, back to ``lo``, a colon, or (``clause_only``) a comma."""
    while hi >= lo and (toks[hi].text in {",", "-", "—"} and not toks[hi].quoted):
        hi -= 1
    first = lo
    for j in range(hi, lo - 1, -1):
        tok = toks[j]
        if tok.quoted:
            continue
        if tok.text in _STRONG or tok.text in ".!?" or (clause_only and tok.text == ","):
            first = j + 1
            break
    return trim(toks, first, hi, data)


def trim(toks: list[Tok], first: int, last: int, data: SpeechData) -> Phrase | None:
    """The phrase without punctuation or joining words at its edges (marks kept)."""
    while first <= last and _loose(toks[first], data, leading=True):
        first += 1
    while last >= first and _loose(toks[last], data, leading=False):
        last -= 1
    if last < first or not any(t.is_word for t in toks[first : last + 1]):
        return None
    return (first, last)


def _loose(tok: Tok, data: SpeechData, leading: bool) -> bool:
    """Whether a token at the edge of a content falls off: punctuation, `que`, `et`, `tandis`."""
    if tok.mark or tok.quoted:
        return False
    if not tok.is_word:
        return not (tok.text in "([" and leading or tok.text in ")]" and not leading)
    w = data.words
    if leading:
        return tok.norm in w["that"] or tok.norm in w["coordinators"]
    joins = {phrase[0] for phrase in data.connectors}
    return (
        tok.norm in w["coordinators"]
        or tok.norm in w["that"]
        or tok.norm in w["subordinators"]
        or tok.norm in joins
    )


def marker_content(
    toks: list[Tok], cue: Cue, source: Phrase, lo: int, hi: int, data: SpeechData
) -> Phrase | None:
    """The content of `selon X` within toks[lo..hi]: the clause it opens, closes or sits in."""
    before = trim(toks, lo, cue.first - 1, data)
    after_start = source[1] + 1
    while after_start <= hi and toks[after_start].text == "," and not toks[after_start].quoted:
        after_start += 1
    after = trim(toks, after_start, hi, data) if after_start <= hi else None
    if after is not None and _joins_clause(toks[after_start], data):
        after = None  # `..., selon le New York Times, mais avait décliné`: a new clause
    w = data.words
    if after is not None and all(
        t.norm in w["adverbs"] or t.norm in w["determiners"] for t in toks[after[0] : after[1] + 1]
    ):
        after = None  # `selon l'annonce du gouvernement ce mercredi`: only a time
    if before is None or _only_adjuncts(toks, before, data):
        return after
    k = cue.first - 1
    while k > lo and toks[k].text == ",":
        k -= 1
    if toks[k].norm in data.words["relatives"] or toks[k].norm in data.words["that"]:
        return after  # `which, according to AFP, the United Nations criticised`
    if is_verb_at(toks, k, data):
        return after  # `des images montrant, selon elle, la Corée du Nord expédiant ...`
    comma_before = cue.first > 0 and toks[cue.first - 1].text == ","
    if not comma_before:
        return content_before(toks, lo, cue.first - 1, data, clause_only=True)
    if after is None:
        return before
    return trim(toks, before[0], after[1], data)


def _joins_clause(tok: Tok, data: SpeechData) -> bool:
    """`et`, `mais`, `but`: a word that opens another clause."""
    return tok.norm in data.words["coordinators"] or (tok.norm,) in data.connectors


def _only_adjuncts(toks: list[Tok], phrase: Phrase, data: SpeechData) -> bool:
    """`Cela dit,` or `En effet,` before a marker: nothing reported."""
    first, last = phrase
    if any(t.norm in data.words["auxiliaries"] for t in toks[first : last + 1]):
        return False  # `Ce cynisme est, pour Greenpeace, ...`
    return (
        last - first < 3
        and toks[last].is_word
        and not any(t.quoted for t in toks[first : last + 1])
        and (toks[last + 1].text == "," if last + 1 < len(toks) else False)
    )
