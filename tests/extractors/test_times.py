"""Times: rules one by one on real sentences, calendar arithmetic, the seed, the extractor."""

from __future__ import annotations

import json
from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from claimledger.clean import CleanArticle
from claimledger.contract import Document
from claimledger.extractors import Findings
from claimledger.extractors.times import extract_times
from claimledger.extractors.timex import calendar, find_times
from claimledger.lang import load_language
from tests.conftest import DEVSET, assert_valid_document

FR = load_language("fr")
EN = load_language("en")


def found(text: str, published: str | None, lang=FR) -> list[tuple[str, str | None]]:
    """(text, value) of every time found in ``text``."""
    return [(t.text, t.value) for t in find_times(text, published, lang)]


# ---------------------------------------------------------------- French rules, one by one
FRENCH = [
    # absolute dates
    ("Le sommet aura lieu le 3 novembre 2024 à Paris.", [("le 3 novembre 2024", "2024-11-03")]),
    ("Il est né le 1er janvier 1950.", [("le 1er janvier 1950", "1950-01-01")]),
    ("Les faits remontent au 27 mai 1998.", [("27 mai 1998", "1998-05-27")]),
    ("Les élections se tiendront en novembre 2024.", [("novembre 2024", "2024-11")]),
    ("La municipalité agira dès octobre 98.", [("octobre 98", "1998-10")]),
    ("Il a été élu en 2023.", [("2023", "2023")]),
    ("Dès l'année 2001, la commune investira.", [("l'année 2001", "2001")]),
    ("Le décret du 3/11/2024 est paru.", [("3/11/2024", "2024-11-03")]),
    ("Envoyez-le avant le 15.05.99 à l'adresse suivante.", [("le 15.05.99", "1999-05-15")]),
    ("Le rapport 2024-11-03 a été publié.", [("2024-11-03", "2024-11-03")]),
    ("Ils se sont mariés le 10 novembre 93.", [("le 10 novembre 93", "1993-11-10")]),
    ("Le ministre s'est rendu mardi 29 octobre à Kiev.", [("mardi 29 octobre", "2024-10-29")]),
    ("Il manifestera le jeudi 1er mai.", [("le jeudi 1er mai", "2025-05-01")]),
    ("Le vote aura lieu les 6 et 13 avril.", [("les 6", "2025-04-06"), ("13 avril", "2025-04-13")]),
    ("La tendance des années 1970 revient.", [("années 1970", "197")]),
    ("Un bâtiment du XIXe siècle.", [("XIXe siècle", "18")]),
    ("Cet été, la chaleur a battu des records.", [("Cet été", "2024-SU")]),
    ("Le chiffre de 2000 soldats a été avancé.", []),
    ("Le rover explore Mars depuis 2012.", [("2012", "2012")]),
    ("Il a été élu vendredi 1er septembre.", [("vendredi 1er septembre", "2023-09-01")]),
    ("Les violences ont eu lieu jeudi 1 er septembre.", [("jeudi 1 er septembre", "2024-09-01")]),
    (
        "Au troisième trimestre 2015, les ventes ont progressé.",
        [("troisième trimestre 2015", "2015-Q3")],
    ),
    (
        "Du 26 février au 7 mars, 21 membres ont été tués.",
        [("26 février", "2024-02-26"), ("7 mars", "2024-03-07")],
    ),
    # clock times, attached to their day
    ("La réunion a commencé vers 8h00.", [("8h00", "2024-10-31T08:00")]),
    (
        "Mardi, l'homme a été transporté vers 21 h 45.",
        [("Mardi", "2024-10-29"), ("21 h 45", "2024-10-29T21:45")],
    ),
    ("Le train est parti à 14h30.", [("14h30", "2024-10-31T14:30")]),
    ("Le séisme a eu lieu à 00h40 GMT.", [("00h40 GMT", "2024-10-31T00:40Z")]),
    ("Il est arrivé à sept heures dix.", [("sept heures dix", "2024-10-31T07:10")]),
    ("Le retard a été d'une durée de 3 heures.", [("3 heures", "PT3H")]),
    (
        "Hier, vers midi, une femme est tombée.",
        [("Hier", "2024-10-30"), ("midi", "2024-10-30T12:00")],
    ),
    ("Il rentrera à sept heures et demie.", [("sept heures et demie", "2024-10-31T07:30")]),
    ("Hier à 10 h, les délégués ont boycotté la réunion.", [("Hier à 10 h", "2024-10-30T10:00")]),
    (
        "Vers 0 h 40, jeudi, deux voitures se sont percutées.",
        [("0 h 40", "2024-10-31T00:40"), ("jeudi", "2024-10-31")],
    ),
    # parts of days
    ("Mercredi soir, les manifestants ont bloqué la route.", [("Mercredi soir", "2024-10-30TEV")]),
    ("Il est décédé hier matin.", [("hier matin", "2024-10-30TMO")]),
    ("Le film passe ce soir sur Arte.", [("ce soir", "2024-10-31TEV")]),
    (
        "Hier, ils sont arrivés et ont dîné dans la soirée.",
        [("Hier", "2024-10-30"), ("la soirée", "2024-10-30TEV")],
    ),
    # days relative to the publication date
    ("Il était arrivé hier à Berlin.", [("hier", "2024-10-30")]),
    ("Avant-hier il pleuvait.", [("Avant-hier", "2024-10-29")]),
    ("Le centre sera installé demain.", [("demain", "2024-11-01")]),
    ("Il fera l'annonce aujourd'hui jeudi.", [("aujourd'hui jeudi", "2024-10-31")]),
    ("Ce mercredi, le gouvernement a présenté son budget.", [("Ce mercredi", "2024-10-30")]),
    ("Lundi dernier, le président a reçu ses homologues.", [("Lundi dernier", "2024-10-28")]),
    ("Il a démissionné jeudi.", [("jeudi", "2024-10-31")]),
    ("Il partira vendredi pour Berlin.", [("vendredi", "2024-11-01")]),
    ("Le président se rendra à Berlin jeudi prochain.", [("jeudi prochain", "2024-11-07")]),
    ("La semaine dernière, les prix ont augmenté.", [("La semaine dernière", "2024-W43")]),
    ("Ils se sont rencontrés cette semaine.", [("cette semaine", "2024-W44")]),
    ("Le mois dernier, les ventes ont chuté.", [("Le mois dernier", "2024-09")]),
    (
        "La Maison-Blanche a publié, plus tôt ce mois-ci, des images.",
        [("plus tôt ce mois-ci", "2024-10")],
    ),
    ("L'an dernier, le déficit s'est creusé.", [("L'an dernier", "2023")]),
    ("Le traité sera signé en juin prochain.", [("juin prochain", "2025-06")]),
    ("Le texte a été adopté en septembre dernier.", [("septembre dernier", "2024-09")]),
    ("Le régiment partira début octobre.", [("début octobre", "2024-10")]),
    ("Les travaux reprendront mi-octobre.", [("mi-octobre", "2024-10")]),
    ("Les comptes étaient à l'équilibre fin 2023.", [("fin 2023", "2023")]),
    (
        "La toiture a été refaite à la fin de l'année dernière.",
        [("la fin de l'année dernière", "2023")],
    ),
    ("Il y a deux jours, le navire a coulé.", [("Il y a deux jours", "2024-10-29")]),
    ("Il y a dix ans, la ville a été reconstruite.", [("Il y a dix ans", "2014")]),
    (
        "Les troupes arriveront dans les prochains jours.",
        [("dans les prochains jours", "FUTURE_REF")],
    ),
    ("Ils se sont rendus ce week-end à Saint-Gervais.", [("ce week-end", "2024-W43-WE")]),
    # days relative to a day the text gave
    (
        "Le 3 mars, il est arrivé ; la veille, il avait écrit.",
        [("Le 3 mars", "2024-03-03"), ("la veille", "2024-03-02")],
    ),
    (
        "Elle a été reçue lundi et le lendemain elle est repartie.",
        [("lundi", "2024-10-28"), ("le lendemain", "2024-10-29")],
    ),
    ("Par rapport à la veille, le chiffre a doublé.", [("la veille", "2024-10-30")]),
    # durations
    ("Il vit à Paris depuis trois ans.", [("trois ans", "P3Y")]),
    ("Il a été détenu pendant 48 heures.", [("48 heures", "PT48H")]),
    ("Le missile est le premier depuis près d’un an.", [("près d’un an", "P1Y")]),
    ("Le TGV a été retardé de quinze minutes.", [("quinze minutes", "PT15M")]),
    ("Ils se sont revus environ une heure plus tard.", [("environ une heure", "PT1H")]),
    ("Le local sert depuis un quart de siècle.", [("un quart de siècle", "P25Y")]),
    ("Le chantier durera une dizaine de jours.", [("une dizaine de jours", "P10D")]),
    ("Le sous-marin est passé depuis des années par le détroit.", [("des années", "PXY")]),
    ("Ces derniers jours, il a montré des signes de fatigue.", [("Ces derniers jours", "PXD")]),
    ("Le plan couvre les cinq prochaines années.", [("les cinq prochaines années", "P5Y")]),
    ("Il a purgé un an et demi de prison.", [("un an et demi", "P1.5Y")]),
    ("Le chômage a baissé pendant trois trimestres.", [("trois trimestres", "P3Q")]),
    ("Les symptômes apparaissent au bout de 11 ou 12 jours.", [("11 ou 12 jours", None)]),
    # ages: durations too (the French TimeBank leaves them out)
    ("Elle est décédée à l'âge de 101 ans.", [("101 ans", "P101Y")]),
    ("Un chauffeur de bus de 38 ans a été agressé.", [("38 ans", "P38Y")]),
    # sets
    ("Le festival a lieu chaque année.", [("chaque année", "P1Y")]),
    ("Les inscriptions auront lieu tous les jeudis.", [("tous les jeudis", "XXXX-WXX-4")]),
    ("Il lit le journal tous les jours.", [("tous les jours", "P1D")]),
    ("Il gagne 40 000 euros par an.", [("par an", "P1Y")]),
    ("C'est le lot quotidien des soldats.", [("quotidien", "P1D")]),
    ("Il achète les quotidiens étrangers.", []),
    ("La bibliothèque ouvrira uniquement le mercredi.", [("le mercredi", "XXXX-WXX-3")]),
    # references
    ("Quelque 8000 soldats sont actuellement en Russie.", [("actuellement", "PRESENT_REF")]),
    ("Les troupes se trouvent désormais à la frontière.", [("désormais", "PRESENT_REF")]),
    ("Il a récemment changé d'avis.", [("récemment", "PAST_REF")]),
    ("Le rapport sera bientôt publié.", [("bientôt", "FUTURE_REF")]),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH, ids=[t[:40] for t, _ in FRENCH])
