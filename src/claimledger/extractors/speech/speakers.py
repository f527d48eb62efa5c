"""Speakers: the name inside a subject, the entity it names, and what a pronoun or title stands for.

1. A subject phrase is described: a pronoun (`il`), a role (`le ministre`), a group
   (`Séoul et ses alliés`), a name (the name chunk of `Abbas Akhoundi, le ministre ...`,
   the name after a role in `la procureure Éliane Houlette`) or a common phrase
   (`certains experts`), with its number and gender where its words tell them.
2. A named speaker is linked to the entity whose mention overlaps its name, else whose name
   or surname it matches.
3. A pronoun takes the most recent earlier speaker or subject of the same number and gender;
   a role the most recent one described by that role.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from claimledger.contract import Entity
from claimledger.extractors.speech.data import SpeechData, norm_word
from claimledger.extractors.speech.phrases import (
    Phrase,
    chunk_by_commas,
    is_name_chunk,
    is_pronoun,
    is_punct,
    role_length,
)
from claimledger.extractors.speech.units import Tok


@dataclass
class Speaker:
    """Who speaks, as a phrase of the text and, when known, an entity."""

    start: int  # the span naming the speaker in its sentence (speaker_text)
    end: int
    kind: str  # name, pronoun, role, group or common
    number: str | None = None  # singular or plural
    gender: str | None = None  # masculine or feminine
    roles: set[tuple[str, ...]] = field(default_factory=set)
    name: str = ""  # the words that name it, for matching entity names
    entity: str | None = None


def describe(toks: list[Tok], phrase: Phrase, data: SpeechData) -> Speaker:
    """The speaker named by the phrase toks[first..last]."""
    first, last = _core(toks, phrase, data)
    chunks = chunk_by_commas(toks, first, last) or [(first, last)]
    coordinated = any(_joins_members(toks, k, last, data) for k in range(first, last + 1))
    speaker = _describe_chunks(toks, chunks, coordinated, data)
    speaker.roles |= _roles_in(toks, first, last, data)
    if speaker.kind == "name" and _counts(toks, first, last):
        speaker.kind, speaker.number = "common", "plural"  # `Près de 3 000 de ses partisans`
    lead = toks[first].norm
    if speaker.number is None:
        plural = lead in data.words["plural_determiners"] or coordinated
        speaker.number = "plural" if plural else "singular"
    if speaker.gender is None and lead in data.words["feminine_determiners"]:
        speaker.gender = "feminine"
    return speaker


def _counts(toks: list[Tok], first: int, last: int) -> bool:
    """Whether the phrase counts something (a number before a lower-case word): a crowd
    written with a capital at the start of a sentence is no name (`Près de 3 000 partisans`)."""
    for k in range(first, last):
        number = "".join(c for c in toks[k].text if c not in ",. \u00a0\u202f")
        if number.isdigit() and toks[k + 1].is_word and not toks[k + 1].is_cap:
            return True
    return False


def _describe_chunks(
    toks: list[Tok], chunks: list[Phrase], coordinated: bool, data: SpeechData
) -> Speaker:
    first, last = chunks[0][0], chunks[-1][1]
    if coordinated and (len(chunks) > 1 or _members(toks, first, last, data) > 1):
        return _speaker(toks, (first, last), "group", number="plural")
    if len(chunks) == 1:
        return _describe_chunk(toks, chunks[0], data)
    for chunk in chunks:
        if is_name_chunk(toks, chunk, data):
            return _speaker(toks, chunk, "name")
    described = [_describe_chunk(toks, chunk, data) for chunk in chunks]
    for kind in ("name", "role"):
        for speaker in described:
            if speaker.kind == kind:
                return speaker
    return described[0]


def _describe_chunk(toks: list[Tok], chunk: Phrase, data: SpeechData) -> Speaker:
    first, last = chunk
    if first == last and is_pronoun(toks[first], data):
        return _pronoun(toks[first], data)
    head = first
    w = data.words
    while head < last and any(toks[head].norm in w[name] for name in _BEFORE_HEAD):
        head += 1  # `le`, `d'` + `autres`, `même`
    for k in range(head, last + 1):
        size = role_length(toks, k, data)
        if not size:
            continue
        name = name_after_role(toks, k + size, last, data)
        if name is not None:
            return _speaker(toks, name, "name")  # `la procureure Éliane Houlette`
        if k == head:
            return _speaker(toks, chunk, "role")  # `le ministre iranien des Transports`
        break
    if not toks[head].is_cap:
        # `l'ancien candidat à la primaire ... Alain Juppé`: a name after the noun's complements
        # is who the phrase describes; one right after the noun qualifies it (`l'administration
        # Biden`).
        name = name_after_role(toks, head + 1, last, data)
        if name is not None and name[0] > head + 1 and _plain_noun(toks[name[0] - 1], data):
            return _speaker(toks, name, "name")
    return _speaker(toks, chunk, "name" if toks[head].is_cap else "common")


_BEFORE_HEAD = ("determiners", "adverbs", "complements", "role_modifiers")


def _plain_noun(tok: Tok, data: SpeechData) -> bool:
    """A lower-case word that is no function word (`centre`, not `de`, `M.` or `la`)."""
    w = data.words
    function = w["complements"] | w["determiners"] | w["coordinators"] | w["prepositions"]
    return tok.is_word and not tok.is_cap and tok.norm not in function


def name_after_role(toks: list[Tok], start: int, last: int, data: SpeechData) -> Phrase | None:
    """The name closing `le secrétaire à la Défense Lloyd Austin`, not `des Transports`."""
    w = data.words
    inner = [
        k
        for k in range(start + 1, last)
        if role_length(toks, k, data)
        and (toks[k - 1].norm in w["complements"] or toks[k - 1].norm in w["determiners"])
    ]
    if start > last or not toks[last].is_cap or inner:
        return None  # `le PDG de la compagnie Flydubai`: the name goes with the inner role
    begin = last
    while begin - 1 >= start and (
        toks[begin - 1].is_cap
        or toks[begin - 1].norm in data.words["name_particles"]
        or (toks[begin - 1].text == "-" and toks[begin - 1].end == toks[begin].start)
    ):
        begin -= 1  # Suleiman al-Amr, cut al | - | Amr
    while begin < last and (not toks[begin].is_cap or role_length(toks, begin, data)):
        begin += 1  # `director General Suleiman al-Amr`: General is a title too
    before = toks[begin - 1] if begin > start else None
    if before is not None and (before.norm in w["complements"] or before.norm in w["determiners"]):
        # After `des`, `la`: a complement (des Transports) unless a name follows it.
        return (begin + 1, last) if last - begin >= 2 else None
    return (begin, last)


def _members(toks: list[Tok], first: int, last: int, data: SpeechData) -> int:
    return 1 + sum(1 for k in range(first, last + 1) if _joins_members(toks, k, last, data))


def _joins_members(toks: list[Tok], k: int, last: int, data: SpeechData) -> bool:
    """`et` before a name or a determiner joins members of a group (`Séoul et ses alliés`);
    before a bare noun it joins descriptions (`professeure ... et auteure de l'étude`), before
    a singular complement it joins complements (`candidat de la droite et du centre`)."""
    if toks[k].norm not in data.words["coordinators"] or k + 1 > last:
        return False
    after = toks[k + 1]
    w = data.words
    if after.norm in w["complements"] and after.norm not in w["plural_determiners"]:
        return False
    return after.is_cap or after.norm in w["determiners"]


def _has_cap(toks: list[Tok], chunk: Phrase) -> bool:
    return any(toks[k].is_cap for k in range(chunk[0], chunk[1] + 1))


def _pronoun(tok: Tok, data: SpeechData) -> Speaker:
    p = data.words
    number = "plural" if tok.norm in p["plural"] else "singular"
    gender = (
        "masculine"
        if tok.norm in p["masculine"]
        else "feminine"
        if tok.norm in p["feminine"]
        else None
    )
    kind = "common" if tok.norm in p["impersonal"] else "pronoun"
    # `-t-il`, `-elle`: the pronoun is the end of the token
    return Speaker(tok.end - len(tok.norm), tok.end, kind, number, gender)


def _speaker(toks: list[Tok], phrase: Phrase, kind: str, number: str | None = None) -> Speaker:
    first, last = phrase
    words = " ".join(t.text for t in toks[first : last + 1])
    return Speaker(toks[first].start, toks[last].end, kind, number, name=words)


def _roles_in(toks: list[Tok], first: int, last: int, data: SpeechData) -> set[tuple[str, ...]]:
    """The role nouns heading the chunks of a phrase (`le PDG de la compagnie`: PDG only)."""
    roles = set()
    for a, b in chunk_by_commas(toks, first, last):
        k = a
        while k < b and (
            toks[k].norm in data.words["determiners"] or toks[k].norm in data.words["adverbs"]
        ):
            k += 1
        size = role_length(toks, k, data)
        if size:
            roles.add(tuple(t.norm for t in toks[k : k + size]))
    return roles


def _core(toks: list[Tok], phrase: Phrase, data: SpeechData) -> Phrase:
    """The phrase without what names the saying rather than the sayer, nor a parenthesis,
    nor the marks around a name (`« Quotidien »`)."""
    first, last = phrase
    while first < last and is_punct(toks[first]):
        first += 1
    while last > first and is_punct(toks[last]):
        last -= 1
    for k in range(first, last + 1):
        if toks[k].text in "([":
            last = max(first, k - 1)
            break
    commas = any(toks[k].text == "," for k in range(first, last + 1))
    for k in range(first, last):
        if toks[k].norm in data.words["possessive"] and k > first and not commas:
            after = range(k + 1, last + 1)
            if any(toks[m].norm in data.words["speech_nouns"] for m in after):
                return (first, k - 1)  # PC World's recent analysis → PC World
            return (k + 1, last) if k < last else (first, k - 1)
    return _skip_speech_noun(toks, first, last, data)


def _skip_speech_noun(toks: list[Tok], first: int, last: int, data: SpeechData) -> Phrase:
    """`l'annonce du gouvernement` → `gouvernement`; `les informations du YSK` → `YSK`."""
    w = data.words
    k = first
    while k < last and toks[k].norm in w["determiners"]:
        k += 1
    if toks[k].norm not in w["speech_nouns"]:
        return (first, last)
    k += 1
    while k < last and toks[k].norm not in w["complements"]:
        k += 1
    while k < last and (toks[k].norm in w["complements"] or toks[k].norm in w["determiners"]):
        k += 1
    return (k, last) if k <= last and toks[k].is_word else (first, last)


def plain_name(text: str, data: SpeechData) -> str:
    """A name for comparison: lower case, no accents, no title or leading article."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    words = "".join(c for c in decomposed if not unicodedata.combining(c)).lower().split()
    determiners = data.words["determiners"]
    while len(words) > 1 and (words[0].rstrip(".") in data.titles or words[0] in determiners):
        words = words[1:]
    if words and "'" in words[0][:-1]:
        head, _, rest = words[0].partition("'")
        if head + "'" in determiners:
            words[0] = rest  # l'onu → onu
    return " ".join(words)


