"""HTML pages through trafilatura: text, title, date, site; pages without an article; charsets."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from claimledger.sources import InputError, RawArticle, read_document, read_path
from claimledger.sources.html import declared_charset, strip_site_name
from tests.conftest import SHARED

HTML_DIR = SHARED / "data" / "html"
GOLD_PATH = HTML_DIR / "gold_dates.json"
PAGES = json.loads(GOLD_PATH.read_text(encoding="utf-8")) if GOLD_PATH.exists() else []
# Pages whose date trafilatura (htmldate) gets wrong, and why.
WRONG_DATES = {
    "fr/regards.fr.enquetes.html": "htmldate reads 2018-09-11 in the page; gold: 2018-09-30",
}


def _page_cases() -> list:
    cases = []
    for page in PAGES:
        reason = WRONG_DATES.get(page["file"])
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        cases.append(pytest.param(page, id=page["file"], marks=marks))
    return cases


@pytest.fixture(scope="module")
def articles(shared) -> dict[str, RawArticle]:
    """Every page of the htmldate evaluation set, read once."""
    read = {}
    for page in PAGES:
        [article] = read_path(str(HTML_DIR / page["file"]))
        read[page["file"]] = article
    return read


@pytest.mark.parametrize("page", _page_cases())
def test_publication_date_matches_the_gold(articles, page):
    assert articles[page["file"]].published == page["gold_publication_date"]


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_page_gives_text_title_site_and_url(articles, page):
    article = articles[page["file"]]
    assert article.kind == "html"
    assert article.title and len(article.title) < 200
    assert len(article.text) > 1000
    assert "<" not in article.text[:200]
    # Without a URL given, the page's own canonical link is read, when it has one.
    if article.url is not None:
        assert urlsplit(article.url).hostname == urlsplit(page["url"]).hostname


def test_paragraphs_are_lines(articles):
    article = articles["fr/ledevoir.com.trottinettes.html"]
    assert article.site == "Le Devoir"
    assert article.title == "La fin des trottinettes en libre-service à Montréal"
    lines = article.text.split("\n")
    assert len(lines) > 5
    assert lines[1].startswith("En raison du taux élevé de délinquance")


def test_site_name_is_taken_off_the_title(articles):
    assert articles["en/nypost.com-GOP.html"].title.startswith("Nikki Haley rips Vivek Ramaswamy")
    assert not articles["en/nypost.com-GOP.html"].title.endswith("New York Post")


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("A Paris-8, un peu de tension - Bondy Blog", "Bondy Blog", "A Paris-8, un peu de tension"),
        ("Storm Ciarán | Metro.co.uk", "Metro.co.uk", "Storm Ciarán"),
        ("Libre cours : Raoult, les nazis et moi", None, "Libre cours : Raoult, les nazis et moi"),
        ("Le Devoir", "Le Devoir", "Le Devoir"),
        ("", "Le Devoir", None),
    ],
)
def test_strip_site_name(title, site, expected):
    assert strip_site_name(title, site) == expected


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav></body></html>",
        "<!doctype html><html><head><title>Connexion</title></head><body><form><input name=q>"
        "</form><footer>© 2024 Le Journal</footer></body></html>",
        "<html><body></body></html>",
    ],
    ids=["menu", "form", "empty-body"],
)
def test_html_without_an_article_is_refused(tmp_path, html):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [error] = read_path(str(path))
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: no article text found in the HTML"


LATIN1_PAGE = (
    "<html><head>{meta}<title>Parité hommes-femmes en Tunisie</title></head><body><article>"
    "<p>Malgré les acquis réalisés au profit de la femme depuis l’indépendance, la "
    "participation de la femme à la vie économique reste faible, a indiqué le rapport.</p>"
    "<p>Selon le Forum économique mondial, la Tunisie se classe à la 124e place sur 153 "
    "pays, derrière l’Algérie et le Maroc, pour l’égalité des salaires.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("meta", "encoding"),
    [
        ('<meta charset="iso-8859-1">', "cp1252"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "cp1252"),
        ("", "cp1252"),
        ('<meta charset="utf-8">', "utf-8"),
    ],
    ids=["declared-latin1", "declared-cp1252", "undeclared", "utf-8"],
)
def test_a_latin1_page_is_decoded_right(tmp_path, meta, encoding):
    path = tmp_path / "parite.html"
    path.write_bytes(LATIN1_PAGE.format(meta=meta).encode(encoding))
    [article] = read_path(str(path))
    assert "Malgré les acquis réalisés au profit de la femme depuis l’indépendance" in article.text
    assert "124e place" in article.text


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<meta charset="ISO-8859-1">', "ISO-8859-1"),
        (b"<meta http-equiv='content-type' content='text/html; charset=utf-8'>", "utf-8"),
        (b"<p>charset=utf-8</p>", None),
    ],
)
def test_declared_charset(head, charset):
    assert declared_charset(head) == charset


def test_read_document_takes_html_as_text():
    article = read_document(LATIN1_PAGE.format(meta=""), origin="api")
    assert article.kind == "html"
    assert article.text.startswith("Malgré les acquis")
