"""The scores of a folder of articles, summed per language, and printed three ways.

``table`` is for the terminal, ``markdown`` for the README, ``json`` has every number.
Figures are micro-averaged: counts are summed over articles before dividing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from claimledger.evaluate.results import ACCURACIES, CATEGORIES, Accuracy, ArticleScore, Counts

LANGUAGE_COLUMNS = ("fr", "en", "all")


@dataclass
class Totals:
    """Counts and accuracies summed over a group of articles."""

    articles: int = 0
    failed: int = 0
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    accuracies: dict[str, Accuracy] = field(
        default_factory=lambda: {a: Accuracy() for a in ACCURACIES}
    )

    def add(self, score: ArticleScore) -> None:
        """Add one article's scores."""
        self.articles += 1
        self.failed += int(score.error is not None)
        for name, counts in score.counts.items():
            self.counts[name].add(counts)
        for name, accuracy in score.accuracies.items():
            self.accuracies[name].add(accuracy)

    def to_dict(self) -> dict:
        """Every number, for JSON."""
        return {
            "articles": self.articles,
            "failed": self.failed,
            "counts": {c: v.to_dict() for c, v in self.counts.items()},
            "accuracies": {a: v.to_dict() for a, v in self.accuracies.items()},
        }


@dataclass
class Report:
    """The scores of every article of a folder, and the gold files that could not be read."""

    gold_dir: str
    scores: list[ArticleScore] = field(default_factory=list)
    gold_errors: list[str] = field(default_factory=list)

    def totals(self, language: str = "all") -> Totals:
        """The sums over the articles in ``language`` (``all``: every article)."""
        totals = Totals()
        for score in self.scores:
            if language in ("all", score.language):
                totals.add(score)
        return totals

    def to_dict(self) -> dict:
        """The report as JSON-compatible data."""
        languages = sorted({s.language for s in self.scores} | {"fr", "en"}) + ["all"]
        return {
            "gold_dir": self.gold_dir,
            "totals": {lang: self.totals(lang).to_dict() for lang in languages},
            "articles": [score.to_dict() for score in self.scores],
            "gold_errors": self.gold_errors,
        }


def format_report(report: Report, fmt: str = "table", verbose: bool = False) -> str:
    """The report as ``table``, ``markdown`` or ``json`` text; ``verbose`` lists every error."""
    if fmt == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    if fmt not in ("table", "markdown"):
        raise ValueError(f"unknown report format {fmt!r} (table, markdown or json)")
    totals = {lang: report.totals(lang) for lang in LANGUAGE_COLUMNS}
    lines = [_headline(report, totals), ""]
    lines += _scores_table(totals, markdown=fmt == "markdown")
    lines += [""] + _accuracy_table(totals, markdown=fmt == "markdown")
    lines += _failures(report)
    if verbose:
        lines += _details(report)
    return "\n".join(lines)


def _headline(report: Report, totals: dict[str, Totals]) -> str:
    counts = ", ".join(f"{lang} {totals[lang].articles}" for lang in LANGUAGE_COLUMNS[:-1])
    failed = totals["all"].failed
    return (
        f"{totals['all'].articles} articles ({counts}) from {report.gold_dir}; "
        f"{failed} failed to extract"
    )


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _rows(header: list[str], rows: list[list[str]], markdown: bool) -> list[str]:
    """Rows laid out as a markdown table, or as aligned columns."""
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        return lines + ["| " + " | ".join(row) + " |" for row in rows]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in [header, *rows]
    ]


def _scores_table(totals: dict[str, Totals], markdown: bool) -> list[str]:
    header = ["category"] + [f"{lang} {m}" for lang in LANGUAGE_COLUMNS for m in ("P", "R", "F1")]
    header.append("gold/pred")
    rows = []
    for category in CATEGORIES:
        row = [category]
        for lang in LANGUAGE_COLUMNS:
            counts = totals[lang].counts[category]
            row += [_figure(counts.precision), _figure(counts.recall), _figure(counts.f1)]
        counts = totals["all"].counts[category]
        row.append(f"{counts.tp + counts.fn}/{counts.tp + counts.fp}")
        rows.append(row)
    return _rows(header, rows, markdown)


def _accuracy_table(totals: dict[str, Totals], markdown: bool) -> list[str]:
    header = ["accuracy"] + [lang for lang in LANGUAGE_COLUMNS] + ["right/cases"]
    rows = []
    for name in ACCURACIES:
        row = [name] + [_figure(totals[lang].accuracies[name].value) for lang in LANGUAGE_COLUMNS]
        accuracy = totals["all"].accuracies[name]
        rows.append(row + [f"{accuracy.correct}/{accuracy.total}"])
    return _rows(header, rows, markdown)


def _failures(report: Report) -> list[str]:
    lines = [f"failed: {s.id}: {s.error}" for s in report.scores if s.error is not None]
    lines += [f"gold file not read: {error}" for error in report.gold_errors]
    return [""] + lines if lines else []


def _details(report: Report) -> list[str]:
    lines = []
    for score in report.scores:
        lines += ["", f"{score.id} ({score.language}, {score.origin})"]
        if score.error is not None:
            lines.append(f"  failed: {score.error}")
        lines += [f"  {issue}" for issue in score.issues] or ["  no error"]
    return lines
