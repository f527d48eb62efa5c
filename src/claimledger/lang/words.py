"""Words of an article for name matching: spans of letters and digits, folded for comparison.

Entity matching works on these words rather than on the spaCy tokens, so that it gives the
same answer whatever the tokenizer does with hyphens, elisions and abbreviations.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# Abbreviations written with dots ("U.S.", "D.P.R.K."), then runs of letters and digits that
# may hold inner dots or ampersands ("Amazon.com", "AT&T").
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[.&]\w+)*")
# What may stand between two words of one name: spaces; a hyphen; an apostrophe, maybe spaced.
_JOIN = re.compile(r"[ \t\u00a0\u202f]+|[-‑]|[ \t\u00a0\u202f]*['’ʼ][ \t\u00a0\u202f]*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})
_SENTENCE_END = re.compile(r"(?:[.!?:…«“\"—–]|\n|^)[\s«“\"»”)\]]*$")


@dataclass(frozen=True)
class Word:
    """One word of the text, with its offsets and its folded form."""

    start: int
    end: int
    text: str
    fold: str

    @property
    def capitalized(self) -> bool:
        """True when the word starts with an upper-case letter."""
        return self.text[:1].isupper()

    @property
    def all_caps(self) -> bool:
        """True for acronyms: two letters or more, all upper case."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


@cache
def fold(text: str) -> str:
    """Lower case, without accents, with one kind of apostrophe: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def split_words(text: str) -> list[Word]:
    """The words of ``text``, in order."""
    return [Word(m.start(), m.end(), m.group(), fold(m.group())) for m in _WORD.finditer(text)]


def fold_phrase(phrase: str) -> tuple[str, ...]:
    """The folded words of a name or phrase, as matched against the text."""
    return tuple(fold(m.group()) for m in _WORD.finditer(phrase))


def joined(text: str, left: Word, right: Word) -> bool:
    """True when ``left`` and ``right`` may belong to one name (no punctuation, no line break)."""
    return _JOIN.fullmatch(text, left.end, right.start) is not None


def hyphen_before(text: str, word: Word) -> bool:
    """True when ``word`` continues a hyphenated compound (``russo-ukrainienne``)."""
    return word.start > 1 and text[word.start - 1] in "-‑" and text[word.start - 2].isalnum()


def hyphen_after(text: str, word: Word) -> bool:
    """True when a hyphenated compound goes on after ``word``."""
    end = word.end
    return end + 1 < len(text) and text[end] in "-‑" and text[end + 1].isalnum()


def starts_sentence(text: str, word: Word, sentence_starts: frozenset[int]) -> bool:
    """True when ``word`` opens a sentence, a quotation or a line."""
    if word.start in sentence_starts:
        return True
    return _SENTENCE_END.search(text, max(0, word.start - 8), word.start) is not None


def strip_apostrophe(item: str) -> str:
    """A list item such as ``d'`` in the form of the word the text gives (``d``)."""
    return fold(item).rstrip("'")
