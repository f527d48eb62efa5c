"""Datelines: French Wikinews (WiNER-fr), English Wikinews (GUM), wire datelines."""

from __future__ import annotations

import pytest

from claimledger.clean.dateline import check_published, find_dateline, take_dateline
from claimledger.sources import InputError


@pytest.mark.parametrize(
    ("line", "published", "rest"),
    [
        ("23 juin 2018 . –", "2018-06-23", ""),
        ("1er mars 2016 . –", "2016-03-01", ""),
        ("26 mars 2016 . –", "2016-03-26", ""),
        ("7 janvier 2016, 11 h 40 UTC . –", "2016-01-07", ""),
        ("31 mars 2016, 15:37 (UTC) . –", "2016-03-31", ""),
        ("29 juillet 2016, Auschwitz, Pologne . –", "2016-07-29", ""),
        (
            "1er janvier 2017, 1 h 30 UTC+3 . – Au moins 35 personnes sont mortes",
            "2017-01-01",
            "Au moins 35 personnes sont mortes",
        ),
        ("17 août 2016 . –", "2016-08-17", ""),
        ("4 décembre 2016 . –", "2016-12-04", ""),
        ("Lundi 23 juin 2018", "2018-06-23", ""),
        ("PARIS, 23 juin 2018 (AFP) – Le Premier ministre", "2018-06-23", "Le Premier ministre"),
        ("Monday, May 18, 2015", "2015-05-18", ""),
        ("Saturday, September 12, 2015", "2015-09-12", ""),
        ("18 May 2015", "2015-05-18", ""),
        ("WASHINGTON, Nov. 9, 2023 (Reuters) - The", "2023-11-09", "The"),
    ],
)
def test_dateline(line, published, rest):
    dateline = find_dateline(line)
    assert dateline is not None
    assert dateline.published == published
    assert line[dateline.end :].strip() == rest


@pytest.mark.parametrize(
    "line",
    [
        "Le 23 juin 2018, le ministre a annoncé sa démission.",
        "31 février 2016 . –",
        "En 2016, 42,195 km parcourus.",
        "On Friday, fishermen rescued over 700 asylum seekers whose boat sank.",
        "Tour de France 2016 : les résultats de la première étape",
    ],
)
def test_not_a_dateline(line):
    assert find_dateline(line) is None


def test_take_dateline_keeps_the_lead_and_the_standfirst(winer):
    lines = winer["2016_03_04-001"].split("\n")[2:]  # below the title
    published, kept, removed = take_dateline(lines)
    assert published == "2016-03-04"
    assert removed == ["4 mars 2016 . –"]
    body = [line for line in kept if line]
    assert body[0].startswith("En phase d'approche de la piste d'atterrissage")
    assert body[1].startswith("Le BEA annonce ce mercredi")


def test_a_date_deep_in_the_body_is_not_a_dateline():
    lines = ["Premier paragraphe.", "Deuxième.", "Troisième.", "Quatrième.", "23 juin 2018 . –"]
    assert take_dateline(lines) == (None, lines, [])


@pytest.mark.parametrize("value", ["2024-10-31", "2024-10-31T08:15:00Z", "2023-11-02 10:05"])
def test_iso_published_is_accepted(value):
    assert check_published(value, "x") == value


@pytest.mark.parametrize("value", ["31/10/2024", "2024-13-01", "jeudi", "2024-02-30"])
def test_other_published_is_an_input_error(value):
    with pytest.raises(InputError, match=r"^x: published .* is not an ISO 8601 date"):
        check_published(value, "x")
