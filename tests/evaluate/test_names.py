"""Names and counted phrases: how written forms are compared."""

from __future__ import annotations

import pytest

from claimledger.evaluate.names import head_lemma, names_match, normalize_name, same_head


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("M. Blinken", "blinken"),
        ("Mme Élisabeth Borne", "elisabeth borne"),
        ("Dr. Anthony Fauci", "anthony fauci"),
        ("Mr Biden", "biden"),
        ("l’ONU", "onu"),
        ("l'ONU", "onu"),
        ("Les États-Unis", "etats-unis"),
        ("la Corée du Nord", "coree du nord"),
        ("the White House", "white house"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("  Lloyd   Austin ", "lloyd austin"),
        ("Conseil de sécurité de l’ONU", "conseil de securite de l'onu"),
        ("La", "la"),  # an article alone is a name, not nothing
        ("M.", "m."),
    ],
)
def test_normalize_name(name: str, expected: str) -> None:
    assert normalize_name(name) == expected


@pytest.mark.parametrize(
    ("candidates", "targets", "expected"),
    [
        (["M. Austin"], ["Lloyd Austin", "Austin"], True),
        (["Erdogan"], ["Recep Tayyip Erdoğan", "Erdoğan"], True),
        (["Séoul"], ["seoul"], True),
        (["Austin"], ["Lloyd Austin"], False),  # no partial names: aliases list them
        ([None, "il"], ["Lloyd Austin"], False),
        ([None, None], ["Lloyd Austin"], False),
    ],
)
def test_names_match(candidates: list, targets: list, expected: bool) -> None:
    assert names_match(candidates, targets) is expected


@pytest.mark.parametrize(
    ("phrase", "language", "expected"),
    [
        ("soldats nord-coréens", "fr", "soldat"),
        ("conteneurs de matériel militaire", "fr", "conteneur"),
        ("ce nombre", "fr", "nombre"),
        ("d'euros", "fr", "euro"),
        ("journaux", "fr", "journau"),
        ("côtes", "fr", "côte"),
        ("taux de participation", "fr", "tau"),
        ("North Korean soldiers", "en", "soldier"),
        ("containers of military equipment", "en", "container"),
        ("the death toll", "en", "toll"),
        ("", "fr", None),
        ("de la", "fr", None),
        (None, "en", None),
    ],
)
def test_head_lemma(phrase: str | None, language: str, expected: str | None) -> None:
    assert head_lemma(phrase, language) == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "language", "expected"),
    [
        ("soldats nord-coréens", "soldats", "fr", True),
        ("soldats nord-coréens", "des soldats", "fr", True),
        ("soldats nord-coréens", "troupes nord-coréennes", "fr", False),
        ("côte", "cote", "fr", False),  # accents are kept
        ("pilgrims", "pilgrim", "en", True),
        ("death toll", "deaths", "en", False),
        (None, None, "fr", True),
        (None, "soldats", "fr", False),
        ("soldats", None, "fr", False),
    ],
)
def test_same_head(gold, predicted, language: str, expected: bool) -> None:
    assert same_head(gold, predicted, language) is expected
