"""The amounts extractor: figures, qualifiers, ranges, exclusions, counted nouns, attribution."""

from __future__ import annotations

import json
import re

import pytest
from spacy.tokens import Doc

from claimledger.annotate import load_pipeline, shipped_model_path
from claimledger.clean import CleanArticle
from claimledger.contract import Amount, Document, Entity, Mention, Statement, Time
from claimledger.extractors import Findings
from claimledger.extractors.amounts import extract_amounts, find_repeats
from claimledger.lang import load_language
from tests.conftest import DEVSET, assert_valid_document


def findings_of(text: str, language: str = "fr", doc: Doc | None = None, **found) -> Findings:
    """Findings for ``text`` with claimledger's pipeline (or ``doc``) and hand-built records."""
    article = CleanArticle(origin="test", doc_id="test", text=text, language=language)
    doc = doc if doc is not None else load_pipeline(language)(text)
    return Findings(article=article, doc=doc, lang=load_language(language), **found)


def amounts_of(text: str, language: str = "fr", **found) -> list[Amount]:
    """The amounts of ``text``."""
    return extract_amounts(findings_of(text, language, **found))


def the_amount(text: str, written: str, language: str = "fr", **found) -> Amount:
    """The one amount of ``text`` whose text contains ``written``."""
    matches = [a for a in amounts_of(text, language, **found) if written in a.text]
    assert len(matches) == 1, (written, [a.text for a in amounts_of(text, language, **found)])
    return matches[0]


def entity(ident: str, name: str, kind: str, text: str, *written: str) -> Entity:
    """An entity with a mention at each first occurrence of ``written`` in ``text``."""
    mentions = []
    for form in written:
        start = text.index(form)
        mentions.append(Mention(start=start, end=start + len(form), text=form))
    return Entity(id=ident, name=name, type=kind, mentions=mentions)


def span_of(text: str, written: str, occurrence: int = 1) -> tuple[int, int]:
    """The offsets of the ``occurrence``-th ``written`` in ``text``, case aside."""
    start = -1
    for _ in range(occurrence):
        start = text.lower().index(written.lower(), start + 1)
    return start, start + len(written)


