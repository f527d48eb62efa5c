"""The estimates of a quantity over time, drawn as SVG (written by hand: no plotting library).

One panel per quantity: time across, the figure up (from zero, so that spreads are not
exaggerated), one colour per source with its estimates joined in date order. How a figure was
given shows in its mark: a filled dot is exact, a hollow one approximate, a bar with caps a range,
an arrow down from a cap ``up to`` (or ``less than``), an arrow up ``at least`` (or ``more than``).
Estimates of the same day are set side by side so that none hides another.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from xml.sax.saxutils import escape

from claimledger.ledger.queries import Estimate, Quantity

WIDTH, PANEL_HEIGHT = 960, 420
LEFT, RIGHT, TOP, BOTTOM = 80, 250, 56, 64
# Colour-blind-safe palette (Okabe-Ito, then Tol's muted), one colour per source.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#882255",
           "#117733", "#999933", "#332288")  # fmt: skip
OTHERS = "#888888"
# Horizontal step between estimates given on the same day, in pixels.
DODGE = 22
# Values are written beside the marks when a panel has at most this many estimates.
LABELLED = 30
FONT = "font-family='DejaVu Sans, Arial, sans-serif'"


def plot_svg(quantities: list[Quantity], title: str | None = None) -> str:
    """An SVG picture of ``quantities`` (one panel each, the first four)."""
    panels = [q for q in quantities if any(e.date for e in q.estimates)][:4]
    height = TOP + max(len(panels), 1) * PANEL_HEIGHT
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{WIDTH}' height='{height}' "
        f"viewBox='0 0 {WIDTH} {height}' {FONT}>",
        f"<rect width='{WIDTH}' height='{height}' fill='white'/>",
        _text(LEFT, 28, title or "Estimates over time", size=18, weight="bold"),
    ]
    if not panels:
        parts.append(_text(LEFT, TOP + 40, "No dated estimate to draw.", size=14))
    for index, quantity in enumerate(panels):
        parts.append(_panel(quantity, TOP + index * PANEL_HEIGHT))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _panel(quantity: Quantity, top: int) -> str:
    """One quantity's chart, its top edge at ``top``."""
    estimates = [e for e in quantity.estimates if e.date]
    colours = _colours(estimates)
    x_of = _time_scale(estimates)
    y_of, y_ticks = _value_scale(estimates, top)
    bottom = top + PANEL_HEIGHT - BOTTOM
    heading = quantity.label + (f" · {quantity.location}" if quantity.location else "")
    unit = f" ({quantity.unit})" if quantity.unit else ""
    parts = [
        _text(LEFT, top + 18, f"{heading}{unit} — {_count(len(estimates))}", 15, "bold"),
        _axes(x_of, y_of, y_ticks, estimates, top, bottom),
    ]
    positions = _positions(estimates, x_of)
    for key, colour in colours.items():
        points = [(positions[i], y_of(e.value)) for i, e in enumerate(estimates)
                  if e.source_key == key]  # fmt: skip
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            parts.append(f"<polyline points='{path}' fill='none' stroke='{colour}' "
                         "stroke-width='1.5' stroke-opacity='0.6'/>")  # fmt: skip
    for day, indexes in _same_day(estimates).items():
        if len(indexes) > 1:
            parts.append(_same_day_bracket(x_of(to_date(day)), len(indexes), top + 36, bottom))
    for index, estimate in enumerate(estimates):
        colour = colours.get(estimate.source_key, OTHERS)
        parts.append(_mark(estimate, positions[index], y_of, colour))
    if len(estimates) <= LABELLED:
        parts += _labels(estimates, positions, y_of, colours)
    parts.append(_legend(estimates, colours, top))
    return "\n".join(parts)


def _count(number: int) -> str:
    """``number`` estimates, in words."""
    return f"{number} estimate" + ("" if number == 1 else "s")


def _colours(estimates: list[Estimate]) -> dict[str, str]:
    """Source key → colour, in order of first estimate; sources beyond the palette share grey."""
    keys = list(dict.fromkeys(e.source_key for e in estimates))
    return dict(zip(keys, PALETTE, strict=False))


def to_date(value: str) -> date:
    """A date from YYYY-MM-DD or YYYY-MM (the middle of the month)."""
    if len(value) == 7:
        return date.fromisoformat(value + "-15")
    return date.fromisoformat(value[:10])


