"""Hand-built v1 documents for the ledger across articles: the seed, faithful to its gold file,
and a few later articles (synthetic, dated after it) that give new figures for the same quantity.

The seed is ../shared/seed/article.txt (bundled as samples/radio-canada-2024-10-31.txt) with
../shared/seed/gold.json: its four estimates of the North Korean soldiers in Russia are those of the
administration Biden (Quelque 8000, approximately), the États-Unis (environ 10 000), Séoul (11 000)
and Ukraine (jusqu'à 12 000, up to), published 2024-10-31.
"""

from __future__ import annotations

from typing import Any

from claimledger.contract import Amount, Document, Entity, Mention, Quote, Statement, Time
from tests.conftest import SEED_TEXT
from tests.ledger.documents import span

SEED_ID = "radio-canada-2024-10-31"
SOLDIERS = {"counted": "soldats nord-coréens", "counted_key": "soldat nord-coréen"}


def seed_title_and_text() -> tuple[str, str]:
    """The seed's headline and body: the sample without its skip link and repeated headline."""
    lines = SEED_TEXT.read_text(encoding="utf-8").split("\n")
    return lines[1], "\n".join(lines[2:])


class _Builder:
    """Spans of one text, found by fragment (the nth occurrence when asked)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def at(self, fragment: str, nth: int = 0) -> dict[str, Any]:
        """start, end and text of ``fragment`` as keyword arguments."""
        return span(fragment, nth, text=self.text)

    def entity(self, id_: str, name: str, type_: str, key: str | None, *names, **more) -> Entity:
        """An entity whose mentions are the given fragments (a tuple: fragment and nth)."""
        pairs = [n if isinstance(n, tuple) else (n, 0) for n in names]
        mentions = [Mention(**self.at(fragment, nth)) for fragment, nth in pairs]
        return Entity(id=id_, name=name, type=type_, key=key, mentions=mentions, **more)


def _seed_entities(b: _Builder) -> list[Entity]:
    """The seed's entities (gold.json), with keys as the extractor writes them."""
    return [
        b.entity("e1", "administration Biden", "ORG", "ORG:administration biden",
                 "administration Biden"),
        b.entity("e2", "Lloyd Austin", "PERSON", "PERSON:lloyd austin", "Lloyd Austin",
                 ("Lloyd Austin", 1), "M. Austin", descriptions=["secrétaire à la Défense"]),
        b.entity("e3", "Antony Blinken", "PERSON", "PERSON:antony blinken", "M. Blinken"),
        b.entity("e4", "Cho Tae-yul", "PERSON", "PERSON:cho tae yul", "Cho Tae-yul",
                 descriptions=["ministre sud-coréen des Affaires étrangères"]),
        b.entity("e5", "Robert Wood", "PERSON", "PERSON:robert wood", "Robert Wood",
                 descriptions=["ambassadeur adjoint des États-Unis aux Nations Unies"]),
        b.entity("e6", "Russie", "GPE", "GPE:russie", "Russie", ("Russie", 1), ("Russie", 2)),
        # No key: the ledger gives it GPE:ukraine, the key later articles have.
        b.entity("e7", "Ukraine", "GPE", None, "Ukraine", ("Ukraine", 1)),
        b.entity("e8", "États-Unis", "GPE", "GPE:etats unis", "États-Unis", ("États-Unis", 1)),
        b.entity("e9", "Séoul", "GPE", "GPE:seoul", "Séoul", ("Séoul", 1)),
        b.entity("e10", "Corée du Nord", "GPE", "GPE:coree du nord", "Corée du Nord"),
        b.entity("e11", "Corée du Sud", "GPE", "GPE:coree du sud", "Corée du Sud"),
        b.entity("e12", "Japon", "GPE", "GPE:japon", "Japon"),
        b.entity("e13", "Koursk", "GPE", "GPE:koursk", "Koursk", ("Koursk", 1)),
        b.entity("e14", "Maison-Blanche", "ORG", "ORG:maison blanche", "Maison-Blanche"),
        b.entity("e15", "Washington", "GPE", "GPE:washington", "Washington"),
    ]  # fmt: skip


