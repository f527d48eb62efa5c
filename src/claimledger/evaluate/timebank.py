"""French TimeBank: how well the times extractor finds and resolves TIMEX3 expressions.

1. Read each ``.tml`` file: the text without its tags, the TIMEX3 spans in it, the document
   creation time (DCT) standing for the publication date.
2. Run ``find_times`` on the text with the DCT (no spaCy: tense comes from word forms).
3. Pair system and gold expressions one to one: strictly (same offsets) and relaxed (overlap,
   as in TempEval-3), and score span precision / recall / F1 both ways.
4. Over relaxed pairs, count equal TIMEX3 values and equal types.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from claimledger.contract import Time
from claimledger.extractors.timex import find_times
from claimledger.lang import load_language

DEFAULT_PATH = Path(__file__).resolve().parents[3].parent / "shared/data/time/fr-timebank"

AGES = frozenset({"age"})
_PIECE = re.compile(r"<[^>]+>|[^<]+")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    """One TIMEX3 of the corpus, with offsets into the document text."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(frozen=True)
class TimeBankDocument:
    """The text of one ``.tml`` file, its creation date and its expressions."""

    name: str
    text: str
    dct: str | None
    timexes: tuple[GoldTimex, ...]


@dataclass
class TimeBankScore:
    """Counts over the corpus, and the disagreements behind them."""

    documents: int = 0
    gold: int = 0
    found: int = 0
    strict: int = 0
    relaxed: int = 0
    values: int = 0
    types: int = 0
    leave_out: frozenset[str] = frozenset()
    errors: list[str] = field(default_factory=list)

    def span(self, matched: int) -> tuple[float, float, float]:
        """Precision, recall and F1 for ``matched`` pairs."""
        precision = matched / self.found if self.found else 0.0
        recall = matched / self.gold if self.gold else 0.0
        total = precision + recall
        return precision, recall, (2 * precision * recall / total if total else 0.0)

    @property
    def value_accuracy(self) -> float:
        return self.values / self.relaxed if self.relaxed else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.types / self.relaxed if self.relaxed else 0.0


def read_tml(path: Path) -> TimeBankDocument:
    """The text, DCT and TIMEX3 spans of one ISO-TimeML file."""
    source = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*\bvalue=\"([^\"]+)\"", source)
    body = source.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    pieces: list[str] = []
    length, opened, timexes = 0, None, []
    for piece in _PIECE.findall(body):
        if not piece.startswith("<"):
            piece = html.unescape(piece)
            pieces.append(piece)
            length += len(piece)
        elif piece.startswith("<TIMEX3") and not piece.endswith("/>"):
            opened = (length, dict(_ATTRIBUTE.findall(piece)))
        elif piece.startswith("</TIMEX3") and opened is not None:
            start, attributes = opened
            timexes.append((start, length, attributes))
            opened = None
    text = "".join(pieces)
    gold = tuple(
        GoldTimex(s, e, text[s:e], a.get("type", "DATE"), a.get("value"))
        for s, e, a in timexes
        if e > s
    )
    return TimeBankDocument(path.stem, text, dct[1] if dct else None, gold)


def read_timebank(path: str | Path) -> list[TimeBankDocument]:
    """Every ``.tml`` document under ``path`` (the corpus folder, its ``Data``, or one file)."""
    path = Path(path)
    files = [path] if path.is_file() else sorted(path.rglob("*.tml"))
    if not files:
        raise FileNotFoundError(f"{path}: no .tml files")
    return [read_tml(f) for f in files]


def pair_times(gold: tuple[GoldTimex, ...], found: list[Time]) -> list[tuple[GoldTimex, Time]]:
    """One-to-one pairs of overlapping expressions, the largest overlaps first."""
    overlaps = sorted(
        (
            (min(g.end, t.end) - max(g.start, t.start), i, j)
            for i, g in enumerate(gold)
            for j, t in enumerate(found)
            if g.start < t.end and t.start < g.end
        ),
        reverse=True,
    )
    used_gold, used_found, pairs = set(), set(), []
    for _, i, j in overlaps:
        if i not in used_gold and j not in used_found:
            used_gold.add(i), used_found.add(j)
            pairs.append((gold[i], found[j]))
    return sorted(pairs, key=lambda pair: pair[0].start)


def score_document(
    document: TimeBankDocument, score: TimeBankScore, leave_out: frozenset[str] = AGES
) -> None:
    """Add one document's counts (and its disagreements) to ``score``."""
    found = find_times(document.text, document.dct, load_language("fr"), leave_out=leave_out)
    pairs = pair_times(document.timexes, found)
    score.documents += 1
    score.gold += len(document.timexes)
    score.found += len(found)
    for gold, time in pairs:
        score.strict += (gold.start, gold.end) == (time.start, time.end)
        score.relaxed += 1
        score.values += gold.value == time.value
        score.types += gold.type == time.type
        if gold.value != time.value or gold.type != time.type:
            score.errors.append(
                f"{document.name}\tvalue\t{gold.text!r} {gold.type} {gold.value}"
                f"\t{time.text!r} {time.type} {time.value}"
            )
    paired_gold = {id(g) for g, _ in pairs}
    paired_found = {id(t) for _, t in pairs}
    for gold in document.timexes:
        if id(gold) not in paired_gold:
            score.errors.append(f"{document.name}\tmissed\t{gold.text!r} {gold.type} {gold.value}")
    for time in found:
        if id(time) not in paired_found:
            score.errors.append(f"{document.name}\textra\t{time.text!r} {time.type} {time.value}")


def evaluate_timebank(
    path: str | Path = DEFAULT_PATH, leave_out: frozenset[str] = AGES
) -> TimeBankScore:
    """Scores of the times extractor over the French TimeBank at ``path``.

    Ages (``un homme de 38 ans``) are left out by default: the French TimeBank guidelines do
    not mark them, while claimledger reports them as durations.
    """
    score = TimeBankScore(leave_out=leave_out)
    for document in read_timebank(path):
        score_document(document, score, leave_out)
    return score


def format_timebank(score: TimeBankScore, verbose: bool = False) -> str:
    """The scores as a small table (and every disagreement when ``verbose``)."""
    lines = [
        f"French TimeBank: {score.documents} documents, {score.gold} TIMEX3, {score.found} found",
        f"left out: {', '.join(sorted(score.leave_out)) or 'nothing'}",
        f"{'match':<8} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for name, matched in (("strict", score.strict), ("relaxed", score.relaxed)):
        precision, recall, f1 = score.span(matched)
        lines.append(f"{name:<8} {precision:6.3f} {recall:6.3f} {f1:6.3f}")
    lines.append(f"value accuracy {score.value_accuracy:.3f} ({score.values}/{score.relaxed})")
    lines.append(f"type accuracy  {score.type_accuracy:.3f} ({score.types}/{score.relaxed})")
    if verbose:
        lines += ["", *score.errors]
    return "\n".join(lines)