def test_french_rule(text: str, expected: list) -> None:
    assert found(text, "2024-10-31") == expected


# ---------------------------------------------------------------- English, TimeBank-style cases
ENGLISH = [
    ("The president said on Tuesday that he would resign.", [("Tuesday", "2015-05-05")]),
    ("The vote will take place on Tuesday.", [("Tuesday", "2015-05-12")]),
    ("The ceremony is scheduled for May 16.", [("May 16", "2015-05-16")]),
    ("He was born on May 18, 1950.", [("May 18, 1950", "1950-05-18")]),
    ("She died on 18 May 1950 in London.", [("18 May 1950", "1950-05-18")]),
    ("The census took place in March 2008.", [("March 2008", "2008-03")]),
    ("Sales rose in May, the company said.", [("May", "2015-05")]),
    ("May I ask a question?", []),
    ("The law was passed in 2011.", [("2011", "2011")]),
    ("The crane collapsed yesterday.", [("yesterday", "2015-05-06")]),
    ("The crane collapsed yesterday afternoon.", [("yesterday afternoon", "2015-05-06TAF")]),
    ("The results are due today.", [("today", "2015-05-07")]),
    ("The match will be played tomorrow.", [("tomorrow", "2015-05-08")]),
    ("Prices rose last week.", [("last week", "2015-W18")]),
    ("The talks resume next week.", [("next week", "2015-W20")]),
    ("The ministers met this week in Brussels.", [("this week", "2015-W19")]),
    ("The White House released images earlier this month.", [("earlier this month", "2015-05")]),
    ("Sales fell last year.", [("last year", "2014")]),
    ("They met last Monday.", [("last Monday", "2015-05-04")]),
    ("Protesters gathered on Thursday afternoon.", [("Thursday afternoon", "2015-05-07TAF")]),
    ("The factory closed three days ago.", [("three days ago", "2015-05-04")]),
    ("The company was founded nearly a decade ago.", [("nearly a decade ago", "2005")]),
    ("Prices peaked in mid-October.", [("mid-October", "2014-10")]),
    ("The plant will close in late 2016.", [("late 2016", "2016")]),
    ("The trend began in the 1990s.", [("the 1990s", "199")]),
    ("He has lived there for three years.", [("three years", "P3Y")]),
    ("The strike lasted 48 hours.", [("48 hours", "PT48H")]),
    ("An hour later, the fire was out.", [("An hour later", "PT1H")]),
    ("Sales over the past 30 days doubled.", [("the past 30 days", "P30D")]),
    ("He received an 11-year sentence.", [("11-year", "P11Y")]),
    ("The event is held every year.", [("every year", "P1Y")]),
    ("The market opens every Thursday.", [("every Thursday", "XXXX-WXX-4")]),
    ("The annual meeting was cancelled.", [("annual", "P1Y")]),
    ("He is now the leader.", [("now", "PRESENT_REF")]),
    ("She recently moved.", [("recently", "PAST_REF")]),
    ("The bridge opened at 8 a.m.", [("8 a.m.", "2015-05-07T08:00")]),
    (
        "Yesterday the train left at 8:30 p.m.",
        [("Yesterday", "2015-05-06"), ("8:30 p.m.", "2015-05-06T20:30")],
    ),
    (
        "It was signed on May 3; the day before, talks had stalled.",
        [("May 3", "2015-05-03"), ("the day before", "2015-05-02")],
    ),
    (
        "The population grew this year, as it did the year before.",
        [("this year", "2015"), ("the year before", "2014")],
    ),
    ("A 10-year-old boy was injured.", [("10-year-old", "P10Y")]),
    ("The talks will resume in three weeks.", [("in three weeks", "2015-W22")]),
    ("The shelters stayed open all day.", [("all day", "P1D")]),
    ("The board meets quarterly.", [("quarterly", "P3M")]),
    ("The report was published on 14 nov and revised.", [("14 nov", "2014-11-14")]),
    ("The rally starts at 12 noon.", [("12 noon", "2015-05-07T12:00")]),
    ("Idi Amin ruled Uganda.", []),  # regression: "A" + "min" is no duration
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t[:40] for t, _ in ENGLISH])
def test_english_rule(text: str, expected: list) -> None:
    assert found(text, "2015-05-07", EN) == expected


