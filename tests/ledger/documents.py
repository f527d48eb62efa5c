"""Hand-built v1 documents for the ledger tests: one rich article, and synthetic ones in bulk."""

from __future__ import annotations

from claimledger.contract import Amount, Document, Entity, Link, Mention, Quote, Statement, Time

# From the seed article (Radio-Canada, 2024-10-31), shortened, plus two figures with decimals.
RICH_TITLE = "Quelque 8000 soldats nord-coréens sont actuellement en Russie."
RICH_TEXT = (
    "Quelque 8000 soldats nord-coréens sont actuellement en Russie près de la frontière "
    "ukrainienne, a déclaré jeudi l'administration Biden. "
    "La veille, le secrétaire à la Défense Lloyd Austin avait seulement déclaré que «certaines» "
    "des troupes s'étaient déplacées vers la frontière. "
    "Les États-Unis ont estimé qu'il y avait environ 10 000 soldats nord-coréens en Russie. "
    "Séoul et ses alliés estiment que ce nombre est passé à 11 000, tandis que l'Ukraine a avancé "
    "un chiffre plus élevé, allant jusqu'à 12 000. "
    "Sur les 8000 soldats de Koursk, «nous n’avons pas encore vu ces troupes se déployer au "
    "combat», a déclaré M. Blinken. "
    "L'aide promise atteint 1,5 milliard d'euros, soit 2,5 % du budget, et pourrait passer "
    "entre 3 et 4,5 milliards."
)


