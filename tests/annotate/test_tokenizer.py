"""claimledger's tokenizer: the cuts the extractors rely on, French first."""

from __future__ import annotations

import pytest

from claimledger.annotate.language import blank_pipeline

NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.fixture(scope="module")
def french():
    return blank_pipeline("fr")


@pytest.fixture(scope="module")
def english():
    return blank_pipeline("en")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # digit groups are one token, whatever the space between them
        ("environ 10 000 soldats", ["environ", "10 000", "soldats"]),
        (f"environ 10{NBSP}000 soldats", ["environ", f"10{NBSP}000", "soldats"]),
        (f"12{NNBSP}500,5 euros", [f"12{NNBSP}500,5", "euros"]),
        ("1 000 000 de dollars", ["1 000 000", "de", "dollars"]),
        ("(2 000).", ["(", "2 000", ")", "."]),
        ("1,5 milliard de dollars", ["1,5", "milliard", "de", "dollars"]),
        ("Quelque 8000 soldats", ["Quelque", "8000", "soldats"]),
        ("en 2024 et 12 000", ["en", "2024", "et", "12 000"]),
        # elisions, with either apostrophe
        ("l'administration Biden", ["l'", "administration", "Biden"]),
        ("d’une conférence", ["d’", "une", "conférence"]),
        ("qu'il y avait", ["qu'", "il", "y", "avait"]),
        ("L’Ukraine jusqu'à aujourd'hui", ["L’", "Ukraine", "jusqu'", "à", "aujourd'hui"]),
        ("l'ONU.", ["l'", "ONU", "."]),
        ("privés d' électricité", ["privés", "d'", "électricité"]),
        # titles keep their period
        ("a déclaré M. Blinken.", ["a", "déclaré", "M.", "Blinken", "."]),
        ("Mme Dupont et MM. Durand", ["Mme", "Dupont", "et", "MM.", "Durand"]),
        # hyphens: compounds whole, pronouns after a verb cut
        ("soldats nord-coréens", ["soldats", "nord-coréens"]),
        ("les États-Unis, la Maison-Blanche", ["les", "États-Unis", ",", "la", "Maison-Blanche"]),
        ("a-t-il déclaré", ["a", "-t-il", "déclaré"]),
        ("ont-ils écrit", ["ont", "-ils", "écrit"]),
        ("Qu'est-ce que", ["Qu'", "est", "-ce", "que"]),
        ("un rendez-vous", ["un", "rendez-vous"]),
        ("celui-ci", ["celui-ci"]),
        # guillemets and no-break spaces
        ("«certaines» des troupes", ["«", "certaines", "»", "des", "troupes"]),
        (f"«{NBSP}Nous{NBSP}»", ["«", NBSP, "Nous", NBSP, "»"]),
        ("frontière russo-ukrainienne.", ["frontière", "russo-ukrainienne", "."]),
    ],
)
def test_french_tokens(french, text, tokens):
    doc = french(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("He didn't say 10,000.", ["He", "did", "n't", "say", "10,000", "."]),
        ("Mr. Blinken said", ["Mr.", "Blinken", "said"]),
        ("North Korean troops", ["North", "Korean", "troops"]),
    ],
)
def test_english_tokens(english, text, tokens):
    assert [t.text for t in english(text)] == tokens


def test_digit_group_norm_has_plain_spaces(french):
    (group,) = [t for t in french(f"10{NBSP}000") if not t.is_space]
    assert group.norm_ == "10 000"


@pytest.mark.parametrize("text", ["l’homme", "d’une", "aujourd’hui"])
def test_typographic_apostrophe_reads_as_straight(french, text):
    assert all("’" not in token.norm_ for token in french(text))


def test_line_break_starts_a_sentence(french):
    doc = french("Titre sans point\nPremière phrase. Suite")
    starts = [t.text for t in doc if t.is_sent_start and t.i]
    assert starts == ["Première"]


def test_french_builds_without_spacy_french_data():
    # importing spacy.lang.fr compiles its slow tokenizer data: claimledger never needs it
    import subprocess
    import sys

    code = (
        "import sys; from claimledger.annotate import load_pipeline; load_pipeline('fr'); "
        "print('spacy.lang.fr' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
