"""The kind of an input by its content, folders, standard input, and missing paths."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from claimledger.sources import InputError, RawArticle, read_document, read_path
from claimledger.sources.detect import detect_kind, kind_of_name

PAGE = (
    "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Incendie à Frain</title>"
    "</head><body><article><h1>Incendie dans une maison : cinq personnes relogées</h1>"
    "<p>Des flammes se sont propagées rapidement dans une chambre située au premier étage "
    "d’une maison, dimanche soir, et cinq personnes ont dû être relogées par la mairie.</p>"
    "<p>Les pompiers de Vittel sont intervenus pendant plus de deux heures pour maîtriser "
    "le feu, selon le service départemental d’incendie et de secours des Vosges.</p>"
    "</article></body></html>"
)
TEXT = "Le ministre a déclaré jeudi que la hausse des prix était « temporaire »."
RECORD = json.dumps({"text": TEXT, "id": "a1"}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        (gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n"), "warc"),
        (gzip.compress(TEXT.encode()), "gzip"),
        (RECORD.encode(), "jsonl"),
        (PAGE.encode(), "html"),
        (b"\n\n  <p>Un paragraphe.</p><p>Un autre.</p>", "html"),
        (TEXT.encode(), "text"),
        (b"Le signe <p> ouvre un paragraphe en HTML, a-t-il expliqu\xc3\xa9.", "text"),
    ],
    ids=["warc", "warc.gz", "gzip", "jsonl", "html", "html-fragment", "text", "text-with-tag"],
)
def test_kind_is_told_by_content(head, kind):
    assert detect_kind(head) == kind


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("page.txt", PAGE, "html"),
        ("article.html", TEXT, "text"),
        ("articles.txt", RECORD + "\n", "jsonl"),
    ],
    ids=["html-named-txt", "text-named-html", "jsonl-named-txt"],
)
def test_a_lying_extension_is_ignored(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [article] = read_path(str(path))
    assert isinstance(article, RawArticle)
    assert article.kind == ("html" if kind == "html" else "text")
    # HTML read as such loses its tags; JSON Lines hand over the record's text, not the JSON.
    assert article.text.split("\n")[-1].startswith(
        "Les pompiers" if kind == "html" else "Le ministre"
    )


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", "text"),
        ("b.HTM", "html"),
        ("c.warc.gz", "warc"),
        ("d.jsonl", "jsonl"),
        ("e.ann", None),
    ],
)
def test_kind_of_name(name, kind):
    assert kind_of_name(name) == kind


def test_a_folder_gives_its_supported_files_in_order(tmp_path):
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(RECORD + "\n" + RECORD + "\n", encoding="utf-8")
    (tmp_path / "notes.ann").write_text("T1\tPerson 0 4\tJean", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    origins = [item.origin for item in read_path(str(tmp_path))]
    assert origins == [
        f"{tmp_path}/a.txt",
        f"{tmp_path}/b.html",
        f"{tmp_path}/c.jsonl:1",
        f"{tmp_path}/c.jsonl:2",
    ]


def test_a_folder_without_articles_says_so(tmp_path):
    (tmp_path / "notes.ann").write_text("T1\tPerson 0 4\tJean", encoding="utf-8")
    [error] = read_path(str(tmp_path))
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{tmp_path}: no supported file in this folder (.txt, .html")


def test_a_missing_path_is_one_clear_error(tmp_path):
    missing = tmp_path / "absent.txt"
    assert [str(e) for e in read_path(str(missing))] == [f"{missing}: no such file"]


@pytest.mark.parametrize(
    ("data", "texts"),
    [
        (TEXT.encode(), [TEXT]),
        ((RECORD + "\n" + RECORD + "\n").encode(), [TEXT, TEXT]),
        (PAGE.encode(), None),
    ],
    ids=["text", "jsonl", "html"],
)
def test_standard_input_is_read_as_any_file(monkeypatch, data, texts):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read_path("-"))
    assert all(isinstance(item, RawArticle) for item in items)
    assert all(item.origin.startswith("<stdin>") for item in items)
    if texts is not None:
        assert [item.text for item in items] == texts
    else:
        assert items[0].title == "Incendie dans une maison : cinq personnes relogées"


def test_read_document_tells_kinds_apart():
    assert read_document(RECORD).text == TEXT
    assert read_document(PAGE).kind == "html"
    with pytest.raises(InputError, match="^api: binary file, not text"):
        read_document(gzip.compress(TEXT.encode()), origin="api")
    with pytest.raises(InputError, match="^api: 2 articles in this jsonl input; use read_path$"):
        read_document(RECORD + "\n" + RECORD + "\n", origin="api")
