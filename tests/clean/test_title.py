"""The title: the input's, or a headline standing first in plain text."""

from __future__ import annotations

import pytest

from claimledger.clean.dateline import find_dateline
from claimledger.clean.title import repeats, take_title


def _take(text: str, given: str | None = None):
    return take_title(text.split("\n"), given, lambda line: find_dateline(line) is not None)


def test_the_seed_headline_is_repeated_by_the_lead(seed_text):
    lines = seed_text.split("\n")
    lines[0] = ""  # the skip link, removed as boilerplate before
    title, kept, copies = take_title(lines, None, lambda line: False)
    assert title == "Quelque 8000 soldats nord-coréens sont actuellement en Russie."
    assert [line for line in kept if line][0].startswith(
        "Quelque 8000 soldats nord-coréens sont actuellement en Russie près de"
    )
    assert copies == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Opportunity fait de l'escalade sur Mars\n\n1er mars 2016 . –\nL' astromobile martien",
            "Opportunity fait de l'escalade sur Mars",
        ),
        (
            "Over 900 asylum seekers rescued off Indonesian coast\n\nMonday, May 18, 2015\nOn Fri",
            "Over 900 asylum seekers rescued off Indonesian coast",
        ),
        (
            "Jo Cox a succombé à ses blessures\n16 juin 2016, 16 h 20 UTC . –\nLes autorités",
            "Jo Cox a succombé à ses blessures",
        ),
        (
            "Tempête Ciaran : des records de vent ont-ils été enregistrés ?\n\nLa tempête s’abat.",
            "Tempête Ciaran : des records de vent ont-ils été enregistrés ?",
        ),
    ],
    ids=["winer", "gum", "dateline-follows", "question"],
)
def test_headline_standing_first(text, title):
    assert _take(text)[0] == title


@pytest.mark.parametrize(
    "text",
    [
        "Le représentant russe n’a pas répondu.\n\nLa session a ensuite été ajournée.",
        "Le représentant russe à la réunion, convoquée par Moscou pour discuter de la paix",
        "La session a été ajournée\nLe représentant russe n’a pas répondu au commentaire.",
        " ".join(["Une très longue première ligne qui n’est pas un titre"] * 6) + "\n\nSuite.",
    ],
    ids=["sentence", "single-line", "no-blank-after", "too-long"],
)
def test_no_headline(text):
    title, kept, _ = _take(text)
    assert title is None
    assert kept == text.split("\n")


def test_the_given_title_drops_its_copy_atop_the_body():
    text = (
        "Frain Incendie dans une maison : cinq personnes relogées\nDes flammes se sont propagées."
    )
    title, kept, copies = _take(text, "Frain. Incendie dans une maison : cinq personnes relogées")
    assert title == "Frain. Incendie dans une maison : cinq personnes relogées"
    assert [line for line in kept if line] == ["Des flammes se sont propagées."]
    assert copies == ["Frain Incendie dans une maison : cinq personnes relogées"]


def test_the_given_title_leaves_a_different_first_line():
    text = "Trump, who again declined to participate, remains the front-runner.\nFormer Gov."
    title, kept, copies = _take(text, "Nikki Haley battles Ramaswamy and DeSantis")
    assert title == "Nikki Haley battles Ramaswamy and DeSantis"
    assert kept == text.split("\n")
    assert copies == []


@pytest.mark.parametrize(
    ("lead", "headline", "expected"),
    [
        (
            "Quelque 8000 soldats sont en Russie près de Koursk.",
            "Quelque 8000 soldats sont en Russie.",
            True,
        ),
        ("Quelque 8000 soldats sont en Russie.", "Quelque 8000 soldats sont en Russie.", False),
        (
            "Les 8000 soldats sont en Russie près de Koursk.",
            "Quelque 8000 soldats sont en Russie.",
            False,
        ),
    ],
)
def test_repeats(lead, headline, expected):
    assert repeats(lead, headline) is expected