@pytest.mark.parametrize(
    ("language", "sentence", "written", "value", "unit"),
    [
        ("fr", "Quelque 8000 soldats nord-coréens sont en Russie.", "Quelque 8000", 8000, None),
        ("fr", "Il y avait environ 10 000 soldats.", "environ 10 000", 10000, None),
        ("fr", "Il y avait 10\u00a0000 soldats.", "10\u00a0000", 10000, None),
        ("fr", "Il y avait 10\u202f000 soldats.", "10\u202f000", 10000, None),
        ("fr", "La ville compte 1.458.000 habitants.", "1.458.000", 1458000, None),
        ("fr", "Le taux d'emploi baisse de 0,1 point.", "0,1 point", 0.1, "pp"),
        ("fr", "Le taux a augmenté de 1.5 point.", "1.5 point", 1.5, "pp"),
        (
            "fr",
            "Sa fortune est estimée à 3,3 milliards de dollars.",
            "3,3 milliards de dollars",
            3.3e9,
            "USD",
        ),
        ("fr", "Le plan coûtera 2 Md€ à l'État.", "2 Md€", 2e9, "EUR"),
        ("fr", "Le club a reçu une offre de 5 M€.", "5 M€", 5e6, "EUR"),
        (
            "fr",
            "Il a été condamné à payer 1,5 milliard d'euros.",
            "1,5 milliard d'euros",
            1.5e9,
            "EUR",
        ),
        (
            "fr",
            "Sa fortune atteint 3,07 milliards d' euros.",
            "3,07 milliards d' euros",
            3.07e9,
            "EUR",
        ),
        ("fr", "La population est de 3 millions et demi.", "3 millions et demi", 3.5e6, None),
        ("fr", "Les parts valaient 71,50 $ américains.", "71,50 $ américains", 71.5, "USD"),
        ("fr", "Elles sont descendues à 68,65 $US mardi.", "68,65 $US", 68.65, "USD"),
        ("fr", "Il demande un crédit de EUR 1000 à sa banque.", "EUR 1000", 1000, "EUR"),
        ("fr", "La mairie a dépensé 500 000 $ pour la fête.", "500 000 $", 500000, "USD"),
        ("fr", "Le transfert a coûté 60 000 £ au club.", "60 000 £", 60000, "GBP"),
        (
            "fr",
            "Le bénéfice atteint 361 millions de livres.",
            "361 millions de livres",
            361e6,
            "GBP",
        ),
        ("fr", "Ils étaient dix mille manifestants.", "dix mille", 10000, None),
        ("fr", "Onze mille soldats ont été déployés.", "Onze mille", 11000, None),
        ("fr", "L'accident a fait vingt et un morts.", "vingt et un", 21, None),
        ("fr", "Quatre-vingt-dix personnes ont été évacuées.", "Quatre-vingt-dix", 90, None),
        ("fr", "Il a commandé 3 douzaines d'huîtres.", "3 douzaines", 36, None),
        ("fr", "Le « oui » obtient 51,41 %.", "51,41 %", 51.41, "%"),
        ("fr", "Le chômage a baissé de 10 pour cent.", "10 pour cent", 10, "%"),
        ("fr", "Sa croissance atteindra 8% cette année.", "8%", 8, "%"),
        ("fr", "Le dôme mesure 11 mètres de diamètre.", "11 mètres", 11, "m"),
        ("fr", "Machhad est à 1 000 kilomètres de la capitale.", "1 000 kilomètres", 1000, "km"),
        ("fr", "Il est tombé 30 mm de pluie.", "30 mm", 30, "mm"),
        ("fr", "Le domaine s'étend sur 250 ha de vignes.", "250 ha", 250, "ha"),
        ("fr", "La récolte atteint 3 000 tonnes de blé.", "3 000 tonnes", 3000, "t"),
        ("fr", "Il faisait 35 °C à l'ombre.", "35 °C", 35, "°C"),
        (
            "fr",
            "Le système est à environ 39 années-lumière.",
            "environ 39 années-lumière",
            39,
            "ly",
        ),
        ("fr", "Il a bu 75ml de sirop.", "75ml", 75, "ml"),
        ("fr", "Le PIB a reculé au deuxième trimestre (-0,1 %).", "-0,1 %", -0.1, "%"),
        ("fr", "Il a fait -5 °C cette nuit.", "-5 °C", -5, "°C"),
        ("fr", "Ils ont obtenu près de 36 et 31 % des voix.", "près de 36", 36, "%"),
        ("fr", "Le taux passe de 9,5 à 9,7 % de la population.", "9,5", 9.5, "%"),
        (
            "fr",
            "Il débloque 800 millions de réals pour les prisons.",
            "800 millions de réals",
            8e8,
            "BRL",
        ),
        ("fr", "Un tronçon de 2,5-km sera rénové.", "2,5-km", 2.5, "km"),
        ("en", "Fishermen rescued 10,000 people on Friday.", "10,000", 10000, None),
        ("en", "The state spent 2,000.50 dollars on it.", "2,000.50 dollars", 2000.5, "USD"),
        ("en", "The city has 1.5 million people.", "1.5 million", 1.5e6, None),
        ("en", "It will cost NZ$26 million to hold them.", "NZ$26 million", 26e6, "NZD"),
        ("en", "The deal was worth $75 million in cash.", "$75 million", 75e6, "USD"),
        ("en", "His fortune was £8.10 million in 2014.", "£8.10 million", 8.1e6, "GBP"),
        ("en", "It held 70 percent of the market.", "70 percent", 70, "%"),
        ("en", "The panel has twelve members.", "twelve", 12, None),
        ("en", "They bought a dozen eggs.", "a dozen", 12, None),
        ("en", "It was one hundred and twenty people.", "one hundred and twenty", 120, None),
        ("en", "The border is 40 km away.", "40 km", 40, "km"),
        ("en", "A quarter of citizens favoured a change.", "A quarter", 25, "%"),
    ],
)
def test_value_and_unit(language, sentence, written, value, unit) -> None:
    amount = the_amount(sentence, written, language)
    assert amount.text == written
    assert amount.value == pytest.approx(value)
    assert amount.unit == unit