# ---------------------------------------------------------------- the seed, exactly
def test_seed_times_match_gold(seed_text: str) -> None:
    gold = json.loads((DEVSET / "fr" / "seed.gold.json").read_text(encoding="utf-8"))
    times = find_times(seed_text, gold["published"], FR)
    lowered = seed_text.lower()
    for expected in gold["times"]:
        start = -1
        for _ in range(expected.get("occurrence", 1)):
            start = lowered.index(expected["text"].lower(), start + 1)
        match = [t for t in times if t.start == start and t.text == expected["text"]]
        if expected.get("optional") and not match:
            continue
        assert match, expected["text"]
        if expected.get("optional") and expected["value"] is None:
            assert match[0].value in (None, "FUTURE_REF")
        else:
            assert match[0].value == expected["value"], expected["text"]
        assert match[0].type == expected.get("type", match[0].type)
    approx = [t for t in times if t.text == "près d’un an"]
    assert approx[0].type == "DURATION" and approx[0].mod == "APPROX"
    document = Document(doc_id="seed", language="fr", text=seed_text, times=times)
    assert_valid_document(document)


def test_ids_follow_text_order() -> None:
    times = find_times("Hier, puis demain, et lundi dernier.", "2024-10-31", FR)
    assert [t.id for t in times] == ["t1", "t2", "t3"]
    assert [t.start for t in times] == sorted(t.start for t in times)


