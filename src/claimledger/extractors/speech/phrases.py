"""Noun phrases found from words alone: who stands before or after a reporting verb.

Without a parse, a speaker is read from the shape of the words: a noun phrase opens with a
determiner, a pronoun, a capitalized word or a role noun (`président de ...`), goes on over
complements (`de l'Intérieur`) and stops at a preposition, a subordinator or punctuation.
Commas cut a subject into chunks: appositions (`Abbas Akhoundi, le ministre ...`) and lists
(`les États-Unis, la Corée du Sud et le Japon`) are kept; an adjunct (`De son côté,`) is not.
A phrase is a pair of token indices (first, last), both included.
"""

from __future__ import annotations

from collections.abc import Callable

from claimledger.extractors.speech.data import SpeechData
from claimledger.extractors.speech.qualifiers import join_places
from claimledger.extractors.speech.units import Tok

Phrase = tuple[int, int]

#: Longest noun phrase read from words alone, in tokens.
MAX_PHRASE = 14
#: Chunks (comma-separated) a subject may hold: a name, its description, a list.
MAX_CHUNKS = 4


def is_punct(tok: Tok) -> bool:
    """Punctuation, a quotation mark, or a quoted word."""
    return not tok.is_word or tok.quoted


def starts_phrase(toks: list[Tok], i: int, data: SpeechData) -> bool:
    """Whether a noun phrase can open at token ``i``."""
    tok = toks[i]
    if i + 1 < len(toks) and _opens_quoted_name(toks, i, data):
        return True  # `« Quotidien » a affirmé`
    if is_punct(tok) or _is_clause_word(tok, data) or tok.norm in data.words["prepositions"]:
        return False  # `aux États-Unis` is an adjunct, though `aux` is also a determiner
    if tok.norm in data.words["determiners"] or is_pronoun(tok, data):
        return True
    if starts_role(toks, i, data):
        return True
    if tok.norm in data.words["adverbs"]:
        return False
    return tok.is_cap


def _is_clause_word(tok: Tok, data: SpeechData) -> bool:
    w = data.words
    return tok.norm in w["subordinators"] or tok.norm in w["auxiliaries"] or tok.norm in w["that"]


def is_pronoun(tok: Tok, data: SpeechData) -> bool:
    """A personal pronoun that can stand for a speaker (il, elle, they)."""
    p = data.words
    return tok.norm in p["singular"] or tok.norm in p["plural"] or tok.norm in p["impersonal"]


def starts_role(toks: list[Tok], i: int, data: SpeechData) -> bool:
    """Whether a role noun (ministre, porte-parole, premier ministre) starts at ``i``."""
    return role_length(toks, i, data) > 0


def role_length(toks: list[Tok], i: int, data: SpeechData) -> int:
    """The number of tokens of the role noun at ``i`` (0 when none)."""
    start = i + 1 if i < len(toks) and toks[i].norm in data.words["role_modifiers"] else i
    for size in (4, 3, 2, 1):  # `chef de l'État`
        words = tuple(t.norm for t in toks[start : start + size])
        if len(words) < size:
            continue
        singular = (*words[:-1], _singular(words[-1], data))
        if words in data.roles or singular in data.roles:
            return start - i + size  # `l'ancien ministre`, `les auteurs`
    return 0


def _singular(word: str, data: SpeechData) -> str:
    """`auteurs` → `auteur`: one plural ending off, for role nouns."""
    for ending in data.plural_endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


def is_verb_like(tok: Tok, data: SpeechData, is_cue: Callable[[int], bool], i: int) -> bool:
    """An auxiliary or a reporting verb: the mark of a clause rather than a phrase."""
    return tok.norm in data.words["auxiliaries"] or is_cue(i)


def is_possessive(toks: list[Tok], k: int, data: SpeechData) -> bool:
    """`Arabia's`: the possessive ending joined to a noun (not `he's`, an auxiliary)."""
    if k == 0 or toks[k].norm not in data.words["possessive"]:
        return False
    before = toks[k - 1]
    return before.end == toks[k].start and not is_pronoun(before, data)


