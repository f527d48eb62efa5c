"""Web archives: every HTML response is an article; a truncated archive keeps what it read."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.sources import InputError, RawArticle, read_document, read_path

NEWS_PAGES = [
    # (file under data/html, the URL it was captured from, its publication date)
    (
        "fr/ledevoir.com.trottinettes.html",
        "https://www.ledevoir.com/politique/montreal/573258",
        "2020-02-19",
    ),
    (
        "en/channel4.com-Israel.html",
        "https://www.channel4.com/news/israel-hunts-hamas",
        "2023-11-01",
    ),
    (
        "fr/1556056486.html",
        "https://www.vosgesmatin.fr/edition-la-plaine/2020/03/23/incendie",
        "2020-03-23",
    ),
]
CAPTURED = "2024-01-15T08:30:00Z"


def _response(writer: WARCWriter, url: str, payload: bytes, content_type: str = "text/html"):
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(payload),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": CAPTURED},
    )


@pytest.fixture
def news_warc(shared, tmp_path):
    """A gzipped WARC of three news pages, with a JSON response between them."""
    path = tmp_path / "news.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number, (name, url, _) in enumerate(NEWS_PAGES):
            html = (shared / "data" / "html" / name).read_bytes()
            writer.write_record(_response(writer, url, html))
            if number == 0:
                api = b'{"status": "ok"}'
                writer.write_record(
                    _response(writer, "https://api.example/", api, "application/json")
                )
    return path


def test_every_html_response_is_an_article(news_warc):
    items = list(read_path(str(news_warc)))
    assert all(isinstance(item, RawArticle) for item in items)
    assert [(a.origin, a.url, a.published) for a in items] == [
        (f"{news_warc}#1", NEWS_PAGES[0][1], NEWS_PAGES[0][2]),
        (f"{news_warc}#3", NEWS_PAGES[1][1], NEWS_PAGES[1][2]),
        (f"{news_warc}#4", NEWS_PAGES[2][1], NEWS_PAGES[2][2]),
    ]
    assert items[0].title == "La fin des trottinettes en libre-service à Montréal"
    assert items[0].kind == "html"


def test_a_truncated_archive_keeps_the_articles_before_the_break(news_warc, tmp_path):
    data = news_warc.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 5000])
    items = list(read_path(str(cut)))
    assert [type(item).__name__ for item in items] == ["RawArticle", "RawArticle", "InputError"]
    assert items[1].url == NEWS_PAGES[1][1]
    message = str(items[-1])
    assert message.startswith(f"{cut}: truncated or corrupt archive at record 4, byte ")
    assert "\n" not in message


@pytest.mark.parametrize("name", ["example.warc", "example.warc.gz", "example-resource.warc.gz"])
def test_the_warcio_samples(shared, name):
    path = shared / "data" / "warc" / name
    [article] = read_path(str(path))
    assert article.url == "http://example.com/"
    assert article.text.startswith(
        "This domain is established to be used for illustrative examples"
    )
    # The page has no date: the capture date stands in.
    assert article.published in ("2017-03-06", "2017-04-29")


def test_chunked_response(shared):
    [article] = read_path(str(shared / "data" / "warc" / "example-iana.org-chunked.warc"))
    assert article.url == "http://www.iana.org/"
    assert article.title == "Internet Assigned Numbers Authority"


def test_an_archive_without_html_says_so(shared):
    path = shared / "data" / "warc" / "post-test.warc.gz"
    assert [str(e) for e in read_path(str(path))] == [
        f"{path}: no HTML page in this archive (6 records)"
    ]


@pytest.mark.parametrize(
    ("name", "keep", "articles"),
    [
        ("example.warc", 1706, 0),
        ("example.warc", 3413, 1),
        ("example.warc.gz", 1908, 0),
        ("example-iana.org-chunked.warc", 4415, 0),
    ],
    ids=["mid-response", "mid-header", "gzip-mid-response", "chunked-mid-response"],
)
def test_truncated_warcio_samples(shared, tmp_path, name, keep, articles):
    cut = tmp_path / name
    cut.write_bytes((shared / "data" / "warc" / name).read_bytes()[:keep])
    items = list(read_path(str(cut)))
    assert all(isinstance(item, RawArticle) for item in items[:-1])
    assert len(items) == articles + 1
    assert isinstance(items[-1], InputError)
    assert "truncated or corrupt archive at record" in str(items[-1])


def test_a_warc_named_otherwise_is_still_read(shared, tmp_path):
    disguised = tmp_path / "page.html"
    disguised.write_bytes((shared / "data" / "warc" / "example.warc.gz").read_bytes())
    [article] = read_path(str(disguised))
    assert article.origin == f"{disguised}#3"


def test_read_document_takes_an_archive_of_one_page(shared):
    data = (shared / "data" / "warc" / "example.warc").read_bytes()
    assert read_document(data).url == "http://example.com/"
