"""Entities: known names, titles and roles, grouping into referents, canonical names and keys."""

from __future__ import annotations

import json

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from claimledger.contract import Document, Entity
from claimledger.extractors.entities import add_mention, entities_in, typed_mentions
from claimledger.lang.gazetteer import expand_forms, load_gazetteer
from claimledger.lang.words import split_words
from tests.conftest import assert_valid_document

SEED_LEAD = (
    "Quelque 8000 soldats nord-coréens sont actuellement en Russie près de la frontière "
    "ukrainienne et se préparent à aider le Kremlin à lutter contre les troupes ukrainiennes dans "
    "les prochains jours, a déclaré jeudi l'administration Biden."
)


def by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def names_of(text: str, language: str) -> set[str]:
    return {e.name for e in entities_in(text, language)}


def valid(text: str, language: str, entities: list[Entity]) -> dict:
    """Every test's entities must make a valid v1 document."""
    return assert_valid_document(
        Document(doc_id="t", language=language, text=text, entities=entities)
    )


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Il y a pleinement l'intention, a déclaré M. Blinken lors d'une conférence.",
            "fr",
            "Blinken",
        ),
        ("M. Austin a déclaré que les troupes portaient des uniformes russes.", "fr", "Austin"),
        ("Selon Mme Hidalgo, la ville est prête.", "fr", "Hidalgo"),
        ("M. Ping et les siens sont dans une logique de déstabilisation.", "fr", "Ping"),
        ("Mr. Obama said the talks would resume.", "en", "Obama"),
        ("The report was sent to Dr. Fauci on Monday.", "en", "Fauci"),
    ],
)
def test_titles_are_stripped_from_names(text, language, name):
    entities = entities_in(text, language)
    valid(text, language, entities)
    person = by_name(entities)[name]
    assert person.type == "PERSON"
    assert [m.text for m in person.mentions] == [name]
    assert person.descriptions == []


@pytest.mark.parametrize(
    ("text", "language", "name", "mentions"),
    [
        (
            "avec le secrétaire à la Défense Lloyd Austin et leurs homologues. M. Austin a déclaré "
            "que les troupes avançaient.",
            "fr",
            "Lloyd Austin",
            ["Lloyd Austin", "Austin"],
        ),
        (
            "Le ministre sud-coréen des Affaires étrangères Cho Tae-yul a condamné le déploiement. "
            "M. Cho a appelé à un retrait.",
            "fr",
            "Cho Tae-yul",
            ["Cho Tae-yul", "Cho"],
        ),
        (
            "Après la réélection d'Ali Bongo Ondimba à la présidence du Gabon, des violences ont "
            "eu lieu. Des émeutes ont éclaté, demandant à ce que Ali Bongo parte du pouvoir.",
            "fr",
            "Ali Bongo Ondimba",
            ["Ali Bongo Ondimba", "Ali Bongo"],
        ),
        (
            'Jeff Rathke, the State Department Spokesperson, said, "We urge the governments of the '
            'region to work together". Rathke also asked the governments not to turn away boats.',
            "en",
            "Jeff Rathke",
            ["Jeff Rathke", "Rathke"],
        ),
    ],
)
def test_a_surname_joins_the_full_name(text, language, name, mentions):
    entities = entities_in(text, language)
    valid(text, language, entities)
    person = by_name(entities)[name]
    assert person.type == "PERSON"
    assert [m.text for m in person.mentions] == mentions
    assert [e.name for e in entities if e.type == "PERSON"] == [name]


def test_a_surname_goes_to_the_person_named_last_before_it():
    text = (
        "Le banquier David Rockefeller, le dernier petit-fils de John Rockefeller, est décédé. "
        "Rockefeller avait dirigé la Chase Manhattan Bank."
    )
    people = by_name(e for e in entities_in(text, "fr") if e.type == "PERSON")
    assert set(people) == {"David Rockefeller", "John Rockefeller"}
    assert [m.text for m in people["John Rockefeller"].mentions] == [
        "John Rockefeller",
        "Rockefeller",
    ]