def _clause_mark(toks: list[Tok], k: int, data: SpeechData, is_cue: Callable[[int], bool]) -> bool:
    """An auxiliary or a reporting verb at ``k``, a possessive ending excepted."""
    return is_verb_like(toks[k], data, is_cue, k) and not is_possessive(toks, k, data)


def chunk_by_commas(toks: list[Tok], first: int, last: int) -> list[Phrase]:
    """The comma-separated chunks of toks[first..last], empty ones left out, a place that
    qualifies a name kept with it (`the University of Arkansas, Fayetteville`)."""
    chunks, start = [], first
    for i in range(first, last + 1):
        if toks[i].text == "," and not toks[i].quoted:
            if start <= i - 1:
                chunks.append((start, i - 1))
            start = i + 1
    if start <= last:
        chunks.append((start, last))
    return join_places(toks, chunks)


def np_end(
    toks: list[Tok],
    i: int,
    data: SpeechData,
    is_cue: Callable[[int], bool],
    stop: Callable[[int], bool] = lambda _: False,
) -> int:
    """The last token of the noun phrase that opens at ``i`` (``stop``: times, never inside)."""
    last = i
    j = i + 1
    while j < len(toks) and j - i < MAX_PHRASE and not stop(j):
        tok = toks[j]
        if is_possessive(toks, j, data):
            last, j = j, j + 1
            continue
        if is_punct(tok) or _is_clause_word(tok, data) or is_verb_like(tok, data, is_cue, j):
            break
        if tok.norm in data.words["prepositions"] and tok.norm not in data.words["complements"]:
            break
        if tok.norm in data.words["adverbs"] and not tok.is_cap:
            break
        if is_name_particle(toks, j, data):
            last, j = j + 1, j + 2  # `Bruno Le Roux`, `M. Le Pen`: a name goes on
            continue
        w = data.words
        if (
            tok.norm in w["determiners"]
            and tok.norm not in w["complements"]
            and not _opens_complement(toks[j - 1], data)
        ):
            break  # a new phrase: `du gouvernement camerounais | ce mercredi`
        last = j
        j += 1
    while last > i and (
        toks[last].norm in data.words["coordinators"]
        or toks[last].norm in data.words["complements"]
    ):
        last -= 1
    return last


def is_name_particle(toks: list[Tok], j: int, data: SpeechData) -> bool:
    """A capitalized particle between two capitalized words (`Le` in `Bruno Le Roux`)."""
    if j < 1 or j + 1 >= len(toks):
        return False
    tok, before, after = toks[j], toks[j - 1], toks[j + 1]
    return (
        tok.is_cap
        and tok.norm in data.words["name_particles"]
        and before.is_cap
        and not is_punct(before)
        and after.is_cap
        and not is_punct(after)
        and after.norm not in data.words["determiners"]
    )


def _opens_complement(tok: Tok, data: SpeechData) -> bool:
    w = data.words
    return (
        tok.norm in w["complements"]
        or tok.norm in w["coordinators"]
        or tok.norm in w["prepositions"]
    )


def right_phrase(
    toks: list[Tok],
    i: int,
    data: SpeechData,
    is_cue: Callable[[int], bool],
    skip: Callable[[int], bool],
) -> Phrase | None:
    """The noun phrase at or just after ``i`` (adverbs and times skipped), with its apposition."""
    while (
        i < len(toks) and (toks[i].norm in data.words["adverbs"] or skip(i)) and not toks[i].is_cap
    ):
        i += 1
    if i + 1 < len(toks) and _opens_quoted_name(toks, i, data):
        i += 1  # `selon « Quotidien »`: a name in quotation marks
    if i >= len(toks) or not (starts_phrase(toks, i, data) or _bare_title(toks, i, data)):
        return None
    last = np_end(toks, i, data, is_cue, skip)
    apposition = _apposition_after(toks, last, data, is_cue)
    return (i, apposition if apposition is not None else last)


def _opens_quoted_name(toks: list[Tok], i: int, data: SpeechData) -> bool:
    """An opening mark left as punctuation (its quotation quotes a name) before a name."""
    tok = toks[i]
    opening = {a for a, _ in data.pairs}
    return tok.text in opening and not tok.quoted and is_name_start(toks, i + 1, data)


