"""The tokenizer: spaCy's rule tokenizer, small French rules, and touches the extractors need.

spaCy's own French data compiles a regular expression of several hundred hyphenated-word patterns
when it is imported (1.7 s here, up to 4 s on slower machines) and its exceptions cost as much again
when a saved tokenizer is restored. claimledger's French rules are built from
``lang/fr/tokenizer.toml`` instead, in a few milliseconds:

1. elided words are tokens (``l'`` ``qu'`` ``d’``), hyphenated pronouns after a verb too
   (``a`` ``-t-il``), every other hyphenated word stays whole (``nord-coréens``, ``États-Unis``);
2. abbreviations keep their period (``M.``), guillemets are tokens of their own.

Every language then gets, after spaCy's rules:

3. digit groups are one token (``10 000``, ``10\u00a0000``, ``1 000 000``), as in UD French;
4. a token written with ’ gets the norm written with ', so the models see one apostrophe;
5. the first token after a line break starts a sentence: paragraphs are never run together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.lang.char_classes import (
    ALPHA,
    ALPHA_LOWER,
    ALPHA_UPPER,
    CONCAT_QUOTES,
    CURRENCY,
    LIST_ELLIPSES,
    LIST_PUNCT,
    LIST_QUOTES,
    UNITS,
)
from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

if TYPE_CHECKING:
    from spacy.language import Language

TOKENIZER_NAME = "claimledger.Tokenizer.v1"
APOSTROPHES = "'’"
# Spaces that may sit inside a number (French typography writes 10 000 with a no-break space).
GROUP_SPACES = frozenset("\u00a0\u202f\u2009")
GROUP_HEAD = re.compile(r"\d{1,3}")
GROUP_TAIL = re.compile(r"\d{3}(?:[.,]\d+)?")


class ClaimledgerTokenizer(Tokenizer):
    """spaCy's Tokenizer followed by digit-group merging, apostrophe norms and paragraph starts."""

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        merge_digit_groups(doc)
        if "’" in text:
            normalize_apostrophes(doc)
        if "\n" in text:
            start_sentences_after_breaks(doc)
        return doc


def merge_digit_groups(doc: Doc) -> None:
    """Merge ``10`` ``000`` (cut at a space or a no-break space) into one token ``10 000``."""
    spans = []
    i = 0
    while i < len(doc):
        end = _digit_group_end(doc, i) if GROUP_HEAD.fullmatch(doc[i].text) else i + 1
        if end - i > 1:
            spans.append((i, end))
        i = end
    if not spans:
        return
    with doc.retokenize() as retokenizer:
        for start, end in spans:
            span = doc[start:end]
            norm = "".join(" " if c in GROUP_SPACES else c for c in span.text)
            retokenizer.merge(span, attrs={"NORM": norm})


def _digit_group_end(doc: Doc, start: int) -> int:
    """The end of the digit groups beginning at token ``start`` (``start + 1`` if none follow)."""
    end = start + 1
    while end < len(doc) and not any(c in ".," for c in doc[end - 1].text):
        after = end
        if not doc[end - 1].whitespace_:
            # a lone no-break space between two groups is a token of its own
            gap = doc[after].text
            if gap not in GROUP_SPACES or doc[after].whitespace_:
                break
            after += 1
        if after < len(doc) and GROUP_TAIL.fullmatch(doc[after].text):
            end = after + 1
        else:
            break
    return end


def normalize_apostrophes(doc: Doc) -> None:
    """Give tokens written with ’ the norm written with '."""
    for token in doc:
        if "’" in token.text:
            token.norm_ = token.norm_.replace("’", "'")


def start_sentences_after_breaks(doc: Doc) -> None:
    """Mark the first token after a line break as a sentence start (the parser keeps it)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            following = doc[token.i + 1]
            if not following.is_space:
                following.is_sent_start = True


@registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Registered in configs as ``claimledger.Tokenizer.v1``: the language's rules, our touches."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return ClaimledgerTokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer,
            # spaCy's French token_match (hundreds of hyphen patterns) is what makes it slow;
            # claimledger's rules need none, and a saved None would not reset a loaded one
            token_match=None,
            url_match=defaults.url_match,
        )

    return tokenizer_factory


def french_rules(table: dict) -> dict:
    """Prefixes, suffixes, infixes and exceptions for French from ``lang/fr/tokenizer.toml``."""
    elisions = "|".join(re.escape(word) for word in table["elisions"])
    clitics = "|".join(re.escape(word) for word in table["hyphen_clitics"])
    prefixes = list(TOKENIZER_PREFIXES)
    if elisions:
        prefixes.append(rf"(?i:(?:{elisions})[{APOSTROPHES}])(?=\S)")
    suffixes = [
        *LIST_PUNCT,
        *LIST_ELLIPSES,
        *LIST_QUOTES,
        r"(?<=[0-9])\+",
        r"(?<=°[FfCcKk])\.",
        r"(?<=[0-9])%",
        rf"(?<=[0-9])(?:{CURRENCY})",
        rf"(?<=[0-9])(?:{UNITS})",
        rf"(?<=[0-9{ALPHA_LOWER}%²\-\+(?:{CONCAT_QUOTES})])\.",
        rf"(?<=[{ALPHA_UPPER}][{ALPHA_UPPER}])\.",
    ]
    if clitics:
        suffixes.append(rf"(?<=[{ALPHA}])-(?i:{clitics})")
    # spaCy's infixes cut every hyphen between letters: keep the others, cut only long dashes
    infixes = [rule for rule in TOKENIZER_INFIXES if "(?:-|–|—" not in rule]
    infixes.append(rf"(?<=[{ALPHA}])(?:–|—|--)(?=[{ALPHA}])")
    return {
        "prefixes": prefixes,
        "suffixes": suffixes,
        "infixes": infixes,
        "exceptions": french_exceptions(table),
    }


def french_exceptions(table: dict) -> dict[str, list[dict]]:
    """spaCy's emoticon and whitespace exceptions plus French abbreviations and elided words."""
    # spaCy's base keeps "a." whole (English initials); in French "il y a." ends a sentence
    exceptions = {
        text: value for text, value in BASE_EXCEPTIONS.items() if not re.fullmatch(r"\w\.", text)
    }
    for text in [*table["abbreviations"], *table["whole_words"]]:
        exceptions[text] = [{ORTH: text}]
    for word in table["elisions"]:
        for form in {word, word.capitalize(), word.upper()}:
            for apostrophe in APOSTROPHES:
                exceptions[form + apostrophe] = [{ORTH: form + apostrophe, NORM: word + "'"}]
    return exceptions