def _time_scale(estimates: list[Estimate]):
    """Date → x, leaving room on both sides for estimates set side by side on one day."""
    days = [to_date(e.date).toordinal() for e in estimates if e.date]
    first, last = min(days), max(days)
    widest = max(len(group) for group in _same_day(estimates).values())
    margin = (widest - 1) / 2 * DODGE + 24
    left, right = LEFT + margin, WIDTH - RIGHT - margin
    # One date only: it stands in the middle, a fortnight of axis on each side.
    low, high = (first - 15, last + 15) if first == last else (first, last)

    def x_of(day: date) -> float:
        return left + (day.toordinal() - low) / (high - low) * (right - left)

    # The dates at the ends of the axis, for its ticks.
    outer = margin / (right - left) * (high - low)
    x_of.range = (date.fromordinal(math.ceil(low - outer)), date.fromordinal(int(high + outer)))
    return x_of


def _nice_step(span: float) -> float:
    """A step of 1, 2 or 5 times a power of ten giving four to eight ticks over ``span``."""
    raw = span / 5
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _value_scale(estimates: list[Estimate], top: int):
    """(value → y, tick values): from zero to a little above the highest bound."""
    highest = max(float(e.highest) for e in estimates)
    step = _nice_step(highest * 1.1 if highest > 0 else 1)
    limit = step * math.ceil(highest * 1.1 / step) if highest > 0 else step
    upper, lower = top + 36, top + PANEL_HEIGHT - BOTTOM

    def y_of(value: float) -> float:
        return lower - float(value) / limit * (lower - upper)

    ticks = [step * i for i in range(int(round(limit / step)) + 1)]
    return y_of, ticks


