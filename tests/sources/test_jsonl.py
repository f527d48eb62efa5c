"""JSON Lines: one article a line, streamed; a broken line is an error for that line only."""

from __future__ import annotations

import json

from claimledger.sources import MAX_INPUT_BYTES, InputError, RawArticle, read_path

FIRST = (
    "Le ministre sud-coréen des Affaires étrangères Cho Tae-yul a condamné le déploiement "
    "« dans les termes les plus forts possibles »."
)
THIRD = "Storm Ciarán made landfall in south-west England and northern France overnight."
PAGE = (
    "<html><head><title>Tempête Ciaran</title></head><body><article><p>La tempête Ciaran "
    "s’abat sur la France depuis jeudi soir. Plusieurs rafales records ont déjà été mesurées "
    "en Bretagne, selon Météo-France.</p></article></body></html>"
)


def _write_lines(path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_broken_line_does_not_stop_the_others(tmp_path):
    path = tmp_path / "batch.jsonl"
    _write_lines(
        path,
        [
            json.dumps({"text": FIRST, "id": "seoul-1", "published": "2024-10-31"}),
            '{"text": "Une ligne coupée en plein milieu',
            "",
            json.dumps({"text": THIRD, "url": "https://theconversation.com/storm", "id": 17}),
            json.dumps({"html": PAGE, "title": "La tempête Ciaran"}),
            json.dumps(["not", "an", "object"]),
            json.dumps({"url": "https://example.com/"}),
            json.dumps({"text": FIRST, "published": 20241031}),
        ],
    )
    items = list(read_path(str(path)))
    outcome = [(item.origin, type(item).__name__) for item in items]
    assert outcome == [
        (f"{path}:1", "RawArticle"),
        (f"{path}:2", "InputError"),
        (f"{path}:4", "RawArticle"),
        (f"{path}:5", "RawArticle"),
        (f"{path}:6", "InputError"),
        (f"{path}:7", "InputError"),
        (f"{path}:8", "InputError"),
    ]
    first, broken, third, page, array, textless, bad_date = items
    assert (first.text, first.doc_id, first.published) == (FIRST, "seoul-1", "2024-10-31")
    assert str(broken).startswith(f"{path}:2: invalid JSON (Unterminated string")
    assert (third.url, third.doc_id) == ("https://theconversation.com/storm", "17")
    assert page.kind == "html"
    assert page.title == "La tempête Ciaran"
    assert page.text.startswith("La tempête Ciaran s’abat sur la France")
    assert str(array) == f"{path}:6: a JSON object was expected, not list"
    assert str(textless) == f'{path}:7: no "text" or "html" string in the record'
    assert str(bad_date) == f'{path}:8: "published" must be a string, not int'


def test_a_line_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(
        json.dumps({"text": FIRST}, ensure_ascii=False).encode("latin-1")
        + b"\n"
        + json.dumps({"text": THIRD}).encode()
        + b"\n"
    )
    first, second = read_path(str(path))
    assert str(first) == f"{path}:1: not UTF-8 (JSON Lines must be UTF-8)"
    assert second.text == THIRD


def test_an_overlong_line_is_skipped_without_holding_it(tmp_path):
    path = tmp_path / "big.jsonl"
    huge = json.dumps({"text": "a" * (MAX_INPUT_BYTES + 1_000_000)})
    _write_lines(path, [huge, json.dumps({"text": THIRD})])
    first, second = read_path(str(path))
    assert isinstance(first, InputError)
    assert str(first).startswith(f"{path}:1: too large: 6.0 MB (the limit is 5.0 MB)")
    assert isinstance(second, RawArticle)
    assert second.origin == f"{path}:2"
