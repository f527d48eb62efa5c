"""Scoring one document against its gold file, rule by rule (gold-format.md, Scoring)."""

from __future__ import annotations

import pytest

from claimledger.contract import Amount, Document, Entity, Mention, Quote, Statement, Time
from claimledger.evaluate import document_from_gold, score_document
from claimledger.evaluate.score import score_failure
from tests.conftest import assert_valid_document
from tests.evaluate.tiny import ARTICLE, BODY, GOLD, make_gold


def at(piece: str, occurrence: int = 1, text: str = BODY) -> dict:
    """The span fields of the ``occurrence``-th ``piece`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(piece, start + 1)
    return {"start": start, "end": start + len(piece), "text": piece}


def entity(entity_id: str, name: str, type_: str, *mentions: str) -> Entity:
    return Entity(
        id=entity_id, name=name, type=type_, mentions=[Mention(**at(m)) for m in mentions]
    )


def predict(text: str = BODY, **fields) -> Document:
    """A predicted document of the tiny article, valid against the schema."""
    values = {
        "doc_id": "kharkiv",
        "language": "fr",
        "published": "2024-05-16",
        "title": GOLD["title"],
        "text": text,
        **fields,
    }
    document = Document(**values)
    assert_valid_document(document)
    return document


def counts(document: Document, category: str, gold=None) -> tuple[int, int, int]:
    result = score_document(gold or make_gold(), document).counts[category]
    return result.tp, result.fp, result.fn


def accuracy(document: Document, name: str, gold=None) -> tuple[int, int]:
    result = score_document(gold or make_gold(), document).accuracies[name]
    return result.correct, result.total


# Entities ------------------------------------------------------------------------------


def test_entity_names_match_without_titles_accents_or_articles() -> None:
    document = predict(
        entities=[
            entity("e1", "M. Kouleba", "PERSON"),
            entity("e2", "Kharkív", "GPE"),
            entity("e3", "l’ONU", "ORG"),
        ]
    )
    assert counts(document, "entities") == (3, 0, 0)  # the optional "armée" is no miss


def test_an_entity_is_matched_by_one_of_its_mentions() -> None:
    document = predict(entities=[entity("e1", "Dmytro Kuleba", "PERSON", "Kouleba")])
    assert counts(document, "entities") == (1, 0, 2)


@pytest.mark.parametrize(
    ("type_", "expected"), [("GPE", (1, 0, 2)), ("LOC", (1, 0, 2)), ("ORG", (0, 1, 3))]
)
def test_gpe_and_loc_are_one_type_and_other_types_must_agree(type_: str, expected) -> None:
    document = predict(entities=[entity("e1", "Kharkiv", type_)])
    assert counts(document, "entities") == expected


def test_distinct_entities_count_once() -> None:
    document = predict(
        entities=[
            entity("e1", "Kouleba", "PERSON"),
            entity("e2", "Dmytro Kouleba", "PERSON"),
            entity("e3", "Zelensky", "PERSON"),
            entity("e4", "M. Zelensky", "PERSON"),
        ]
    )
    assert counts(document, "entities") == (1, 1, 2)


def test_an_optional_entity_found_is_neither_right_nor_wrong() -> None:
    document = predict(entities=[entity("e1", "l'armée", "ORG", "armée")])
    assert counts(document, "entities") == (0, 0, 3)


def test_nationalities_are_scored_only_where_the_gold_lists_some() -> None:
    ukrainians = entity("e1", "ukrainiens", "NORP")
    assert counts(predict(entities=[ukrainians]), "entities") == (0, 0, 3)
    russians = {"name": "Russes", "type": "NORP", "aliases": ["Russes"]}
    with_norp = make_gold(entities=[*GOLD["entities"], russians])
    assert counts(predict(entities=[ukrainians]), "entities", with_norp) == (0, 1, 4)


# Quotes and statements -----------------------------------------------------------------


def quote(piece: str, quote_id: str = "q1", **fields) -> Quote:
    return Quote(id=quote_id, **at(piece), kind="partial", **fields)


def test_quotes_match_one_to_one() -> None:
    merged = quote("la ville tiendra» et que «nous ne céderons pas")
    assert counts(predict(quotes=[merged]), "quotes") == (0, 1, 2)
    twice = [quote("la ville tiendra", "q1"), quote("la ville", "q2")]
    assert counts(predict(quotes=twice), "quotes") == (1, 1, 1)


@pytest.mark.parametrize(
    ("speaker", "speaker_text", "right"),
    [
        ("Dmytro Kouleba", None, True),
        ("Kouleba", "il", True),
        (None, "M. Kouleba", True),
        (None, "le ministre", False),
        ("Kharkiv", None, False),
        (None, None, False),
    ],
)
def test_quote_speaker(speaker: str | None, speaker_text: str | None, right: bool) -> None:
    entities = [entity("e1", speaker, "PERSON")] if speaker else []
    speaker_id = "e1" if speaker else None
    document = predict(
        entities=entities,
        quotes=[quote("la ville tiendra", speaker=speaker_id, speaker_text=speaker_text)],
    )
    assert accuracy(document, "quotes.speaker") == (int(right), 1)


def test_speaker_accuracy_leaves_out_gold_quotes_without_speaker() -> None:
    gold = make_gold(quotes=[{"text": "la ville tiendra", "kind": "partial", "speaker": None}])
    document = predict(quotes=[quote("la ville tiendra", speaker_text="il")])
    assert counts(document, "quotes", gold) == (1, 0, 0)
    assert accuracy(document, "quotes.speaker", gold) == (0, 0)


def test_optional_statements_cost_nothing_found_or_not() -> None:
    required = Statement(id="s1", **at("jusqu'à 12 000 civils ont fui la région de Kharkiv"))
    optional = Statement(id="s2", **at("Environ 300 soldats sont arrivés jeudi à Kharkiv"))
    assert counts(predict(statements=[required]), "statements") == (1, 0, 0)
    assert counts(predict(statements=[required, optional]), "statements") == (1, 0, 0)
    assert counts(predict(statements=[optional]), "statements") == (0, 0, 1)


# Amounts -------------------------------------------------------------------------------


def amount(piece: str, value, occurrence: int = 1, text: str = BODY, **fields) -> Amount:
    return Amount(id=f"a{value}", **at(piece, occurrence, text), value=value, **fields)


@pytest.mark.parametrize(
    ("value", "high", "qualifier", "matched"),
    [
        (12000, 12000, "up_to", True),
        (6000, 12000, "up_to", True),  # matched on `high` for up_to
        (12000, None, "exact", True),  # value equal: matched, qualifier wrong
        (6000, 12000, "range", False),  # `high` counts for up_to only
        (1200, None, "exact", False),
    ],
)
def test_amounts_match_on_value_or_high_for_up_to(value, high, qualifier, matched) -> None:
    document = predict(amounts=[amount("12 000", value, high=high, qualifier=qualifier)])
    # "Environ 300" is not predicted: always one miss
    assert counts(document, "amounts") == ((1, 0, 1) if matched else (0, 1, 2))


@pytest.mark.parametrize(
    ("piece", "matched"),
    [("jusqu'à 12 000", True), ("12 000 civils", True), ("Selon l’ONU,", True), ("Le", False)],
)
def test_amounts_match_on_spans_near_the_gold_occurrence(piece: str, matched: bool) -> None:
    # "Selon l’ONU," ends one space before "jusqu'à 12 000": near enough
    document = predict(amounts=[amount(piece, 12000, qualifier="up_to")])
    assert counts(document, "amounts")[0] == int(matched)


def test_the_title_line_is_not_the_body() -> None:
    """When the title stays in the text, its figure is not the gold's first occurrence."""
    in_title = amount("Jusqu'à 12 000", 12000, text=ARTICLE, qualifier="up_to")
    in_body = amount("jusqu'à 12 000", 12000, text=ARTICLE, qualifier="up_to")
    assert counts(predict(ARTICLE, amounts=[in_title]), "amounts") == (0, 1, 2)
    assert counts(predict(ARTICLE, amounts=[in_body]), "amounts") == (1, 0, 1)