def _date_ticks(first: date, last: date) -> tuple[list[date], str]:
    """Tick dates between ``first`` and ``last`` (days, weeks or months) and their label format."""
    span = (last - first).days
    for step in (1, 2, 7, 14):
        if span / step <= 8:
            # Weekly ticks fall on Mondays.
            start = first if step < 7 else first + timedelta(days=(7 - first.weekday()) % 7)
            days = range((start - first).days, span + 1, step)
            return [first + timedelta(days=d) for d in days], "%Y-%m-%d"
    months = [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
              for i in range(1, (span // 28) + 2)]  # fmt: skip
    months = [m for m in months if m <= last]
    every = max(1, math.ceil(len(months) / 8))
    return months[::every], "%Y-%m"


def _axes(x_of, y_of, y_ticks, estimates, top: int, bottom: int) -> str:
    """Grid, axes and tick labels."""
    right = WIDTH - RIGHT
    parts = []
    for value in y_ticks:
        y = y_of(value)
        parts.append(f"<line x1='{LEFT}' y1='{y:.1f}' x2='{right}' y2='{y:.1f}' stroke='#e5e5e5'/>")
        parts.append(_text(LEFT - 8, y + 4, format_number(value), 12, anchor="end"))
    dates = sorted({to_date(e.date) for e in estimates if e.date})
    # Few dates: the ticks are the dates themselves, so each estimate's date reads off the axis.
    ticks, pattern = (dates, "%Y-%m-%d") if len(dates) <= 5 else _date_ticks(*x_of.range)
    last_label = -math.inf
    for day in ticks:
        x = x_of(day)
        parts.append(
            f"<line x1='{x:.1f}' y1='{bottom}' x2='{x:.1f}' y2='{bottom + 5}' stroke='#444'/>"
        )
        # A label too close to the previous one would overlap it: the tick stays, unlabelled.
        if x - last_label >= 84:
            parts.append(_text(x, bottom + 20, day.strftime(pattern), 12, anchor="middle"))
            last_label = x
    parts.append(f"<line x1='{LEFT}' y1='{bottom}' x2='{right}' y2='{bottom}' stroke='#444'/>")
    parts.append(f"<line x1='{LEFT}' y1='{top + 30}' x2='{LEFT}' y2='{bottom}' stroke='#444'/>")
    return "\n".join(parts)


def _same_day(estimates: list[Estimate]) -> dict[str, list[int]]:
    """Date → indexes of the estimates of that date."""
    by_day: dict[str, list[int]] = {}
    for index, estimate in enumerate(estimates):
        by_day.setdefault(estimate.date, []).append(index)
    return by_day


def _same_day_bracket(centre: float, count: int, top: float, bottom: float) -> str:
    """A light band behind estimates set side by side, down to their date on the axis."""
    half = (count - 1) / 2 * DODGE + 8
    return (f"<rect x='{centre - half:.1f}' y='{top:.1f}' width='{2 * half:.1f}' "
            f"height='{bottom - top:.1f}' fill='#000' fill-opacity='0.05'/>"
            f"<line x1='{centre:.1f}' y1='{bottom - 6}' x2='{centre:.1f}' y2='{bottom}' "
            "stroke='#444'/>")  # fmt: skip


def _positions(estimates: list[Estimate], x_of) -> list[float]:
    """The x of each estimate: its date, moved aside from others of the same day."""
    positions = [0.0] * len(estimates)
    for day, indexes in _same_day(estimates).items():
        centre = x_of(to_date(day))
        for rank, index in enumerate(indexes):
            positions[index] = centre + (rank - (len(indexes) - 1) / 2) * DODGE
    return positions


def _mark(estimate: Estimate, x: float, y_of, colour: str) -> str:
    """The mark of one estimate (dot, hollow dot, range bar or arrow), with its hover text."""
    y = y_of(estimate.value)
    qualifier = estimate.qualifier
    if qualifier == "range" and estimate.low is not None and estimate.high is not None:
        shape = _bar(x, y_of(estimate.low), y_of(estimate.high), colour) + _dot(x, y, colour)
    elif qualifier in ARROWS:
        shape = _arrow(x, y, colour, down=ARROWS[qualifier])
    else:
        shape = _dot(x, y, colour, hollow=qualifier == "approximately")
    return f"<g><title>{escape(_tooltip(estimate))}</title>{shape}</g>"


# Bounds drawn as arrows: True points down (the figure is a ceiling), False up (a floor).
ARROWS = {"up_to": True, "less_than": True, "at_least": False, "more_than": False}


def _dot(x: float, y: float, colour: str, hollow: bool = False) -> str:
    """A dot: filled for an exact figure, hollow for an approximate one."""
    fill = "white" if hollow else colour
    return (f"<circle cx='{x:.1f}' cy='{y:.1f}' r='5' fill='{fill}' stroke='{colour}' "
            "stroke-width='2'/>")  # fmt: skip


def _line(x1: float, y1: float, x2: float, y2: float, colour: str) -> str:
    """A two-pixel line."""
    return (f"<line x1='{x1:.1f}' y1='{y1:.1f}' x2='{x2:.1f}' y2='{y2:.1f}' stroke='{colour}' "
            "stroke-width='2'/>")  # fmt: skip


def _bar(x: float, low: float, high: float, colour: str) -> str:
    """A range: a vertical bar with caps at both bounds."""
    caps = _line(x - 5, low, x + 5, low, colour) + _line(x - 5, high, x + 5, high, colour)
    return _line(x, low, x, high, colour) + caps


def _arrow(x: float, y: float, colour: str, down: bool) -> str:
    """A bound: a cap at the figure and an arrow towards where the truth may lie."""
    tip = y + (24 if down else -24)
    head = tip - 8 if down else tip + 8
    triangle = (f"<polygon points='{x - 5:.1f},{head:.1f} {x + 5:.1f},{head:.1f} "
                f"{x:.1f},{tip:.1f}' fill='{colour}'/>")  # fmt: skip
    return _line(x - 6, y, x + 6, y, colour) + _line(x, y, x, head, colour) + triangle


def _labels(estimates: list[Estimate], positions: list[float], y_of, colours) -> list[str]:
    """The value of each estimate at its height, right of its mark (or of its day's marks),
    moved up or down, as little as may be, where it would cover a mark or another label."""
    # Boxes already taken: (left, right, top, bottom); the marks first.
    taken = [(x - 7, x + 7, y_of(e.value) - 8, y_of(e.value) + 8)
             for x, e in zip(positions, estimates, strict=True)]  # fmt: skip
    right_of_day = {
        day: max(positions[i] for i in indexes) for day, indexes in _same_day(estimates).items()
    }
    parts = []
    for index in sorted(range(len(estimates)), key=lambda i: y_of(estimates[i].value)):
        estimate = estimates[index]
        text = format_estimate(estimate, short=True)
        left, width, middle = (
            right_of_day[estimate.date] + 11,
            6.4 * len(text),
            y_of(estimate.value),
        )
        for shift in (0, -12, 12, -24, 24, -36, 36, 48, 60):
            box = (left, left + width, middle + shift - 6, middle + shift + 6)
            if not any(_overlap(box, other) for other in taken):
                break
        taken.append(box)
        colour = colours.get(estimate.source_key, OTHERS)
        parts.append(_text(left, box[3] - 2, text, 11, colour=colour))
    return parts


def _overlap(one: tuple[float, ...], other: tuple[float, ...]) -> bool:
    """True if two boxes (left, right, top, bottom) overlap."""
    return one[0] < other[1] and other[0] < one[1] and one[2] < other[3] and other[2] < one[3]


def _legend(estimates: list[Estimate], colours: dict[str, str], top: int) -> str:
    """Sources with their colour and latest figure, then what the marks mean."""
    x = WIDTH - RIGHT + 24
    parts = [_text(x, top + 44, "Source · latest estimate", 12, "bold")]
    latest = {e.source_key: e for e in estimates}
    y = top + 64
    for key, colour in colours.items():
        estimate = latest[key]
        parts.append(f"<rect x='{x}' y='{y - 9}' width='12' height='12' fill='{colour}'/>")
        name = _clip(estimate.source, 22)
        parts.append(_text(x + 18, y + 1, f"{name} · {format_estimate(estimate, True)}", 11))
        y += 18
    if len(latest) > len(colours):
        parts.append(_text(x + 18, y + 1, f"{len(latest) - len(colours)} more (grey)", 11))
        y += 18
    y += 24
    grey = "#555"
    keys = [
        (lambda y: _dot(x + 6, y, grey), "exact"),
        (lambda y: _dot(x + 6, y, grey, hollow=True), "about"),
        (lambda y: _bar(x + 6, y + 8, y - 8, grey), "range (low–high)"),
        (lambda y: _arrow(x + 6, y - 10, grey, down=True), "up to, less than"),
        (lambda y: _arrow(x + 6, y + 10, grey, down=False), "at least, more than"),
    ]
    for draw, meaning in keys:
        parts += [draw(y), _text(x + 20, y + 4, meaning, 11, colour=grey)]
        y += 30
    return "\n".join(parts)


def _tooltip(estimate: Estimate) -> str:
    """The hover text of a mark: who, when, what, where read."""
    return (f"{estimate.source}, {estimate.date}: {format_estimate(estimate)} "
            f"({estimate.doc_id}) — {estimate.sentence}")  # fmt: skip


def _clip(text: str, length: int) -> str:
    """``text`` cut to ``length`` characters with an ellipsis."""
    return text if len(text) <= length else text[: length - 1] + "…"


def _text(x: float, y: float, content: str, size: int = 12, weight: str = "normal",
          anchor: str = "start", colour: str = "#222") -> str:  # fmt: skip
    """An SVG text element."""
    return (f"<text x='{x:.1f}' y='{y:.1f}' font-size='{size}' font-weight='{weight}' "
            f"text-anchor='{anchor}' fill='{colour}'>{escape(content)}</text>")  # fmt: skip


def format_number(value: float | int | str) -> str:
    """A number with spaces between thousands: 12 000, 1 500 000 000, 2.5."""
    number = float(value)
    if number.is_integer():
        return f"{int(number):,}".replace(",", " ")
    whole, _, fraction = f"{number:,.2f}".rstrip("0").partition(".")
    return whole.replace(",", " ") + ("." + fraction if fraction else "")


QUALIFIER_WORDS = {"approximately": "about", "up_to": "up to", "at_least": "at least",
                   "more_than": "more than", "less_than": "less than"}  # fmt: skip


def format_estimate(estimate: Estimate, short: bool = False) -> str:
    """An estimate in words: about 8 000, up to 12 000, 11 000–12 000, 2.5 %."""
    unit = f" {estimate.unit}" if estimate.unit else ""
    if estimate.qualifier == "range" and estimate.low is not None and estimate.high is not None:
        return f"{format_number(estimate.low)}–{format_number(estimate.high)}{unit}"
    words = QUALIFIER_WORDS.get(estimate.qualifier, "")
    if short:
        words = {"about": "≈", "up to": "≤", "at least": "≥", "more than": ">",
                 "less than": "<"}.get(words, words)  # fmt: skip
    return f"{words} {format_number(estimate.value)}{unit}".strip()
