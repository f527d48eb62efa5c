"""Entity corpora → Docs: BRAT mentions, nesting, misfits, splits, IOB tags."""

from __future__ import annotations

import pytest

from claimledger.annotate.language import blank_pipeline
from claimledger.annotate.training.entities import (
    CONLL_LABELS,
    WINER_LABELS,
    Article,
    article_docs,
    iob_doc,
    parse_brat,
    split_of,
)

TEXT = "Le maire de Paris\n\nAnne Hidalgo a reçu l'ONU et un militant anti-Trump le 3 mai."
MENTIONS = [
    ("Organization", "maire de Paris"),
    ("Location", "Paris"),
    ("Person", "Anne Hidalgo"),
    ("Organization", "ONU"),
    ("Person", "Trump"),
    ("Date", "3 mai"),
]
BRAT = "".join(
    f"T{n}\t{kind} {TEXT.index(name)} {TEXT.index(name) + len(name)}\t{name}\n"
    for n, (kind, name) in enumerate(MENTIONS, 1)
)


@pytest.fixture(scope="module")
def french():
    return blank_pipeline("fr")


def test_brat_mentions_are_mapped_and_dates_dropped():
    mentions = parse_brat(BRAT, WINER_LABELS)
    assert (19, 31, "PERSON") in mentions
    assert all(label != "Date" for _, _, label in mentions) and len(mentions) == 5


def test_article_becomes_paragraph_docs_with_outermost_mentions(french):
    docs = article_docs(french, Article("demo", TEXT, parse_brat(BRAT, WINER_LABELS)))
    assert [doc.text for doc in docs] == ["Le maire de Paris", TEXT.split("\n\n")[1]]
    assert [(e.text, e.label_) for e in docs[0].ents] == [("maire de Paris", "ORG")]
    assert [(e.text, e.label_) for e in docs[1].ents] == [
        ("Anne Hidalgo", "PERSON"),
        ("ONU", "ORG"),
    ]


def test_mention_inside_a_token_is_left_unannotated(french):
    (_, doc) = article_docs(french, Article("demo", TEXT, parse_brat(BRAT, WINER_LABELS)))
    token = next(t for t in doc if t.text == "anti-Trump")
    assert token.ent_iob_ == ""  # missing: neither entity nor outside
    assert next(t for t in doc if t.text == "militant").ent_iob_ == "O"


def test_splits_are_stable_and_keep_the_devset_out():
    names = [f"2016_01_{day:02d}-00{n}" for day in range(1, 29) for n in range(1, 6)]
    splits = [split_of(name) for name in names]
    assert splits == [split_of(name) for name in names]
    assert 0.7 < splits.count("train") / len(splits) < 0.9
    assert split_of(names[0], frozenset({names[0]})) == "test"


def test_conll_mentions_drop_misc_and_keep_sentences_apart(french):
    sentences = [[("EU", "B-ORG"), ("rejects", "O"), ("German", "B-MISC")], [("Peter", "B-PER")]]
    doc = iob_doc(french, sentences, CONLL_LABELS)
    assert doc.text == "EU rejects German\nPeter"
    assert [(e.text, e.label_) for e in doc.ents] == [("EU", "ORG"), ("Peter", "PERSON")]