def _seed_times(b: _Builder) -> list[Time]:
    """The seed's times (gold.json), resolved against 2024-10-31."""
    return [
        Time(id="t1", **b.at("jeudi"), value="2024-10-31", anchor="published"),
        Time(id="t2", **b.at("la veille"), value="2024-10-30", anchor="published"),
        Time(id="t3", **b.at("cette semaine"), value="2024-W44", anchor="published"),
        Time(id="t4", **b.at("plus tôt ce mois-ci"), value="2024-10", anchor="published"),
        Time(id="t5", **b.at("près d’un an"), type="DURATION", value="P1Y"),
    ]


def _seed_statements(b: _Builder) -> list[Statement]:
    """The seed's statements that carry its figures and quotes."""
    return [
        Statement(id="s1", **b.at("Quelque 8000 soldats nord-coréens sont actuellement en Russie "
                  "près de la frontière ukrainienne"), speaker="e1",
                  speaker_text="l'administration Biden", cue="a déclaré", time="t1"),
        Statement(id="s2", **b.at("il y avait environ 10 000 soldats nord-coréens en Russie"),
                  speaker="e8", speaker_text="Les États-Unis", cue="ont estimé"),
        Statement(id="s3", **b.at("ce nombre est passé à 11 000"), speaker="e9",
                  speaker_text="Séoul et ses alliés", cue="estiment"),
        Statement(id="s4", **b.at("un chiffre plus élevé, allant jusqu'à 12 000"), speaker="e7",
                  speaker_text="l'Ukraine", cue="a avancé"),
        Statement(id="s5", **b.at("la Corée du Nord expédiant 1000 conteneurs de matériel "
                  "militaire là-bas par train"), speaker="e14", speaker_text="elle",
                  cue="selon elle"),
    ]  # fmt: skip


BLINKEN_DIRECT = (
    "nous n’avons pas encore vu ces troupes se déployer au combat contre les forces ukrainiennes, "
    "mais nous nous attendons à ce que cela se produise dans les prochains jours"
)
BLINKEN_PARTIAL = (
    "opérations d’infanterie de base, y compris le nettoyage des tranchées, ce qui indique "
    "qu’ils ont pleinement l’intention d’utiliser ces forces dans des opérations de première ligne"
)
JOINT_STATEMENT = (
    "Nous exhortons fortement (la Corée du Nord) à cesser immédiatement sa série d’actions "
    "provocatrices et déstabilisatrices qui menacent la paix et la sécurité dans la péninsule "
    "coréenne et au-delà"
)
WOOD = (
    "Et j’ai une question très respectueuse pour mon collègue russe: la Russie maintient-elle "
    "toujours qu’il n’y a pas de troupes de la RPDC (République populaire démocratique de Corée, "
    "NDLR) en Russie? C’est ma seule question et mon dernier point"
)


def _seed_quotes(b: _Builder) -> list[Quote]:
    """The seed's quotes (gold.json) with their speakers."""
    austin = {"speaker": "e2", "speaker_text": "le secrétaire à la Défense Lloyd Austin"}
    blinken = {"speaker": "e3", "speaker_text": "M. Blinken"}
    cho = {"speaker": "e4", "speaker_text": "Cho Tae-yul"}
    allies = {"speaker": "e8", "speaker_text": "les États-Unis, la Corée du Sud et le Japon"}
    return [
        Quote(id="q1", **b.at("certaines"), kind="partial", cue="avait seulement déclaré",
              **austin),
        Quote(id="q2", **b.at(BLINKEN_DIRECT), kind="direct", cue="a déclaré", **blinken),
        Quote(id="q3", **b.at(BLINKEN_PARTIAL), kind="partial", cue="a indiqué", **blinken),
        Quote(id="q4", **b.at("dans les termes les plus forts possibles"), kind="partial",
              cue="a condamné", **cho),
        Quote(id="q5", **b.at("prendre les mesures nécessaires en conséquence"), kind="partial",
              cue="a-t-il déclaré", **cho),
        Quote(id="q6", **b.at("violation flagrante"), kind="partial", **allies),
        Quote(id="q7", **b.at(JOINT_STATEMENT), kind="direct", cue="ont-ils écrit", **allies),
        Quote(id="q8", **b.at(WOOD), kind="direct", speaker="e5", speaker_text="Robert Wood",
              cue="a-t-il déclaré"),
    ]  # fmt: skip