@pytest.mark.parametrize(
    ("text", "language", "name", "kind", "mentions"),
    [
        (
            "la Russie maintient-elle toujours qu'il n'y a pas de troupes de la RPDC (République "
            "populaire démocratique de Corée, NDLR) en Russie? La Corée du Nord a également fourni "
            "des munitions à la Russie.",
            "fr",
            "Corée du Nord",
            "GPE",
            ["RPDC", "République populaire démocratique de Corée", "Corée du Nord"],
        ),
        (
            "l'ambassadeur adjoint des États-Unis aux Nations Unies, Robert Wood, a noté le nombre "
            "de soldats lors d'une réunion du Conseil de sécurité de l'ONU.",
            "fr",
            "Nations Unies",
            "ORG",
            ["Nations Unies", "ONU"],
        ),
        (
            "Yesterday, North Korea fired artillery rounds aimed at a loudspeaker. "
            "The DPRK denied it.",
            "en",
            "North Korea",
            "GPE",
            ["North Korea", "DPRK"],
        ),
        (
            "The Flag Consideration Project (FCP) will ask New Zealanders to choose. The FCP says "
            "forty designs were sent.",
            "en",
            "Flag Consideration Project",
            "ORG",
            ["Flag Consideration Project", "FCP", "FCP"],
        ),
    ],
)
def test_acronyms_and_other_names_make_one_entity(text, language, name, kind, mentions):
    entities = entities_in(text, language)
    valid(text, language, entities)
    entity = by_name(entities)[name]
    assert entity.type == kind
    assert [m.text for m in entity.mentions] == mentions


@pytest.mark.parametrize(
    ("text", "language", "name", "code", "forms"),
    [
        (SEED_LEAD, "fr", "nord-coréen", "KP", ["nord-coréens"]),
        (
            "la plupart des troupes nord-coréennes que les États-Unis et leurs alliés disent avoir "
            "été envoyées en Russie se trouvent désormais à la frontière.",
            "fr",
            "nord-coréen",
            "KP",
            ["nord-coréennes"],
        ),
        (
            "C'est devenu un sujet clé lors de la rencontre des dirigeants américains et "
            "sud-coréens cette semaine à Washington.",
            "fr",
            "sud-coréen",
            "KR",
            ["sud-coréens"],
        ),
        (
            "The rescued members included Bangladeshis and Rohingya, a stateless minority.",
            "en",
            "Bangladeshi",
            "BD",
            ["Bangladeshis"],
        ),
        (
            "North Korean troops have been moved to the border, officials said.",
            "en",
            "North Korean",
            "KP",
            ["North Korean"],
        ),
    ],
)
def test_a_nationality_is_norp_linked_to_its_country(text, language, name, code, forms):
    entities = entities_in(text, language)
    valid(text, language, entities)
    norp = by_name(entities)[name]
    assert norp.type == "NORP"
    assert norp.link is not None and (norp.link.kb, norp.link.id) == ("iso3166", code)
    assert [m.text for m in norp.mentions] == forms


def test_a_hyphenated_compound_names_no_country():
    text = "les troupes nord-coréennes se trouvent désormais à la frontière russo-ukrainienne."
    assert names_of(text, "fr") == {"nord-coréen"}


