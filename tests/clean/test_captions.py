"""Captions, credits and pull quotes, as met in Wikinews (WiNER-fr, GUM) and news pages."""

from __future__ import annotations

import pytest

from claimledger.clean import clean_article
from claimledger.clean.boilerplate import load_rules, remove_boilerplate
from claimledger.clean.captions import find_captions, load_cues
from claimledger.pipeline import extract_raw
from claimledger.sources import RawArticle, read_path
from tests.conftest import assert_valid_document

FR_TITLE = "Sept exoplanètes de la taille de la Terre découvertes par la NASA"
FR_BEFORE = (
    "Des astronomes de la NASA ont découvert que l'étoile TRAPPIST-1 serait entourée d'au moins "
    "sept planètes de taille similaire ou inférieure à celle de la Terre."
)
FR_AFTER = "Cette découverte porte à 3 583 le nombre d' exoplanètes répertoriées."
EN_TITLE = "New Zealand begins process to consider changing national flag design"
EN_BEFORE = (
    "On Tuesday, the New Zealand government announced the start of a public process to suggest "
    "designs for a new national flag."
)
EN_AFTER = (
    "The current New Zealand flag is partially based on the United Kingdom's flag; the new one "
    "would be unique to New Zealand."
)


def _removed(title: str, *lines: str) -> list[str]:
    """The lines removed from an article made of ``title`` and ``lines``, a blank between."""
    _, removed = remove_boilerplate("\n\n".join([title, *lines]).split("\n"), load_rules())
    return removed


def _between_fr(line: str) -> list[str]:
    return _removed(FR_TITLE, FR_BEFORE, line, FR_AFTER)


def _between_en(line: str) -> list[str]:
    return _removed(EN_TITLE, EN_BEFORE, line, EN_AFTER)


@pytest.mark.parametrize(
    "line",
    [
        "Comparaison entre le Soleil et la naine ultra-froide TRAPPIST-1.",
        "Système planétaire de TRAPPIST-1, en comparaison avec le système solaire interne.",
        "Localisation des villes de Hilla et d'Iskandariya.",
        "Face verso du billet.",
        "Évacuation des corps par hélicoptère.",
        "Manifestants dans le centre-ville de Séoul exigeant la démission de Park Geun-hye "
        "(29 octobre).",
        "Un homme tué à coups de couteau ce mardi 3 mai à Aix-les-Bains à l'entrée d'un bar.",
        "Lieu de l'attaque. Source : Frankie Fouganthin .",
        "Crédit photo : Jean Dupont / Wikimedia Commons",
        "(Photo : AFP)",
        "Photo d'archives : le Parlement européen à Strasbourg.",
        "Fichier:Tom Simpson memorial, Mont Ventoux, 2 May 2009.jpg",
    ],
)
def test_a_french_caption_goes(line):
    assert _between_fr(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The current flag of New Zealand.",
        "pilgrims at Mecca's Grand Mosque in 2008.",
        "The Church of Scientology's cruise ship Freewinds in Bonaire.",
        "Image: NASA.",
        "Video: Miharris & Acphillips.",
        "File image of Space Shuttle Atlantis lifting off, which approaches its last mission "
        "before retirement.",
        "DAB's Starry Lee; from file, 2015.",
        "(Photo: Reuters)",
    ],
)
def test_an_english_caption_goes(line):
    assert _between_en(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # Sentences whose only verb is a present or a future that no list names.
        "Ces inondations menacent désormais la Normandie.",
        "Oliver Hart enseigne à Harvard et Bengt Holmström enseigne au MIT.",
        "Météo France appelle donc à la prudence.",
        "Donald Trump arrive à 11 h 31 sous un tonnerre d'applaudissements.",
        "Un car d'enfants termine dans le fossé d'une route départementale dans le Drôme.",
        "Ces déclarations relancent le débat quant à l'origine du satellite naturel de la Terre.",
        "La Cour d'appel rendra son arrêt le 8 juillet prochain.",
        "Une enquête a été ouverte.",
        "Il s'agit de lynx boréaux, une espèce protégée.",
        # Quotes, their speakers, prices and shares are the article's.
        "— Charles Michel , premier ministre belge",
        "« C'était la plus grande foule qui ait jamais assisté à une investiture. Point barre. »",
        "Marine Le Pen 21,43 %",
        # Headings end with no full stop.
        "Une condamnation",
        "Des tensions avec la présidence de l'université",
    ],
)
def test_a_french_article_line_stays(line):
    assert _between_fr(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Web developers face big problems with IE6.",
        "The theme of this years lantern festival revolves around the 12 year Chinese zodiac "
        "cycles year of the pig.",
        "Police arrested and questioned the student.",
        "Each section has a theme.",
        "Microsoft has replaced it with three newer versions.",
        "The Church's website is currently unreachable.",
        "Not all were pleased with the final choice of locations.",
        "Charles Bolden, NASA Administrator",
        "Displays of charity at event",
    ],
)
def test_an_english_article_line_stays(line):
    assert _between_en(line) == []


def test_the_headline_and_the_dateline_are_never_captions():
    removed = _removed("Cross triathlon européen.", "29 juin 2016 . –", FR_BEFORE)
    assert removed == []


def test_a_caption_between_title_and_dateline_goes():
    caption = "Lors de l'équitation."
    removed = _removed(FR_TITLE, caption, "20 août 2016 . –", FR_BEFORE)
    assert removed == [caption]


