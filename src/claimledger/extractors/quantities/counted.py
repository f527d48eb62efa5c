"""What a figure counts: the noun phrase it quantifies, or the one it refers back to.

1. After the figure: its noun (``8000 soldats nord-coréens``), through ``de``/``of`` after a
   multiplier, unit or quantity noun (``120 millions de vues``, ``des milliers de morts``), or a
   partitive (``21 de ses membres``, ``six des planètes``), with adjectives and one ``de``
   complement (``conteneurs de matériel militaire``); a place complement is the location.
2. A measure with nothing after it counts its unit (``250 mètres environ du début``).
3. When the parse says the figure (or its noun) is an argument of a verb, the verb's subject
   (``Sa fortune a été estimée à``); never through a noun's complement or another clause.
4. Else before it, in its clause: the nearest noun with a determiner (``la valeur de la
   compagnie a chuté de``), an earlier figure it continues (``passant de 22,5 à 21,6``), or a
   pronoun (``elles valaient``).
5. Anaphora: ``ce nombre``, ``un chiffre plus élevé``, ``d'entre elles``, ``200 more`` count
   what the latest earlier figure counts (pronouns only from the same or previous sentence).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from claimledger.extractors.quantities.counted_key import counted_key, key_of_text
from claimledger.extractors.quantities.data import alternation, load_amount_data
from claimledger.extractors.quantities.phrases import (
    CountedContext,
    Found,
    anchored,
    chain_left,
    is_content,
    noun_phrase,
    verb_form,
)
from claimledger.extractors.quantities.quantity import FRACTION, VAGUE, Quantity
from claimledger.extractors.quantities.words import NOUN_POS

if TYPE_CHECKING:
    from spacy.tokens import Token

_STOPS = frozenset({";", ":", "?", "!", "—", "–"})
_CURRENCY = re.compile(r"^[A-Z]{3}$")
#: Unit codes of shares, which count what they are a share of, never themselves.
_RATIOS = frozenset({"%", "pp"})


def assign_counted(quantities: list[Quantity], context: CountedContext) -> None:
    """Set ``counted``, ``counted_key`` and the words they come from on every figure."""
    context.figures = [(q.number_start, q.number_end) for q in quantities]
    for index, quantity in enumerate(quantities):
        found = (
            _after(quantity, context)
            or _unit_word(quantity, context)
            or _by_subject(quantity, context)
            or _before(quantity, quantities[:index], context)
        )
        if found:
            _resolve(quantity, found, quantities[:index], context)


def _resolve(quantity: Quantity, found: Found, earlier: list[Quantity], context) -> None:
    """Fill the figure's counted fields from what was found."""
    if found.kind == "words":
        words = [context.words[i] for i in found.words]
        quantity.counted = context.text[words[0].start : words[-1].end]
        quantity.counted_words = found.words
        quantity.counted_key = counted_key(words, context)
    elif found.kind == "text":
        quantity.counted = found.text
        quantity.counted_key = key_of_text(found.text, context)
    else:
        source = found.source or _antecedent(quantity, earlier, found.pronoun, context)
        if source is not None and source.counted:
            quantity.counted = source.counted
            quantity.counted_key = source.counted_key
            quantity.counted_words = source.counted_words


def _antecedent(quantity: Quantity, earlier: list[Quantity], pronoun: bool, context):
    """The latest earlier figure that counts something (near enough for a pronoun)."""
    sentence = context.words.sentence_of(quantity.number_start)
    for candidate in reversed(earlier):
        if not candidate.counted:
            continue
        if pronoun and sentence - context.words.sentence_of(candidate.number_start) > 1:
            return None
        return candidate
    return None