@pytest.mark.parametrize(
    ("text", "language", "name", "descriptions"),
    [
        (
            "plus tôt, le secrétaire à la Défense Lloyd Austin avait seulement déclaré que "
            "certaines des troupes s'étaient déplacées.",
            "fr",
            "Lloyd Austin",
            ["secrétaire à la Défense"],
        ),
        (
            "Le ministre sud-coréen des Affaires étrangères Cho Tae-yul a condamné le déploiement.",
            "fr",
            "Cho Tae-yul",
            ["ministre sud-coréen des Affaires étrangères"],
        ),
        (
            "Dans un moment dramatique, l'ambassadeur adjoint des États-Unis aux Nations Unies, "
            "Robert Wood, a d'abord noté le nombre de soldats nord-coréens près de l'Ukraine.",
            "fr",
            "Robert Wood",
            ["ambassadeur adjoint des États-Unis aux Nations Unies"],
        ),
        (
            "Les otages sont surtout des femmes, selon Issa Tchiroma Bakary, ministre camerounais "
            "des Communications. Il ajoute que l'opération a duré dix jours.",
            "fr",
            "Issa Tchiroma Bakary",
            ["ministre camerounais des Communications"],
        ),
        (
            "The US State Department said John Kerry, the Secretary of State, contacted Thailand's "
            "foreign minister.",
            "en",
            "John Kerry",
            ["Secretary of State"],
        ),
        (
            "Major general Fuad Basya, spokesman for the Indonesian military, said fisherman first "
            "noticed the people.",
            "en",
            "Fuad Basya",
            ["Major general", "spokesman for the Indonesian military"],
        ),
    ],
)
def test_roles_become_descriptions(text, language, name, descriptions):
    entities = entities_in(text, language)
    valid(text, language, entities)
    person = by_name(entities)[name]
    assert person.type == "PERSON"
    assert person.descriptions == descriptions


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Certains experts ont spéculé que la Russie pourrait avoir fourni une assistance.", "fr"),
        ("Cela signifie également que la plupart des troupes se trouvent à la frontière.", "fr"),
        ("Jeudi également, la Corée du Nord a testé un missile balistique intercontinental.", "fr"),
        (
            "Ce nouveau chiffre représente une augmentation spectaculaire par rapport à la veille.",
            "fr",
        ),
        (
            "«Nous exhortons fortement la Corée du Nord à cesser immédiatement», ont-ils écrit.",
            "fr",
        ),
        ("Discussing his concern in a public statement, the minister spoke of Malaysia.", "en"),
        ("According to the report, Thailand has recently cracked down on human trafficking.", "en"),
        ("One of the boats was turned around twice, toward Malaysia.", "en"),
    ],
)
def test_no_entity_from_a_capitalized_sentence_word(text, language):
    entities = entities_in(text, language)
    valid(text, language, entities)
    assert all(e.type == "GPE" and e.link is not None for e in entities)


def test_seoul_stays_its_own_place():
    text = (
        "Séoul et ses alliés estiment que ce nombre est passé à 11 000. Les États-Unis, la Corée "
        "du Sud et le Japon ont publié une déclaration commune."
    )
    entities = by_name(entities_in(text, "fr"))
    assert entities["Séoul"].type == "GPE" and entities["Séoul"].link is None
    assert entities["Corée du Sud"].link.id == "KR"


def test_the_biden_administration_is_an_organization():
    entities = by_name(entities_in(SEED_LEAD, "fr"))
    assert entities["administration Biden"].type == "ORG"
    assert entities["Kremlin"].type == "ORG"
    assert entities["Russie"].key == "GPE:russie"


@pytest.mark.parametrize(
    ("text", "language", "name", "key"),
    [
        (
            "Il n'y a pas de troupes de la RPDC en Russie.",
            "fr",
            "Corée du Nord",
            "GPE:coree du nord",
        ),
        ("Les États-Unis ont estimé le nombre à 10 000.", "fr", "États-Unis", "GPE:etats unis"),
        (
            "The Flag Consideration Project (FCP) asked.",
            "en",
            "Flag Consideration Project",
            "ORG:flag consideration project",
        ),
        ("He said the US would respond.", "en", "United States", "GPE:united states"),
    ],
)
def test_countries_take_their_usual_name_and_a_stable_key(text, language, name, key):
    entity = by_name(entities_in(text, language))[name]
    assert entity.key == key


