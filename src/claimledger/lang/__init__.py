"""Language knowledge as data: one folder per language, the same file names in each.

Lists are ``.txt`` files (one item a line, ``#`` starts a comment); mappings are ``.toml``
files. Algorithms never hold a French or English word: they ask this module.
"""

from __future__ import annotations

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
