"""Language knowledge as data: one folder per language, the same file names in each.

Lists are ``.txt`` files (one item a line, ``#`` starts a comment); mappings are ``.toml``
files. Algorithms never hold a French or English word: they ask this module.
"""

from __future__ import annotations

import importlib.util
import tomllib
from functools import cache
from pathlib import Path

LANG_DIR = Path(__file__).parent
SUPPORTED_LANGUAGES = ("fr", "en")


class UnsupportedLanguage(ValueError):
    """Raised for a language code claimledger has no data for."""


class LanguageData:
    """The lists and tables of one language, read lazily and cached."""

    def __init__(self, code: str) -> None:
        if code not in SUPPORTED_LANGUAGES:
            supported = ", ".join(SUPPORTED_LANGUAGES)
            raise UnsupportedLanguage(f"language {code!r} is not supported ({supported})")
        self.code = code
        self.folder = LANG_DIR / code

    def __repr__(self) -> str:
        return f"LanguageData({self.code!r})"

    def words(self, name: str) -> tuple[str, ...]:
        """The items of list ``name`` (``NAME.txt``), in file order."""
        return _read_list(self.folder / f"{name}.txt")

    def table(self, name: str) -> dict:
        """The mapping ``name`` (``NAME.toml``)."""
        return _read_table(self.folder / f"{name}.toml")


@cache
def load_language(code: str) -> LanguageData:
    """The data of language ``code`` (``fr`` or ``en``)."""
    return LanguageData(code)


@cache
def spacy_stop_words(code: str) -> frozenset[str]:
    """spaCy's stop-word list of language ``code``.

    The module is read from its file: importing it as ``spacy.lang.fr.stop_words`` would run
    ``spacy.lang.fr`` first, whose tokenizer data take about a second to build.
    """
    spacy_spec = importlib.util.find_spec("spacy")
    if spacy_spec is None or spacy_spec.origin is None:
        return frozenset()
    path = Path(spacy_spec.origin).parent / "lang" / code / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_claimledger_stop_words_{code}", path)
    if spec is None or spec.loader is None:
        return frozenset()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


@cache
def _read_list(path: Path) -> tuple[str, ...]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = line.split("#", 1)[0].strip()
        if item:
            items.append(item)
    return tuple(items)


@cache
def _read_table(path: Path) -> dict:
    with path.open("rb") as f:
        return tomllib.load(f)