def test_a_known_name_that_is_a_persons_surname_is_that_person():
    text = (
        "Cette nouvelle met en difficulté François Hollande, qui entend annoncer sa décision. "
        "Hollande doit annoncer d'ici quelques jours s'il est candidat."
    )
    entities = entities_in(text, "fr")
    assert [(e.name, e.type, len(e.mentions)) for e in entities] == [
        ("François Hollande", "PERSON", 2)
    ]


def test_a_known_name_only_inside_a_longer_one_is_no_entity():
    text = "Didier Queloz, astronome à l'Université de Genève, a salué la découverte."
    names = names_of(text, "fr")
    assert "Université de Genève" in names
    assert "Genève" not in names


def test_the_recognizers_names_are_used_and_corrected_by_knowledge():
    text = "Hayden Paddon a perdu le contrôle près de Séoul ."
    words = text.split(" ")
    doc = Doc(Vocab(), words=words, spaces=[True] * (len(words) - 1) + [False])
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, 7, 8, label="LOC")]
    entities = entities_in(text, "fr", doc)
    assert [(e.name, e.type) for e in entities] == [("Hayden Paddon", "PERSON"), ("Séoul", "GPE")]


def recognized(text: str, spans: list[tuple[str, str]]) -> Doc:
    """A Doc of ``text`` split at spaces, with the recognizer's ``(words, label)`` spans."""
    words = text.split(" ")
    doc = Doc(Vocab(), words=words, spaces=[True] * (len(words) - 1) + [False])
    ents, after = [], 0
    for phrase, label in spans:
        part = phrase.split(" ")
        start = next(i for i in range(after, len(words)) if words[i : i + len(part)] == part)
        ents.append(Span(doc, start, start + len(part), label=label))
        after = start + len(part)
    doc.ents = ents
    return doc


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (
            "Le ministre sud-coréen des Affaires étrangères Cho Tae-yul a condamné .",
            [("Affaires étrangères Cho Tae-yul", "ORG")],
            [("sud-coréen", "NORP"), ("Cho Tae-yul", "PERSON")],
        ),
        (
            "Les studios 20th Century Fox , Fox Searchlight Pictures et Fox 2000 sont concernés .",
            [("Fox Searchlight Pictures", "PERSON")],
            [("Fox Searchlight Pictures", "ORG")],
        ),
        (
            "Le Boeing 737 transportait 55 passagers et 7 membres d'équipage .",
            [("Boeing 737", "LOC")],
            [("Boeing 737", "PRODUCT")],
        ),
        (
            "Certains experts ont spéculé que Lucasfilm pourrait vendre .",
            [],
            [],
        ),
        (
            "Les chiffres viennent de l' agence Bloomberg .",
            [("agence Bloomberg", "ORG")],
            [("Bloomberg", "ORG")],
        ),
        (
            "L' enquête sera dirigée par le comité russe d'investigation .",
            [("comité russe d'investigation", "PERSON")],
            [("comité russe d'investigation", "ORG")],
        ),
        (
            "selon son porte-parole , Fraser Seitel . Seitel a précisé que la famille était là .",
            [("Fraser Seitel", "PERSON"), ("Seitel", "ORG")],
            [("Fraser Seitel", "PERSON")],
        ),
        (
            "Un avion de Flydubai s'est écrasé . C'est la première fois que Flydubai connaît un "
            "accident .",
            [("Flydubai", "ORG"), ("Flydubai", "PERSON")],
            [("Flydubai", "ORG")],
        ),
        (
            "Il avait dirigé la banque ( aujourd'hui JPMorgan Chase ) pendant 35 ans .",
            [("JPMorgan Chase", "PERSON")],
            [("JPMorgan Chase", "ORG")],
        ),
        (
            "selon la Tennis Integrity Unit , chargée de la lutte contre la corruption .",
            [("Tennis", "LOC")],
            [("Tennis Integrity Unit", "ORG")],
        ),
        (
            "l' ambassadeur adjoint des États-Unis aux Nations Unies , Robert Wood , a dit .",
            [("États-Unis aux Nations Unies", "PERSON"), ("Robert Wood", "PERSON")],
            [
                ("États-Unis", "GPE"),
                ("Nations Unies", "ORG"),
                ("Robert Wood", "PERSON"),
            ],
        ),
        (
            "les troupes se trouvent désormais à la frontière russo-ukrainienne .",
            [("frontière russo-ukrainienne", "LOC")],
            [],
        ),
    ],
)
def test_the_recognizers_types_yield_to_the_names_own_words(text, spans, expected):
    entities = entities_in(text, "fr", recognized(text, spans))
    valid(text, "fr", entities)
    assert [(e.name, e.type) for e in entities] == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (  # a capitalized article inside a sentence is the name's own
            "Au premier tour , Macron et Le Pen sont en tête .",
            [("Macron", "PERSON"), ("Le Pen", "PERSON")],
            [("Macron", "PERSON"), ("Le Pen", "PERSON")],
        ),
        (
            "Selon le journal satirique Le Canard enchaîné , il a menti .",
            [("Le Canard enchaîné", "ORG")],
            [("Le Canard enchaîné", "ORG")],
        ),
        (  # a figure after a name is no part of it
            "Emmanuel Macron 23,86 % , Marine Le Pen 21,43 % .",
            [("Emmanuel Macron", "PERSON"), ("Marine Le Pen", "PERSON")],
            [("Emmanuel Macron", "PERSON"), ("Marine Le Pen", "PERSON")],
        ),
        (  # a name particle links a given name to a surname, not two names
            "le transfert de Paul Pogba de Juventus FC à Manchester United .",
            [("Paul Pogba", "PERSON"), ("Juventus FC", "ORG"), ("Manchester United", "ORG")],
            [("Paul Pogba", "PERSON"), ("Juventus FC", "ORG"), ("Manchester United", "ORG")],
        ),
    ],
)
def test_the_recognizers_names_keep_their_own_edges(text, spans, expected):
    entities = entities_in(text, "fr", recognized(text, spans))
    valid(text, "fr", entities)
    assert [(e.name, e.type) for e in entities] == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        (  # at a sentence start, an article the recognizer took in before a capital is the name's
            "Le Canard enchaîné déplore « le résultat burlesque » .",
            [("Le Canard enchaîné", "ORG")],
            [("Le Canard enchaîné", "ORG")],
        ),
        (
            "De Gendt remporte la 12e étape , Froome reste en jaune .",
            [("De Gendt", "PERSON"), ("Froome", "PERSON")],
            [("De Gendt", "PERSON"), ("Froome", "PERSON")],
        ),
        (  # known names a linking word joins are one name
            "Jeux olympiques de Rio : la cérémonie d' ouverture .",
            [("Jeux olympiques de Rio", "EVENT")],
            [("Jeux olympiques de Rio", "EVENT")],
        ),
        (  # a known organization read without its lower-case head word
            "Le groupe État islamique ( Daech ) est repassé à l' offensive .",
            [("État islamique", "ORG"), ("Daech", "ORG")],
            [("État islamique", "ORG"), ("Daech", "ORG")],
        ),
        (  # our name with an article the recognizer left out yields to the recognizer's
            "Après 188 kilomètres entre Le Mont-Saint-Michel et Utah Beach , les coureurs .",
            [("Mont-Saint-Michel", "LOC"), ("Utah Beach", "LOC")],
            [("Mont-Saint-Michel", "LOC"), ("Utah Beach", "LOC")],
        ),
        (  # what reads as a role after it does not make the recognizer's place a person
            "L' avion , immatriculé en Suisse , transportait quatre personnes , pilote inclus .",
            [("Suisse", "LOC")],
            [("Suisse", "LOC")],
        ),
        (
            "Emmanuel Macron ( En marche ! ) est arrivé en tête .",
            [("Emmanuel Macron", "PERSON"), ("En marche !", "ORG")],
            [("Emmanuel Macron", "PERSON"), ("En marche !", "ORG")],
        ),
        (  # a lower-case article the recognizer took in is the name's own
            "Les ventes de l' Obs ont chuté de 10 % .",
            [("l' Obs", "ORG")],
            [("l' Obs", "ORG")],
        ),
        (  # a point of the compass the recognizer reads as a place, inside a sentence
            "La Somme et , en particulier , le Nord ont été touchés .",
            [("Somme", "LOC"), ("Nord", "LOC")],
            [("Somme", "LOC"), ("Nord", "LOC")],
        ),
    ],
)
def test_the_entity_stage_keeps_what_the_recognizer_reads_right(text, spans, expected):
    doc = recognized(text, spans)
    found = [(text[a:b], kind) for a, b, kind in typed_mentions(text, "fr", doc)]
    valid(text, "fr", entities_in(text, "fr", doc))
    assert [(name, "LOC" if kind == "GPE" else kind) for name, kind in found] == expected


