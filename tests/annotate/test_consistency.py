"""The entity-consistency rules: one name, one label in an article."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from claimledger.annotate.consistency import EntityConsistency
from claimledger.annotate.language import blank_pipeline


@pytest.fixture(scope="module")
def french():
    return blank_pipeline("fr")


def with_entities(nlp, text, mentions):
    """A Doc of ``text`` whose entities are ``mentions``: (name, label), in text order."""
    doc = nlp(text)
    spans, start = [], 0
    for name, label in mentions:
        start = text.index(name, start)
        spans.append(doc.char_span(start, start + len(name), label=label))
        start += len(name)
    doc.ents = spans
    return doc


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (  # a repeated surname is the person's
            "Colin Powell est arrivé. Plus tard, Powell a parlé.",
            [("Colin Powell", "PERSON"), ("Powell", "LOC")],
            [("Colin Powell", "PERSON"), ("Powell", "PERSON")],
        ),
        (  # a surname the recognizer missed is added
            "Lloyd Austin a parlé. M. Austin a ensuite déclaré que tout allait bien.",
            [("Lloyd Austin", "PERSON")],
            [("Lloyd Austin", "PERSON"), ("Austin", "PERSON")],
        ),
        (  # the label most mentions have wins
            "Le Kremlin a répondu. Le Kremlin dément. Selon le Kremlin, rien.",
            [("Kremlin", "ORG"), ("Kremlin", "ORG"), ("Kremlin", "LOC")],
            [("Kremlin", "ORG"), ("Kremlin", "ORG"), ("Kremlin", "ORG")],
        ),
        (  # names that do not repeat keep their labels
            "Paris a gagné contre Lyon.",
            [("Paris", "LOC"), ("Lyon", "ORG")],
            [("Paris", "LOC"), ("Lyon", "ORG")],
        ),
    ],
)
def test_consistency(french, text, found, expected):
    doc = EntityConsistency()(with_entities(french, text, found))
    assert [(ent.text, ent.label_) for ent in doc.ents] == expected


def test_doc_without_entities_is_left_alone(french):
    assert EntityConsistency()(french("Rien à signaler.")).ents == ()


def test_white_space_at_the_edges_of_a_mention_is_taken_off(french):
    doc = french("Il a visité New York\n\nPuis il est parti.")
    york = next(t for t in doc if t.text == "York")
    doc.ents = [Span(doc, york.i - 1, york.i + 2, label="LOC")]  # New York + the break
    assert [(e.text, e.label_) for e in EntityConsistency()(doc).ents] == [("New York", "LOC")]