def test_the_line_above_a_credit_is_its_caption():
    caption = "Successful Stormtroopers share a high-five."
    assert _removed(EN_TITLE, EN_BEFORE, caption, "Image: Nick Moreau.", EN_AFTER) == [
        caption,
        "Image: Nick Moreau.",
    ]


def test_a_schedule_is_a_list_not_captions():
    items = [
        "Groupe A : Albanie - Suisse , à 15h à Lens : 0-1",
        "Groupe B : Galles - Slovaquie , à 18h à Bordeaux : 2-1",
        "Groupe B : Angleterre - Russie, à 21h à Marseille : 1-1.",
    ]
    intro = "Les résultats de la journée de samedi sont, quant à eux :"
    assert _removed(FR_TITLE, FR_BEFORE, intro, *items, FR_AFTER) == []


def test_many_short_lines_without_full_stops_are_a_list():
    items = ["Gilbert (7/12)", "Calvel (3/4)", "Abalo (8/8)", "Møllgaard (1/1)", "Porte (4/5)."]
    assert _removed(FR_TITLE, FR_BEFORE, *items, FR_AFTER) == []


def test_a_gallery_at_the_end_goes_whole():
    gallery = [
        "La délégation américaine.",
        "La délégation espagnole.",
        "La délégation française.",
        "La délégation britannique.",
        "La délégation italienne.",
    ]
    assert _removed(FR_TITLE, FR_BEFORE, FR_AFTER, *gallery) == gallery


def test_a_phrase_among_the_closing_captions_goes():
    lines = ["Pont en construction, juillet 2016", "Dessin technique."]
    assert _removed(FR_TITLE, FR_BEFORE, FR_AFTER, *lines) == lines


def test_a_pull_quote_and_its_speaker_go():
    quote = (
        '"We want to thank all of the locations that expressed an interest in one of these '
        'national treasures," said Bolden. "This was a very difficult decision, but one that was '
        'made with the American public in mind."'
    )
    pulled = (
        "This was a very difficult decision, but one that was made with the American public in "
        "mind."
    )
    speaker = "Charles Bolden, NASA Administrator"
    removed = _removed(EN_TITLE, quote, pulled, speaker, EN_AFTER)
    assert removed == [pulled, speaker]


def test_a_quotation_repeated_by_the_article_is_a_pull_quote():
    quotation = (
        "Prompted I think by the Tom Cruise video, a new obsession is taking hold on the "
        "internet. An insurgency against The Church of Scientology."
    )
    pulled = f'"{quotation}" Anonymous blogger, "Anon declares war on Church of Scientology"'
    article = f'The poster wrote that "{quotation}"'
    assert _removed(EN_TITLE, EN_BEFORE, pulled, article) == [pulled]


def test_a_copy_of_the_line_before_goes():
    assert _removed(EN_TITLE, EN_BEFORE, EN_BEFORE, EN_AFTER) == [EN_BEFORE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The current flag of New Zealand.", False),
        ("The festival revolves around the zodiac.", True),
        ("Skinheads attack a synagogue.", True),
        ("Many people want a new flag.", True),
        ("Please send us your pictures.", True),
        ("La naine ultra-froide TRAPPIST-1.", False),
        ("Les manifestants réclament la démission du ministre.", True),
        ("Le vent soufflait fort.", True),
        ("Portrait de l'artiste.", False),
    ],
)
def test_has_clause(text, expected):
    assert load_cues().has_clause(text) is expected


def test_cues_of_one_language_are_its_own():
    # `a` is a French verb (il a): an English caption with the article stays a caption.
    assert not load_cues(("en",)).has_clause("A showdown at the 501st Legion booth.")
    assert load_cues(("fr",)).has_clause("A showdown at the 501st Legion booth.")


def test_find_captions_gives_indexes_of_the_lines_given():
    lines = [EN_TITLE, "", EN_BEFORE, "", "The current flag of New Zealand.", "", EN_AFTER]
    assert find_captions(lines, load_cues(("en",))) == {4}


def test_the_clean_article_records_captions_as_boilerplate():
    caption = "Comparaison entre le Soleil et la naine ultra-froide TRAPPIST-1."
    text = "\n\n".join([FR_TITLE, "23 février 2017 . –", FR_BEFORE, caption, FR_AFTER])
    article = clean_article(RawArticle(origin="test", text=text))
    assert caption in article.boilerplate
    assert caption not in article.text
    assert article.text == f"{FR_BEFORE}\n{FR_AFTER}"


def test_a_document_without_its_captions_is_valid():
    caption = "The current flag of New Zealand."
    text = "\n".join([EN_TITLE, "", "Thursday, May 7, 2015", EN_BEFORE, caption, EN_AFTER])
    document = extract_raw(RawArticle(origin="test", text=text))
    data = assert_valid_document(document)
    assert caption not in data["text"]


def test_news_pages_lose_credits_not_headings(shared):
    [raw] = read_path(str(shared / "data" / "html" / "fr" / "bondyblog.fr.paris-8.html"))
    article = clean_article(raw)
    credit = next(line for line in article.boilerplate if line.startswith("Crédit photo"))
    assert credit not in article.text
    assert "Une grève reconductible à partir du 5 mars" in article.text
