"""Language classes: spaCy's, except for French, whose tokenizer data claimledger replaces.

Importing ``spacy.lang.fr`` compiles spaCy's French tokenizer data, which takes longer than
everything else a cold ``claimledger extract`` does. ``ClaimledgerFrench`` is a spaCy Language for
``fr`` whose defaults come from ``lang/fr/tokenizer.toml`` (see ``tokenizer.py``); claimledger's
models are built and loaded with it. Its word features read ’ as ' (``l’ONU`` looks like
``l'ONU`` to the models). Its stop words are spaCy's French list; it has no noun-chunk iterator.
"""

from __future__ import annotations

from pathlib import Path

from spacy import util
from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX
from spacy.lang.lex_attrs import LEX_ATTRS
from spacy.language import BaseDefaults, Language

from claimledger.annotate.tokenizer import TOKENIZER_NAME, french_rules
from claimledger.lang import load_language, spacy_stop_words

_FRENCH = french_rules(load_language("fr").table("tokenizer"))


def _straight(getter):
    """``getter`` reading ’ as ': the features the models see are the same for both apostrophes."""
    return lambda text: getter(text.replace("’", "'"))


class ClaimledgerFrenchDefaults(BaseDefaults):
    """French defaults built from claimledger's small rule set."""

    lex_attr_getters = {attr: _straight(LEX_ATTRS[attr]) for attr in (NORM, PREFIX, SUFFIX, SHAPE)}
    stop_words = spacy_stop_words("fr")  # not a model feature: the extractors read is_stop
    tokenizer_exceptions = _FRENCH["exceptions"]
    prefixes = _FRENCH["prefixes"]
    suffixes = _FRENCH["suffixes"]
    infixes = _FRENCH["infixes"]


class ClaimledgerFrench(Language):
    """French, quick to build: claimledger's tokenizer rules instead of spaCy's French data."""

    lang = "fr"
    Defaults = ClaimledgerFrenchDefaults


LANGUAGE_CLASSES: dict[str, type[Language]] = {"fr": ClaimledgerFrench}


def language_class(code: str) -> type[Language]:
    """The Language class claimledger builds and loads pipelines of ``code`` with."""
    return LANGUAGE_CLASSES.get(code) or util.get_lang_class(code)


def blank_pipeline(code: str) -> Language:
    """An empty pipeline for ``code`` with claimledger's tokenizer."""
    config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}}
    return language_class(code).from_config(config)


def load_model_dir(path: Path) -> Language:
    """Load the spaCy pipeline saved in ``path`` with claimledger's class for its language."""
    config = util.load_config(path / "config.cfg")
    meta = util.load_meta(path / "meta.json")
    nlp = language_class(config["nlp"]["lang"]).from_config(config, meta=meta)
    return nlp.from_disk(path)
