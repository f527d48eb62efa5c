"""How written forms are compared: names of entities and speakers, and what an amount counts.

Names match when, after lower-casing, removing accents, unifying apostrophes and removing
leading titles (``M.``, ``Mme``, ``Dr``) and articles (``la``, ``l'``, ``the``), one equals
the other. Titles and articles come from every language's data at once, because a French
article may name ``the White House`` and an English one ``le Monde``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from claimledger.evaluate.locate import fold
from claimledger.lang import SUPPORTED_LANGUAGES, load_language

_WORD = re.compile(r"\w[\w-]*'?")


def strip_accents(text: str) -> str:
    """``text`` without its combining accents (``é`` → ``e``, ``ğ`` → ``g``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _plain(text: str) -> str:
    """Lower case, no accents, one kind of apostrophe, single spaces."""
    return " ".join(strip_accents(fold(text)).split())


@cache
def _name_affixes() -> tuple[frozenset[str], tuple[str, ...]]:
    """Titles (without final full stop) and articles of every supported language."""
    titles: set[str] = set()
    articles: list[str] = []
    for code in SUPPORTED_LANGUAGES:
        data = load_language(code)
        titles |= {_plain(t).rstrip(".") for t in data.words("titles")}
        articles += [_plain(a) for a in data.words("articles") if _plain(a) not in articles]
    return frozenset(titles), tuple(articles)


def normalize_name(name: str) -> str:
    """The comparison form of a name: ``M. Blinken`` → ``blinken``, ``l'ONU`` → ``onu``."""
    titles, articles = _name_affixes()
    text = _plain(name)
    while True:
        first, _, rest = text.partition(" ")
        if rest and first.rstrip(".") in titles:
            text = rest
            continue
        stripped = _strip_article(text, first, rest, articles)
        if stripped == text:
            return text
        text = stripped


def _strip_article(text: str, first: str, rest: str, articles: tuple[str, ...]) -> str:
    for article in articles:
        if article.endswith("'") and text.startswith(article) and len(text) > len(article):
            return text[len(article) :].lstrip()
        if first == article and rest:
            return rest
    return text


def name_keys(names: Iterable[str | None]) -> set[str]:
    """The comparison forms of ``names`` (None and empty names left out)."""
    return {key for key in (normalize_name(n) for n in names if n) if key}


def names_match(candidates: Iterable[str | None], targets: Iterable[str | None]) -> bool:
    """Whether one of ``candidates`` names the same as one of ``targets``."""
    return bool(name_keys(candidates) & name_keys(targets))


def head_lemma(phrase: str | None, language: str) -> str | None:
    """The light lemma of the head noun of ``phrase`` (``soldats nord-coréens`` → ``soldat``).

    Scoring runs no tagger, so that a score never depends on the model being scored. The
    nouns are approximated by the first run of content words (not in the language's
    ``function_words``, not digits); the head is its first word (``head = "first"`` in
    ``noun_phrases.toml``: French ``soldats nord-coréens``) or its last (English
    ``North Korean soldiers``); its lemma is the word lower-cased, accents kept (``côte`` is
    not ``cote``), with one plural ending stripped (``soldats`` → ``soldat``, ``journaux``
    → ``journau``: both sides are stripped alike, so the odd stem does no harm).
    """
    if not phrase:
        return None
    data = load_language(language)
    function_words = {fold(w) for w in data.words("function_words")}
    run: list[str] = []
    for word in _WORD.findall(fold(phrase)):
        if word in function_words or word.rstrip("'").isdigit():
            if run:
                break
            continue
        run.append(word.rstrip("'"))
    if not run:
        return None
    settings = data.table("noun_phrases")
    head = run[0] if settings["head"] == "first" else run[-1]
    for ending in settings["plural_endings"]:
        if head.endswith(ending) and len(head) > len(ending) + 1:
            return head[: -len(ending)]
    return head


def same_head(gold: str | None, predicted: str | None, language: str) -> bool:
    """Whether two ``counted`` phrases share their head noun's lemma (null only with null)."""
    gold_head, predicted_head = head_lemma(gold, language), head_lemma(predicted, language)
    if gold_head is None:
        return predicted_head is None
    return gold_head == predicted_head
