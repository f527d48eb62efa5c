"""The web interface, called as a WSGI application (no socket): pages, JSON, errors, escaping,
and a ledger file that requests never change."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

import claimledger
from claimledger.interfaces.cli import main
from claimledger.interfaces.web import make_app
from claimledger.ledger import Ledger, LedgerError
from tests.conftest import DEVSET, SEED_TEXT, assert_valid_document

SEED_SOURCES = {"administration Biden", "États-Unis", "Séoul", "Ukraine"}
BLINKEN = "nous n’avons pas encore vu ces troupes se déployer au combat"
HOSTILE = "<script>alert(1)</script>"
# The seed, two devset articles, and one whose quote, names and url are hostile.
ARTICLES = [
    (SEED_TEXT, "2024-10-31", None),
    (DEVSET / "fr" / "winer-2016_01_18-001.txt", None, None),
    (DEVSET / "en" / "gum-korea.txt", None, None),
]
HOSTILE_ARTICLE = (
    "Paris, le 3 mars 2024.\n\n«<script>alert(1)</script> est une menace», a déclaré Jean "
    "Dupont. Selon <b>Marie Curie</b>, 300 <i>soldats</i> sont arrivés."
)


@dataclass(frozen=True)
class Answer:
    """What the application answered."""

    status: int
    headers: dict[str, str]
    body: str

    def json(self):
        """The body as JSON, checking that it was sent as JSON."""
        assert self.headers["Content-Type"] == "application/json; charset=utf-8"
        return json.loads(self.body)


@dataclass(frozen=True)
class Built:
    """The test ledger: its path and the ids of its documents."""

    path: Path
    seed_id: str
    hostile_id: str


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    """A ledger of the seed, two devset articles and a hostile one, built by extraction."""
    path = tmp_path_factory.mktemp("web") / "ledger.db"
    ids = []
    with Ledger(path, create=True) as ledger:
        for file, published, language in ARTICLES:
            text = Path(file).read_text(encoding="utf-8")
            document = claimledger.extract(text, published=published, language=language)
            assert_valid_document(document)
            ledger.ingest(document)
            ids.append(document.doc_id)
        hostile = claimledger.extract(
            HOSTILE_ARTICLE, published="2024-03-03", url="javascript:alert(1)", language="fr"
        )
        ledger.ingest(hostile)
    return Built(path, ids[0], hostile.doc_id)


@pytest.fixture(scope="module")
def get(built) -> Callable[..., Answer]:
    """GET (or another method) a path with a query string from the application."""
    app = make_app(str(built.path))

    def request(path: str, query: str = "", method: str = "GET") -> Answer:
        answered = {}

        def start_response(status: str, headers: list[tuple[str, str]]) -> None:
            answered["status"], answered["headers"] = int(status.split()[0]), dict(headers)

        # PEP 3333: the path arrives decoded, its UTF-8 bytes as Latin-1 characters.
        environ = {
            "REQUEST_METHOD": method,
            "PATH_INFO": path.encode("utf-8").decode("latin-1"),
            "QUERY_STRING": query,
        }
        body = b"".join(app(environ, start_response)).decode("utf-8")
        return Answer(answered["status"], answered["headers"], body)

    return request


def _pages(built: Built) -> list[tuple[str, str]]:
    """Every page, with a query that gives it something to show."""
    return [
        ("/", ""),
        ("/", "limit=1&offset=1"),
        ("/compare", ""),
        ("/compare", "counted=soldats+nord-cor%C3%A9ens"),
        ("/compare", "counted=licornes"),
        ("/quotes", ""),
        ("/quotes", "search=troupes"),
        ("/quotes", "speaker=Blinken&limit=5"),
        ("/entities", ""),
        ("/entities", "search=seoul"),
        ("/entities/GPE:seoul", ""),
        ("/entities/GPE:coree du nord", "limit=1"),
        (f"/documents/{built.seed_id}", ""),
        (f"/documents/{built.hostile_id}", ""),
    ]


def test_every_page_answers_as_html_and_as_json(built, get):
    for path, query in _pages(built):
        page = get(path, query)
        assert page.status == 200, (path, query, page.body)
        assert page.headers["Content-Type"] == "text/html; charset=utf-8"
        assert page.body.startswith("<!DOCTYPE html>") and page.body.endswith("</html>\n")
        assert int(page.headers["Content-Length"]) == len(page.body.encode("utf-8"))
        as_json = get(path.rstrip("/") + ".json", query)
        assert as_json.status == 200, (path, query, as_json.body)
        assert isinstance(as_json.json(), dict)


def test_compare_shows_the_seed_estimates_with_their_sources_and_plot(get):
    data = get("/compare.json", "counted=soldats+nord-coreens").json()
    soldiers = data["quantities"][0]
    assert (soldiers["label"], soldiers["location"], soldiers["count"]) == (
        "soldats nord-coréens",
        "Russie",
        4,
    )
    figures = {(e["source"], e["qualifier"], e["value"]) for e in soldiers["estimates"]}
    assert figures == {
        ("administration Biden", "approximately", 8000),
        ("États-Unis", "approximately", 10000),
        ("Séoul", "exact", 11000),
        ("Ukraine", "up_to", 12000),
    }
    page = get("/compare", "counted=soldats+nord-coreens").body
    for shown in [
        "about 8 000",
        "about 10 000",
        "11 000",
        "up to 12 000",
        "Spread: 8 000 to 12 000",
    ]:
        assert shown in page
    for source in SEED_SOURCES:
        assert f">{source}</a>" in page
    assert "<svg xmlns=" in page and page.count("<figure>") == 1


def test_compare_answers_what_the_command_line_answers(built, get):
    result = CliRunner().invoke(
        main, ["compare", "soldats", "--db", str(built.path), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert get("/compare.json", "counted=soldats").json() == json.loads(result.stdout)


def test_a_search_finds_a_seed_quote_with_its_speaker_and_article(built, get):
    data = get("/quotes.json", "search=troupes").json()
    [quote] = [q for q in data["quotes"] if BLINKEN in q["text"]]
    assert quote["doc_id"] == built.seed_id and "Blinken" in quote["speaker"]
    assert any("troupes" in s["text"] for s in data["statements"])
    page = get("/quotes", "search=TROUPES&speaker=blinken").body
    assert BLINKEN in page and f'href="/documents/{built.seed_id}"' in page


def test_a_statement_is_found_by_its_words(get):
    data = get("/quotes.json", "search=fronti%C3%A8re+ukrainienne").json()
    assert any(s["speaker"] == "administration Biden" for s in data["statements"])
    assert all(s["kind"] == "statement" for s in data["statements"])


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/quotes", "search=" + quote(HOSTILE)),
        ("/quotes", "speaker=" + quote(HOSTILE)),
        ("/compare", "counted=" + quote(HOSTILE)),
        ("/entities", "search=" + quote(HOSTILE)),
        ("/entities/" + HOSTILE, ""),
        ("/documents/" + HOSTILE, ""),
        ("/" + HOSTILE, ""),
        ("/quotes", "limit=" + quote(HOSTILE)),
        ("/quotes", quote(HOSTILE) + "=1"),
    ],
)
def test_a_hostile_query_is_escaped(get, path, query):
    page = get(path, query)
    assert "<script>" not in page.body
    assert "&lt;script&gt;" in page.body
    assert "script-src" not in page.headers["Content-Security-Policy"]  # no script allowed at all


def test_hostile_text_in_the_ledger_is_escaped_and_a_javascript_url_is_no_link(built, get):
    for path, query in [(f"/documents/{built.hostile_id}", ""), ("/quotes", "search=menace")]:
        page = get(path, query).body
        assert "<script>" not in page and "<b>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    page = get(f"/documents/{built.hostile_id}").body
    assert 'href="javascript:' not in page and "javascript:alert(1)" in page


@pytest.mark.parametrize(
    ("path", "query", "message"),
    [
        ("/quotes", "limit=abc", "limit must be a whole number from 1 to 1000, not 'abc'"),
        ("/quotes", "limit=0", "limit must be a whole number"),
        ("/", "limit=100000", "limit must be a whole number"),
        ("/entities", "offset=-1", "offset must be a whole number"),
        ("/compare", "counted=soldats&estimates=x", "estimates must be a whole number"),
        ("/quotes", "serach=troupes", "unknown parameter 'serach' (this page takes: search"),
        ("/documents/x", "limit=5", "unknown parameter 'limit'"),
        ("/quotes", "search=a&search=b", "parameter 'search' is given more than once"),
        ("/quotes", "search=" + "mot+" * 300, "search is too long"),
        ("/quotes", "search=%FF", "not valid UTF-8"),
    ],
)
def test_bad_parameters_are_answered_400_with_a_clear_message(get, path, query, message):
    page = get(path, query)
    assert page.status == 400
    assert message.replace("'", "&#x27;") in page.body
    as_json = get(path + ".json", query)
    assert as_json.status == 400
    assert as_json.json() == {"error": message_of(as_json), "status": 400}
    assert message in as_json.json()["error"]


def message_of(answer: Answer) -> str:
    """The error message of a JSON error answer."""
    return json.loads(answer.body)["error"]


@pytest.mark.parametrize(
    "path",
    ["/nope", "/documents/unknown", "/entities/PERSON:nobody", "/compare/x", "/documents/",
     "/index.html", "/quotes/"],
)  # fmt: skip
def test_unknown_paths_are_404(get, path):
    page = get(path)
    assert page.status == 404 and "404 Not Found" in page.body
    assert get(path + ".json").status == 404


def test_only_reading_is_allowed(get):
    refused = get("/quotes", "search=troupes", method="POST")
    assert refused.status == 405 and refused.headers["Allow"] == "GET, HEAD"
    head = get("/", method="HEAD")
    assert head.status == 200 and head.body == "" and int(head.headers["Content-Length"]) > 0


def test_pages_of_documents_follow_each_other(get):
    first = get("/.json", "limit=1").json()
    second = get("/.json", "limit=1&offset=1").json()
    assert first["next"] == "/.json?limit=1&offset=1" and first["previous"] is None
    assert second["previous"] == "/.json?limit=1"
    assert first["documents"][0]["doc_id"] != second["documents"][0]["doc_id"]
    assert first["overview"]["documents"] == 4
    last = get("/.json", "limit=1&offset=3").json()
    assert last["next"] is None
    assert 'href="/?limit=1&amp;offset=1"' in get("/", "limit=1").body


def test_the_document_page_gives_the_v1_document(built, get):
    data = get(f"/documents/{built.seed_id}.json").json()
    assert_valid_document(data)
    with Ledger(built.path, read_only=True) as ledger:
        assert data == ledger.get(built.seed_id).to_dict()
    page = get(f"/documents/{built.seed_id}").body
    assert "<mark" in page and "Quelque 8000" in page and "<details><summary>v1 JSON" in page


def test_an_entity_page_gathers_its_articles_quotes_and_figures(built, get):
    data = get("/entities/GPE:seoul.json").json()
    assert data["entity"]["name"] == "Séoul"
    assert [a["doc_id"] for a in data["articles"]] == [built.seed_id]
    assert "11 000" in {a["text"] for a in data["amounts"]}
    page = get("/entities/GPE:etats unis").body
    assert "<h1>États-Unis</h1>" in page and "environ 10 000" in page


def test_the_ledger_file_is_unchanged_after_requests(built, get):
    before = hashlib.sha256(built.path.read_bytes()).hexdigest()
    for path, query in _pages(built):
        get(path, query)
        get(path + ".json", query)
    get("/quotes", "search=troupes", method="POST")
    assert hashlib.sha256(built.path.read_bytes()).hexdigest() == before


def test_a_missing_or_broken_ledger_is_told_at_start_up(tmp_path):
    with pytest.raises(LedgerError, match="no ledger here"):
        make_app(str(tmp_path / "missing.db"))
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database, only words " * 200)
    with pytest.raises(LedgerError, match="not a claimledger ledger"):
        make_app(str(broken))
    result = CliRunner().invoke(main, ["serve", str(tmp_path / "missing.db")])
    assert result.exit_code == 1 and "no ledger here" in result.output
