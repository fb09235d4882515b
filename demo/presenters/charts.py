"""Charts as geometry: a series of values in, everything an SVG needs out.

Pure (no Flask, no SQLAlchemy, no translations): the points scaled into a
fixed viewBox, "nice" axis ticks, a reference band (a lab result's interval:
two limits across the plot) or a reference curve (a growth chart's mean and
±2 SD band, changing with age) and the tick labels. The
words (titles, descriptions, tick texts in the visitor's language) come from
`demo.presenters.chart_data`, which passes its formatters in; the template
`templates/charts.html` draws the result.

Coordinates are SVG user units: x grows to the right, y grows downwards, so a
larger value is drawn higher up (a smaller y).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

WIDTH = 600
HEIGHT = 300
MARGIN_LEFT = 60
MARGIN_RIGHT = 24
MARGIN_TOP = 32
MARGIN_BOTTOM = 40
# With a reference curve the right margin holds the curves' labels ("+2 SD", the mean, "−2 SD").
MARGIN_RIGHT_LABELLED = 76
# The least distance between two of those labels' baselines, in user units.
LABEL_GAP = 20

DAYS_PER_YEAR = 365.25
DAYS_PER_MONTH = DAYS_PER_YEAR / 12

# Within this many units of the plot's edge a tick label is anchored inwards,
# so that it is not cut off by the viewBox.
EDGE_ROOM = 36

# Where an empty date axis is drawn (it has no values to say where).
EMPTY_DATE = float(date(2000, 1, 1).toordinal())

Formatter = Callable[[float], str]
XAxis = Literal["number", "date", "age"]
Flag = Literal["H", "L"]


def plain_number(value: float) -> str:
    """A number without a needless ".0" ("50", "50.3"); the default tick label."""
    return f"{value:.10g}"


def date_tick_label(ordinal: float) -> str:
    """A date axis label as short as the tick: "2024" on 1 January, "2024-03" on the 1st."""
    day = date.fromordinal(round(ordinal))
    if day.month == 1 and day.day == 1:
        return str(day.year)
    if day.day == 1:
        return f"{day:%Y-%m}"
    return day.isoformat()


def age_tick_label(days: float) -> str:
    """An age axis label without words ("6", "24" months); pass a translated one instead."""
    return plain_number(round(days / DAYS_PER_MONTH))


@dataclass(frozen=True)
class DataPoint:
    """One value to draw: x (a number, an ordinal day or an age in days) and y."""

    x: float
    y: float
    flag: Flag | None = None  # "H" above, "L" below the reference interval


@dataclass(frozen=True)
class Point:
    """A value and where it is drawn."""

    x_value: float
    y_value: float
    x: float
    y: float
    flag: Flag | None = None

    @property
    def x_attr(self) -> str:
        """The data value as an attribute (`data-x-value`), exactly."""
        return plain_number(self.x_value)

    @property
    def y_attr(self) -> str:
        return plain_number(self.y_value)


@dataclass(frozen=True)
class Tick:
    """A tick on an axis: its value, where it is drawn along the axis, its label."""

    value: float
    position: float
    label: str
    anchor: Literal["start", "middle", "end"] = "middle"


@dataclass(frozen=True)
class Band:
    """The reference interval as a rectangle across the plot; a missing limit is open-ended."""

    low: float | None
    high: float | None
    x: float
    y: float
    width: float
    height: float

    @property
    def low_attr(self) -> str:
        return "" if self.low is None else plain_number(self.low)

    @property
    def high_attr(self) -> str:
        return "" if self.high is None else plain_number(self.high)


@dataclass(frozen=True)
class ReferencePoint:
    """The reference at one x: its mean and the band's limits (a growth chart's ±2 SD)."""

    x: float
    mean: float
    low: float
    high: float


@dataclass(frozen=True)
class ReferenceCurve:
    """A reference that changes along x, drawn: the band as an area, its edges and mean as lines.

    The strings are SVG `points` attributes; the label positions are where the
    right-hand margin names the three lines.
    """

    area: str
    high_line: str
    mean_line: str
    low_line: str
    label_x: float
    high_label_y: float
    mean_label_y: float
    low_label_y: float


@dataclass(frozen=True)
class Chart:
    """Everything the SVG template draws."""

    points: tuple[Point, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    band: Band | None = None
    reference: ReferenceCurve | None = None
    width: int = WIDTH
    height: int = HEIGHT
    left: float = MARGIN_LEFT
    top: float = MARGIN_TOP
    right: float = WIDTH - MARGIN_RIGHT
    bottom: float = HEIGHT - MARGIN_BOTTOM

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"

    @property
    def polyline(self) -> str:
        """The `points` attribute of the line joining the values, left to right."""
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


def nice_number(value: float, *, round_to_nearest: bool) -> float:
    """1, 2 or 5 times a power of ten near `value` (Heckbert's "nice numbers").

    Rounded to the nearest when `round_to_nearest`, otherwise the next one up.
    """
    if value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    fraction = value / 10**exponent
    if round_to_nearest:
        nice = 1 if fraction < 1.5 else 2 if fraction < 3 else 5 if fraction < 7 else 10
    else:
        nice = 1 if fraction <= 1 else 2 if fraction <= 2 else 5 if fraction <= 5 else 10
    return nice * 10.0**exponent


def nice_ticks(low: float, high: float, max_ticks: int = 6) -> list[float]:
    """Evenly spaced round values from at or below `low` to at or above `high`.

    A zero-width range is widened around its value, so there are always at
    least two ticks.
    """
    if low > high:
        low, high = high, low
    if low == high:
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = nice_number((high - low) / max(1, max_ticks - 1), round_to_nearest=True)
    while True:
        start = math.floor(low / step + 1e-9) * step
        end = math.ceil(high / step - 1e-9) * step
        count = round((end - start) / step)
        if count + 1 <= max_ticks:
            break
        step = nice_number(step * 1.5, round_to_nearest=False)  # 1 → 2 → 5 → 10
    decimals = max(0, -math.floor(math.log10(step)))
    return [round(start + index * step, decimals) for index in range(count + 1)]


def _month_start(year: int, month: int) -> date:
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def date_ticks(low: float, high: float, max_ticks: int = 5) -> list[float]:
    """Ticks on a date axis (ordinal days) at year starts, month starts or round days.

    Only ticks within [low, high] are returned; the axis is the data's range.
    """
    low, high = max(low, 1.0), max(high, 2.0)  # the first ordinal day is 0001-01-01
    first, last = date.fromordinal(math.ceil(low)), date.fromordinal(math.floor(high))
    span = high - low
    ticks: list[date] = []
    if span >= 2 * DAYS_PER_YEAR:
        years = last.year - first.year + 1
        step = next(
            (s for s in (1, 2, 3, 5, 10, 20, 50, 100) if years / s <= max_ticks),
            math.ceil(nice_number(years / max_ticks, round_to_nearest=False)),
        )
        ticks = [
            date(year, 1, 1)
            for year in range(first.year, last.year + 1)
            if year % step == 0 and first <= date(year, 1, 1) <= last
        ]
    elif span >= 60:
        starts = []
        day = _month_start(first.year, first.month + (first.day > 1))
        while day <= last:
            starts.append(day)
            day = _month_start(day.year, day.month + 1)
        step = next(s for s in (1, 2, 3, 6, 12) if len(starts) / s <= max_ticks)
        ticks = [day for day in starts if (day.month - 1) % step == 0]
    if len(ticks) >= 2:
        return [float(day.toordinal()) for day in ticks]
    return [tick for tick in nice_ticks(low, high, max_ticks) if low <= tick <= high] or [
        float(round(low)),
        float(round(high)),
    ]


def age_ticks(high_days: float, max_ticks: int = 7) -> list[float]:
    """Ticks on an age axis (days from birth) from 0: whole months up to two years, then years."""
    if high_days <= 2 * DAYS_PER_YEAR:
        months = max(1, math.ceil(high_days / DAYS_PER_MONTH - 1e-9))
        step = next(s for s in (1, 2, 3, 6, 12) if months / s <= max_ticks - 1)
        count = math.ceil(months / step)
        return [index * step * DAYS_PER_MONTH for index in range(count + 1)]
    years = math.ceil(high_days / DAYS_PER_YEAR - 1e-9)
    step = next(
        (s for s in (1, 2, 5, 10) if years / s <= max_ticks - 1),
        math.ceil(nice_number(years / (max_ticks - 1), round_to_nearest=False)),
    )
    count = math.ceil(years / step)
    return [index * step * DAYS_PER_YEAR for index in range(count + 1)]


def _scale(value: float, low: float, high: float, start: float, end: float) -> float:
    """`value` from [low, high] onto [start, end]; the middle when the domain is a point."""
    if high == low:
        return (start + end) / 2
    return start + (value - low) / (high - low) * (end - start)


def _anchor(position: float, left: float, right: float) -> Literal["start", "middle", "end"]:
    if position - left < EDGE_ROOM:
        return "start"
    if right - position < EDGE_ROOM:
        return "end"
    return "middle"


def _reference_between(
    reference: Sequence[ReferencePoint], low: float, high: float
) -> list[ReferencePoint]:
    """The reference within [low, high] on x: its own points there, and at either end a
    point interpolated from its neighbours (none where the reference does not reach)."""
    ordered = sorted(reference, key=lambda point: point.x)
    inside = [point for point in ordered if low <= point.x <= high]
    ends = [
        _interpolated(before, after, edge)
        for edge in (low, high)
        for before, after in zip(ordered, ordered[1:], strict=False)
        if before.x < edge < after.x
    ]
    return sorted(inside + ends, key=lambda point: point.x)


def _interpolated(before: ReferencePoint, after: ReferencePoint, x: float) -> ReferencePoint:
    share = (x - before.x) / (after.x - before.x)
    return ReferencePoint(
        x,
        before.mean + (after.mean - before.mean) * share,
        before.low + (after.low - before.low) * share,
        before.high + (after.high - before.high) * share,
    )


def _spread(high: float, mean: float, low: float) -> tuple[float, float, float]:
    """Label positions (y grows downwards) at least LABEL_GAP apart, centred on the mean's."""
    return min(high, mean - LABEL_GAP), mean, max(low, mean + LABEL_GAP)


def build_chart(
    data: Sequence[DataPoint],
    *,
    x_axis: XAxis = "number",
    band: tuple[float | None, float | None] | None = None,
    reference: Sequence[ReferencePoint] = (),
    format_x: Formatter | None = None,
    format_y: Formatter = plain_number,
) -> Chart:
    """The geometry of a line chart of `data` (drawn in x order), with an optional band.

    `band` is the reference interval (low, high); either end may be None (open).
    `reference` is a reference curve (mean and limits at some x values, drawn
    between them and cut to the x axis). The y axis covers the values, the
    band's limits and the reference's limits within the x axis; the x axis
    covers the values (an age axis starts at birth, a date axis is the data's
    range).
    """
    chart = Chart(points=(), x_ticks=(), y_ticks=())
    left, top, bottom = chart.left, chart.top, chart.bottom
    right = WIDTH - MARGIN_RIGHT_LABELLED if reference else chart.right
    data = sorted(data, key=lambda point: point.x)
    xs = [point.x for point in data]
    ys = [point.y for point in data]
    if band is not None:
        ys += [limit for limit in band if limit is not None]

    if x_axis == "date":
        x_low, x_high = (min(xs), max(xs)) if xs else (EMPTY_DATE, EMPTY_DATE)
        pad = max(15.0, (x_high - x_low) * 0.03)
        x_low, x_high = x_low - pad, x_high + pad
        x_values = date_ticks(x_low, x_high)
        format_x = format_x or date_tick_label
    elif x_axis == "age":
        # At most six labels: seven (every other month) crowd each other on a phone.
        x_values = age_ticks(max(xs, default=0.0), max_ticks=6)
        x_low, x_high = 0.0, max([x_values[-1], *xs])
        format_x = format_x or age_tick_label
    else:
        x_values = nice_ticks(min(xs, default=0.0), max(xs, default=1.0))
        x_low, x_high = min([x_values[0], *xs]), max([x_values[-1], *xs])
        format_x = format_x or plain_number

    drawn_reference = _reference_between(reference, x_low, x_high) if reference else []
    if len(drawn_reference) < 2:
        drawn_reference = []
    ys += [point.low for point in drawn_reference] + [point.high for point in drawn_reference]

    y_values = nice_ticks(min(ys, default=0.0), max(ys, default=1.0), max_ticks=7)
    y_low, y_high = min([y_values[0], *ys]), max([y_values[-1], *ys])

    def x_of(value: float) -> float:
        return _scale(value, x_low, x_high, left, right)

    def y_of(value: float) -> float:
        return _scale(value, y_low, y_high, bottom, top)

    drawn_band = None
    if band is not None and (band[0] is not None or band[1] is not None):
        low, high = band
        band_top = top if high is None else y_of(high)
        band_bottom = bottom if low is None else y_of(low)
        drawn_band = Band(low, high, left, band_top, right - left, band_bottom - band_top)

    curve = None
    if drawn_reference:

        def line(values: Sequence[tuple[float, float]]) -> str:
            return " ".join(f"{x_of(x):.1f},{y_of(y):.1f}" for x, y in values)

        highs = [(point.x, point.high) for point in drawn_reference]
        lows = [(point.x, point.low) for point in drawn_reference]
        last = drawn_reference[-1]
        high_y, mean_y, low_y = _spread(y_of(last.high), y_of(last.mean), y_of(last.low))
        curve = ReferenceCurve(
            area=line(highs + lows[::-1]),
            high_line=line(highs),
            mean_line=line([(point.x, point.mean) for point in drawn_reference]),
            low_line=line(lows),
            label_x=x_of(last.x) + 6,
            high_label_y=high_y,
            mean_label_y=mean_y,
            low_label_y=low_y,
        )

    return Chart(
        points=tuple(Point(p.x, p.y, x_of(p.x), y_of(p.y), p.flag) for p in data),
        x_ticks=tuple(
            Tick(value, x_of(value), format_x(value), _anchor(x_of(value), left, right))
            for value in x_values
        ),
        y_ticks=tuple(Tick(value, y_of(value), format_y(value), "end") for value in y_values),
        band=drawn_band,
        reference=curve,
        right=right,
    )
