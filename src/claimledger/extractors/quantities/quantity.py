"""A figure while it is being read: where it stands, its value, and what has been learnt of it."""

from __future__ import annotations

from dataclasses import dataclass, field

#: How a figure was written.
DIGITS, WORDS, VAGUE, FRACTION = "digits", "words", "vague", "fraction"


@dataclass
class Quantity:
    """One figure of the text; offsets cover its qualifier, number, multiplier and unit."""

    start: int
    end: int
    value: float
    kind: str
    number_start: int = -1
    number_end: int = -1
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    scale: float = 1
    groups: int = 0
    plain: bool = False
    ambiguous: bool = False
    hyphen_word: str | None = None
    qualifier_match: tuple[int, int, str] | None = None
    counted: str | None = None
    counted_key: str | None = None
    counted_words: list[int] = field(default_factory=list)
    location_hint: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.number_start < 0:
            self.number_start = self.start
        if self.number_end < 0:
            self.number_end = self.end

    @property
    def span(self) -> tuple[int, int]:
        """Start and end offsets."""
        return self.start, self.end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether the figure shares a character with ``[start, end)``."""
        return self.start < end and start < self.end


def clean_number(value: float) -> float | int:
    """``value`` to 12 significant digits, an int when whole (``16.4e6`` → ``16400000``)."""
    value = float(f"{value:.12g}")
    return int(value) if value.is_integer() and abs(value) < 1e15 else value
