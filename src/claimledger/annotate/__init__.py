"""Clean article → spaCy Doc: load a language pipeline and run it.

1. Use the pipeline the caller names (an installed spaCy package or a path), if any.
2. Else use the model shipped inside claimledger for the article's language, if present,
   built with claimledger's Language class (``language.py``: French loads without spaCy's slow
   French tokenizer data) and tokenizer (``tokenizer.py``).
3. Else fall back to a blank pipeline with a rule-based sentencizer, so that the rest
   of claimledger still runs (extractors that need tags or parses then find less).

Nothing here downloads: a name that is not installed is an error.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimledger.annotate import consistency, knowledge  # noqa: F401  (registers the components)
from claimledger.annotate.language import blank_pipeline, load_model_dir

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


class ModelNotFound(LookupError):
    """The pipeline asked for is neither shipped nor installed."""


def shipped_model_path(language: str) -> Path | None:
    """Where claimledger's own model for ``language`` lies, or None if not shipped."""
    path = MODELS_DIR / language
    return path if (path / "config.cfg").exists() else None


@cache
def load_pipeline(language: str, model: str | None = None) -> Language:
    """The spaCy pipeline for ``language``; ``model`` names another one to use instead."""
    if model:
        try:
            return spacy.load(model)
        except OSError as error:
            raise ModelNotFound(f"spaCy pipeline {model!r} is not installed: {error}") from None
    path = shipped_model_path(language)
    if path is not None:
        return load_model_dir(path)
    nlp = blank_pipeline(language)
    nlp.add_pipe("sentencizer")
    return nlp


def pipeline_name(nlp: Language) -> str:
    """A short name and version for the pipeline, recorded in every document."""
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


def annotate_text(text: str, language: str, model: str | None = None) -> Doc:
    """Run the pipeline of ``language`` on ``text``."""
    return load_pipeline(language, model)(text)
