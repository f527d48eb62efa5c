"""CoNLL-U treebanks → spaCy Docs with tags, morphology, lemmas and dependency trees.

UD splits contractions into syntactic words (French ``du`` = ``de`` + ``le``); a tokenizer sees
the written form. A multiword token whose words spell it out exactly (English ``don't`` = ``do`` +
``n't``) keeps its words, as spaCy's English tokenizer cuts them; any other becomes one token
carrying its head word's annotation (the word attached outside the group) and the union of the
words' features. Decimal (empty) nodes are dropped. Words with spaces (``10 000``) stay whole.
"""

from __future__ import annotations

import lzma
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Word:
    """One syntactic word of a CoNLL-U sentence."""

    id: int
    form: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    misc: str


@dataclass
class Token:
    """One written token: a word, or a multiword token with its words."""

    form: str
    space_after: bool
    words: list[Word] = field(default_factory=list)


@dataclass
class Sentence:
    """A sentence as written tokens, each with the annotation claimledger trains on."""

    sent_id: str
    words: list[str]
    spaces: list[bool]
    pos: list[str]
    morphs: list[str]
    lemmas: list[str]
    heads: list[int]
    deps: list[str]
    # the MISC column of each token (entity layers of some corpora live there)
    miscs: list[str]


def read_conllu(path: Path) -> Iterator[Sentence]:
    """The sentences of a CoNLL-U file (``.xz`` or plain)."""
    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        block: list[str] = []
        for line in f:
            line = line.rstrip("\n")
            if line.strip():
                block.append(line)
            elif block:
                yield parse_sentence(block)
                block = []
        if block:
            yield parse_sentence(block)


def parse_sentence(lines: list[str]) -> Sentence:
    """One CoNLL-U sentence block → a Sentence of written tokens."""
    sent_id = ""
    tokens: list[Token] = []
    group_end = 0
    for line in lines:
        if line.startswith("#"):
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        space_after = "SpaceAfter=No" not in cols[9]
        if "-" in cols[0]:
            group_end = int(cols[0].split("-")[1])
            tokens.append(Token(cols[1], space_after))
            continue
        word = Word(
            int(cols[0]), cols[1], cols[2], cols[3], cols[5], int(cols[6]), cols[7], cols[9]
        )
        if word.id <= group_end:
            tokens[-1].words.append(word)
        else:
            tokens.append(Token(word.form, space_after, [word]))
    return to_sentence(sent_id, split_spelled_out(tokens))


def split_spelled_out(tokens: list[Token]) -> list[Token]:
    """Cut multiword tokens whose words spell the written form (``don't`` → ``do`` ``n't``)."""
    result = []
    for token in tokens:
        if len(token.words) > 1 and "".join(w.form for w in token.words) == token.form:
            for word in token.words[:-1]:
                result.append(Token(word.form, False, [word]))
            result.append(Token(token.words[-1].form, token.space_after, [token.words[-1]]))
        else:
            result.append(token)
    return result


def to_sentence(sent_id: str, tokens: list[Token]) -> Sentence:
    """Annotate each written token with its head word's tags and remap heads to tokens."""
    index = {word.id: i for i, token in enumerate(tokens) for word in token.words}
    sentence = Sentence(sent_id, [], [], [], [], [], [], [], [])
    for i, token in enumerate(tokens):
        ids = {word.id for word in token.words}
        head_word = next((w for w in token.words if w.head not in ids), token.words[0])
        sentence.words.append(token.form)
        sentence.spaces.append(token.space_after)
        sentence.pos.append(head_word.upos)
        sentence.morphs.append(merge_feats(head_word, token.words))
        sentence.lemmas.append(head_word.lemma)
        is_root = head_word.head == 0 or index.get(head_word.head, i) == i
        sentence.heads.append(i if is_root else index[head_word.head])
        sentence.deps.append("ROOT" if is_root else head_word.deprel)
        sentence.miscs.append("|".join(w.misc for w in token.words))
    return sentence


def merge_feats(head_word: Word, words: list[Word]) -> str:
    """The features of ``head_word``, completed by the other words' (``du``: case and article)."""
    feats: dict[str, str] = {}
    for word in [head_word, *words]:
        if word.feats == "_":
            continue
        for pair in word.feats.split("|"):
            name, _, value = pair.partition("=")
            feats.setdefault(name, value)
    return "|".join(f"{name}={feats[name]}" for name in sorted(feats, key=str.lower))
