"""Training Docs from treebank sentences: joined, and varied like news text."""

from __future__ import annotations

from spacy.vocab import Vocab

from claimledger.annotate.training.conllu import parse_sentence
from claimledger.annotate.training.syntax import Variation, sentences_to_docs

SENTENCE = """\
1	Il	il	PRON	_	_	2	nsubj	_	_
2	dit	dire	VERB	_	_	0	root	_	_
3	"	"	PUNCT	_	_	4	punct	_	SpaceAfter=No
4	oui	oui	INTJ	_	_	2	obj	_	SpaceAfter=No
5	"	"	PUNCT	_	_	4	punct	_	_
6	l'	le	DET	_	_	7	det	_	SpaceAfter=No
7	an	an	NOUN	_	_	2	obl	_	SpaceAfter=No
8	.	.	PUNCT	_	_	2	punct	_	_
"""


def test_sentences_are_joined_into_docs():
    sentences = [parse_sentence(SENTENCE.splitlines())] * 5
    docs = sentences_to_docs(Vocab(), sentences, per_doc=2)
    assert [len(list(doc.sents)) for doc in docs] == [2, 2, 1]


def test_variants_keep_trees_whole():
    sentences = [parse_sentence(SENTENCE.splitlines())] * 40
    every = Variation(
        line_break=1.0, drop_period=0.5, apostrophe=1.0, quotes=1.0, no_break_space=1.0
    )
    (doc,) = sentences_to_docs(Vocab(), sentences, per_doc=40, variation=every)
    assert "\n" in doc.text and "’" in doc.text and '"' not in doc.text
    assert any(quoted in doc.text for quoted in ("«\u00a0oui\u00a0»", "«\u202foui\u202f»", "“oui”"))
    assert len(list(doc.sents)) == 40
    for token in doc:
        if token.is_space:
            assert token.pos_ == "SPACE" and token.dep_ == "dep"