def _bare_title(toks: list[Tok], i: int, data: SpeechData) -> bool:
    """A noun without article before a name of two words (`according to curator Elaine
    Gustafon`): a title, whether or not it is a known role."""
    w = data.words
    function = w["complements"] | w["determiners"] | w["prepositions"] | w["coordinators"]
    tok = toks[i]
    if i + 2 >= len(toks) or not tok.is_word or tok.is_cap or tok.norm in function:
        return False
    if _is_clause_word(tok, data) or is_pronoun(tok, data):
        return False  # `selon lesquelles François Fillon a dirigé`
    return all(is_name_start(toks, k, data) for k in (i + 1, i + 2))


def _apposition_after(
    toks: list[Tok], last: int, data: SpeechData, is_cue: Callable[[int], bool]
) -> int | None:
    """The end of `, description` or `, Name` after a phrase, when it closes the clause."""
    j = last + 1
    if j + 1 >= len(toks) or toks[j].text != "," or not starts_phrase(toks, j + 1, data):
        return None
    k = j + 1
    if not (is_name_start(toks, k, data) or _role_after_det(toks, k, data)):
        return None
    end = np_end(toks, k, data, is_cue)
    after = toks[end + 1] if end + 1 < len(toks) else None
    if after is None or is_punct(after) or after.norm in data.words["prepositions"]:
        return end
    return None


def is_name_start(toks: list[Tok], i: int, data: SpeechData) -> bool:
    """A capitalized word that is not a function word: the start of a name."""
    tok = toks[i]
    return (
        tok.is_cap
        and not is_punct(tok)
        and tok.norm not in data.words["determiners"]
        and not (
            tok.norm in data.words["prepositions"]
            or _is_clause_word(tok, data)
            or is_pronoun(tok, data)
        )
    )


def _role_after_det(toks: list[Tok], i: int, data: SpeechData) -> bool:
    """`le ministre`, `son porte-parole`, `ministre`: a role, with or without determiner."""
    if toks[i].norm in data.words["determiners"]:
        i += 1
    while i < len(toks) and toks[i].norm in data.words["adverbs"]:
        i += 1
    return i < len(toks) and starts_role(toks, i, data)


def left_phrase(
    toks: list[Tok], first: int, last: int, data: SpeechData, is_cue: Callable[[int], bool]
) -> Phrase | str | None:
    """The subject that ends at ``last`` (just before a verb), read back to ``first``.

    Returns a phrase; ``"clause"`` when what stands before is a clause (the verb is then
    an incise whose subject follows it); ``"coordinated"`` when the verb shares the
    subject of an earlier verb (`..., et ont découvert`); None when nothing fits.
    """
    chunks = chunk_by_commas(toks, first, last)
    if not chunks:
        return None
    lead, end = chunks[-1]
    if any(_clause_mark(toks, k, data, is_cue) for k in range(lead, end + 1)):
        second = _subject_after_coordinator(toks, lead, end, data, is_cue)
        return second if second is not None else "clause"
    while lead <= end and _is_connector_word(toks[lead], data):
        lead += 1
    while end >= lead and toks[end].norm in data.words["adverbs"] and not toks[end].is_cap:
        end -= 1  # `Basya also believes`
    if lead > end:
        return "coordinated"
    picked = _pick_chunks(toks, chunks[:-1] + [(lead, end)], data, is_cue)
    return picked


def _subject_after_coordinator(
    toks: list[Tok], lead: int, end: int, data: SpeechData, is_cue: Callable[[int], bool]
) -> Phrase | None:
    """`Cazeneuve a écourté sa visite et [François Hollande] a confié`: the subject of a
    clause joined to the one before, when it is a phrase between the coordinator and the verb."""
    for k in range(end, lead - 1, -1):
        if _clause_mark(toks, k, data, is_cue):
            return None
        if toks[k].norm in data.words["coordinators"]:
            fits = k < end and end - k <= MAX_PHRASE and starts_phrase(toks, k + 1, data)
            return (k + 1, end) if fits else None
    return None


