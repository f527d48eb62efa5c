"""Normalization: one character for one, so that offsets never shift within a line."""

from __future__ import annotations

import pytest

from claimledger.clean.normalize import normalize_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Sur les 8000\u00a0soldats de Koursk", "Sur les 8000 soldats de Koursk"),
        ("question\u202f? répond-il\u202f: «\u202fnon\u202f»", "question ? répond-il : « non »"),
        ("10\u2007000 soldats", "10 000 soldats"),
        ("12\u2009000 soldats", "12 000 soldats"),
        ("un\u2003cadratin\u3000et\tun\u205fespace", "un cadratin et un espace"),
        ("Ligne un\r\nLigne deux\rLigne trois", "Ligne un\nLigne deux\nLigne trois"),
        ("Paragraphe\u2029Suivant\u2028Ligne", "Paragraphe\nSuivant\nLigne"),
        ("Espaces en fin   \nde ligne\u00a0\n", "Espaces en fin\nde ligne\n"),
    ],
    ids=["nbsp", "narrow-nbsp", "figure", "thin", "others", "crlf-cr", "separators", "trailing"],
)
def test_normalize_text(raw, clean):
    assert normalize_text(raw) == clean


def test_one_character_for_one_within_a_line():
    line = "«\u202fNous exhortons fortement (la Corée du Nord)\u00a0», ont-ils écrit\u2009!"
    clean = normalize_text(line)
    assert len(clean) == len(line)
    assert all(a == b for a, b in zip(line, clean, strict=True) if not a.isspace())
