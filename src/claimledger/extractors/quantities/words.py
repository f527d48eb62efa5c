"""The words of a Doc as the counted-noun rules read them, with or without a trained pipeline."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimledger.extractors.quantities.data import fold

_APOSTROPHES = ("'", "’")
#: Universal POS tags of words that may be part of a counted noun phrase, and of its head.
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "X"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass
class Word:
    """A token, or an elided word split in two by the tokenizer (``d`` ``'``)."""

    index: int
    text: str
    folded: str
    start: int
    end: int
    sentence: int
    token: Token
    is_stop: bool
    last: Token  # the last token of a word the tokenizer split (``pan`` ``-`` ``democratic``)

    @property
    def pos(self) -> str:
        """The universal POS tag, empty without a tagger."""
        return self.token.pos_

    @property
    def lemma(self) -> str:
        """The lemma (of the last part of a split word), empty without a lemmatizer."""
        if self.last.i == self.token.i or self.last.text in _APOSTROPHES or not self.last.lemma_:
            return self.token.lemma_
        return self.text[: self.last.idx - self.start] + self.last.lemma_

    @property
    def morph(self) -> str:
        """The morphological features, as ``Key=Value|...``, empty without a tagger."""
        return str(self.token.morph)

    @property
    def is_participle(self) -> bool:
        """Whether the tagger reads a past participle, which may qualify a noun (``présumés``)."""
        features = self.morph.split("|")
        return self.pos == "VERB" and "VerbForm=Part" in features and "Tense=Past" in features

    @property
    def is_alpha(self) -> bool:
        """Whether the word starts with a letter."""
        return self.text[:1].isalpha()


class DocWords:
    """The words of ``doc`` in order, found by character offset."""

    def __init__(
        self,
        doc: Doc,
        function_words: frozenset[str] = frozenset(),
        sentences: list[tuple[int, int]] | None = None,
    ) -> None:
        self.doc = doc
        self.has_pos = doc.has_annotation("POS")
        self.has_lemma = doc.has_annotation("LEMMA")
        self.has_dep = doc.has_annotation("DEP")
        self.words = _read_words(doc, function_words, sentences or [(0, len(doc.text))])
        self.starts = [w.start for w in self.words]
        self.ends = [w.end for w in self.words]
        self.by_token = {w.token.i: w for w in self.words}

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, index: int) -> Word | None:
        return self.words[index] if 0 <= index < len(self.words) else None

    def first_from(self, offset: int) -> int:
        """The index of the first word starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def last_before(self, offset: int) -> int:
        """The index of the last word ending at or before ``offset`` (-1 if none)."""
        return bisect_right(self.ends, offset) - 1

    def sentence_of(self, offset: int) -> int:
        """The sentence number of the word at ``offset``."""
        index = min(max(self.first_from(offset), 0), len(self.words) - 1)
        return self.words[index].sentence if self.words else 0


def _read_words(
    doc: Doc, function_words: frozenset[str], sentences: list[tuple[int, int]]
) -> list[Word]:
    """Tokens as words, elisions and hyphenated words split by the tokenizer joined again."""
    # Sentences are given (cut by rule), never read from the parse: the same on every pipeline.
    sentence_starts = [start for start, _ in sentences]
    words: list[Word] = []
    whole = doc.text  # Doc.text joins every token anew on each call
    index = 0
    while index < len(doc):
        token = doc[index]
        last = _joined_end(doc, index)
        end = doc[last].idx + len(doc[last].text)
        text = whole[token.idx : end]
        index = last + 1
        folded = fold(text)
        words.append(
            Word(
                len(words),
                text,
                folded,
                token.idx,
                end,
                max(bisect_right(sentence_starts, token.idx) - 1, 0),
                token,
                folded in function_words or doc.vocab[folded].is_stop,
                doc[last],
            )
        )
    return words


def _joined_end(doc: Doc, index: int) -> int:
    """The last token of the word at ``index`` (``d`` ``'``, ``pan`` ``-`` ``democratic``)."""
    token = doc[index]
    following = doc[index + 1] if index + 1 < len(doc) else None
    if following is None or token.whitespace_ or not token.text.isalpha():
        return index
    if following.text in _APOSTROPHES and len(token.text) <= 5:
        return index + 1
    after = doc[index + 2] if index + 2 < len(doc) else None
    hyphen = following.text == "-" and not following.whitespace_
    if hyphen and after is not None and after.text.isalpha():
        return _joined_end(doc, index + 2)
    return index