@pytest.mark.parametrize(
    ("language", "sentence", "written", "qualifier", "value", "low", "high"),
    [
        (
            "fr",
            "Les troupes iraient jusqu'à 12 000 hommes.",
            "jusqu'à 12 000",
            "up_to",
            12000,
            None,
            12000,
        ),
        (
            "fr",
            "Les troupes iraient jusqu’à 12 000 hommes.",
            "jusqu’à 12 000",
            "up_to",
            12000,
            None,
            12000,
        ),
        ("fr", "L'étoile compte au moins sept planètes.", "au moins sept", "at_least", 7, 7, None),
        ("fr", "La mort de plus de 60 terroristes.", "plus de 60", "more_than", 60, 60, None),
        (
            "fr",
            "Moins de 1 000 emplois ont été créés.",
            "Moins de 1 000",
            "less_than",
            1000,
            None,
            1000,
        ),
        (
            "fr",
            "Il a rencontré près de 100 chefs d'État.",
            "près de 100",
            "approximately",
            100,
            None,
            None,
        ),
        (
            "fr",
            "Autour de 5 000 personnes ont défilé.",
            "Autour de 5 000",
            "approximately",
            5000,
            None,
            None,
        ),
        (
            "fr",
            "Il y avait quelques 270 blessés.",
            "quelques 270",
            "approximately",
            270,
            None,
            None,
        ),
        (
            "fr",
            "Une centaine de soldats ont été tués.",
            "Une centaine",
            "approximately",
            100,
            None,
            None,
        ),
        ("fr", "Des dizaines de morts sont à déplorer.", "Des dizaines", "at_least", 10, 10, None),
        (
            "fr",
            "Des centaines de milliers de personnes ont fui.",
            "Des centaines de milliers",
            "at_least",
            100000,
            100000,
            None,
        ),
        (
            "fr",
            "L'avion a percuté le sol à 250 mètres environ du début de la piste.",
            "250 mètres environ",
            "approximately",
            250,
            None,
            None,
        ),
        (
            "fr",
            "Il faut 5 000 signatures ou plus pour déposer.",
            "5 000",
            "exact",
            5000,
            None,
            None,
        ),
        (
            "fr",
            "Il faut 5 000 ou plus pour déposer.",
            "5 000 ou plus",
            "at_least",
            5000,
            5000,
            None,
        ),
        (
            "fr",
            "Il y a entre 8 000 et 10 000 réfugiés.",
            "entre 8 000 et 10 000",
            "range",
            9000,
            8000,
            10000,
        ),
        ("fr", "On compte de 5 à 7 morts.", "5 à 7", "range", 6, 5, 7),
        ("fr", "Ils étaient 8-10 000 manifestants.", "8-10 000", "range", 9000, 8000, 10000),
        (
            "fr",
            "L'Iran veut attirer 30 à 50 milliards de dollars d'investissements.",
            "30 à 50 milliards de dollars",
            "range",
            40e9,
            30e9,
            50e9,
        ),
        (
            "fr",
            "Ils sont environ 24 à 26 millions.",
            "environ 24 à 26 millions",
            "range",
            25e6,
            24e6,
            26e6,
        ),
        (
            "fr",
            "Les livraisons seront divisées en trois ou quatre lots.",
            "trois ou quatre",
            "range",
            3.5,
            3,
            4,
        ),
        (
            "fr",
            "Le chômage a baissé jusqu'à 9,9 % au printemps.",
            "9,9 %",
            "exact",
            9.9,
            None,
            None,
        ),
        ("fr", "Les agressions sont passées de 35 à 105 en un an.", "35", "exact", 35, None, None),
        (
            "fr",
            "Le montant pourrait dépasser les 10 milliards de dollars.",
            "10 milliards de dollars",
            "more_than",
            10e9,
            10e9,
            None,
        ),
        (
            "fr",
            "Les montants vont jusqu'à 50 000 dollars (46 000 euros) par match.",
            "46 000 euros",
            "up_to",
            46000,
            None,
            46000,
        ),
        (
            "en",
            "South Korea evacuated about 80 people.",
            "about 80",
            "approximately",
            80,
            None,
            None,
        ),
        (
            "en",
            "After at least one shell landed near the area.",
            "at least one",
            "at_least",
            1,
            1,
            None,
        ),
        (
            "en",
            "The collapse killed 107 or more pilgrims.",
            "107 or more",
            "at_least",
            107,
            107,
            None,
        ),
        (
            "en",
            "Its goal is less than one percent of users.",
            "less than one percent",
            "less_than",
            1,
            None,
            1,
        ),
        ("en", "Between 5 and 7 people were hurt.", "Between 5 and 7", "range", 6, 5, 7),
        (
            "en",
            "The South fired dozens of rounds of artillery.",
            "dozens",
            "at_least",
            24,
            24,
            None,
        ),
        (
            "en",
            "It is a couple of points behind Safari.",
            "a couple",
            "approximately",
            2,
            None,
            None,
        ),
        (
            "en",
            "The toll would have been more than a thousand.",
            "more than a thousand",
            "more_than",
            1000,
            1000,
            None,
        ),
        (
            "en",
            "The flood displaced hundreds of thousands of people.",
            "hundreds of thousands",
            "at_least",
            2e5,
            2e5,
            None,
        ),
    ],
)
def test_qualifier_and_range(language, sentence, written, qualifier, value, low, high) -> None:
    amount = the_amount(sentence, written, language)
    assert amount.text == written
    assert amount.qualifier == qualifier
    assert amount.value == pytest.approx(value)
    assert amount.low == (pytest.approx(low) if low is not None else None)
    assert amount.high == (pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Le 19 janvier 2017, à 20h30, la séance a repris."),
        ("fr", "Il a vécu à Paris en 2016, puis à Lyon."),
        ("fr", "Jeudi 1 er septembre, le vote a eu lieu."),
        ("fr", "Le vote aura lieu du 25 au 27 janvier."),
        ("fr", "Il est arrivé 24ème de la course, puis 3e, puis 1er."),
        ("fr", "Il roule en Peugeot 307 depuis des lustres."),
        ("fr", "L'Airbus A380 a décollé de Toulouse."),
        ("fr", "La supernova KSN 2011a est lointaine."),
        ("fr", "Selon l'article 12 de la loi, il faut attendre."),
        ("fr", "Appelez le 01 23 45 67 89 ou le +33 1 23 45 67 89."),
        ("fr", "Il a été condamné à trois ans de prison ferme."),
        ("fr", "Les hommes âgés respectivement de 26, 30 et 48 ans ont été arrêtés."),
        ("fr", "Elle boucle le vélo en 4 h 31 min 29 s."),
        ("fr", "Le résultat sera annoncé dans « 11 ou 12 jours »."),
        ("fr", "Il investira au cours des cinq prochaines années."),
        ("fr", "Hyundai a retiré la voiture n°4 de la course."),
        ("fr", "Le vol United Express 3411 a été retardé."),
        ("fr", "Des commandes de Boeing 737 et 777 sont à l'étude."),
        ("fr", "Son code est en ligne sur https://example.org/page/2024/12 depuis hier."),
        ("fr", "La mission est prévue pour les années 2030."),
        ("fr", "Rendez-vous le 17/05/2018 à 18:00."),
        ("fr", "L'opération a duré une dizaine de jours."),
        ("fr", "C'est la vingt et unième édition du festival."),
        ("fr", "Donald Trump est devenu le 45 e président des États-Unis."),
        ("fr", "Arrivé depuis le lundi (12) à Kinshasa, il repart samedi 17."),
        ("fr", "Le séisme est survenu à ( 22° 52′ 16″ N 120° 40′ 05″ E )."),
        ("fr", "Aucune statistique mensuelle n'existe [2] à ce sujet."),
        ("fr", "Le Canada complète le podium avec un temps de 3'32\"89."),
        ("fr", "Tournat (3/3) et Komogorov (0/1) ont marqué."),
        ("fr", "L'une des passagères a filmé la scène."),
        ("en", "Internet Explorer 6 is still in use."),
        ("en", "On May 16, 2015, the first meeting took place."),
        ("en", "It is the 3rd time in the 21st century."),
        ("en", "Shells fell near KPA civil police posts 542 and 543."),
        ("en", "It would respond within 48 hours."),
        ("en", "Users must leave the antiquated 10-year-old browser."),
        ("en", "The database was unveiled in 1999 as a new system."),
        ("en", "Call (555) 123-4567 for details."),
        ("en", "The current one is based on the old one."),
        ("en", "[Ten] years ago, a browser was born."),
        ("en", "The deadliest stampede was during the 1991 Hajj."),
        ("en", "They studied ozone pollution over 2000 - 2050 on wheat."),
        ("en", "Members sign a billion-year contract."),
    ],
)
def test_not_an_amount(language, sentence) -> None:
    assert [a.text for a in amounts_of(sentence, language)] == []