def _seed_amounts(b: _Builder) -> list[Amount]:
    """The seed's six figures (gold.json)."""
    return [
        Amount(id="a1", **b.at("Quelque 8000"), value=8000, qualifier="approximately",
               **SOLDIERS, location="e6", source="e1", source_text="l'administration Biden",
               statement="s1", time="t1"),
        Amount(id="a2", **b.at("environ 10 000"), value=10000, qualifier="approximately",
               **SOLDIERS, location="e6", source="e8", source_text="Les États-Unis",
               statement="s2"),
        Amount(id="a3", **b.at("11 000"), value=11000, **SOLDIERS, source="e9",
               source_text="Séoul et ses alliés", statement="s3"),
        Amount(id="a4", **b.at("jusqu'à 12 000"), value=12000, high=12000, qualifier="up_to",
               **SOLDIERS, source="e7", source_text="l'Ukraine", statement="s4"),
        Amount(id="a5", **b.at("8000", 1), value=8000, counted="soldats", counted_key="soldat",
               location="e13", source="e3", source_text="M. Blinken"),
        Amount(id="a6", **b.at("1000"), value=1000, counted="conteneurs de matériel militaire",
               counted_key="conteneur de matériel militaire", source="e14",
               source_text="elle", statement="s5", time="t4"),
    ]  # fmt: skip


def seed_document() -> Document:
    """The seed article as the extractors should record it (gold.json)."""
    title, text = seed_title_and_text()
    b = _Builder(text)
    return Document(
        doc_id=SEED_ID,
        url="https://ici.radio-canada.ca/rci/fr/nouvelle/2115022",
        site="Radio-Canada",
        language="fr",
        published="2024-10-31",
        title=title,
        text=text,
        generator="claimledger test (hand-built from gold.json)",
        entities=_seed_entities(b),
        quotes=_seed_quotes(b),
        statements=_seed_statements(b),
        amounts=_seed_amounts(b),
        times=_seed_times(b),
    )


def _later(doc_id: str, published: str, site: str, language: str, text: str, **lists) -> Document:
    """A short later article."""
    return Document(doc_id=doc_id, url=f"https://example.org/{doc_id}", site=site,
                    language=language, published=published, title=text.split(",")[0],
                    text=text, generator="claimledger test", **lists)  # fmt: skip


def seoul_november() -> Document:
    """Séoul, 2024-11-05: about 11 000 soldiers in Russia; a quote of its minister."""
    text = (
        "Selon Séoul, environ 11 000 soldats nord-coréens se trouvent désormais en Russie. "
        "«Nous ne tolérerons pas cette coopération militaire», a déclaré Cho Tae-yul mardi."
    )
    b = _Builder(text)
    return _later("lemonde-2024-11-05", "2024-11-05", "Le Monde", "fr", text,
        entities=[b.entity("e1", "Séoul", "GPE", "GPE:seoul", "Séoul"),
                  b.entity("e2", "Russie", "GPE", "GPE:russie", "Russie"),
                  b.entity("e3", "Cho Tae-yul", "PERSON", "PERSON:cho tae yul", "Cho Tae-yul")],
        amounts=[Amount(id="a1", **b.at("environ 11 000"), value=11000,
                        qualifier="approximately", **SOLDIERS, location="e2", source="e1",
                        source_text="Séoul")],
        quotes=[Quote(id="q1", **b.at("Nous ne tolérerons pas cette coopération militaire"),
                      kind="direct", speaker="e3", speaker_text="Cho Tae-yul", cue="a déclaré")],
        times=[Time(id="t1", **b.at("mardi"), value="2024-11-05", anchor="published")],
    )  # fmt: skip


