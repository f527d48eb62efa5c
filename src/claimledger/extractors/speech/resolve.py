"""Speakers across the article: a memory of who was named, read in text order.

Every named speaker, and every named subject of a verb, is remembered with its place in the
text. A pronoun takes the latest compatible one before it (outside what is being reported);
a role (`le ministre`, `la compagnie`) the latest one it describes, from the speakers,
the descriptions written around names (`la compagnie aérienne low-cost Flydubai`) and the
entities' own descriptions.
"""

from __future__ import annotations

from dataclasses import replace

from claimledger.contract import Entity, Mention
from claimledger.extractors.speech.data import SpeechData, norm_word
from claimledger.extractors.speech.phrases import np_end, role_length
from claimledger.extractors.speech.speakers import (
    Speaker,
    compatible,
    link_entity,
    name_after_role,
    role_words,
)
from claimledger.extractors.speech.units import Unit

#: Paragraphs back that a lone quotation may look for its speaker.
LONE_QUOTE_REACH = 1


class Resolver:
    """The speakers named so far, and the entities they may stand for."""

    def __init__(self, entities: list[Entity], data: SpeechData, text: str) -> None:
        self.entities = entities
        self.data = data
        self.text = text
        self.named: list[tuple[int, int, Speaker, bool]] = []  # offset, paragraph, who, said
        self.described: list[tuple[int, Speaker]] = []

    def remember(self, offset: int, paragraph: int, speaker: Speaker, said: bool = False) -> None:
        """Keep a speaker (``said``) or a subject that later pronouns and roles may stand for."""
        if speaker.kind in ("name", "group") or speaker.entity:
            self.named.append((offset, paragraph, speaker, said))
            self.named.sort(key=lambda item: item[0])
        if speaker.roles and speaker.kind == "name":
            self.described.append((offset, speaker))

    def describe_names(self, unit: Unit) -> None:
        """Remember `role ... Name` pairs of a unit (`la compagnie aérienne Flydubai`)."""
        toks = unit.toks
        for k, tok in enumerate(toks):
            size = role_length(toks, k, self.data) if not tok.quoted else 0
            if not size:
                continue
            end = np_end(toks, k, self.data, lambda _: False)
            name = name_after_role(toks, k + size, end, self.data)
            if name is None or name[1] != end:
                continue
            role = tuple(t.norm for t in toks[k : k + size])
            words = " ".join(t.text for t in toks[name[0] : end + 1])
            start, stop = toks[name[0]].start, toks[end].end
            found = Speaker(start, stop, "name", "singular", None, {role}, words)
            found.entity = link_entity(found, self.entities, self.data)
            self.described.append((start, found))

    def resolve(
        self,
        speaker: Speaker,
        offset: int,
        paragraph: int,
        exclude: tuple[int, int] | None,
        since: int | None = None,
    ) -> Speaker:
        """The speaker with its entity: linked when named, looked up when a pronoun or a role."""
        if speaker.kind == "pronoun":
            start = offset if since is None else since
            found = self.antecedent(speaker, offset, paragraph, exclude, start)
        elif speaker.kind == "role":
            # `la police de Chicago` may be an entity itself; `le ministre` stands for one.
            whole = link_entity(replace(speaker, kind="common"), self.entities, self.data)
            if whole is not None:
                speaker.entity = whole
                return speaker
            found = self.by_role(speaker, offset)
        else:
            speaker.entity = link_entity(speaker, self.entities, self.data)
            return speaker
        if found is None:
            return speaker
        resolved = replace(
            speaker, entity=found.entity, name=found.name, roles=speaker.roles | found.roles
        )
        if speaker.kind == "pronoun" and found.entity:
            self._add_mention(found.entity, speaker)
        return resolved

    def antecedent(
        self,
        pronoun: Speaker,
        offset: int,
        paragraph: int,
        exclude: tuple[int, int] | None,
        since: int,
    ) -> Speaker | None:
        """The latest speaker before ``offset`` the pronoun can stand for, else subject.

        A name in the same sentence (from ``since``) comes first (`la Maison-Blanche a publié
        des images montrant, selon elle, ...`); then the latest subject or speaker of the
        pronoun's paragraph (`Vallaud-Belkacem a donné des précisions. Elle a affirmé`, after
        another speaker's paragraph); then the speakers of the paragraph before (`Il a ajouté`
        follows who spoke last, not the last name mentioned).
        """
        for rank in ("sentence", "paragraph", "speakers", "all"):
            for at, where, candidate, said in reversed(self.named):
                if at >= offset or (exclude and exclude[0] <= at < exclude[1]):
                    continue
                if rank == "sentence" and at < since:
                    continue
                if rank == "paragraph" and where != paragraph:
                    continue
                if rank == "speakers" and (not said or paragraph - where > LONE_QUOTE_REACH):
                    continue
                if compatible(pronoun, candidate):
                    return candidate
        return None

    def by_role(self, role: Speaker, offset: int) -> Speaker | None:
        """The latest speaker before ``offset`` described by the role's noun."""
        wanted = role_words(role, self.data)
        for words in list(wanted):  # `le chef du gouvernement` stands for the Premier ministre
            wanted |= self.data.role_equivalents.get(words, frozenset())
        best: tuple[int, Speaker] | None = None
        for at, candidate in self.described:
            if at < offset and candidate.roles & wanted and (best is None or at > best[0]):
                best = (at, candidate)
        for entity in self.entities:
            described = any(_has_words(d, wanted, self.data) for d in entity.descriptions)
            starts = [m.start for m in entity.mentions if m.start < offset]
            if described and starts and (best is None or max(starts) > best[0]):
                best = (max(starts), Speaker(0, 0, "name", name=entity.name, entity=entity.id))
        return best[1] if best else None

    def latest(self, offset: int, paragraph: int, reach: int = LONE_QUOTE_REACH) -> Speaker | None:
        """The latest subject or speaker of the paragraph before ``offset``; else the latest
        speaker, else subject, at most ``reach`` paragraphs back."""
        for rank in ("paragraph", "speakers", "subjects"):
            for at, where, candidate, said in reversed(self.named):
                if at >= offset or paragraph - where > reach:
                    continue
                fits = {"paragraph": where == paragraph, "speakers": said, "subjects": True}
                if fits[rank]:
                    return candidate
        return None

    def _add_mention(self, entity_id: str, speaker: Speaker) -> None:
        """Record the pronoun as a mention of the entity it stands for."""
        for entity in self.entities:
            if entity.id == entity_id:
                if not any(
                    m.start == speaker.start and m.end == speaker.end for m in entity.mentions
                ):
                    text = self.text[speaker.start : speaker.end]
                    entity.mentions.append(Mention(start=speaker.start, end=speaker.end, text=text))
                    entity.mentions.sort(key=lambda m: (m.start, m.end))
                return


def _has_words(description: str, wanted: set[tuple[str, ...]], data: SpeechData) -> bool:
    """Whether the description is headed by one of the roles (`PDG de la compagnie`: PDG)."""
    words = [norm_word(w) for w in description.replace("’", "'").split()]
    skip = data.words["determiners"] | data.words["role_modifiers"]
    while words and words[0] in skip:
        words = words[1:]
    return any(tuple(words[: len(role)]) == role for role in wanted)
