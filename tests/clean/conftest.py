"""Fixtures of the clean tests: the WiNER-fr articles, read from the archive in ../shared."""

from __future__ import annotations

import tarfile

import pytest

WINER_ARCHIVE = "data/ner/winer-fr/WiNER-fr-2016-2017-brat.tar.xz"


@pytest.fixture(scope="session")
def winer(shared) -> dict[str, str]:
    """Every WiNER-fr text (French Wikinews, CC BY 2.5) by file name (``2016_03_01-001``)."""
    texts = {}
    with tarfile.open(shared / WINER_ARCHIVE) as archive:
        for member in archive:
            name = member.name.rsplit("/", 1)[-1]
            if member.isfile() and name.endswith(".txt") and not name.endswith("-urls.txt"):
                texts[name.removesuffix(".txt")] = (
                    archive.extractfile(member).read().decode("utf-8")
                )
    return texts
