"""Which data trains, selects and tests each model, as spaCy Docs.

Every corpus is split the same way on every run: treebanks by their own train/dev/test files,
WiNER-fr by a hash of the article name (the WiNER articles of claimledger's test set always in
test; those of its development set, whose gold the shipped knowledge lists were written after, in
a split of their own, ``ner-devset``, scored apart), CoNLL-2003 by its standard files.

| model     | trains on                        | selects on       | reported on               |
|-----------|----------------------------------|------------------|---------------------------|
| fr syntax | UD Sequoia train, GSD dev + test | UD Sequoia dev   | UD Sequoia test, PUD test |
| fr ner    | WiNER-fr 8 in 10 (+ dev, final)  | WiNER-fr 1 in 10 | WiNER-fr 1 in 10 + testset |
| en syntax | UD EWT dev, first 90 %           | EWT dev, last 10%| UD EWT test               |
| en ner    | CoNLL-2003 train                 | CoNLL-2003 dev   | CoNLL-2003 test           |
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.annotate.training.conllu import read_conllu
from claimledger.annotate.training.entities import (
    CONLL_LABELS,
    article_doc,
    article_docs,
    iob_doc,
    read_conll2003,
    read_winer,
    split_of,
)
from claimledger.annotate.training.syntax import Variation, sentences_to_docs

Corpora = dict[str, list[Doc]]


def french_corpora(nlp: Language, data: Path, sets: Path) -> Corpora:
    """The French syntax and entity corpora, by split."""
    ud = data / "ud"
    train = [
        *read_conllu(ud / "fr-sequoia" / "fr_sequoia-ud-train.conllu.xz"),
        *read_conllu(ud / "fr-gsd" / "fr_gsd-ud-dev.conllu.xz"),
        *read_conllu(ud / "fr-gsd" / "fr_gsd-ud-test.conllu.xz"),
    ]
    corpora = {
        "syntax-train": sentences_to_docs(nlp.vocab, train, variation=Variation()),
        "syntax-dev": _treebank(nlp, ud / "fr-sequoia" / "fr_sequoia-ud-dev.conllu.xz"),
        "syntax-test-sequoia": _treebank(nlp, ud / "fr-sequoia" / "fr_sequoia-ud-test.conllu.xz"),
        "syntax-test-pud": _treebank(nlp, ud / "fr-pud" / "fr_pud-ud-test.conllu.xz"),
    }
    corpora.update(winer_corpora(nlp, data, sets))
    return corpora


def winer_corpora(nlp: Language, data: Path, sets: Path) -> Corpora:
    """WiNER-fr by split: paragraphs to train on, whole articles to select and report on.
    ``sets`` holds claimledger's ``devset/fr`` and ``testset/fr`` (their WiNER articles)."""
    devset, testset = (_winer_names(sets / name / "fr") for name in ("devset", "testset"))
    corpora: Corpora = {
        "ner-train": [],
        "ner-train-dev": [],  # the final recognizer's, once the steps are chosen on dev
        "ner-dev": [],
        "ner-test": [],
        "ner-devset": [],
    }
    for article in read_winer(data / "ner" / "winer-fr" / "WiNER-fr-2016-2017-brat.tar.xz"):
        split = split_of(article.name, devset, testset)
        if split in ("train", "dev"):
            paragraphs = article_docs(nlp, article)
            corpora["ner-train-dev"].extend(paragraphs)
            if split == "train":
                corpora["ner-train"].extend(paragraphs)
        if split != "train":
            corpora[f"ner-{split}"].append(article_doc(nlp, article))
    return corpora


def _winer_names(folder: Path) -> frozenset[str]:
    """The WiNER article names of one of claimledger's evaluation sets."""
    return frozenset(p.stem.removeprefix("winer-") for p in folder.glob("winer-*.txt"))


def english_corpora(nlp: Language, data: Path, sets: Path) -> Corpora:
    """The English syntax and entity corpora, by split."""
    ewt = list(read_conllu(data / "ud" / "en-ewt" / "en_ewt-ud-dev.conllu.xz"))
    cut = len(ewt) * 9 // 10
    conll = data / "ner" / "conll2003-en"
    return {
        "syntax-train": sentences_to_docs(nlp.vocab, ewt[:cut], variation=Variation()),
        "syntax-dev": sentences_to_docs(nlp.vocab, ewt[cut:]),
        "syntax-test-ewt": _treebank(nlp, data / "ud" / "en-ewt" / "en_ewt-ud-test.conllu.xz"),
        "ner-train": _conll(nlp, conll / "en-train.conllu.xz", chunk=4),
        "ner-dev": _conll(nlp, conll / "en-val.conllu.xz"),
        "ner-test": _conll(nlp, conll / "en-test.conllu.xz"),
    }


def _treebank(nlp: Language, path: Path) -> list[Doc]:
    """A held-out treebank as Docs of consecutive sentences, unvaried."""
    return sentences_to_docs(nlp.vocab, list(read_conllu(path)))


def _conll(nlp: Language, path: Path, chunk: int = 0) -> list[Doc]:
    """A CoNLL-2003 file as one Doc a document, or a Doc every ``chunk`` sentences (so that
    not every training text opens on a headline)."""
    docs = []
    for document in read_conll2003(path):
        size = chunk or len(document)
        for start in range(0, len(document), size):
            docs.append(iob_doc(nlp, document[start : start + size], CONLL_LABELS))
    return docs


CORPORA: dict[str, Callable[[Language, Path, Path], Corpora]] = {
    "fr": french_corpora,
    "en": english_corpora,
}