@pytest.mark.parametrize(
    ("fields", "right"),
    [
        ({"counted": "des civils", "qualifier": "up_to", "source_text": "l'ONU"}, (1, 1, 1)),
        ({"counted": "réfugiés", "qualifier": "exact", "source_text": "Kouleba"}, (0, 0, 0)),
        ({"counted": None, "qualifier": "up_to", "source_text": "Nations unies"}, (1, 0, 1)),
    ],
)
def test_amount_attributes(fields: dict, right: tuple[int, int, int]) -> None:
    document = predict(amounts=[amount("jusqu'à 12 000", 12000, **fields)])
    found = [accuracy(document, f"amounts.{name}") for name in ("qualifier", "counted", "source")]
    assert found == [(r, 1) for r in right]


@pytest.mark.parametrize(("source_text", "right"), [(None, True), ("l'armée", False)])
def test_a_null_source_must_be_null(source_text: str | None, right: bool) -> None:
    data = {**GOLD["amounts"][0], "source": None}
    gold = make_gold(amounts=[data])
    document = predict(amounts=[amount("12 000", 12000, source_text=source_text)])
    assert accuracy(document, "amounts.source", gold) == (int(right), 1)


def test_an_optional_source_is_not_scored() -> None:
    document = predict(amounts=[amount("Environ 300", 300, source_text="Kouleba")])
    assert counts(document, "amounts") == (1, 0, 1)
    assert accuracy(document, "amounts.source") == (0, 0)
    assert accuracy(document, "amounts.qualifier") == (0, 1)