def ukraine_november() -> Document:
    """Ukraine, published 2024-11-20 about 2024-11-18: 11 000 to 12 000 troupes (a synonym)."""
    text = (
        "Le 18 novembre, l'Ukraine a affirmé que 11 000 à 12 000 troupes nord-coréennes "
        "étaient déployées en Russie."
    )
    b = _Builder(text)
    return _later("ukrinform-2024-11-20", "2024-11-20", "Ukrinform", "fr", text,
        entities=[b.entity("e1", "Ukraine", "GPE", "GPE:ukraine", "Ukraine"),
                  b.entity("e2", "Russie", "GPE", "GPE:russie", "Russie")],
        amounts=[Amount(id="a1", **b.at("11 000 à 12 000"), value=11500, low=11000, high=12000,
                        qualifier="range", counted="troupes nord-coréennes",
                        counted_key="troupe nord-coréen", location="e2", source="e1",
                        source_text="l'Ukraine", time="t1")],
        times=[Time(id="t1", **b.at("Le 18 novembre"), value="2024-11-18", anchor="published")],
    )  # fmt: skip


def washington_december() -> Document:
    """Washington, 2024-12-16: 12 000 soldiers (the same referent as États-Unis, once merged)."""
    text = (
        "Washington estime que 12 000 soldats nord-coréens sont en Russie, a indiqué lundi "
        "le Pentagone."
    )
    b = _Builder(text)
    return _later("lapresse-2024-12-16", "2024-12-16", "La Presse", "fr", text,
        entities=[b.entity("e1", "Washington", "GPE", "GPE:washington", "Washington"),
                  b.entity("e2", "Russie", "GPE", "GPE:russie", "Russie"),
                  b.entity("e3", "Pentagone", "ORG", "ORG:pentagone", "Pentagone")],
        amounts=[Amount(id="a1", **b.at("12 000"), value=12000, **SOLDIERS, location="e2",
                        source="e1", source_text="Washington", time="t1")],
        times=[Time(id="t1", **b.at("lundi"), value="2024-12-16", anchor="published")],
    )  # fmt: skip


def seoul_losses() -> Document:
    """Séoul, 2025-01-08: a different quantity (soldiers killed or wounded) at Koursk."""
    text = "Plus de 1000 soldats nord-coréens ont été tués ou blessés à Koursk, selon Séoul."
    b = _Builder(text)
    return _later("yonhap-2025-01-08", "2025-01-08", "Yonhap", "fr", text,
        entities=[b.entity("e1", "Koursk", "GPE", "GPE:koursk", "Koursk"),
                  b.entity("e2", "Séoul", "GPE", "GPE:seoul", "Séoul")],
        amounts=[Amount(id="a1", **b.at("Plus de 1000"), value=1000, qualifier="more_than",
                        counted="soldats nord-coréens tués ou blessés",
                        counted_key="soldat nord-coréen tuer ou blesser", location="e1",
                        source="e2", source_text="Séoul")],
    )  # fmt: skip


def pentagon_english() -> Document:
    """An English article, 2024-12-17: about 12,000 North Korean troops in Russia."""
    text = "About 12,000 North Korean troops are in Russia, the Pentagon said on Tuesday."
    b = _Builder(text)
    return _later("ap-2024-12-17", "2024-12-17", "AP", "en", text,
        entities=[b.entity("e1", "Russia", "GPE", "GPE:russia", "Russia"),
                  b.entity("e2", "Pentagon", "ORG", "ORG:pentagon", "Pentagon")],
        amounts=[Amount(id="a1", **b.at("About 12,000"), value=12000, qualifier="approximately",
                        counted="North Korean troops", counted_key="north korean troop",
                        location="e1", source="e2", source_text="the Pentagon")],
    )  # fmt: skip


def later_documents() -> list[Document]:
    """The later articles, in publication order."""
    return [seoul_november(), ukraine_november(), washington_december(), pentagon_english(),
            seoul_losses()]  # fmt: skip
