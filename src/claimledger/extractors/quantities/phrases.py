"""Noun phrases as the counted rules read them: a head, its modifiers, one complement.

A word is content when the tagger says noun, proper noun or adjective, or, without a tagger,
when it starts with a letter and is no function word, determiner, connector, pronoun or number
word of the language. French phrases run head first (``soldats nord-coréens``); English ones end
at their plural head (``asylum seekers``) or before a verb form (``shell landed``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimledger.extractors.quantities.data import AmountData
from claimledger.extractors.quantities.quantity import Quantity
from claimledger.extractors.quantities.words import CONTENT_POS, NOUN_POS, DocWords, Word

QUOTES = frozenset("«»\"“”„‘’'")


@dataclass
class Found:
    """What the rules found: words of the text, an earlier figure, or an anaphora."""

    kind: str
    words: list[int] = field(default_factory=list)
    source: Quantity | None = None
    pronoun: bool = False
    text: str | None = None


@dataclass
class CountedContext:
    """The article as the rules read it: text, words, language data, places and times."""

    text: str
    data: AmountData
    words: DocWords
    places: list[tuple[int, int]]
    times: list[tuple[int, int]]
    figures: list[tuple[int, int]] = field(default_factory=list)

    def sets(self, key: str) -> frozenset[str]:
        """A list of ``[counted]`` as a set of folded words."""
        return self.data.words_of("counted", key)


def noun_phrase(start: int, context: CountedContext, quantity: Quantity | None) -> Found:
    """The noun phrase from word ``start``: modifiers and one complement, a place left out."""
    words = context.words
    indexes = [start]
    if words[start].folded in context.sets("leading_modifiers") and _next_content(start, context):
        indexes.append(start + 1)
    indexes += _modifiers(indexes[-1] + 1, context)
    complement = _complement(indexes[-1] + 1, context)
    if complement:
        place = _place_in(complement, context)
        if place is None:
            indexes += complement
        elif quantity is not None:
            quantity.location_hint = place
    found = Found("words", words=indexes)
    head = words[start]
    if head.folded in context.sets("anaphoric_nouns") and not complement:
        return Found("anaphora")
    return found


def _modifiers(index: int, context: CountedContext, limit: int = 3) -> list[int]:
    """Content words following the head (adjectives, nouns of a compound), up to a verb form."""
    words = context.words
    counted = context.data.table["counted"]
    found: list[int] = []
    sentence = words[index - 1].sentence
    if _ends_phrase(words[index - 1], counted):
        return found
    while len(found) < limit:
        word = words[index]
        if word is None or word.sentence != sentence or not is_content(word, context):
            break
        if verb_form(word, context):
            break
        found.append(index)
        if _ends_phrase(word, counted):
            break
        index += 1
    return found


def _ends_phrase(word: Word, counted: dict) -> bool:
    """Whether a plural noun closes the phrase here (English ``asylum seekers``)."""
    if not counted["plural_ends_phrase"] or word.folded in _invariable(counted):
        return False
    return _plural_changes(word.folded, counted)


def _invariable(counted: dict) -> frozenset[str]:
    return frozenset(w.lower() for w in counted["invariable"])


def _plural_changes(word: str, counted: dict) -> bool:
    """Whether one of the plural endings would change ``word``."""
    for ending, replacement in counted["plural_endings"]:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return ending != replacement
    return False


def verb_form(word: Word, context: CountedContext, endings_key: str = "verb_endings") -> bool:
    """Whether ``word`` looks like a verb form (without a tagger: by its ending).

    A past participle is no verb form here: it qualifies the noun (``membres présumés``).
    """
    if context.words.has_pos:
        return word.pos in ("VERB", "AUX") and not qualifies(word, context)
    endings = context.data.table["counted"][endings_key]
    return any(word.folded.endswith(e) and len(word.folded) > len(e) + 2 for e in endings)


def _complement(index: int, context: CountedContext) -> list[int]:
    """``de matériel militaire``, ``of artillery``: a connector, a determiner, content words."""
    words = context.words
    link = words[index]
    if link is None or link.folded not in context.sets("connectors"):
        return []
    found = [index]
    if words[index + 1] is not None and words[index + 1].folded in context.sets("determiners"):
        found.append(index + 1)
    content = []
    position = found[-1] + 1
    while len(content) < 3:
        word = words[position]
        if word is None or word.sentence != link.sentence:
            break
        if not (is_content(word, context) or (word.is_alpha and word.text[0].isupper())):
            break
        if verb_form(word, context):
            break
        content.append(position)
        position += 1
    return found + content if content else []


def _place_in(indexes: list[int], context: CountedContext) -> tuple[int, int] | None:
    """The place mention a complement names (``de Koursk``), if any."""
    words = context.words
    start, end = words[indexes[0]].start, words[indexes[-1]].end
    for place in context.places:
        if place[0] < end and start < place[1]:
            return place
    return None


def _next_content(index: int, context: CountedContext) -> bool:
    word = context.words[index + 1]
    return word is not None and is_content(word, context)


def is_content(word: Word, context: CountedContext, head: bool = False) -> bool:
    """Whether ``word`` may be part of a counted noun phrase (its head, with ``head``)."""
    if not word.is_alpha:
        return False
    if any(s <= word.start < e for s, e in context.times):
        return False
    if word.folded in context.sets("leading_modifiers"):
        return True
    if context.words.has_pos:
        # The language's function words end a phrase whatever the tagger says (``là-bas``).
        if word.is_stop:
            return False
        allowed = NOUN_POS | {"ADJ"} if head else CONTENT_POS
        return word.pos in allowed or (not head and qualifies(word, context))
    closed = context.sets("determiners") | context.sets("connectors") | context.sets("pronouns")
    return not word.is_stop and word.folded not in closed and not _is_number_word(word, context)


def qualifies(word: Word, context: CountedContext) -> bool:
    """Whether the tagger reads a past participle qualifying a noun (``membres présumés``)."""
    if not word.is_participle:
        return False
    if not context.words.has_dep:
        return True
    # `shell landed`: a participle heading its clause is the verb, not a modifier.
    return word.token.dep_.split(":")[0] in context.sets("modifier_labels")


def _is_number_word(word: Word, context: CountedContext) -> bool:
    return word.folded in context.data.words_of("numerals", "words")


def anchored(index: int, context: CountedContext, reach: int | None = None) -> bool:
    """Whether a determiner or a figure opens the phrase of word ``index`` (``the new cost``)."""
    counted = context.data.table["counted"]
    if context.words.has_pos:
        if context.words[index].pos not in NOUN_POS:
            return False
        if counted["bare_nouns"]:
            return True
    if reach is None:
        reach = 2 if counted["modifiers_before_noun"] else 0
    return _opened(index, context, reach)


def _opened(index: int, context: CountedContext, reach: int) -> bool:
    """Whether a determiner or a figure stands before word ``index``, over ``reach`` modifiers."""
    words = context.words
    before = index - 1
    while words[before] is not None and words[before].text in QUOTES:
        before -= 1
    word = words[before]
    if word is None or word.sentence != words[index].sentence:
        return False
    if word.folded in context.sets("determiners"):
        return True
    if any(start <= word.start < end for start, end in context.figures):
        return True
    return reach > 0 and is_content(word, context) and _opened(before, context, reach - 1)


def chain_left(index: int, context: CountedContext) -> int:
    """``la valeur de la compagnie``, ``le montant du contrat``: back to the first noun."""
    words = context.words
    connectors, determiners = context.sets("connectors"), context.sets("determiners")
    position = index - 1
    word = words[position]
    if word is not None and word.folded in determiners and word.folded not in connectors:
        position -= 1
    link, noun = words[position], words[position - 1]
    if link is None or noun is None or link.folded not in connectors:
        return index
    if not is_content(noun, context, head=True) or verb_form(noun, context, "finite_verb_endings"):
        return index
    if link.folded in determiners and not anchored(noun.index, context):
        return index
    return noun.index