# ---------------------------------------------------------------- without a publication date
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est arrivé hier.", [("hier", None)]),
        ("Il a démissionné jeudi.", [("jeudi", None)]),
        ("La semaine dernière, rien.", [("La semaine dernière", None)]),
        ("Le sommet du 3 novembre 2024.", [("3 novembre 2024", "2024-11-03")]),
        ("Le sommet du 3 novembre.", [("3 novembre", "XXXX-11-03")]),
        ("Depuis près d'un an.", [("près d'un an", "P1Y")]),
    ],
)
def test_no_publication_date_leaves_relative_values_null(text: str, expected: list) -> None:
    assert found(text, None) == expected


def test_anchors() -> None:
    times = find_times(
        "Le 3 mars 2023, il est arrivé ; la veille, il avait écrit hier.", "2024-10-31", FR
    )
    assert [(t.text, t.anchor) for t in times] == [
        ("Le 3 mars 2023", None),
        ("la veille", "text"),
        ("hier", "published"),
    ]


# ---------------------------------------------------------------- calendar arithmetic
@pytest.mark.parametrize(
    ("unit", "amount", "expected"),
    [
        ("day", -1, "2024-10-30"),
        ("week", 0, "2024-W44"),
        ("week", -1, "2024-W43"),
        ("weekend", 0, "2024-W44-WE"),
        ("month", -10, "2023-12"),
        ("quarter", 0, "2024-Q4"),
        ("half", 1, "2025-H1"),
        ("year", -1, "2023"),
        ("decade", 0, "202"),
        ("century", 0, "20"),
    ],
)
def test_shift(unit: str, amount: int, expected: str) -> None:
    assert calendar.shift(date(2024, 10, 31), unit, amount) == expected