def find(text: str, fragment: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``fragment`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return start, start + len(fragment)


def span(fragment: str, nth: int = 0, text: str = RICH_TEXT) -> dict:
    """start, end and text of ``fragment`` in ``text``, as keyword arguments."""
    start, end = find(text, fragment, nth)
    return {"start": start, "end": end, "text": fragment}


def _mentions(*fragments: str | tuple[str, int]) -> list[Mention]:
    """Mentions of the given fragments (a tuple names the nth occurrence)."""
    pairs = [f if isinstance(f, tuple) else (f, 0) for f in fragments]
    return [Mention(**span(fragment, nth)) for fragment, nth in pairs]


def rich_entities() -> list[Entity]:
    """The entities of the rich document, with mentions, descriptions, keys and links."""
    return [
        Entity(id="e1", name="administration Biden", type="ORG", key="ORG:administration biden",
               mentions=_mentions("administration Biden")),
        Entity(id="e2", name="Lloyd Austin", type="PERSON", key="PERSON:lloyd austin",
               mentions=_mentions("Lloyd Austin"),
               descriptions=["secrétaire à la Défense"],
               link=Link(kb="wikidata", id="Q16733210")),
        Entity(id="e3", name="États-Unis", type="GPE", key="GPE:etats-unis",
               mentions=_mentions("États-Unis"), link=Link(kb="iso3166", id="US")),
        Entity(id="e4", name="Russie", type="GPE", key="GPE:russie",
               mentions=_mentions(("Russie", 1), "Russie"),  # order kept, even unsorted
               link=Link(kb="iso3166", id="RU")),
        Entity(id="e5", name="Séoul", type="GPE", key="GPE:seoul", mentions=_mentions("Séoul")),
        Entity(id="e6", name="Ukraine", type="GPE", key=None, mentions=_mentions("Ukraine")),
        Entity(id="e7", name="Antony Blinken", type="PERSON", key="PERSON:antony blinken",
               mentions=_mentions("M. Blinken"), descriptions=["secrétaire d'État", "chef"]),
        Entity(id="e8", name="Koursk", type="GPE", key="GPE:koursk"),
    ]  # fmt: skip


def rich_times() -> list[Time]:
    """A resolved date, a present reference, and one that stays unresolved."""
    return [
        Time(id="t1", **span("jeudi"), type="DATE", value="2024-10-31", anchor="published"),
        Time(id="t2", **span("actuellement"), type="DATE", value="PRESENT_REF",
             anchor="published", mod="APPROX"),
        Time(id="t3", **span("La veille"), type="DATE", value=None, anchor=None),
    ]  # fmt: skip


def rich_statements() -> list[Statement]:
    """Reported speech of the rich document: with and without speaker and time."""
    return [
        Statement(id="s1", **span("Quelque 8000 soldats nord-coréens sont actuellement en Russie"),
                  speaker="e1", speaker_text="l'administration Biden", cue="a déclaré",
                  time="t1"),
        Statement(id="s2", **span("il y avait environ 10 000 soldats nord-coréens en Russie"),
                  speaker="e3", speaker_text="Les États-Unis", cue="ont estimé"),
        Statement(id="s3", **span("ce nombre est passé à 11 000"), speaker="e5",
                  speaker_text="Séoul et ses alliés", cue="estiment"),
        Statement(id="s4", **span("un chiffre plus élevé, allant jusqu'à 12 000"), speaker="e6",
                  speaker_text="l'Ukraine", cue="a avancé"),
        Statement(id="s5", **span("nous n’avons pas encore vu ces troupes se déployer au combat"),
                  speaker="e7", speaker_text="M. Blinken", cue="a déclaré"),
        Statement(id="s6", **span("L'aide promise atteint 1,5 milliard d'euros")),
    ]  # fmt: skip


def rich_quotes() -> list[Quote]:
    """A direct quote tied to a statement, and a partial one with no statement."""
    return [
        Quote(id="q1", **span("nous n’avons pas encore vu ces troupes se déployer au combat"),
              kind="direct", speaker="e7", speaker_text="M. Blinken", cue="a déclaré",
              statement="s5"),
        Quote(id="q2", **span("certaines"), kind="partial", speaker="e2",
              speaker_text="le secrétaire à la Défense Lloyd Austin",
              cue="avait seulement déclaré"),
    ]  # fmt: skip


def rich_amounts() -> list[Amount]:
    """Integers and floats, bounds, units, and null fields, in text order."""
    soldiers = {"counted": "soldats nord-coréens", "counted_key": "soldat nord-coréen"}
    return [
        Amount(id="a1", **span("Quelque 8000"), value=8000, qualifier="approximately", **soldiers,
               location="e4", source="e1", source_text="l'administration Biden", statement="s1",
               time="t1"),
        Amount(id="a2", **span("environ 10 000"), value=10000, qualifier="approximately",
               **soldiers, location="e4", source="e3", source_text="Les États-Unis",
               statement="s2"),
        Amount(id="a3", **span("11 000"), value=11000, **soldiers, source="e5",
               source_text="Séoul et ses alliés", statement="s3"),
        Amount(id="a4", **span("jusqu'à 12 000"), value=12000, high=12000, qualifier="up_to",
               **soldiers, source="e6", source_text="l'Ukraine", statement="s4"),
        Amount(id="a5", **span("8000", 1), value=8000.0, counted="soldats",
               counted_key="soldat", location="e8"),
        Amount(id="a6", **span("1,5 milliard d'euros"), value=1.5e9, unit="EUR",
               counted="aide", counted_key="aide", statement="s6"),
        Amount(id="a7", **span("2,5 %"), value=2.5, unit="%"),
        Amount(id="a8", **span("entre 3 et 4,5 milliards"), value=3.75e9, low=3_000_000_000,
               high=4.5e9, qualifier="range"),
    ]  # fmt: skip


def rich_document(**changes: object) -> Document:
    """The rich hand-built document; keyword arguments replace its fields."""
    fields: dict[str, object] = {
        "doc_id": "rc-2024-10-31",
        "url": "https://ici.radio-canada.ca/nouvelle/2114051",
        "site": "Radio-Canada",
        "language": "fr",
        "published": "2024-10-31",
        "title": RICH_TITLE,
        "text": RICH_TEXT,
        "generator": "claimledger 0.1.0 (fr_core_news_md 3.8.0)",
        "entities": rich_entities(),
        "quotes": rich_quotes(),
        "statements": rich_statements(),
        "amounts": rich_amounts(),
        "times": rich_times(),
    }
    fields.update(changes)
    return Document(**fields)


SYNTHETIC_TEXT = (
    "Selon le ministère de la Défense de {place}, quelque {count} soldats nord-coréens sont "
    "arrivés le {day} octobre. «Nous suivons la situation de très près», a déclaré {name}, "
    "qui parle de {share} % des troupes."
)
PLACES = ["Corée du Sud", "Ukraine", "Japon", "Pologne", "Estonie"]
NAMES = ["Mme Kallas", "M. Zelensky", "M. Yoon", "Mme Baerbock", "M. Kim"]


def synthetic_document(number: int, generator: str = "claimledger test") -> Document:
    """A small, valid, distinct document for bulk and concurrency tests."""
    place, name = PLACES[number % len(PLACES)], NAMES[number % len(NAMES)]
    values = {"count": 1000 + number, "day": 1 + number % 28, "share": number % 100 + 0.5}
    text = SYNTHETIC_TEXT.format(place=place, name=name, **values)

    def at(fragment: str) -> dict:
        return span(fragment, text=text)

    quote = "Nous suivons la situation de très près"
    entities = [
        Entity(id="e1", name=place, type="GPE", key=f"GPE:{place.lower()}",
               mentions=[Mention(**at(place))]),
        Entity(id="e2", name=name, type="PERSON", key=f"PERSON:{name.lower()}",
               mentions=[Mention(**at(name))]),
    ]  # fmt: skip
    day = f"{values['day']} octobre"
    return Document(
        doc_id=f"synthetic-{number:06d}",
        language="fr",
        published=f"2024-10-{values['day']:02d}",
        title=f"Des soldats nord-coréens en Russie ({number})",
        text=text,
        generator=generator,
        entities=entities,
        times=[Time(id="t1", **at(day), value=f"2024-10-{values['day']:02d}")],
        statements=[
            Statement(
                id="s1", **at(quote), speaker="e2", speaker_text=name, cue="a déclaré", time="t1"
            )
        ],  # fmt: skip
        quotes=[
            Quote(
                id="q1",
                **at(quote),
                kind="direct",
                speaker="e2",
                speaker_text=name,
                cue="a déclaré",
                statement="s1",
            )
        ],  # fmt: skip
        amounts=[
            Amount(
                id="a1",
                **at(f"quelque {values['count']}"),
                value=values["count"],
                qualifier="approximately",
                counted="soldats nord-coréens",
                counted_key="soldat nord-coréen",
                source="e1",
                source_text=place,
                time="t1",
            ),
            Amount(id="a2", **at(f"{values['share']} %"), value=values["share"], unit="%"),
        ],  # fmt: skip
    )
