"""Entity corpora → Docs: BRAT mentions, nesting, misfits, splits, IOB tags."""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest

from claimledger.annotate.language import blank_pipeline
from claimledger.annotate.training.entities import (
    CONLL_LABELS,
    WINER_LABELS,
    Article,
    article_docs,
    iob_doc,
    parse_brat,
    read_sequoia_ner,
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


def test_splits_are_stable_and_keep_claimledgers_evaluation_sets_out():
    names = [f"2016_01_{day:02d}-00{n}" for day in range(1, 29) for n in range(1, 6)]
    splits = [split_of(name) for name in names]
    assert splits == [split_of(name) for name in names]
    assert 0.7 < splits.count("train") / len(splits) < 0.9
    devset, testset = frozenset(names[:10]), frozenset(names[10:20])
    splits = [split_of(name, devset, testset) for name in names]
    assert splits[:10] == ["devset"] * 10 and splits[10:20] == ["test"] * 10


def test_no_winer_article_of_claimledgers_evaluation_sets_trains(shared):
    from claimledger.annotate.training.corpora import _winer_names

    root = Path(__file__).resolve().parents[3]
    devset, testset = (_winer_names(root / name / "fr") for name in ("devset", "testset"))
    assert devset and testset
    assert {split_of(name, devset, testset) for name in devset} == {"devset"}
    assert {split_of(name, devset, testset) for name in testset} == {"test"}


SEQUOIA = """# sent_id = annodis.er_00099
# text = Le maire du Havre a reçu Jean Dupont au stade Océane.
1\tLe\tle\t_\t_\t_\t0\t_\t_\t_\t*\t*\t*
2\tmaire\tmaire\t_\t_\t_\t0\t_\t_\t_\t*\t*\t*
3\tde\tde\t_\t_\t_\t0\t_\t_\t_\t*\t*\t*
4\tle\tle\t_\t_\t_\t0\t_\t_\t_\t*\t*\t*
5\tHavre\tHavre\t_\t_\t_\t0\t_\t_\t_\t*\t*\t1:LOC
6\ta\tavoir\t_\t_\t_\t0\t_\t_\t_\t*\t*\t*
7\treçu\trecevoir\t_\t_\t_\t0\t_\t_\t_\t*\t*\t*
8\tJean\tJean\t_\t_\t_\t0\t_\t_\t_\t*\t*\t2:PERS
9\tDupont\tDupont\t_\t_\t_\t0\t_\t_\t_\t*\t*\t2
10\tà\tà\t_\t_\t_\t0\t_\t_\t_\t*\t*\t*
11\tle\tle\t_\t_\t_\t0\t_\t_\t_\t*\t*\t*
12\tstade\tstade\t_\t_\t_\t0\t_\t_\t_\t*\t*\t3:LOC
13\tOcéane\tOcéane\t_\t_\t_\t0\t_\t_\t_\t*\t*\t3
14\t.\t.\t_\t_\t_\t0\t_\t_\t_\t*\t*\t*

"""


def test_sequoia_entities_are_placed_on_the_text_across_contractions(tmp_path):
    path = tmp_path / "sequoia.xz"
    with lzma.open(path, "wt", encoding="utf-8") as f:
        f.write(SEQUOIA)
    (article,) = read_sequoia_ner(path)
    found = [(article.text[s:e], label) for s, e, label in article.mentions]
    assert found == [("Havre", "LOC"), ("Jean Dupont", "PERSON"), ("stade Océane", "LOC")]


def test_conll_mentions_drop_misc_and_keep_sentences_apart(french):
    sentences = [[("EU", "B-ORG"), ("rejects", "O"), ("German", "B-MISC")], [("Peter", "B-PER")]]
    doc = iob_doc(french, sentences, CONLL_LABELS)
    assert doc.text == "EU rejects German\nPeter"
    assert [(e.text, e.label_) for e in doc.ents] == [("EU", "ORG"), ("Peter", "PERSON")]