def link_entity(speaker: Speaker, entities: list[Entity], data: SpeechData) -> str | None:
    """The id of the entity the speaker's words name, if any."""
    if speaker.kind in ("pronoun", "role"):
        return None
    best, best_score = None, 0.0
    span = speaker.end - speaker.start
    for entity in entities:
        for mention in entity.mentions:
            shared = min(speaker.end, mention.end) - max(speaker.start, mention.start)
            if shared <= 0:
                continue
            if speaker.kind == "common" and shared < 0.6 * span:
                continue  # `les avocats de Jérôme Cahuzac` is not Jérôme Cahuzac
            score = shared / max(span, mention.end - mention.start) - mention.start * 1e-9
            if speaker.kind == "group":
                score = 1.0 / (1 + mention.start - speaker.start)  # the first member
            if score > best_score:
                best, best_score = entity.id, score
    if best is not None or speaker.kind == "common":
        return best
    return _entity_by_name(speaker.name, entities, data)


def _entity_by_name(name: str, entities: list[Entity], data: SpeechData) -> str | None:
    """The entity whose name, mention or surname equals ``name`` (`M. Austin` → Lloyd Austin)."""
    wanted = plain_name(name, data)
    if not wanted:
        return None
    for entity in entities:
        forms = {plain_name(entity.name, data)} | {
            plain_name(m.text, data) for m in entity.mentions
        }
        if wanted in forms:
            return entity.id
    for entity in entities:
        if (
            entity.type == "PERSON"
            and " " not in wanted
            and plain_name(entity.name, data).split()[-1:] == [wanted]
        ):
            return entity.id
    return None


def compatible(pronoun: Speaker, candidate: Speaker) -> bool:
    """Whether a pronoun can stand for ``candidate`` (number and gender agree where known)."""
    if pronoun.number and candidate.number and pronoun.number != candidate.number:
        return False
    return not (pronoun.gender and candidate.gender and pronoun.gender != candidate.gender)


def role_words(speaker: Speaker, data: SpeechData) -> set[tuple[str, ...]]:
    """The role nouns a `role` speaker is named by (le ministre → ministre)."""
    return speaker.roles or {tuple(norm_word(w) for w in speaker.name.split()[-1:])}
