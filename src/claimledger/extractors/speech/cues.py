"""Cues of reported speech: reporting verbs with their auxiliaries, and source markers.

A verb cue is a written form of a reporting verb outside quotations, grown to the left over
its auxiliary and what stands between (`avait seulement déclaré`, `a pour sa part
commenté`, `a-t-il enfin confié`), and to the right over an inverted pronoun
(`précise-t-elle`). It is dropped when negated (`n'a pas répondu`), hypothetical (`pourrait
dire`, `could say`), part of a set phrase (`cela dit`) or a noun (`l'annonce`). A marker cue
is `selon`, `d'après`, `according to`; an opinion marker (`pour X,`) only opens a clause.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimledger.extractors.speech.data import SpeechData, VerbForm
from claimledger.extractors.speech.phrases import is_punct
from claimledger.extractors.speech.units import Tok

#: Tokens that may stand between an auxiliary and its participle (a pour sa part commenté).
MAX_INSIDE = 4


@dataclass
class Cue:
    """A cue in a unit: token indices of the words as written, and what kind it is."""

    kind: str  # verb, marker, opinion or conditional
    first: int
    last: int
    head: int  # the reporting verb's first token, or the marker's last
    lemma: str = ""
    category: str = "finite"
    needs_clause: bool = False
    passive: bool = False
    pronoun: int | None = None  # an inverted subject pronoun (a-t-il, ont-ils)
    coordinated: bool = False  # a participle sharing an earlier auxiliary (et rappelé)
    clause_gerund: bool = False  # en expliquant: the subject of its clause


def find_cues(toks: list[Tok], data: SpeechData) -> list[Cue]:
    """The cues of a unit, in text order, none overlapping."""
    cues: list[Cue] = []
    i = 0
    while i < len(toks):
        cue = _verb_cue(toks, i, data) or _marker_cue(toks, i, data)
        if cue is not None and (not cues or cue.first > cues[-1].last):
            cues.append(cue)
            i = cue.last + 1
        else:
            i += 1
    return cues


def is_verb_at(toks: list[Tok], k: int, data: SpeechData) -> bool:
    """Whether token ``k`` is a reporting verb outside quotations (not a noun: l'annonce)."""
    tok = toks[k]
    if tok.quoted or not tok.text[:1].islower() or verb_form_at(toks, k, data) is None:
        return False
    return not _is_noun_use(toks, k, data)


def verb_form_at(
    toks: list[Tok], i: int, data: SpeechData
) -> tuple[int, tuple[VerbForm, ...]] | None:
    """The reporting-verb form starting at token ``i``: its length and readings."""
    for size in (3, 2, 1):
        window = toks[i : i + size]
        if len(window) < size or any(t.quoted for t in window):
            continue
        key = tuple(t.norm for t in window)
        if key in data.verbs:
            return size, data.verbs[key]
    return None


def _verb_cue(toks: list[Tok], i: int, data: SpeechData) -> Cue | None:
    tok = toks[i]
    if tok.quoted or not tok.text[:1].islower():
        return None  # capitalized: a name (États-Unis → `states`) or a title, not a verb
    found = verb_form_at(toks, i, data)
    if found is None or _is_noun_use(toks, i, data) or _in_set_phrase(toks, i, found[0], data):
        return None
    size, forms = found
    cue = _grow(toks, i, size, forms, data)
    if cue is None or _is_negated(toks, cue, data) or _is_hypothetical(toks, cue, data):
        return None
    return cue


def _grow(
    toks: list[Tok], i: int, size: int, forms: tuple[VerbForm, ...], data: SpeechData
) -> Cue | None:
    """The cue around the verb form at ``i``: auxiliary, inserted words, inverted pronoun."""
    finite = [f for f in forms if f.category == "finite"]
    participle = [f for f in forms if f.category == "participle"]
    gerund = [f for f in forms if f.category == "gerund"]
    aux = _auxiliary_before(toks, i, data, strict=not participle)
    while aux is not None:  # a chain of auxiliaries: `a été annoncé`, `has been said`
        earlier = _auxiliary_before(toks, aux, data, strict=True)
        if earlier is None:
            break
        aux = earlier
    form = (participle or finite or gerund)[0] if aux is not None else None
    cue = Cue("verb", i, i + size - 1, i)
    if aux is not None and (participle or finite):
        cue.first = _clitics_before(toks, aux, data)
        cue.category = "participle" if participle else "finite"
    elif finite:
        form, cue.first = finite[0], _clitics_before(toks, i, data)
    elif gerund and not (i and toks[i - 1].norm in data.words["intensifiers"]):
        form, cue.category = gerund[0], "gerund"  # not `le plus inquiétant`
        cue.needs_clause = True
        if i and toks[i - 1].norm in data.words["gerund_marker"]:
            cue.first, cue.clause_gerund = i - 1, True
    elif participle and _after_coordinator(toks, i, data):
        form, cue.category, cue.coordinated = participle[0], "participle", True
    else:
        return None
    cue.lemma = form.lemma
    cue.needs_clause = cue.needs_clause or all(f.needs_clause for f in forms)
    group = [t.norm for t in toks[cue.first : cue.last + 1]]
    cue.passive = any(w in data.words["passive"] for w in group[: i - cue.first]) and not any(
        w in data.words["reflexive"] for w in group
    )
    _take_inverted_pronoun(toks, cue, data)
    return cue


def _auxiliary_before(toks: list[Tok], i: int, data: SpeechData, strict: bool) -> int | None:
    """The auxiliary of the verb at ``i``, up to a few words before it.

    Between them may stand adverbs and pronouns (``strict``), or for a participle any few
    lower-case words (`a pour sa part commenté`), never a clause boundary.
    """
    w = data.words
    j = i - 1
    while j >= 0 and i - j <= MAX_INSIDE + 1:
        tok = toks[j]
        if tok.quoted or (is_punct(tok) and not tok.text.startswith("-")) or tok.is_cap:
            return None
        if tok.norm in w["auxiliaries"]:
            return j
        boundary = (
            tok.norm in w["coordinators"] or tok.norm in w["subordinators"] or tok.norm in w["that"]
        )
        light = tok.norm in w["adverbs"] or tok.norm in w["clitics"] or tok.text.startswith("-")
        if boundary or (strict and not light):
            return None
        j -= 1
    return None


def _clitics_before(toks: list[Tok], i: int, data: SpeechData) -> int:
    """Start of the cue with the pronouns and negation stuck before it (s'est, ne l'a)."""
    w = data.words
    while (
        i > 0
        and not toks[i - 1].quoted
        and (toks[i - 1].norm in w["reflexive"] or toks[i - 1].norm in w["negation_before"])
    ):
        i -= 1
    return i


def _after_coordinator(toks: list[Tok], i: int, data: SpeechData) -> bool:
    """`a parlé ... et rappelé`: a bare participle that shares an earlier auxiliary."""
    j = i - 1
    while j >= 0 and toks[j].norm in data.words["adverbs"]:
        j -= 1
    return j >= 0 and toks[j].norm in data.words["coordinators"]


def _take_inverted_pronoun(toks: list[Tok], cue: Cue, data: SpeechData) -> None:
    """Fold `-t-il`, `-ils` joined after the auxiliary or the verb into the cue."""
    for j in range(cue.first, min(len(toks), cue.last + 3)):
        tok = toks[j]
        if tok.text.startswith("-") and tok.norm in data.words["inverted_pronouns"]:
            cue.pronoun = j
            cue.last = max(cue.last, j)
            return


def _is_noun_use(toks: list[Tok], i: int, data: SpeechData) -> bool:
    """`l'annonce`, `the claim`: a form after a determiner is a noun (not after a clitic)."""
    if i == 0 or toks[i - 1].norm not in data.words["determiners"]:
        return False
    if toks[i - 1].norm in data.words["clitics"] and i >= 2:
        before = toks[i - 2]
        w = data.words
        if (
            before.norm in w["comparatives"]
            or before.norm in w["negation_before"]
            or before.norm in w["singular"]
            or before.norm in w["plural"]
        ):
            return False
    return True


def _in_set_phrase(toks: list[Tok], i: int, size: int, data: SpeechData) -> bool:
    """`cela dit`, `that is to say`: a phrase that reports nothing."""
    for phrase in data.not_cues:
        for offset in range(len(phrase)):
            start = i - offset
            window = toks[start : start + len(phrase)] if start >= 0 else []
            if len(window) == len(phrase) and tuple(t.norm for t in window) == phrase:
                return True
    return False


def _is_negated(toks: list[Tok], cue: Cue, data: SpeechData) -> bool:
    """`n'a pas répondu`, `did not say`: negation before the cue or inside it."""
    w = data.words["negation_before"]
    inside = any(t.norm in w for t in toks[cue.first : cue.last + 1])
    return inside or (cue.first > 0 and toks[cue.first - 1].norm in w)


def _is_hypothetical(toks: list[Tok], cue: Cue, data: SpeechData) -> bool:
    """`pourrait avoir dit`, `could say`, `to say`: a saying that did not happen."""
    j = cue.first - 1
    while j >= 0 and toks[j].norm in data.words["adverbs"]:
        j -= 1
    return j >= 0 and toks[j].norm in data.words["modals"]


def _marker_cue(toks: list[Tok], i: int, data: SpeechData) -> Cue | None:
    """`selon`, `d'après`, `according to` at ``i``; `pour` only where a clause opens."""
    for kind, phrases in (("marker", data.markers), ("opinion", data.opinion_markers)):
        for phrase in phrases:
            window = toks[i : i + len(phrase)]
            if len(window) != len(phrase) or any(t.quoted for t in window):
                continue
            if tuple(t.norm for t in window) != phrase:
                continue
            if kind == "opinion" and i > 0 and toks[i - 1].text != ",":
                continue
            last = i + len(phrase) - 1
            return Cue(kind, i, last, last)
    return None


def conditional_cue(toks: list[Tok], data: SpeechData) -> Cue | None:
    """The first conditional of reported information outside quotations (il aurait 29 ans)."""
    if any(not t.quoted and t.norm in data.words["conditions"] for t in toks):
        return None  # `n'aurait pas eu un tel impact si ...`: a hypothesis, not a report
    for i, tok in enumerate(toks):
        if not tok.quoted and tok.norm in data.words["conditionals"]:
            last = (
                i + 1
                if i + 1 < len(toks) and toks[i + 1].text[:1].islower() and toks[i + 1].is_word
                else i
            )
            return Cue("conditional", i, last, i)
    return None
