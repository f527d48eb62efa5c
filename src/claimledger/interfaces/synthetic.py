"""Synthetic v1 documents in bulk, for the ledger benchmark: valid, varied, reproducible.

Each document is a short French article: two or three figures of a quantity (what is counted,
where, according to whom, qualifier, date) and one or two quotes of a speaker, among fillers.
One quantity is hot (the seed's North Korean soldiers in Russia, in about one article in a
hundred); the others are spread evenly over a few thousand combinations, and quote words follow
a Zipf law, as words do, so that searches meet both rare and common words.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import accumulate

from claimledger.contract import Amount, Document, Entity, Mention, Quote, Time

NOUNS = (
    "soldats", "civils", "réfugiés", "drones", "missiles", "chars", "obus", "blessés", "otages",
    "migrants", "manifestants", "électeurs", "emplois", "logements", "vaccins", "conteneurs",
    "navires", "avions", "déplacés", "prisonniers", "médecins", "enseignants", "agriculteurs",
    "touristes", "étudiants", "camions", "policiers", "journalistes", "enfants", "combattants",
)  # fmt: skip
ADJECTIVES = (
    "nord-coréens", "ukrainiens", "russes", "israéliens", "palestiniens", "syriens", "soudanais",
    "français", "américains", "européens", "afghans", "iraniens", "turcs", "libanais", "maliens",
    "haïtiens", "yéménites", "arméniens", "géorgiens", "polonais", "chinois", "indiens",
)  # fmt: skip
PLACES = (
    "Russie", "Ukraine", "Gaza", "Liban", "Syrie", "Soudan", "France", "Pologne", "Turquie",
    "Iran", "Israël", "Mali", "Haïti", "Yémen", "Arménie", "Géorgie", "Chine", "Inde", "Japon",
    "Corée du Sud", "Koursk", "Kharkiv", "Odessa", "Beyrouth", "Damas", "Khartoum", "Bamako",
)  # fmt: skip
SOURCES = (
    ("Séoul", "GPE"), ("Kiev", "GPE"), ("Moscou", "GPE"), ("Washington", "GPE"),
    ("ONU", "ORG"), ("OTAN", "ORG"), ("Pentagone", "ORG"), ("Kremlin", "ORG"),
    ("Croix-Rouge", "ORG"), ("HCR", "ORG"), ("Unicef", "ORG"), ("Amnesty International", "ORG"),
    ("Union européenne", "ORG"), ("Banque mondiale", "ORG"), ("OMS", "ORG"), ("Paris", "GPE"),
    ("Berlin", "GPE"), ("Londres", "GPE"), ("Pékin", "GPE"), ("Tokyo", "GPE"),
)  # fmt: skip
GIVEN = (
    "Anna", "Marc", "Olga", "Pierre", "Yuki", "Omar", "Lena", "Ivan", "Sara", "Jean", "Mina",
    "Paul", "Nadia", "Hugo", "Irina", "Karim", "Eva", "Luis", "Chloé", "Tariq",
)  # fmt: skip
FAMILY = ("Kallas", "Martin", "Kim", "Petrov", "Durand", "Haddad", "Novak", "Sato", "Garcia",
          "Moreau", "Cohen", "Nguyen", "Schmidt", "Rossi", "Dubois", "Popescu", "Lindqvist",
          "Okafor", "Bernard", "Ferreira")  # fmt: skip
QUALIFIERS = (
    ("exact", "{n}"), ("approximately", "environ {n}"), ("approximately", "quelque {n}"),
    ("up_to", "jusqu'à {n}"), ("at_least", "au moins {n}"), ("more_than", "plus de {n}"),
    ("range", "entre {low} et {n}"),
)  # fmt: skip
SYLLABLES = ("ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ra", "se", "ti", "vu",
             "tion", "ment", "ar", "er", "ou", "an", "on", "ir", "que", "re", "de")  # fmt: skip
HOT = ("soldats", "nord-coréens", "Russie")
START = date(2022, 1, 1)


def _vocabulary(size: int, rng: random.Random) -> list[str]:
    """``size`` distinct made-up words of two to four syllables."""
    words: dict[str, None] = {}
    while len(words) < size:
        words["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))] = None
    return list(words)


class SyntheticCorpus:
    """A reproducible stream of synthetic documents: ``SyntheticCorpus(seed).documents(n)``."""

    def __init__(self, seed: int = 7, vocabulary: int = 20_000) -> None:
        self.rng = random.Random(seed)
        self.words = _vocabulary(vocabulary, self.rng)
        # Zipf weights: the word of rank r is drawn with weight 1 / r.
        self.cumulative = list(accumulate(1 / rank for rank in range(1, vocabulary + 1)))
        self.people = [f"{g} {f}" for g in GIVEN for f in FAMILY]

    def documents(self, count: int) -> Iterator[Document]:
        """``count`` documents, one at a time (nothing is kept)."""
        for number in range(count):
            yield self.document(number)

    def _phrase(self, length: int) -> str:
        """``length`` Zipf-distributed words."""
        return " ".join(self.rng.choices(self.words, cum_weights=self.cumulative, k=length))

    def _quantity(self) -> tuple[str, str, str]:
        """(noun, adjective, place) of a figure: the hot one about once in a hundred articles."""
        if self.rng.random() < 0.01:
            return HOT
        return (self.rng.choice(NOUNS), self.rng.choice(ADJECTIVES), self.rng.choice(PLACES))

    def document(self, number: int) -> Document:
        """Synthetic document number ``number``."""
        rng = self.rng
        published = START + timedelta(days=rng.randrange(3 * 365))
        parts: list[str] = []
        entities: dict[str, Entity] = {}
        amounts, quotes, times = [], [], []
        for index in range(rng.randint(2, 3)):
            amounts.append(self._figure(index, parts, entities, times, published))
        for index in range(rng.randint(1, 2)):
            quotes.append(self._quote(index, parts, entities))
        parts.append(f"{self._phrase(60).capitalize()}.")
        return Document(
            doc_id=f"synthetic-{number:07d}",
            url=f"https://example.org/{number}",
            site="Synthétique",
            language="fr",
            published=published.isoformat(),
            title=f"{self._phrase(6).capitalize()} ({number})",
            text="".join(parts),
            generator="claimledger synthetic",
            entities=list(entities.values()),
            quotes=quotes,
            amounts=amounts,
            times=times,
        )

    def _entity(self, entities: dict[str, Entity], name: str, type_: str, start: int) -> str:
        """The id of entity ``name`` (created when new), with a mention at ``start``."""
        entity = entities.get(name)
        if entity is None:
            key = f"{type_}:{name.lower()}"
            entity = Entity(id=f"e{len(entities) + 1}", name=name, type=type_, key=key)
            entities[name] = entity
        entity.mentions.append(Mention(start=start, end=start + len(name), text=name))
        return entity.id

    def _figure(self, index, parts, entities, times, published) -> Amount:
        """One sentence with a figure; appended to ``parts``; its Amount."""
        rng = self.rng
        noun, adjective, place = self._quantity()
        source, source_type = rng.choice(SOURCES)
        qualifier, pattern = rng.choice(QUALIFIERS)
        value = rng.randrange(10, 500) * 100
        figure = pattern.format(n=f"{value:,}".replace(",", " "), low=f"{value // 2}")
        day = published - timedelta(days=rng.randrange(5))
        when = f"le {day.day} {day.month:02d}"
        sentence = f"Selon {source}, {figure} {noun} {adjective} étaient en {place} {when}. "
        base = len("".join(parts))
        parts.append(sentence)

        def at(fragment: str) -> int:
            return base + sentence.index(fragment)

        start = at(figure)
        time_id = f"t{index + 1}"
        times.append(Time(id=time_id, start=at(when), end=at(when) + len(when), text=when,
                          value=day.isoformat(), anchor="published"))  # fmt: skip
        counted = f"{noun} {adjective}"
        low, high = (value // 2, value) if qualifier == "range" else (None, None)
        return Amount(
            id=f"a{index + 1}", start=start, end=start + len(figure), text=figure,
            value=(value + value // 2) / 2 if qualifier == "range" else value, low=low,
            high=value if qualifier in ("up_to", "range") else high, qualifier=qualifier,
            counted=counted, counted_key=" ".join(w.rstrip("s") for w in counted.split()),
            location=self._entity(entities, place, "GPE", at(place)),
            source=self._entity(entities, source, source_type, at(source)),
            source_text=source, time=time_id,
        )  # fmt: skip

    def _quote(self, index: int, parts: list[str], entities: dict[str, Entity]) -> Quote:
        """One quoted sentence; appended to ``parts``; its Quote."""
        speaker = self.rng.choice(self.people[: 50 + self.rng.randrange(len(self.people) - 50)])
        words = self._phrase(self.rng.randint(8, 20)).capitalize()
        sentence = f"«{words}», a déclaré {speaker}. "
        base = len("".join(parts))
        parts.append(sentence)
        start = base + sentence.index(words)
        entity = self._entity(entities, speaker, "PERSON", base + sentence.index(speaker))
        return Quote(
            id=f"q{index + 1}", start=start, end=start + len(words), text=words, kind="direct",
            speaker=entity, speaker_text=speaker, cue="a déclaré",
        )  # fmt: skip
