"""The clean article: the seed, WiNER-fr files and news pages end to end, and bad inputs."""

from __future__ import annotations

import pytest

from claimledger.clean import CleanArticle, clean_article, derive_doc_id
from claimledger.sources import InputError, RawArticle, read_document, read_path
from tests.conftest import SEED_TEXT, SHARED

SEED_TITLE = "Quelque 8000 soldats nord-coréens sont actuellement en Russie."


@pytest.fixture(scope="module")
def seed() -> CleanArticle:
    [raw] = read_path(str(SEED_TEXT))
    return clean_article(raw, published="2024-10-31")


def test_seed_title_is_the_headline(seed):
    assert seed.title == SEED_TITLE


def test_seed_text_starts_with_the_lead(seed):
    assert seed.text.startswith(
        "Quelque 8000 soldats nord-coréens sont actuellement en Russie près de"
    )
    assert seed.text.endswith("1000 conteneurs de matériel militaire là-bas par train.")


def test_seed_has_no_skip_link(seed):
    assert "contenu principal" not in seed.text
    assert seed.boilerplate == ["Début du contenu principal."]


def test_seed_metadata(seed, seed_text):
    assert (seed.language, seed.published) == ("fr", "2024-10-31")
    assert seed.doc_id == derive_doc_id(seed.text)
    # Paragraphs are lines: one per paragraph of the source, no blank line.
    assert seed.text.count("\n") == len(seed_text.strip().split("\n")) - 3
    assert "\n\n" not in seed.text


def test_the_shared_seed_is_the_bundled_one(shared):
    assert (shared / "seed" / "article.txt").read_text(encoding="utf-8") == SEED_TEXT.read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("name", "title", "published", "lead"),
    [
        (
            "2016_03_01-001",
            "Opportunity fait de l'escalade sur Mars",
            "2016-03-01",
            "L' astromobile martien Opportunity a fêté son douzième anniversaire",
        ),
        (
            "2016_03_26-001",
            "France : 100e édition de la foire internationale Art & Antiquités de l'Isle sur la "
            "Sorgue",
            "2016-03-26",
            "La commune de L'Isle-sur-la-Sorgue fête, en ce week-end de Pâques",
        ),
        (
            "2016_03_04-001",
            "Aéronautique : une collision avec un drone évitée de justesse à Roissy",
            "2016-03-04",
            "En phase d'approche de la piste d'atterrissage, le copilote d'un Airbus",
        ),
        (
            "2017_01_01-001",
            "Des dizaines de morts dans l'attaque d'une boîte de nuit à Istanbul",
            "2017-01-01",
            "Au moins 35 personnes sont mortes et 40 blessées dans une boîte de nuit",
        ),
        (
            "2016_07_03-005",
            "Tour de France 2016 : les résultats de la première étape",
            "2016-07-03",
            "Après plus de 188 kilomètres entre Le Mont-Saint-Michel et Utah Beach",
        ),
    ],
)
def test_winer_article(winer, name, title, published, lead):
    text = winer[name]
    article = clean_article(RawArticle(origin=name, text=text))
    assert article.title == title
    assert article.published == published
    assert article.text.startswith(lead)
    assert article.language == "fr"
    assert not any(line.endswith(". –") for line in article.text.split("\n"))


def test_every_winer_article_gets_its_title_and_dateline(winer):
    missing = []
    for name, text in winer.items():
        article = clean_article(RawArticle(origin=name, text=text))
        if article.title != text.split("\n")[0].strip() or article.published is None:
            missing.append(name)
    assert missing == []


def test_wikinews_trailers_leave_the_body(winer):
    article = clean_article(RawArticle(origin="x", text=winer["2016_03_23-001"]))
    assert article.text.endswith("— Charles Michel , premier ministre belge")
    assert "Article sur Wikipédia ." in article.boilerplate
    assert "Wikimedia" not in article.text


def test_english_wikinews_dateline(tmp_path):
    text = (
        "Over 900 asylum seekers rescued off Indonesian coast\n\nMonday, May 18, 2015\n"
        "On Friday, fishermen rescued over 700 asylum seekers whose boat sank, and the "
        "Indonesian Navy reportedly saved 200 more after they were found swimming."
    )
    article = clean_article(RawArticle(origin="gum", text=text))
    assert article.title == "Over 900 asylum seekers rescued off Indonesian coast"
    assert (article.published, article.language) == ("2015-05-18", "en")
    assert article.text.startswith("On Friday, fishermen rescued")


DATED = "Jo Cox a succombé à ses blessures\n\n16 juin 2016 . –\nLes autorités ont annoncé lors "
DATED += "d'une conférence de presse que la députée Jo Cox a succombé à ses blessures."


@pytest.mark.parametrize(
    ("caller", "source", "expected"),
    [
        ("2016-06-17", "2016-06-18", "2016-06-17"),
        (None, "2016-06-18", "2016-06-18"),
        (None, None, "2016-06-16"),
        ("2016-06-17", None, "2016-06-17"),
    ],
    ids=["caller-wins", "input-over-dateline", "dateline", "caller-over-dateline"],
)
def test_which_date_wins(caller, source, expected):
    raw = RawArticle(origin="x", text=DATED, published=source)
    article = clean_article(raw, published=caller)
    assert article.published == expected
    assert article.boilerplate == ["16 juin 2016 . –"]  # removed in every case


def test_caller_values_win():
    raw = RawArticle(origin="x", text=DATED, url="https://fr.wikinews.org/a", doc_id="jo-cox")
    article = clean_article(raw, url="https://example.org/b", language="en")
    assert (article.url, article.language, article.doc_id) == (
        "https://example.org/b",
        "en",
        "jo-cox",
    )


def test_no_breaking_spaces_become_spaces():
    raw = read_document(
        "Sur les 8000\u00a0soldats de Koursk, «\u202fnous n’avons pas encore vu "
        "ces troupes\u202f», a déclaré M.\u00a0Blinken."
    )
    article = clean_article(raw)
    assert article.text == (
        "Sur les 8000 soldats de Koursk, « nous n’avons pas encore vu ces troupes », "
        "a déclaré M. Blinken."
    )


def test_html_page_end_to_end(shared):
    [raw] = read_path(str(SHARED / "data" / "html" / "fr" / "1556056486.html"))
    article = clean_article(raw)
    assert article.title == "Frain. Incendie dans une maison : cinq personnes relogées"
    assert article.text.startswith("Des flammes se sont propagées rapidement")
    assert (article.published, article.language, article.site) == (
        "2020-03-23",
        "fr",
        "Vosges Matin",
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Début du contenu principal.\nPartager cet article :\nFacebook ,", "no article text"),
        ("Le ministre a déclaré que la hausse était nécessaire.", None),
    ],
)
def test_nothing_left_but_boilerplate(text, reason):
    raw = RawArticle(origin="x", text=text)
    if reason is None:
        assert clean_article(raw).text == text
    else:
        with pytest.raises(InputError, match=f"^x: {reason}"):
            clean_article(raw)


def test_a_bad_published_date_is_an_input_error():
    raw = RawArticle(origin="feed.jsonl:3", text=DATED, published="16/06/2016")
    with pytest.raises(InputError, match=r"^feed.jsonl:3: published '16/06/2016' is not an ISO"):
        clean_article(raw)
