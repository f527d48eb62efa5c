"""Treebank sentences → training Docs of several sentences, with the variants news text shows.

Treebank sentences come one by one, clean; articles come as paragraphs with typographic quotes
and apostrophes. Each Doc joins a few consecutive sentences so that the parser learns where
sentences end, and a seeded share of the Docs is varied:

1. some sentences are joined by a line break (a whitespace token, attached to the word before it,
   as spaCy's augmenter does), and some of those lose their final period, like titles;
2. straight apostrophes become typographic (``l'`` → ``l’``);
3. straight double quotes become guillemets or curly quotes, sometimes with no-break spaces inside.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimledger.annotate.training.conllu import Sentence

QUOTE_PAIRS = (("«", "»"), ("“", "”"))
NO_BREAK_SPACES = ("\u00a0", "\u202f")


@dataclass
class Variation:
    """How often each variant is made (shares of boundaries or of Docs)."""

    line_break: float = 0.25
    drop_period: float = 0.3
    apostrophe: float = 0.3
    quotes: float = 0.3
    no_break_space: float = 0.25


@dataclass
class Columns:
    """The token columns of one Doc being built."""

    words: list[str]
    spaces: list[bool]
    pos: list[str]
    morphs: list[str]
    lemmas: list[str]
    heads: list[int]
    deps: list[str]

    def extend(self, sentence: Sentence) -> None:
        """Append ``sentence``, its heads shifted to Doc positions."""
        offset = len(self.words)
        for name in ("words", "spaces", "pos", "morphs", "lemmas", "deps"):
            getattr(self, name).extend(getattr(sentence, name))
        self.heads.extend(head + offset for head in sentence.heads)

    def insert_space(self, at: int, text: str) -> None:
        """Insert a whitespace token at ``at``, attached to the token before it."""
        self.heads = [head + 1 if head >= at else head for head in self.heads]
        row = (text, False, "SPACE", "", text, max(at - 1, 0), "dep")
        for f, value in zip(fields(self), row, strict=True):
            getattr(self, f.name).insert(at, value)
        if at == 0:  # a leading space hangs on the word after it
            self.heads[0] = 1

    def delete(self, at: int) -> None:
        """Remove the leaf token at ``at``."""
        for f in fields(self):
            del getattr(self, f.name)[at]
        self.heads = [head - 1 if head > at else head for head in self.heads]


def sentences_to_docs(
    vocab: Vocab,
    sentences: Sequence[Sentence],
    per_doc: int = 8,
    seed: int = 0,
    variation: Variation | None = None,
) -> list[Doc]:
    """Group consecutive ``sentences`` by ``per_doc`` into Docs; vary them if ``variation``."""
    rng = random.Random(seed)
    docs = []
    for start in range(0, len(sentences), per_doc):
        group = sentences[start : start + per_doc]
        columns = join_sentences(group, rng, variation)
        if variation:
            vary_typography(columns, rng, variation)
        docs.append(to_doc(vocab, columns))
    return docs


def join_sentences(group: Iterable[Sentence], rng: random.Random, variation: Variation | None):
    """The columns of ``group`` joined by spaces, or by line breaks where ``variation`` says."""
    columns = Columns([], [], [], [], [], [], [])
    for sentence in group:
        if columns.words:
            if variation and rng.random() < variation.line_break:
                last = len(columns.words) - 1
                if rng.random() < variation.drop_period and _is_final_period(columns, last):
                    columns.delete(last)
                columns.spaces[-1] = False
                columns.insert_space(len(columns.words), "\n")
            else:
                columns.spaces[-1] = True
        columns.extend(sentence)
    return columns


def _is_final_period(columns: Columns, i: int) -> bool:
    """Whether token ``i`` is a period no other token hangs on (safe to drop)."""
    return columns.words[i] == "." and i not in columns.heads[:i] + columns.heads[i + 1 :]


def vary_typography(columns: Columns, rng: random.Random, variation: Variation) -> None:
    """Turn straight apostrophes and quotes into typographic ones, for a share of the Docs."""
    if rng.random() < variation.apostrophe:
        columns.words = [word.replace("'", "’") for word in columns.words]
    if rng.random() < variation.quotes and columns.words.count('"') % 2 == 0:
        opening, closing = rng.choice(QUOTE_PAIRS)
        space = rng.choice(NO_BREAK_SPACES) if rng.random() < variation.no_break_space else ""
        quote_positions = [i for i, word in enumerate(columns.words) if word == '"']
        for n, i in enumerate(reversed(quote_positions)):
            is_opening = (len(quote_positions) - 1 - n) % 2 == 0
            columns.words[i] = opening if is_opening else closing
            if space and opening == "«":
                _pad_guillemet(columns, i, space, is_opening)


def _pad_guillemet(columns: Columns, i: int, space: str, is_opening: bool) -> None:
    """Put a no-break space inside the guillemet at ``i`` (after « or before »)."""
    if is_opening and i + 1 < len(columns.words):
        columns.spaces[i] = False
        columns.insert_space(i + 1, space)
    elif not is_opening and i > 0:
        columns.spaces[i - 1] = False
        columns.insert_space(i, space)


def to_doc(vocab: Vocab, columns: Columns) -> Doc:
    """The annotated Doc of ``columns``."""
    return Doc(
        vocab,
        words=columns.words,
        spaces=columns.spaces,
        pos=columns.pos,
        morphs=columns.morphs,
        lemmas=columns.lemmas,
        heads=columns.heads,
        deps=columns.deps,
    )