# Times ---------------------------------------------------------------------------------


def time(piece: str, occurrence: int = 1, value: str | None = "2024-05-16") -> Time:
    return Time(id=f"t{occurrence}{len(piece)}", **at(piece, occurrence), value=value)


def test_times_match_on_overlapping_text_then_value() -> None:
    document = predict(times=[time("déclaré jeudi"), time("jeudi", 2, value="2024-05-15")])
    assert counts(document, "times") == (2, 0, 0)
    assert accuracy(document, "times.value") == (1, 2)


def test_times_match_the_right_occurrence() -> None:
    document = predict(times=[time("arrivés jeudi"), time("Kharkiv")])
    assert counts(document, "times") == (1, 1, 1)
    result = score_document(make_gold(), document)
    assert [str(i) for i in result.issues if i.category == "times"] == [
        "miss times: 'jeudi' (occurrence 1)",
        f"false alarm times: 'Kharkiv' at {BODY.index('Kharkiv')}",
    ]


# Cleaning ------------------------------------------------------------------------------


def test_cleaning_right() -> None:
    document = predict(
        title=" Jusqu'à  12 000 civils\nont fui Kharkiv", published="2024-05-16T08:00"
    )
    names = ("title", "boilerplate", "published", "language")
    assert [accuracy(document, f"cleaning.{n}") for n in names] == [(1, 1)] * 4


def test_cleaning_wrong() -> None:
    document = predict(ARTICLE, title=None, published="2024-05-17", language="en")
    names = ("title", "boilerplate", "published", "language")
    assert [accuracy(document, f"cleaning.{n}") for n in names] == [(0, 1)] * 4


# Whole documents -----------------------------------------------------------------------


def test_a_perfect_document_scores_one_everywhere(gold) -> None:
    document = document_from_gold(gold, ARTICLE)
    assert_valid_document(document)
    result = score_document(gold, document)
    assert result.issues == []
    assert all(c.fp == c.fn == 0 and c.tp > 0 for c in result.counts.values())
    assert all(a.value == 1.0 for a in result.accuracies.values())


def test_a_failed_article_is_all_misses(gold) -> None:
    result = score_failure(gold, "kharkiv.txt: no such file")
    assert result.error == "kharkiv.txt: no such file"
    found = {name: (c.tp, c.fp, c.fn) for name, c in result.counts.items()}
    assert found == {
        "entities": (0, 0, 3),
        "quotes": (0, 0, 2),
        "statements": (0, 0, 1),
        "amounts": (0, 0, 2),
        "times": (0, 0, 2),
    }
    assert all(result.accuracies[f"cleaning.{n}"].value == 0.0 for n in ("title", "language"))