def test_typed_mentions_are_the_outermost_mentions_with_their_entitys_type():
    text = "Lloyd Austin est à Séoul . Austin a rencontré l' ONU à l' Université de Séoul ."
    spans = [("Lloyd Austin", "PERSON"), ("Austin", "PERSON"), ("Université de Séoul", "ORG")]
    doc = recognized(text, spans)
    found = [(text[a:b], kind) for a, b, kind in typed_mentions(text, "fr", doc)]
    assert found == [
        ("Lloyd Austin", "PERSON"),
        ("Séoul", "GPE"),
        ("Austin", "PERSON"),
        ("ONU", "ORG"),
        ("Université de Séoul", "ORG"),
    ]


def test_without_a_recognizer_a_given_name_makes_a_person():
    text = "Hayden Paddon a perdu le contrôle de sa voiture, selon Romain Degeer."
    assert {e.type for e in entities_in(text, "fr")} == {"PERSON"}


def test_add_mention_keeps_mentions_unique_and_in_order():
    text = "M. Austin a déclaré que les troupes avançaient. Il a ajouté qu'elles étaient armées."
    (austin,) = entities_in(text, "fr")
    pronoun = text.index("Il a")
    add_mention(austin, pronoun, pronoun + 2, "Il")
    add_mention(austin, pronoun, pronoun + 2, "Il")
    assert [m.text for m in austin.mentions] == ["Austin", "Il"]
    valid(text, "fr", [austin])