def test_a_place_before_a_figure_is_no_name() -> None:
    text = "La fraude coûtait chaque année en France 60 à 80 milliards d'euros."
    france = entity("e1", "France", "GPE", text, "France")
    amount = the_amount(text, "60 à 80", entities=[france])
    assert (amount.low, amount.high, amount.unit) == (60e9, 80e9, "EUR")


def test_a_time_found_is_no_amount() -> None:
    text = "Les combats ont fait 12 morts le 3 mars 2022."
    start, end = span_of(text, "le 3 mars 2022")
    time = Time(id="t1", start=start, end=end, text=text[start:end], value="2022-03-03")
    assert [a.text for a in amounts_of(text, times=[time])] == ["12"]


@pytest.mark.parametrize(
    ("language", "sentence", "written", "counted", "key"),
    [
        (
            "fr",
            "Quelque 8000 soldats nord-coréens sont actuellement en Russie.",
            "8000",
            "soldats nord-coréens",
            "soldat nord-coréen",
        ),
        (
            "fr",
            "Elle expédie 1000 conteneurs de matériel militaire là-bas par train.",
            "1000",
            "conteneurs de matériel militaire",
            "conteneur de matériel militaire",
        ),
        (
            "fr",
            "Il a vu 3000 troupes nord-coréennes.",
            "3000",
            "troupes nord-coréennes",
            "troupe nord-coréen",
        ),
        (
            "fr",
            "Lors de l'opération, 21 de ses membres présumés ont été arrêtés.",
            "21",
            "membres présumés",
            "membre présumé",
        ),
        ("fr", "L'orbite de six des planètes est courte.", "six", "planètes", "planète"),
        (
            "fr",
            "Une dizaine d'autres spectateurs étaient là.",
            "Une dizaine",
            "autres spectateurs",
            "autre spectateur",
        ),
        (
            "fr",
            "Le site a analysé 26 000 matchs des joueurs nommés.",
            "26 000",
            "matchs des joueurs nommés",
            "match joueur nommé",
        ),
        (
            "fr",
            "La valeur de la compagnie a chuté d'environ 900 millions de dollars.",
            "900",
            "valeur de la compagnie",
            "valeur de compagnie",
        ),
        ("fr", "Sa fortune a été estimée à 3,3 milliards de dollars.", "3,3", "fortune", "fortune"),
        (
            "fr",
            "Le montant du contrat pourrait dépasser les 10 milliards de dollars.",
            "10",
            "montant du contrat",
            "montant contrat",
        ),
        (
            "fr",
            "Cette découverte porte à 3 583 le nombre d'exoplanètes répertoriées.",
            "3 583",
            "exoplanètes répertoriées",
            "exoplanète répertorié",
        ),
        (
            "fr",
            "Le contrat, passé avec la Chine, atteindrait 2 milliards de dollars.",
            "2 milliards",
            "contrat",
            "contrat",
        ),
        ("fr", "Le dôme mesure 11 mètres de diamètre.", "11", "diamètre", "diamètre"),
        (
            "fr",
            "L'avion a percuté le sol à 250 mètres environ du début de la piste.",
            "250",
            "mètres",
            "mètre",
        ),
        ("fr", "Le sujet comptabilisait 120 millions de vues en deux jours.", "120", "vues", "vue"),
        ("fr", "Il a écopé de 375 000 euros d'amende.", "375 000", "amende", "amende"),
        (
            "fr",
            "Les propriétaires auront 25 % de contrôle de Disney.",
            "25 %",
            "contrôle de Disney",
            "contrôle de disney",
        ),
        (
            "fr",
            "Il défendait les 114 Airbus commandés.",
            "114",
            "Airbus commandés",
            "airbus commandé",
        ),
        (
            "fr",
            "Le taux de chômage s'établit à 10,0 % en France.",
            "10,0",
            "taux de chômage",
            "taux de chômage",
        ),
        (
            "en",
            "Fishermen rescued over 700 asylum seekers whose boat sank.",
            "700",
            "asylum seekers",
            "asylum seeker",
        ),
        ("en", "They fired 36 shells at the posts.", "36", "shells", "shell"),
        ("en", "IE accounted for 70 percent of the market in 2009.", "70", "market", "market"),
        ("en", "South Korea evacuated about 80 people in the town.", "80", "people", "people"),
        (
            "en",
            "Microsoft has replaced it with three newer versions.",
            "three",
            "newer versions",
            "newer version",
        ),
        ("en", "It recalls two other incidents.", "two", "other incidents", "other incident"),
        ("en", "The 131-page document was found on a road.", "131", "page", "page"),
        ("en", "Other 15 shells fell near the posts.", "15", "shells", "shell"),
        (
            "en",
            "The chairman of the project's panel of twelve, said it.",
            "twelve",
            "panel",
            "panel",
        ),
        (
            "en",
            "Two pan-democratic veteran politicians lost.",
            "Two",
            "pan-democratic veteran politicians",
            "pan-democratic veteran politician",
        ),
        (
            "en",
            "They will vote at an estimated cost of NZ$26 million.",
            "26",
            "estimated cost",
            "estimated cost",
        ),
        (
            "en",
            "Her parents moved to London when she was six so they could work.",
            "six",
            None,
            None,
        ),
        pytest.param(
            "en",
            "Its goal is to decrease IE6 users to less than one percent.",
            "one",
            "IE6 users",
            "ie6 user",
            # Only a tagger tells a noun that has no determiner.
            marks=pytest.mark.skipif(not shipped_model_path("en"), reason="needs the en model"),
        ),
        (
            "fr",
            "Le taux de chômage s'établit à 10,0 % en France, en hausse de 0,1 point.",
            "0,1",
            "taux de chômage",
            "taux de chômage",
        ),
        (
            "fr",
            "Le résultat sera connu dans 12 jours et le taux de participation se monte à 85 %.",
            "85",
            "taux de participation",
            "taux de participation",
        ),
    ],
)
def test_counted(language, sentence, written, counted, key) -> None:
    amount = the_amount(sentence, written, language)
    assert (amount.counted, amount.counted_key) == (counted, key)


