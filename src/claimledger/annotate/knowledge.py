"""Known names as a feature of the entity recognizer: a rule component before ``ner``.

claimledger ships knowledge of names (countries from pycountry, places, organizations and their
acronyms, nationalities, given names: ``lang/<lang>/``). This component writes it on the tokens,
in ``token.tag_`` (no component of claimledger's pipelines tags XPOS), so that the recognizer
reads it beside the words themselves and learns how far to trust it:

1. a token inside a known name gets the name's type (``GPE``, ``LOC``, ``ORG``, ``NORP``...);
2. another capitalized token that is a known given name gets ``GIVEN``.

It decides nothing itself: the recognizer, trained with it (``annotating_components``), does.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.lang import load_language
from claimledger.lang.gazetteer import load_gazetteer
from claimledger.lang.words import fold, split_words

FACTORY = "claimledger_known_names"
GIVEN = "GIVEN"


@Language.factory(FACTORY, assigns=["token.tag"], default_config={})
def make_known_names(nlp: Language, name: str) -> KnownNames:
    """Registered factory of the known-names component."""
    return KnownNames(nlp.lang)


class KnownNames:
    """Tag the tokens of known names with their type (see the module docstring)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        tags = known_tags(doc.text, self.lang)
        for (start, end), tag in tags.items():
            span = doc.char_span(start, end, alignment_mode="expand")
            for token in span if span is not None else ():
                if not token.tag_:
                    token.tag_ = tag
        return doc


def known_tags(text: str, lang: str) -> dict[tuple[int, int], str]:
    """Character spans of ``text`` with the tag each one's tokens get, known names first."""
    # The entity stage reads the same gazetteer: the recognizer sees what the stage will know.
    words = split_words(text)
    tags = {
        (words[k.first].start, words[k.last].end): k.referent.type
        for k in load_gazetteer(lang).find(text, words)
    }
    given = _given_names(lang)
    for word in words:
        if word.capitalized and word.fold in given:
            tags.setdefault((word.start, word.end), GIVEN)
    return tags


@cache
def _given_names(lang: str) -> frozenset[str]:
    return frozenset(fold(name) for name in load_language(lang).words("given_names"))