def _pick_chunks(
    toks: list[Tok], chunks: list[Phrase], data: SpeechData, is_cue: Callable[[int], bool]
) -> Phrase | None:
    """The chunks, read right to left, that make the subject: skip adjuncts, keep appositions."""
    kept: list[Phrase] = []
    for index in range(len(chunks) - 1, -1, -1):
        a, b = chunks[index]
        if len(kept) >= MAX_CHUNKS or any(
            _clause_mark(toks, k, data, is_cue) for k in range(a, b + 1)
        ):
            break
        is_np = starts_phrase(toks, a, data) and b - a < MAX_PHRASE
        if not kept and not is_np:
            if toks[a].norm in data.words["prepositions"] or toks[a].norm in data.words["adverbs"]:
                continue  # an adjunct between subject and verb: `, dans son discours,`
            if index and is_name_chunk(toks, chunks[index - 1], data):
                return (chunks[index - 1][0], b)  # `Robert Iger, director exercutive de Disney,`
            return None
        if kept and not (is_np and _joins(toks, (a, b), kept, data)):
            break
        kept.append((a, b))
    if not kept:
        return None
    return (kept[-1][0], kept[0][1])


def _joins(toks: list[Tok], chunk: Phrase, kept: list[Phrase], data: SpeechData) -> bool:
    """Whether ``chunk`` belongs with the chunks after it: an apposition or a list member."""
    after = kept[-1]
    if any(toks[k].norm in data.words["coordinators"] for a, b in kept for k in range(a, b + 1)):
        return True  # a list: `les États-Unis, la Corée du Sud et le Japon`
    name_here = is_name_chunk(toks, chunk, data) or toks[chunk[1]].is_cap
    name_after = is_name_chunk(toks, after, data)
    role_here = _role_after_det(toks, chunk[0], data)
    role_after = _role_after_det(toks, after[0], data) or has_role(toks, after, data)
    if name_here and len(kept) == 1 and _described(toks, chunk, after, data):
        return True  # `Kiara Perkins, a second year USI art major,`
    return (name_here and role_after) or (role_here and (name_after or has_name(toks, after, data)))


def _described(toks: list[Tok], chunk: Phrase, after: Phrase, data: SpeechData) -> bool:
    """A name of two words or more, then a description opening on `a`, `un`: an apposition,
    whether or not its noun is a known role."""
    two_words = is_name_chunk(toks, chunk, data) and chunk[1] > chunk[0]
    return two_words and toks[after[0]].norm in data.words["indefinite_determiners"]


def _is_connector_word(tok: Tok, data: SpeechData) -> bool:
    return tok.norm in data.words["coordinators"] or (tok.norm,) in data.connectors


def is_name_chunk(toks: list[Tok], chunk: Phrase, data: SpeechData) -> bool:
    """A chunk made of a name only: capitalized words and name particles."""
    a, b = chunk
    if not is_name_start(toks, a, data):
        return False
    return all(
        toks[k].is_cap or toks[k].norm in data.words["name_particles"] or toks[k].text in ".-"
        for k in range(a, b + 1)
    )


def has_role(toks: list[Tok], chunk: Phrase, data: SpeechData) -> bool:
    """Whether a role noun stands in the chunk."""
    return any(starts_role(toks, k, data) for k in range(chunk[0], chunk[1] + 1))


def has_name(toks: list[Tok], chunk: Phrase, data: SpeechData) -> bool:
    """Whether a capitalized word stands in the chunk after its first word."""
    return any(toks[k].is_cap for k in range(chunk[0] + 1, chunk[1] + 1))


def trailing_phrase(
    toks: list[Tok], end: int, data: SpeechData, is_cue: Callable[[int], bool]
) -> Phrase | None:
    """The noun phrase that ends at ``end``: the antecedent of `qui`, the subject of a gerund."""
    i = end
    while i >= 0 and toks[i].text == ",":
        i -= 1
    last = i
    first = None
    while i >= 0 and last - i < MAX_PHRASE:
        tok = toks[i]
        if is_punct(tok) or _is_clause_word(tok, data) or is_verb_like(tok, data, is_cue, i):
            break
        if tok.norm in data.words["prepositions"] or tok.norm in data.words["complements"]:
            break  # `le porte-parole de X, qui`: X; `la comédienne Josiane Balasko, dénonçant`
        if starts_phrase(toks, i, data):
            first = i
        i -= 1
    return (first, last) if first is not None else None