@pytest.mark.parametrize(
    ("language", "text", "counted"),
    [
        (
            "fr",
            "Les États-Unis ont estimé qu'il y avait environ 10 000 soldats nord-coréens en "
            "Russie. Séoul et ses alliés estiment que ce nombre est passé à 11 000, tandis que "
            "l'Ukraine a avancé un chiffre plus élevé, allant jusqu'à 12 000.",
            ["soldats nord-coréens"] * 3,
        ),
        (
            "fr",
            "L'étoile serait entourée d'au moins sept planètes. Trois d'entre elles sont "
            "habitables.",
            ["planètes"] * 2,
        ),
        (
            "fr",
            "La valeur de la compagnie a chuté d'environ 900 millions de dollars, passant de "
            "22,5 milliards à 21,6 milliards.",
            ["valeur de la compagnie"] * 3,
        ),
        (
            "fr",
            "Les parts ont perdu 4 %. Alors qu'elles valaient 71,50 $ américains la veille, elles "
            "sont descendues à 68,65 $US.",
            ["parts"] * 3,
        ),
        (
            "fr",
            "Sa fortune est de 3,3 milliards de dollars (3,07 milliards d'euros).",
            ["fortune"] * 2,
        ),
        (
            "fr",
            "Il y a 13 500 à 14 000 personnes selon la police, 100 000 selon les organisateurs.",
            ["personnes"] * 2,
        ),
        (
            "en",
            "Fishermen rescued over 700 asylum seekers, and the Navy saved 200 more.",
            ["asylum seekers"] * 2,
        ),
        (
            "en",
            "IE6 has 277 vulnerabilities; 39 percent of these are rated critical.",
            ["vulnerabilities"] * 2,
        ),
        (
            "en",
            "Only a quarter of citizens favoured a change. This is down from the year before, "
            "when it was forty percent.",
            ["citizens"] * 2,
        ),
    ],
)
def test_anaphora(language, text, counted) -> None:
    assert [a.counted for a in amounts_of(text, language)] == counted