def _after(quantity: Quantity, context: CountedContext) -> Found | None:
    """The noun phrase right after the figure, or an anaphora written there."""
    if quantity.hyphen_word:
        return Found("text", text=quantity.hyphen_word)
    words = context.words
    index = words.first_from(quantity.end)
    word = words[index]
    if word is None or word.sentence != words.sentence_of(quantity.number_start):
        return None
    if _follower(index, context):
        return Found("anaphora")
    if word.folded in context.sets("partitives") | context.sets("connectors"):
        return _after_connector(quantity, index, context)
    counts = quantity.unit is None and quantity.kind not in (VAGUE, FRACTION)
    if counts and word.folded in context.sets("determiners"):
        return _number_of(index, context)
    if counts and is_content(word, context, head=True):
        return noun_phrase(index, context, quantity)
    return None


def _after_connector(quantity: Quantity, index: int, context: CountedContext) -> Found | None:
    """``de``/``of`` after the figure: a partitive, a unit's noun, or ``d'entre elles``."""
    pronoun = _pronoun_after(index, context)
    if pronoun:
        return Found("anaphora", pronoun=True)
    words = context.words
    connector = words[index]
    start = index + 1
    with_determiner = connector.folded in context.sets("determiners")
    if words[start] is not None and words[start].folded in context.sets("determiners"):
        start, with_determiner = start + 1, True
    if quantity.unit not in (None, "%") and with_determiner:
        return None
    word = words[start]
    if quantity.unit is not None and word is not None and word.text[:1].isupper():
        return None
    word = words[start]
    if word is not None and is_content(word, context, head=True):
        return noun_phrase(start, context, quantity)
    return None


def _pronoun_after(index: int, context: CountedContext) -> bool:
    """Whether a pronoun follows the connector at ``index`` (``d'entre elles``, ``of these``)."""
    words = context.words
    pronouns = context.sets("pronouns")
    first, second = words[index + 1], words[index + 2]
    if first is None:
        return False
    if first.folded in pronouns:
        return True
    return second is not None and f"{first.folded} {second.folded}" in pronouns


def _number_of(index: int, context: CountedContext) -> Found | None:
    """``3 583 le nombre d'exoplanètes``: the complement of an anaphoric noun after the figure."""
    words = context.words
    noun, link = words[index + 1], words[index + 2]
    if noun is None or link is None or noun.folded not in context.sets("anaphoric_nouns"):
        return None
    if link.folded not in context.sets("connectors"):
        return None
    start = index + 3
    if words[start] is not None and words[start].folded in context.sets("determiners"):
        start += 1
    word = words[start]
    return noun_phrase(start, context, None) if word and is_content(word, context) else None


def _follower(index: int, context: CountedContext) -> bool:
    """``200 more``, ``200 de plus``: more of what an earlier figure counts."""
    words = context.words
    followers = context.sets("anaphoric_followers")
    first, second = words[index], words[index + 1]
    if first.folded in followers:
        return second is None or not is_content(second, context)
    pair = f"{first.folded} {second.folded}" if second is not None else ""
    return pair in followers


def _by_subject(quantity: Quantity, context: CountedContext) -> Found | None:
    """With a parse: the subject of the clause that governs the figure."""
    words = context.words
    if not words.has_dep:
        return None
    index = words.last_before(quantity.number_end)
    token = _governing(words[index].token, context) if index >= 0 else None
    if token is None:
        return None
    labels = context.sets("subject_labels")
    for child in token.children:
        if child.dep_ in labels and child.pos_ in NOUN_POS and child.i in words.by_token:
            word = words.by_token[child.i]
            if word.folded in context.sets("anaphoric_nouns"):
                return Found("anaphora")
            return noun_phrase(word.index, context, None)
    return None


def _governing(token: Token, context: CountedContext) -> Token | None:
    """The verb (or root) whose argument the figure is, or None past another kind of link."""
    links = context.sets("governing_labels")
    # spaCy makes a new Token object on each access: compare positions, never identities.
    # The walk is bounded by the Doc's length, so a malformed parse cannot loop.
    for _ in range(len(token.doc)):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        # `le taux de chômage baissant de 0,2 point`: a complement of a noun, a conjunct or
        # another clause leads to a subject that is not what the figure counts.
        if token.dep_.split(":")[0].lower() not in links:
            return None
        token = token.head
    return None


