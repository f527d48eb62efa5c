"""Language identification from spaCy's stop words: fr and en analysed, others refused."""

from __future__ import annotations

import json

import pytest

from claimledger.clean import choose_language, clean_article
from claimledger.clean.language import identify_language
from claimledger.sources import InputError, read_path
from tests.conftest import DEVSET, SHARED

HTML_DIR = SHARED / "data" / "html"
GOLD_PATH = HTML_DIR / "gold_dates.json"
PAGES = json.loads(GOLD_PATH.read_text(encoding="utf-8")) if GOLD_PATH.exists() else []

# Written for these tests, in the style of the news they stand for.
OTHER_LANGUAGES = {
    "de": (
        "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung der erneuerbaren "
        "Energien beschlossen. Nach Angaben des Wirtschaftsministeriums sollen die Ausbauziele "
        "für Windkraft und Solarenergie bis zum Jahr 2030 deutlich erhöht werden. Kritiker "
        "bemängeln, dass die Kosten für die Verbraucher weiter steigen könnten."
    ),
    "es": (
        "El Gobierno aprobó el martes un nuevo plan para reducir las emisiones de gases de efecto "
        "invernadero, según informó el Ministerio de Transición Ecológica. La medida, que entrará "
        "en vigor el próximo año, ha sido criticada por las asociaciones de agricultores."
    ),
    "it": (
        "Il presidente del Consiglio ha annunciato ieri che il governo presenterà entro la fine "
        "del mese un decreto per sostenere le famiglie colpite dall'aumento dei prezzi "
        "dell'energia. Secondo l'Istat, l'inflazione ha raggiunto il livello più alto dal 1985."
    ),
}


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_each_news_page_is_identified(shared, page):
    [raw] = read_path(str(HTML_DIR / page["file"]))
    assert clean_article(raw).language == page["lang"]


def test_every_winer_article_is_french(winer):
    wrong = {name for name, text in winer.items() if identify_language(text) != "fr"}
    assert wrong == set()


@pytest.mark.parametrize("path", sorted(DEVSET.glob("en/*.txt")), ids=lambda p: p.name)
def test_english_wikinews_is_english(path):
    assert identify_language(path.read_text(encoding="utf-8")) == "en"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Le ministre a déclaré que la hausse était nécessaire.", "fr"),
        ("Le gouvernement a annoncé mardi une hausse de 3 % du budget.", "fr"),
        ("The minister said the increase was necessary.", "en"),
        ("Der Minister sagte, dass die Erhöhung notwendig sei.", "de"),
    ],
)
def test_one_sentence_is_enough(sentence, code):
    assert identify_language(sentence) == code


@pytest.mark.parametrize("code", sorted(OTHER_LANGUAGES))
def test_another_language_is_refused_clearly(code):
    assert identify_language(OTHER_LANGUAGES[code]) == code
    with pytest.raises(InputError) as caught:
        choose_language(OTHER_LANGUAGES[code], None, "article.txt")
    assert str(caught.value) == (
        f"article.txt: language {code!r} is not supported (fr, en); pass --lang to force"
    )


def test_a_german_file_is_refused(tmp_path):
    path = tmp_path / "energie.txt"
    path.write_text("Energiewende\n\n" + OTHER_LANGUAGES["de"], encoding="utf-8")
    [raw] = read_path(str(path))
    with pytest.raises(InputError, match="language 'de' is not supported"):
        clean_article(raw)
    # The caller may force the analysis in a supported language.
    assert clean_article(raw, language="fr").language == "fr"


@pytest.mark.parametrize("text", ["Emmanuel Macron", "Bonjour.", "Koursk, 2024", "OK"])
def test_too_short_to_tell(text):
    assert identify_language(text) is None
    with pytest.raises(InputError, match=r"^x: too little text to identify its language"):
        choose_language(text, None, "x")
    assert choose_language(text, "en", "x") == "en"