def test_a_pronoun_reaches_back_one_sentence_only() -> None:
    text = "Les 300 soldats sont partis. Le ciel était gris. Il faisait froid. Elles valaient 5 $."
    assert [a.counted for a in amounts_of(text)] == ["soldats", None]


SEED_LIKE = (
    "Quelque 8000 soldats nord-coréens sont actuellement en Russie, a déclaré jeudi "
    "l'administration Biden. Sur les 8000 soldats de Koursk, aucun n'a combattu. La "
    "Maison-Blanche a publié des images montrant 1000 conteneurs expédiés plus tôt ce mois-ci."
)


def seed_like_findings() -> dict:
    """Hand-built entities, statements and times for ``SEED_LIKE``."""
    text = SEED_LIKE
    biden = entity("e1", "administration Biden", "ORG", text, "administration Biden")
    russia = entity("e2", "Russie", "GPE", text, "Russie")
    kursk = entity("e3", "Koursk", "GPE", text, "Koursk")
    start, end = span_of(text, "Quelque 8000 soldats nord-coréens sont actuellement en Russie")
    statement = Statement(
        id="s1",
        start=start,
        end=end,
        text=text[start:end],
        speaker="e1",
        speaker_text="l'administration Biden",
        cue="a déclaré",
    )
    times = []
    for ident, written, value, kind in [
        ("t1", "actuellement", "PRESENT_REF", "DATE"),
        ("t2", "jeudi", "2024-10-31", "DATE"),
        ("t3", "plus tôt ce mois-ci", "2024-10", "DATE"),
    ]:
        start, end = span_of(text, written)
        times.append(Time(id=ident, start=start, end=end, text=written, value=value, type=kind))
    return {"entities": [biden, russia, kursk], "statements": [statement], "times": times}


def test_attribution_from_statements_times_and_places() -> None:
    first, second, third = amounts_of(SEED_LIKE, **seed_like_findings())
    assert (first.source, first.source_text, first.statement) == (
        "e1",
        "l'administration Biden",
        "s1",
    )
    assert (first.time, first.location) == ("t2", "e2")
    assert (second.source, second.counted, second.location, second.time) == (
        None,
        "soldats",
        "e3",
        None,
    )
    assert (third.source, third.time, third.location) == (None, "t3", None)


def test_the_innermost_statement_is_the_source() -> None:
    text = "Selon Paul, Marie a dit que 12 soldats sont morts."
    paul = entity("e1", "Paul", "PERSON", text, "Paul")
    marie = entity("e2", "Marie", "PERSON", text, "Marie")
    outer, inner = (
        span_of(text, "Marie a dit que 12 soldats sont morts"),
        span_of(text, "12 soldats sont morts"),
    )
    statements = [
        Statement(id="s1", start=outer[0], end=outer[1], text=text[slice(*outer)], speaker="e1"),
        Statement(id="s2", start=inner[0], end=inner[1], text=text[slice(*inner)], speaker="e2"),
    ]
    amount = the_amount(text, "12", entities=[paul, marie], statements=statements)
    assert (amount.source, amount.statement) == ("e2", "s2")


def test_repeats_link_to_the_first_occurrence() -> None:
    amounts = amounts_of(SEED_LIKE, **seed_like_findings())
    assert find_repeats(amounts) == {"a2": "a1"}


def test_amounts_make_a_valid_document() -> None:
    found = seed_like_findings()
    amounts = amounts_of(SEED_LIKE, **found)
    document = Document(
        doc_id="test",
        language="fr",
        text=SEED_LIKE,
        entities=found["entities"],
        statements=found["statements"],
        times=found["times"],
        amounts=amounts,
    )
    data = assert_valid_document(document)
    assert [a["id"] for a in data["amounts"]] == ["a1", "a2", "a3"]


