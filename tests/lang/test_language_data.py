"""Language knowledge is data: every language has the same files, and they all load."""

from __future__ import annotations

import pytest

from claimledger.lang import LANG_DIR, SUPPORTED_LANGUAGES, UnsupportedLanguage, load_language


def _data_files(code: str) -> set[str]:
    return {p.name for p in (LANG_DIR / code).iterdir() if p.suffix in {".txt", ".toml"}}


def test_every_language_has_the_same_files():
    reference = _data_files(SUPPORTED_LANGUAGES[0])
    for code in SUPPORTED_LANGUAGES[1:]:
        assert _data_files(code) == reference, f"{code} differs from {SUPPORTED_LANGUAGES[0]}"


@pytest.mark.parametrize("code", SUPPORTED_LANGUAGES)
def test_every_file_loads(code):
    language = load_language(code)
    for name in sorted(_data_files(code)):
        stem, suffix = name.rsplit(".", 1)
        data = language.words(stem) if suffix == "txt" else language.table(stem)
        assert data, f"{code}/{name} is empty"


def test_unsupported_language_is_a_clear_error():
    with pytest.raises(UnsupportedLanguage, match="'de' is not supported"):
        load_language("de")
