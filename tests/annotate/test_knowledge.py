"""Known names written on the tokens for the recognizer to read."""

from __future__ import annotations

import pytest

from claimledger.annotate.knowledge import FACTORY, GIVEN, known_tags
from claimledger.annotate.language import blank_pipeline


@pytest.fixture(scope="module")
def tagger():
    nlp = blank_pipeline("fr")
    nlp.add_pipe(FACTORY)
    return nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Angela Merkel a reçu à Berlin le secrétaire général de l'ONU.",
            [("Angela", GIVEN), ("Berlin", "GPE"), ("ONU", "ORG")],
        ),
        (
            "Les soldats nord-coréens sont en Russie, selon la Corée du Sud.",
            [
                ("nord-coréens", "NORP"),
                ("Russie", "GPE"),
                ("Corée", "GPE"),
                ("du", "GPE"),
                ("Sud", "GPE"),
            ],
        ),  # fmt: skip
        ("Certains experts ont parlé hier soir.", []),
    ],
)
def test_known_names_are_tagged_with_their_type(tagger, text, expected):
    doc = tagger(text)
    assert [(t.text, t.tag_) for t in doc if t.tag_] == expected


def test_a_given_name_inside_a_known_name_keeps_the_known_type(tagger):
    assert known_tags("Il vit à Saint-Louis.", "fr")[(9, 20)] == "GPE"
    doc = tagger("Il vit à Saint-Louis.")
    assert [(t.text, t.tag_) for t in doc if t.tag_] == [("Saint-Louis", "GPE")]