def test_a_tagged_and_parsed_doc_is_read_with_its_lemmas_and_subject() -> None:
    pipeline = load_pipeline("fr")
    words = ["Sa", "fortune", "a", "été", "estimée", "à", "3,3", "milliards", "de", "dollars", "."]
    spaces = [True] * 9 + [False, False]
    doc = Doc(
        pipeline.vocab,
        words=words,
        spaces=spaces,
        pos=["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "NUM", "NOUN", "ADP", "NOUN", "PUNCT"],
        lemmas=[
            "son",
            "fortune",
            "avoir",
            "être",
            "estimer",
            "à",
            "3,3",
            "milliard",
            "de",
            "dollar",
            ".",
        ],
        heads=[1, 4, 4, 4, 4, 7, 7, 4, 9, 7, 4],
        deps=[
            "det",
            "nsubj:pass",
            "aux:tense",
            "aux:pass",
            "ROOT",
            "case",
            "nummod",
            "obl:arg",
            "case",
            "nmod",
            "punct",
        ],
    )
    findings = findings_of(doc.text, doc=doc)
    (amount,) = extract_amounts(findings)
    assert (amount.value, amount.unit, amount.counted, amount.counted_key) == (
        3.3e9,
        "USD",
        "fortune",
        "fortune",
    )


def test_a_tagged_doc_gives_lemma_keys() -> None:
    pipeline = load_pipeline("fr")
    words = ["Il", "a", "vu", "8000", "soldats", "nord-coréens", "."]
    doc = Doc(
        pipeline.vocab,
        words=words,
        spaces=[True] * 5 + [False, False],
        pos=["PRON", "AUX", "VERB", "NUM", "NOUN", "ADJ", "PUNCT"],
        lemmas=["il", "avoir", "voir", "8000", "soldat", "nord-coréen", "."],
    )
    (amount,) = extract_amounts(findings_of(doc.text, doc=doc))
    assert (amount.counted, amount.counted_key) == ("soldats nord-coréens", "soldat nord-coréen")


def parsed_doc(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A French Doc with the given tags and parse (lemmas as written), whatever the model."""
    return Doc(
        load_pipeline("fr").vocab,
        words=words,
        spaces=[True] * (len(words) - 2) + [False, False],
        pos=pos,
        lemmas=[w.lower() for w in words],
        heads=heads,
        deps=deps,
    )


def test_the_subject_is_not_reached_through_a_complement_of_a_noun() -> None:
    # `point` is a complement of `taux`, itself the object of `montre`: the subject of
    # `montre` is not what the figure counts; the noun before it is.
    doc = parsed_doc(
        ["Cette", "série", "montre", "le", "taux", "baissant", "de", "0,2", "point", "."],
        ["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "NUM", "NOUN", "PUNCT"],
        [1, 2, 2, 4, 2, 4, 8, 8, 4, 2],
        ["det", "nsubj", "ROOT", "det", "obj", "acl", "case", "nummod", "nmod", "punct"],
    )
    (amount,) = extract_amounts(findings_of(doc.text, doc=doc))
    assert amount.counted == "taux"


def test_a_measure_counts_its_unit_before_the_clause_subject() -> None:
    doc = parsed_doc(
        ["L'avion", "a", "percuté", "le", "sol", "à", "250", "mètres", "de", "la", "piste", "."],
        ["NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
        [2, 2, 2, 4, 2, 7, 7, 2, 10, 10, 7, 2],
        [
            "nsubj",
            "aux",
            "ROOT",
            "det",
            "obj",
            "case",
            "nummod",
            "obl",
            "case",
            "det",
            "nmod",
            "punct",
        ],
    )
    (amount,) = extract_amounts(findings_of(doc.text, doc=doc))
    assert (amount.counted, amount.counted_key) == ("mètres", "mètre")


@pytest.mark.parametrize(
    ("noun", "adjective", "lemmas", "counted", "key"),
    [
        # A lemma cut inside the word is a stem: the rules' lemma is kept.
        ("troupes", "nord-coréennes", ["troupe", "nord-coréenn"], None, "troupe nord-coréen"),
        # An irregular lemma the rules cannot find is the lemmatizer's.
        ("yeux", "bleus", ["œil", "bleu"], None, "œil bleu"),
        # A participle keeps its written form, not its verb's infinitive.
        ("membres", "présumés", ["membre", "présumer"], "VERB", "membre présumé"),
    ],
)
def test_the_key_takes_a_lemma_only_where_it_is_a_form_of_the_word(
    noun, adjective, lemmas, counted, key
) -> None:
    words = ["Il", "a", "vu", "3000", noun, adjective, "."]
    tag = counted or "ADJ"
    doc = Doc(
        load_pipeline("fr").vocab,
        words=words,
        spaces=[True] * 5 + [False, False],
        pos=["PRON", "AUX", "VERB", "NUM", "NOUN", tag, "PUNCT"],
        lemmas=["il", "avoir", "voir", "3000", *lemmas, "."],
        morphs=["", "", "", "", "", "Tense=Past|VerbForm=Part" if counted else "", ""],
    )
    (amount,) = extract_amounts(findings_of(doc.text, doc=doc))
    assert (amount.counted, amount.counted_key) == (f"{noun} {adjective}", key)


def test_sentences_are_cut_by_rule_not_by_the_parse() -> None:
    # A parse that cuts `a déclaré jeudi X` off its sentence must not take the time away.
    text = "Quelque 8000 soldats sont en Russie, a déclaré jeudi la Maison-Blanche."
    pipeline = load_pipeline("fr")
    words = [t.text for t in pipeline.make_doc(text)]
    starts = [i == 0 or (words[i] == "a" and words[i - 1] == ",") for i in range(len(words))]
    doc = Doc(
        pipeline.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in pipeline.make_doc(text)],
        sent_starts=starts,
    )
    start, end = span_of(text, "jeudi")
    time = Time(id="t1", start=start, end=end, text="jeudi", value="2024-10-31", type="DATE")
    (amount,) = extract_amounts(findings_of(text, doc=doc, times=[time]))
    assert amount.time == "t1"


def seed_body() -> tuple[str, dict]:
    """The seed's body (text minus title and boilerplate lines) and its gold file."""
    gold = json.loads((DEVSET / "fr" / "seed.gold.json").read_text(encoding="utf-8"))
    lines = (DEVSET / "fr" / "seed.txt").read_text(encoding="utf-8").splitlines()
    skipped = {gold["title"], *gold["boilerplate"]}
    body = "\n".join(line for line in lines if line.strip() and line.strip() not in skipped)
    return body, gold


def seed_findings(body: str, gold: dict) -> dict:
    """Entities, statements and times of the seed, built from its gold file."""
    entities, ids = [], {}
    for number, item in enumerate(gold["entities"], 1):
        mentions = []
        for alias in {item["name"], *item["aliases"]}:
            for found in re.finditer(re.escape(alias), body):
                mentions.append(Mention(start=found.start(), end=found.end(), text=alias))
        ids[item["name"]] = f"e{number}"
        entities.append(
            Entity(id=f"e{number}", name=item["name"], type=item["type"], mentions=mentions)
        )
    statements = []
    for number, item in enumerate(gold["statements"], 1):
        start = body.find(item["text"])
        if start >= 0:
            end = start + len(item["text"])
            speaker = ids.get(item["speaker"]) if item["speaker"] else None
            statements.append(
                Statement(id=f"s{number}", start=start, end=end, text=item["text"], speaker=speaker)
            )
    times = []
    for number, item in enumerate(gold["times"], 1):
        start, end = span_of(body, item["text"], item.get("occurrence", 1))
        kind = item.get("type", "DATE")
        times.append(
            Time(
                id=f"t{number}",
                start=start,
                end=end,
                text=item["text"],
                value=item["value"],
                type=kind,
            )
        )
    return {"entities": entities, "statements": statements, "times": times}


def test_seed_amounts_match_the_gold_field_by_field() -> None:
    body, gold = seed_body()
    found = seed_findings(body, gold)
    amounts = amounts_of(body, **found)
    names = {e.id: e.name for e in found["entities"]}
    times = {t.id: t.value for t in found["times"]}
    assert len(amounts) == len(gold["amounts"])
    for item in gold["amounts"]:
        start, end = span_of(body, item["text"], item.get("occurrence", 1))
        (amount,) = [a for a in amounts if a.start < end and start < a.end]
        assert (amount.text, amount.value, amount.qualifier) == (
            item["text"],
            item["value"],
            item["qualifier"],
        )
        assert amount.counted == item["counted"]
        if not item.get("source_optional"):
            assert names.get(amount.source) == item["source"]
        assert names.get(amount.location) == item.get("location")
        assert times.get(amount.time) == item.get("time")
    assert find_repeats(amounts) == {"a5": "a1"}


def test_a_parse_without_a_verb_does_not_loop():
    # Regression: the walk up to the clause's verb compared Token objects by identity, which
    # spaCy creates anew on each access, so a figure in a sentence with no verb looped forever.
    import spacy
    from spacy.tokens import Doc as SpacyDoc

    from claimledger.clean import CleanArticle
    from claimledger.extractors import Findings
    from claimledger.extractors.amounts import extract_amounts
    from claimledger.lang import load_language

    doc = SpacyDoc(
        spacy.blank("en").vocab,
        words=["Manifestants", ":", "environ", "500", "."],
        spaces=[False, True, True, False, False],
        heads=[0, 0, 3, 0, 0],
        deps=["ROOT", "punct", "advmod", "appos", "punct"],
        pos=["NOUN", "PUNCT", "ADV", "NUM", "PUNCT"],
    )
    article = CleanArticle(origin="t", doc_id="t", text=doc.text, language="fr")
    findings = Findings(article=article, doc=doc, lang=load_language("fr"))
    (amount,) = extract_amounts(findings)
    assert (amount.text, amount.value, amount.qualifier) == ("environ 500", 500, "approximately")
