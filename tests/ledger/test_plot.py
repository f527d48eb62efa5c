"""The SVG picture of compare: well-formed, one mark per estimate, bounds drawn as such."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest

from claimledger.ledger import Ledger
from claimledger.ledger.plot import format_estimate, format_number, plot_svg
from tests.ledger.articles import later_documents, seed_document

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def full(ledger: Ledger) -> Ledger:
    """The seed and the later articles."""
    for document in [seed_document(), *later_documents()]:
        ledger.ingest(document)
    return ledger


def _parse(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg)


def _texts(root: ElementTree.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def test_the_seed_picture_shows_four_sources_and_their_figures(full):
    full.delete("lemonde-2024-11-05")
    svg = plot_svg(full.compare("soldats nord-coréens", limit=1), "soldats")
    root = _parse(svg)
    texts = _texts(root)
    for label in ["≈ 8 000", "≈ 10 000", "≤ 12 000", "2024-10-31"]:
        assert label in texts
    legend = [t for t in texts if " · " in t]
    assert {t.split(" · ")[0] for t in legend} >= {
        "administration Biden",
        "États-Unis",
        "Séoul",
        "Ukraine",
    }
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert len(titles) == 6  # one hover text per estimate
    assert any(t.startswith("Ukraine, 2024-10-31: up to 12 000") for t in titles)


def test_marks_say_how_the_figure_was_given(full):
    root = _parse(plot_svg(full.compare("soldats nord-coréens", limit=1)))
    marks = [g for g in root.iter(f"{SVG}g") if g.find(f"{SVG}title") is not None]
    by_source = {}
    for mark in marks:
        by_source.setdefault(mark.find(f"{SVG}title").text.split(",")[0], []).append(mark)
    biden = by_source["administration Biden"][0].find(f"{SVG}circle")
    assert biden.get("fill") == "white"  # approximately: a hollow dot
    up_to = by_source["Ukraine"][0]
    assert up_to.find(f"{SVG}polygon") is not None and up_to.find(f"{SVG}circle") is None
    ranged = by_source["Ukraine"][1]
    assert len(ranged.findall(f"{SVG}line")) == 3  # a bar and two caps


def test_one_panel_per_quantity_and_escaped_names(ledger):
    document = seed_document()
    entities = [e.model_copy(update={"name": "<Séoul & alliés>"}) if e.id == "e9" else e
                for e in document.entities]  # fmt: skip
    ledger.ingest(document.model_copy(update={"entities": entities}))
    svg = plot_svg(ledger.compare("soldats"), "a <title> & more")
    texts = _texts(_parse(svg))
    assert "a <title> & more" in texts
    assert sum(t.startswith("<Séoul & alliés>") for t in texts) == 1
    assert sum("estimate" in t and "—" in t for t in texts) == 2


def test_nothing_to_draw_is_said(ledger):
    texts = _texts(_parse(plot_svg([])))
    assert "No dated estimate to draw." in texts


@pytest.mark.parametrize(
    ("value", "text"),
    [(8000, "8 000"), (12000.0, "12 000"), (2.5, "2.5"), (1.5e9, "1 500 000 000"), (0.125, "0.12"),
     (10**20, "100 000 000 000 000 000 000")],
)  # fmt: skip
def test_format_number(value, text):
    assert format_number(value) == text


def test_format_estimate_words(full):
    quantity = full.compare("soldats nord-coréens", limit=1)[0]
    words = [format_estimate(e) for e in quantity.estimates]
    assert words[:4] == ["about 8 000", "about 10 000", "11 000", "up to 12 000"]
    assert "11 000–12 000" in words
