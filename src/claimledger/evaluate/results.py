"""What scoring produces: counts, accuracies and the list of errors, per article."""

from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES = ("entities", "quotes", "statements", "amounts", "times")
ACCURACIES = (
    "quotes.speaker",
    "statements.speaker",
    "amounts.qualifier",
    "amounts.counted",
    "amounts.source",
    "times.value",
    "cleaning.title",
    "cleaning.boilerplate",
    "cleaning.published",
    "cleaning.language",
)


@dataclass
class Counts:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        """Add ``other`` into these counts (micro-averaging)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        """Share of predictions that are right; None when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """Share of gold items found; None when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; None when there is nothing to score."""
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else None

    def to_dict(self) -> dict:
        """The counts and the three figures, for JSON."""
        figures = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, **figures}


@dataclass
class Accuracy:
    """Right answers over cases of one attribute."""

    correct: int = 0
    total: int = 0

    def record(self, right: bool) -> None:
        """Count one case."""
        self.total += 1
        self.correct += int(right)

    def add(self, other: Accuracy) -> None:
        """Add ``other`` into this accuracy (micro-averaging)."""
        self.correct += other.correct
        self.total += other.total

    @property
    def value(self) -> float | None:
        """The accuracy; None when there was no case."""
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict:
        """The counts and the accuracy, for JSON."""
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@dataclass(frozen=True)
class Issue:
    """One error: a miss (gold not found), a false alarm, or a wrong attribute."""

    kind: str  # "miss", "false alarm" or "wrong"
    category: str  # "quotes", or "quotes.speaker" for an attribute
    detail: str

    def __str__(self) -> str:
        return f"{self.kind} {self.category}: {self.detail}"


@dataclass
class ArticleScore:
    """The scores of one article against its gold file."""

    id: str
    origin: str
    language: str
    error: str | None = None
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    accuracies: dict[str, Accuracy] = field(
        default_factory=lambda: {a: Accuracy() for a in ACCURACIES}
    )
    issues: list[Issue] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Everything about this article, for JSON."""
        return {
            "id": self.id,
            "gold": self.origin,
            "language": self.language,
            "error": self.error,
            "counts": {c: v.to_dict() for c, v in self.counts.items()},
            "accuracies": {a: v.to_dict() for a, v in self.accuracies.items()},
            "issues": [
                {"kind": i.kind, "category": i.category, "detail": i.detail} for i in self.issues
            ],
        }