@pytest.mark.parametrize(
    ("weekday", "direction", "expected"),
    [
        (4, -1, date(2024, 10, 31)),  # Thursday, told in the past, published on a Thursday
        (4, 1, date(2024, 10, 31)),
        (4, -2, date(2024, 10, 24)),  # jeudi dernier
        (4, 2, date(2024, 11, 7)),  # jeudi prochain
        (1, -1, date(2024, 10, 28)),
        (5, 1, date(2024, 11, 1)),
    ],
)
def test_weekday_near(weekday: int, direction: int, expected: date) -> None:
    assert calendar.weekday_near(date(2024, 10, 31), weekday, direction) == expected


@pytest.mark.parametrize(
    ("ref", "month", "day", "direction", "expected"),
    [
        (date(2024, 10, 31), 11, 3, 0, 2024),
        (date(2025, 1, 5), 12, 20, 0, 2024),
        (date(2024, 10, 31), 9, None, -1, 2024),
        (date(2002, 2, 9), 9, 26, -1, 2001),
        (date(1999, 5, 23), 6, None, 1, 1999),
    ],
)
def test_infer_year(ref: date, month: int, day: int | None, direction: int, expected: int) -> None:
    assert calendar.infer_year(ref, month, day, direction) == expected


@pytest.mark.parametrize(
    ("digits", "ref", "expected"),
    [
        ("98", date(1999, 5, 23), 1998),
        ("98", date(2024, 1, 1), 1998),
        ("15", date(2024, 1, 1), 2015),
    ],
)
def test_expand_year(digits: str, ref: date, expected: int) -> None:
    assert calendar.expand_year(digits, ref) == expected


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (1, "Y", "P1Y"),
        (48, "H", "PT48H"),
        (30.4, "S", "PT30.4S"),
        (1, "10Y", "P10Y"),
        ("X", "D", "PXD"),
    ],
)
def test_duration(amount, unit: str, expected: str) -> None:
    assert calendar.duration(amount, unit) == expected


# ---------------------------------------------------------------- the extractor on a Doc
def _findings(text: str, published: str | None, doc: Doc) -> Findings:
    article = CleanArticle(origin="test", doc_id="t", text=text, language="fr", published=published)
    return Findings(article=article, doc=doc, lang=FR)


def test_extract_times_on_blank_pipeline() -> None:
    text = "Le ministre a déclaré jeudi que l'armée partira lundi."
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    times = extract_times(_findings(text, "2024-10-31", nlp(text)))
    assert [(t.text, t.value) for t in times] == [("jeudi", "2024-10-31"), ("lundi", "2024-11-04")]


def test_extract_times_reads_morphology() -> None:
    """A parser's Tense=Fut wins over word forms that say nothing."""
    words = ["Le", "ministre", "parle", "lundi", "."]
    doc = Doc(spacy.blank("fr").vocab, words=words, morphs=["", "", "Mood=Ind|Tense=Fut", "", ""])
    times = extract_times(_findings(doc.text, "2024-10-31", doc))
    assert [(t.text, t.value) for t in times] == [("lundi", "2024-11-04")]
