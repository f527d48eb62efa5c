"""Ledger keys: folded words that group figures and entities across articles and match queries.

Folding a word: lower case, accents removed, inflection endings and synonyms of the language's
``quantities`` table applied (``troupes nord-coréennes`` → ``soldat nord coreen``). The same
folding runs on stored words (with the document's language) and on a query (with every supported
language, since a query does not say its language), so that inflection never stops a match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from claimledger.lang import SUPPORTED_LANGUAGES, load_language
from claimledger.ledger.search import fts_query

# Runs of letters and digits: the words FTS5's unicode61 tokenizer sees.
_WORD = re.compile(r"[^\W_]+")
# What separates the words of an entity key (the extractor's keys use the same).
_SEPARATORS = re.compile(r"[\s\-‑–—_]+")
# Endings are replaced only when the word keeps this many letters, so short words stay whole.
_MIN_STEM = 3


def strip_accents(text: str) -> str:
    """``text`` in lower case without diacritics: ``Séoul`` → ``seoul``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(entity_type: str, name: str) -> str:
    """The ledger key of an entity that has no key, written like the extractor's keys: the type,
    then the name folded, hyphens as spaces (``GPE:coree du nord``, ``GPE:etats unis``)."""
    return f"{entity_type}:{' '.join(_SEPARATORS.sub(' ', strip_accents(name)).split())}"


@cache
def _folding(language: str) -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    """(endings, synonyms) of ``language``, folded like the words they apply to."""
    table = load_language(language).table("quantities")
    endings = tuple((strip_accents(e), strip_accents(r)) for e, r in table["endings"])
    synonyms = {strip_accents(k): strip_accents(v) for k, v in table["synonyms"].items()}
    return endings, synonyms


def fold_word(word: str, language: str) -> str:
    """One word folded: no case, no accents, no inflection ending, synonym mapped."""
    endings, synonyms = _folding(language)
    word = strip_accents(word)
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) - len(ending) + len(replacement) >= _MIN_STEM:
            word = word[: len(word) - len(ending)] + replacement
            break
    return synonyms.get(word, word)


def fold_words(text: str, language: str) -> list[str]:
    """The words of ``text``, each folded."""
    return [fold_word(word, language) for word in _WORD.findall(text)]


def fold_text(text: str, language: str) -> str:
    """The folded words of ``text`` joined by spaces: the quantity key of ``counted_key``."""
    return " ".join(fold_words(text, language))


def folding_language(language: str) -> str:
    """The language whose folding a document of ``language`` uses: its own, or the first one."""
    return language if language in SUPPORTED_LANGUAGES else SUPPORTED_LANGUAGES[0]


@cache
def _function_words() -> frozenset[str]:
    """Function words of every supported language, folded: left out of queries."""
    words = set()
    for code in SUPPORTED_LANGUAGES:
        words.update(strip_accents(w) for w in load_language(code).words("function_words"))
    return frozenset(words)


def query_tokens(words: str) -> list[str]:
    """The tokens of a query, without function words (unless nothing else is left)."""
    tokens = words.split()
    content = [t for t in tokens if strip_accents(t) not in _function_words()]
    return content or tokens


def match_expression(words: str, folded_column: str) -> str | None:
    """An FTS5 expression: every word as written, or every folded word in ``folded_column``.

    Each alternative quotes every token, so that user words are never FTS syntax. None when
    the query has no word at all.
    """
    tokens = query_tokens(words)
    literal = fts_query(" ".join(tokens))
    alternatives = [f"({literal})"] if literal else []
    for language in SUPPORTED_LANGUAGES:
        folded = [fold_word(w, language) for t in tokens for w in _WORD.findall(t)]
        if folded:
            phrase = fts_query(" ".join(folded))
            alternative = f"{folded_column} : ({phrase})"
            if alternative not in alternatives:
                alternatives.append(alternative)
    if not any(_WORD.search(t) for t in tokens):
        return None
    return " OR ".join(alternatives)