def _before(quantity: Quantity, earlier: list[Quantity], context: CountedContext) -> Found | None:
    """Walking back in the clause: an earlier figure, a pronoun or the nearest noun."""
    words = context.words
    index = words.last_before(quantity.start)
    sentence = words.sentence_of(quantity.number_start)
    for _ in range(20):
        word = words[index]
        if word is None or word.sentence != sentence or word.text in _STOPS or word.text == ",":
            break
        source = next((q for q in earlier if q.start <= word.start < q.end), None)
        if source is not None:
            return Found("inherit", source=source)
        if word.folded in context.sets("pronouns"):
            return Found("anaphora", pronoun=True)
        if word.folded in context.sets("person_pronouns"):
            return None
        finite = verb_form(word, context, "finite_verb_endings") or _in_place(word, context)
        if is_content(word, context, head=True) and anchored(index, context) and not finite:
            found = _noun_before(index, quantity, context)
            if found:
                return found
        index -= 1
    same = [q for q in earlier if words.sentence_of(q.number_start) == sentence]
    if same:
        return Found("inherit", source=same[-1])
    return _sentence_subject(sentence, quantity, context)


def _sentence_subject(sentence: int, quantity: Quantity, context: CountedContext) -> Found | None:
    """``Le contrat, passé avec la Chine, atteindrait 2 milliards``: the sentence's first noun."""
    words = context.words
    index = next((w.index for w in words.words if w.sentence == sentence), None)
    if index is None:
        return None
    opener, noun = words[index], words[index + 1]
    if opener.folded not in context.sets("determiners") or noun is None:
        return None
    if noun.end > quantity.start or not is_content(noun, context, head=True):
        return None
    return _noun_before(noun.index, quantity, context)


def _noun_before(index: int, quantity: Quantity, context: CountedContext) -> Found | None:
    """The noun phrase whose last noun is word ``index``, its head moved to the left."""
    words = context.words
    head = chain_left(index, context)
    if words[head].folded in context.sets("prepositional_nouns"):
        return None
    time_units = context.data.words_of("exclusions", "time_units")
    if words[head].folded in time_units:
        return None
    found = noun_phrase(_first_modifier(head, context), context, quantity)
    if found.kind == "words":
        kept = [i for i in found.words if words[i].end <= quantity.start]
        closed = context.sets("connectors") | context.sets("determiners")
        while kept and words[kept[-1]].folded in closed:
            kept.pop()
        if not kept:
            return None
        found.words = kept
    return found


def _first_modifier(head: int, context: CountedContext) -> int:
    """Where a noun's premodifiers start, in languages that have them (``estimated cost``)."""
    if not context.data.table["counted"]["modifiers_before_noun"]:
        return head
    words = context.words
    start = head
    for _ in range(2):
        word = words[start - 1]
        if word is None or word.sentence != words[head].sentence:
            break
        if not is_content(word, context):
            break
        start -= 1
    return start


def _in_place(word, context: CountedContext) -> bool:
    """Whether ``word`` is part of a place mention (``l'Autriche (5,8 %)``)."""
    return any(start <= word.start < end for start, end in context.places)


def _unit_word(quantity: Quantity, context: CountedContext) -> Found | None:
    """A measure with nothing around counts its unit as written (``250 mètres``)."""
    if not quantity.unit or quantity.unit in _RATIOS or _CURRENCY.match(quantity.unit):
        return None
    written = context.text[quantity.number_end : quantity.end].strip(" -\u00a0\u202f")
    pattern = _unit_pattern(context.data.code)
    match = pattern.match(written)
    return Found("text", text=match.group()) if match and match.group()[:1].isalpha() else None


@cache
def _unit_pattern(code: str) -> re.Pattern:
    """The measure units of language ``code``."""
    measures = load_amount_data(code).table["units"]["measures"]
    return re.compile(alternation(measures, fold_case=False))
