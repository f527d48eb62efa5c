"""French TimeBank evaluation: reading .tml files, pairing, and the bar on the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.contract import Time
from claimledger.evaluate.timebank import (
    GoldTimex,
    TimeBankScore,
    evaluate_timebank,
    format_timebank,
    pair_times,
    read_tml,
    score_document,
)
from claimledger.interfaces.cli import main

TML = """<?xml version='1.0' encoding='UTF-8'?>
<TimeML>
<DOCID>1999-05-21-0104</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="1999-05-21" /></DCT>
<TEXT>
Un chauffeur de 38 ans a été <EVENT eid="e1">agressé</EVENT>, <TIMEX3 tid="t2" type="DATE" \
value="1999-05-20">hier</TIMEX3> vers <TIMEX3 tid="t3" type="TIME" value="1999-05-20T18:00" \
mod="APPROX">18 h</TIMEX3>, place de l'Etang &amp; de la Poche. <TIMEX3 tid="t4" type="DATE" \
value="PRESENT_REF" />
</TEXT>
</TimeML>
"""


@pytest.fixture
def tml(tmp_path: Path) -> Path:
    path = tmp_path / "1999-05-21-0104.tml"
    path.write_text(TML, encoding="utf-8")
    return path


def test_read_tml_keeps_offsets_into_the_plain_text(tml: Path) -> None:
    document = read_tml(tml)
    assert document.dct == "1999-05-21"
    assert "<" not in document.text and "l'Etang & de la Poche" in document.text
    assert [(g.text, g.type, g.value) for g in document.timexes] == [
        ("hier", "DATE", "1999-05-20"),
        ("18 h", "TIME", "1999-05-20T18:00"),
    ]
    for gold in document.timexes:
        assert document.text[gold.start : gold.end] == gold.text


def test_score_document(tml: Path) -> None:
    score = TimeBankScore()
    score_document(read_tml(tml), score)
    assert (score.gold, score.found, score.strict, score.relaxed) == (2, 2, 2, 2)
    assert (score.values, score.types) == (2, 2)
    with_ages = TimeBankScore()
    score_document(read_tml(tml), with_ages, leave_out=frozenset())
    assert with_ages.found == 3 and any("38 ans" in e for e in with_ages.errors)


def test_pair_times_is_one_to_one_by_overlap() -> None:
    gold = (
        GoldTimex(0, 14, "vers 12 h 30 l", "TIME", "T12:30"),
        GoldTimex(20, 24, "hier", "DATE", None),
    )
    found = [
        Time(id="t1", start=5, end=12, text="12 h 30", type="TIME"),
        Time(id="t2", start=0, end=4, text="vers", type="TIME"),
    ]
    pairs = pair_times(gold, found)
    assert [(g.text, t.text) for g, t in pairs] == [("vers 12 h 30 l", "12 h 30")]


def test_format_timebank() -> None:
    score = TimeBankScore(documents=1, gold=4, found=4, strict=2, relaxed=4, values=3, types=4)
    text = format_timebank(score)
    assert "strict    0.500  0.500  0.500" in text
    assert "value accuracy 0.750 (3/4)" in text


def test_french_timebank_meets_the_bar(shared: Path) -> None:
    score = evaluate_timebank(shared / "data/time/fr-timebank")
    assert score.documents == 54 and score.gold == 181
    assert score.span(score.relaxed)[2] >= 0.90
    assert score.value_accuracy >= 0.85


def test_timebank_command(shared: Path) -> None:
    result = CliRunner().invoke(main, ["timebank", str(shared / "data/time/fr-timebank")])
    assert result.exit_code == 0, result.output
    assert "value accuracy" in result.output and "type accuracy" in result.output
