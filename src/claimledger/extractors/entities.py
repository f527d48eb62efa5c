"""Find the entities of an annotated article: one per real-world referent, with a canonical name.

1. Split the text into words and find mentions: known names (countries, places, organizations,
   nationalities), the recognizer's names when the pipeline has one, names a title or role
   introduces, compounds (``administration Biden``), and without a recognizer every other
   capitalized name (``claimledger.extractors.entity.mentions``).
2. Group the mentions into referents and choose each one's canonical name (``entity.grouping``).
3. Read the roles written beside each person's name as descriptions (``entity.roles``).
4. Number the entities in order of first mention and give each a stable key (``entity.keys``).

Pronouns are not mentions here: speaker resolution adds them later with ``add_mention``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.contract import Entity, Link, Mention
from claimledger.extractors.entity.grouping import Group, group_mentions
from claimledger.extractors.entity.keys import canonical_name, entity_key
from claimledger.extractors.entity.lexicon import Lexicon, load_lexicon
from claimledger.extractors.entity.mentions import Context, build_context, find_mentions
from claimledger.extractors.entity.roles import role_after, role_before, role_text
from claimledger.lang.gazetteer import load_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimledger.extractors import Findings


def extract_entities(findings: Findings) -> list[Entity]:
    """The entities of the article, numbered ``e1``, ``e2``... in order of first mention."""
    return entities_in(findings.article.text, findings.lang.code, findings.doc)


def entities_in(text: str, language: str, doc: Doc | None = None) -> list[Entity]:
    """The entities of ``text``; ``doc`` adds the recognizer's names when it has any."""
    context, groups = _groups(text, language, doc)
    index = _WordIndex(context)
    return [_entity(context, index, group, f"e{n}") for n, group in enumerate(groups, start=1)]


def typed_mentions(text: str, language: str, doc: Doc | None = None) -> list[tuple[int, int, str]]:
    """Each mention of ``text`` not nested in another, as (start, end, its entity's type), in
    text order: what scoring against a corpus of typed mentions compares."""
    _, groups = _groups(text, language, doc)
    found = [(m.start, m.end, g.type) for g in groups for m in g.members if not m.nested]
    return sorted(found)


def _groups(text: str, language: str, doc: Doc | None) -> tuple[Context, list[Group]]:
    lex = load_lexicon(language)
    context = build_context(text, lex, load_gazetteer(language), _sentence_starts(doc))
    return context, group_mentions(text, find_mentions(context, doc), lex)


class _WordIndex:
    """Which word starts or ends at a character offset."""

    def __init__(self, context: Context) -> None:
        self.starts = {w.start: i for i, w in enumerate(context.words)}
        self.ends = {w.end: i for i, w in enumerate(context.words)}


def _sentence_starts(doc: Doc | None) -> frozenset[int]:
    if doc is None or not doc.has_annotation("SENT_START"):
        return frozenset()
    return frozenset(sent.start_char for sent in doc.sents)


def _entity(context: Context, index: _WordIndex, group: Group, entity_id: str) -> Entity:
    text = context.text
    name = canonical_name(text, group)
    link = None
    if group.referent is not None and group.referent.kb is not None:
        link = Link(kb=group.referent.kb, id=group.referent.kb_id)
    mentions = [Mention(start=m.start, end=m.end, text=text[m.start : m.end])
                for m in group.members]  # fmt: skip
    return Entity(
        id=entity_id,
        name=name,
        type=group.type,
        key=entity_key(group.type, group.referent.name if group.referent else name, context.lex),
        mentions=sorted(mentions, key=lambda m: (m.start, m.end)),
        descriptions=_descriptions(context, index, group) if group.type == "PERSON" else [],
        link=link,
    )


def _descriptions(context: Context, index: _WordIndex, group: Group) -> list[str]:
    """Roles written just before or after the person's names, each once, in text order."""
    found: list[str] = []
    for m in sorted(group.members, key=lambda m: m.start):
        first, last = index.starts.get(m.start), index.ends.get(m.end)
        if first is None or last is None:
            continue
        for span in _roles_of(context, first, last, context.lex):
            role = role_text(context.text, context.words, span)
            if role not in found:
                found.append(role)
    return found


def _roles_of(context: Context, first: int, last: int, lex: Lexicon) -> list[tuple[int, int]]:
    text, words = context.text, context.words
    spans = [role_before(text, words, first, lex), role_after(text, words, last, lex)]
    return [s for s in spans if s is not None]


def add_mention(entity: Entity, start: int, end: int, text: str) -> Entity:
    """Add a mention (a pronoun, say) to ``entity``, keeping mentions unique and in text order."""
    mention = Mention(start=start, end=end, text=text)
    if all((m.start, m.end) != (start, end) for m in entity.mentions):
        entity.mentions.append(mention)
        entity.mentions.sort(key=lambda m: (m.start, m.end))
    return entity
