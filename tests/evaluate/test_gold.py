"""Reading gold files, and finding their texts in an article."""

from __future__ import annotations

import json

import pytest

from claimledger.evaluate import GoldError, find_gold_files, load_gold, parse_gold
from claimledger.evaluate.locate import (
    MASK,
    body_text,
    find_occurrence,
    fold,
    locate_texts,
    mask_outside_body,
)
from tests.evaluate.tiny import ARTICLE, BODY, GOLD


def test_a_gold_file_is_read_with_unknown_keys_ignored(tmp_path) -> None:
    path = tmp_path / "kharkiv.gold.json"
    path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    loaded = load_gold(path)
    assert loaded.id == "kharkiv"
    assert loaded.entities[3].optional
    assert loaded.amounts[0].source_aliases == ("ONU",)
    assert loaded.times[1].occurrence == 2
    assert loaded.entity("Kharkiv").type == "GPE"


def test_a_gold_file_without_a_required_field_is_an_error() -> None:
    data = {key: value for key, value in GOLD.items() if key != "title"}
    with pytest.raises(GoldError, match="x.gold.json: missing field 'title'"):
        parse_gold(data, origin="x.gold.json")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"quotes": {}}, "'quotes' is not a list"),
        ({"times": [{"text": "jeudi"}]}, r"times\[0\]: missing field 'value'"),
        ({"entities": [{"name": "X", "type": "ORG"}]}, "missing field 'aliases'"),
        ({"amounts": ["12 000"]}, "expected a JSON object"),
    ],
)
def test_a_gold_item_without_a_required_field_is_an_error(change: dict, message: str) -> None:
    with pytest.raises(GoldError, match=message):
        parse_gold({**GOLD, **change}, origin="x.gold.json")


def test_a_gold_file_that_is_not_json_is_an_error(tmp_path) -> None:
    path = tmp_path / "broken.gold.json"
    path.write_text('{"id": ', encoding="utf-8")
    with pytest.raises(GoldError, match="broken.gold.json: cannot read"):
        load_gold(path)


def test_gold_files_are_found_recursively_in_order(tmp_path) -> None:
    for name in ("fr/b.gold.json", "en/a.gold.json", "fr/a.gold.json", "fr/a.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("{}")
    found = [p.relative_to(tmp_path).as_posix() for p in find_gold_files(tmp_path)]
    assert found == ["en/a.gold.json", "fr/a.gold.json", "fr/b.gold.json"]


def test_folding_keeps_every_offset() -> None:
    text = "L’ONU a dit\u00a0«\u202fOui\u202f» à İstanbul"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("l'onu a dit «")


@pytest.mark.parametrize(
    ("needle", "occurrence", "expected"),
    [
        ("jeudi", 1, "jeudi"),
        ("jeudi", 2, None),  # only one "jeudi" is left in this body
        ("Selon l'ONU", 1, "Selon l’ONU"),
        ("JUSQU'À 12 000", 1, "jusqu'à 12 000"),
        ("Mardi", 1, None),
        ("jeudi", 0, None),
    ],
)
def test_find_occurrence(needle: str, occurrence: int, expected: str | None) -> None:
    body = BODY.replace("arrivés jeudi", "arrivés mercredi")
    span = find_occurrence(fold(body), needle, occurrence)
    assert (body[span[0] : span[1]] if span else None) == expected


def test_occurrences_count_case_insensitively() -> None:
    folded = fold(BODY + " Jeudi, rien.")
    first, second, third = (find_occurrence(folded, "jeudi", n) for n in (1, 2, 3))
    assert first < second < third
    assert (BODY + " Jeudi, rien.")[third[0] : third[1]] == "Jeudi"


def test_the_body_is_the_article_without_title_and_boilerplate(gold) -> None:
    assert body_text(ARTICLE, gold) == BODY


def test_title_and_boilerplate_lines_are_masked_in_place(gold) -> None:
    masked = mask_outside_body(ARTICLE, gold)
    assert len(masked) == len(ARTICLE)
    title_line, skip_line, _ = masked.split("\n", 2)
    assert set(title_line) == set(skip_line) == {MASK}
    # the title's "Jusqu'à 12 000" is not counted: the first occurrence is the body's
    start, _ = find_occurrence(masked, "jusqu'à 12 000", 1)
    assert start > ARTICLE.index("Selon")


def test_repeated_texts_without_occurrence_are_taken_in_turn() -> None:
    folded = fold("oui, oui et non")
    assert locate_texts(folded, ["oui", "non", "oui"], [None, None, None]) == [
        (0, 3),
        (12, 15),
        (5, 8),
    ]
    assert locate_texts(folded, ["oui", "oui"], [2, None]) == [(5, 8), (5, 8)]
