"""CoNLL-U → written tokens: contractions, spelled-out multiword tokens, words with spaces."""

from __future__ import annotations

from claimledger.annotate.training.conllu import parse_sentence

FRENCH = """\
# sent_id = demo-1
# text = Le chef du parti a vu 10 000 soldats.
1	Le	le	DET	_	Definite=Def|Gender=Masc	2	det	_	_
2	chef	chef	NOUN	_	Gender=Masc|Number=Sing	8	nsubj	_	_
3-4	du	_	_	_	_	_	_	_	_
3	de	de	ADP	_	_	5	case	_	_
4	le	le	DET	_	Definite=Def|Number=Sing	5	det	_	_
5	parti	parti	NOUN	_	Gender=Masc|Number=Sing	2	nmod	_	_
6	a	avoir	AUX	_	_	8	aux:tense	_	_
7.1	vu	voir	VERB	_	_	_	_	_	_
8	vu	voir	VERB	_	_	0	root	_	_
9	10 000	10 000	NUM	_	_	10	nummod	_	_
10	soldats	soldat	NOUN	_	_	8	obj	_	SpaceAfter=No
11	.	.	PUNCT	_	_	8	punct	_	_
"""

ENGLISH = """\
1-2	don't	_	_	_	_	_	_	_	_
1	do	do	AUX	_	_	3	aux	_	_
2	n't	not	PART	_	_	3	advmod	_	_
3	go	go	VERB	_	_	0	root	_	_
"""


def test_contraction_is_one_token_with_its_outward_word():
    sentence = parse_sentence(FRENCH.splitlines())
    assert sentence.words == [
        "Le", "chef", "du", "parti", "a", "vu", "10 000", "soldats", ".",
    ]  # fmt: skip
    du = sentence.words.index("du")
    assert (sentence.pos[du], sentence.lemmas[du], sentence.deps[du]) == ("ADP", "de", "case")
    assert "Definite=Def" in sentence.morphs[du]
    assert sentence.heads[du] == sentence.words.index("parti")


def test_heads_point_at_written_tokens():
    sentence = parse_sentence(FRENCH.splitlines())
    root = sentence.words.index("vu")
    assert sentence.deps[root] == "ROOT" and sentence.heads[root] == root
    assert sentence.heads[sentence.words.index("chef")] == root
    assert sentence.heads[sentence.words.index("10 000")] == sentence.words.index("soldats")
    assert sentence.spaces[sentence.words.index("soldats")] is False


def test_spelled_out_multiword_token_keeps_its_words():
    sentence = parse_sentence(ENGLISH.splitlines())
    assert sentence.words == ["do", "n't", "go"]
    assert sentence.spaces == [False, True, True]
    assert sentence.heads == [2, 2, 2]