@pytest.mark.parametrize(
    ("pattern", "forms"),
    [
        ("nord-coréen(ne)(s)", ["nord-coréen", "nord-coréens", "nord-coréenne", "nord-coréennes"]),
        ("russe(s)", ["russe", "russes"]),
        ("Chinese", ["Chinese"]),
    ],
)
def test_expand_forms(pattern, forms):
    assert expand_forms(pattern) == forms


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_country_has_a_usual_name(language):
    gazetteer = load_gazetteer(language)
    text = "RPDC" if language == "fr" else "DPRK"
    known = gazetteer.find(text, split_words(text))
    assert [k.referent.kb_id for k in known] == ["KP"]


def test_the_seed_entities(shared):
    """Every entity of the seed's gold comes out with its name and type, and nothing else."""
    gold = json.loads((shared / "seed" / "gold.json").read_text(encoding="utf-8"))
    raw = (shared / "seed" / "article.txt").read_text(encoding="utf-8")
    dropped = {gold["title"], *gold["boilerplate"]}
    text = "\n".join(line for line in raw.split("\n") if line.strip() and line not in dropped)
    entities = [e for e in entities_in(text, "fr") if e.type != "NORP"]
    valid(text, "fr", entities)
    found = {(e.name, "GPE" if e.type == "LOC" else e.type): e for e in entities}
    for g in gold["entities"]:
        kind = "GPE" if g["type"] == "LOC" else g["type"]
        names = {g["name"], *g["aliases"]}
        hits = [key for key in found if key[1] == kind and key[0] in names]
        assert hits or g.get("optional"), g["name"]
        for key in hits:
            del found[key]
    assert not found
