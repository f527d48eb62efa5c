"""The readable summary `show --summary` and `make demo` print."""

from __future__ import annotations

from claimledger.contract import Amount, Document, Entity, Mention, Statement
from claimledger.interfaces.summary import summarize

TEXT = "Les États-Unis ont estimé qu'il y avait environ 10 000 soldats nord-coréens en Russie."


def _document() -> Document:
    usa = Entity(
        id="e1",
        name="États-Unis",
        type="GPE",
        mentions=[Mention(start=4, end=14, text="États-Unis")],
    )
    said = Statement(
        id="s1",
        start=29,
        end=len(TEXT) - 1,
        text=TEXT[29:-1],
        speaker="e1",
        speaker_text="Les États-Unis",
        cue="ont estimé",
    )
    figure = Amount(
        id="a1",
        start=40,
        end=54,
        text="environ 10 000",
        value=10000,
        qualifier="approximately",
        counted="soldats nord-coréens",
        source="e1",
        statement="s1",
    )
    return Document(
        doc_id="d",
        language="fr",
        published="2024-10-31",
        title="Titre",
        text=TEXT,
        entities=[usa],
        statements=[said],
        amounts=[figure],
    )


def test_summary_names_sources_and_qualifiers():
    lines = summarize(_document()).splitlines()
    assert lines[0] == "Titre"
    assert (
        "  États-Unis (ont estimé): il y avait environ 10 000 soldats nord-coréens en Russie"
        in lines
    )
    assert "  environ 10 000 [approximately 10000] soldats nord-coréens — États-Unis" in lines


def test_long_lines_are_clipped_and_indented():
    document = _document()
    document.statements[0].text = document.statements[0].text * 5
    line = next(line for line in summarize(document).splitlines() if "ont estimé" in line)
    assert line.startswith("  ") and line.endswith("…") and len(line) <= 96
