"""The journal's charts from its entries: growth curves and lab trends, in words and numbers.

Takes entries (as of the day) the caller already knows the viewer may see (from
a judged record's shown entries) and turns them into
`ChartView`s: the pure geometry of `demo.presenters.charts`, plus the title, the
description (the chart's text alternative) and the table rows with the same
values, in the visitor's language. Nothing here decides visibility.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from flask_babel import format_decimal, ngettext
from flask_babel import gettext as _

from demo.presenters.charts import (
    DAYS_PER_MONTH,
    DAYS_PER_YEAR,
    Chart,
    DataPoint,
    Flag,
    build_chart,
)
from demo.store.readmodel import EntryView

ChartKind = Literal["growth", "lab"]


@dataclass(frozen=True)
class Row:
    """One value as the table beside the chart shows it (oldest first, as drawn)."""

    day: date
    value: float
    value_text: str
    age_text: str = ""  # growth: the child's age
    flag: Flag | None = None  # lab: above or below the reference interval


@dataclass(frozen=True)
class ChartView:
    """A chart ready for `templates/charts.html`: geometry, words and the table's rows."""

    id: str
    kind: ChartKind
    title: str
    description: str
    unit: str
    value_heading: str  # the table's value column
    chart: Chart
    rows: tuple[Row, ...]
    band_text: str = ""  # the reference interval in words, e.g. "45–90 µmol/L"

    @property
    def flagged(self) -> bool:
        return any(row.flag for row in self.rows)


def number(value: float) -> str:
    return str(format_decimal(value))


def age_text(days: int) -> str:
    """A child's age as a BVC chart says it: days, then months, then years and months."""
    if days < 60:
        return ngettext("%(num)s dag", "%(num)s dagar", days)
    months = int(days / DAYS_PER_MONTH)
    if months < 24:
        return ngettext("%(num)s månad", "%(num)s månader", months)
    years, rest = divmod(months, 12)
    in_years = ngettext("%(num)s år", "%(num)s år", years)
    if rest == 0:
        return in_years
    return _(
        "%(years)s och %(months)s",
        years=in_years,
        months=ngettext("%(num)s månad", "%(num)s månader", rest),
    )


def age_tick(days: float) -> str:
    """An age axis label: "6 mån" up to two years, then "3 år"."""
    months = round(days / DAYS_PER_MONTH)
    if days > 2 * DAYS_PER_YEAR or (months >= 12 and months % 12 == 0):
        return ngettext("%(num)s år", "%(num)s år", round(days / DAYS_PER_YEAR))
    return _("%(num)s mån", num=months)


# What a growth chart shows: the details key, its name, its unit.
GROWTH_MEASURES = (
    ("length_cm", "length", "cm"),
    ("weight_kg", "weight", "kg"),
    ("head_cm", "head", "cm"),
)


def _growth_name(key: str) -> str:
    return {
        "length": _("Längd"),
        "weight": _("Vikt"),
        "head": _("Huvudomfång"),
    }[key]


def growth_charts(entries: Iterable[EntryView]) -> list[ChartView]:
    """Length, weight and head circumference against age, each where measured at least once."""
    measured = sorted(
        (entry for entry in entries if entry.kind == "tillvaxt"),
        key=lambda entry: (entry.details.get("age_days", 0), entry.document_time),
    )
    views = []
    for field, key, unit in GROWTH_MEASURES:
        with_value = [entry for entry in measured if _has(entry, field)]
        if not with_value:
            continue
        rows = tuple(
            Row(
                day=entry.document_date,
                value=entry.details[field],
                value_text=number(entry.details[field]),
                age_text=age_text(entry.details["age_days"]),
            )
            for entry in with_value
        )
        chart = build_chart(
            [
                DataPoint(entry.details["age_days"], row.value)
                for entry, row in zip(with_value, rows, strict=True)
            ],
            x_axis="age",
            format_x=age_tick,
            format_y=number,
        )
        name = _growth_name(key)
        views.append(
            ChartView(
                id=f"chart-{key}",
                kind="growth",
                title=_("%(what)s efter ålder", what=name),
                description=_growth_description(name, unit, rows),
                unit=unit,
                value_heading=_("%(what)s (%(unit)s)", what=name, unit=unit),
                chart=chart,
                rows=rows,
            )
        )
    return views


def _has(entry: EntryView, field: str) -> bool:
    """Whether a growth entry has this measure (head circumference stops after a year)."""
    value, age = entry.details.get(field), entry.details.get("age_days")
    return isinstance(value, int | float) and isinstance(age, int) and not isinstance(value, bool)


def _growth_description(name: str, unit: str, rows: Sequence[Row]) -> str:
    count = ngettext("%(num)s mätning", "%(num)s mätningar", len(rows))
    first, last = rows[0], rows[-1]
    if len(rows) == 1:
        return _(
            "%(what)s %(value)s %(unit)s vid %(age)s, %(count)s.",
            what=name,
            value=first.value_text,
            unit=unit,
            age=first.age_text,
            count=count,
        )
    return _(
        "%(what)s från %(first)s %(unit)s vid %(first_age)s till %(last)s %(unit)s vid "
        "%(last_age)s, %(count)s.",
        what=name,
        first=first.value_text,
        first_age=first.age_text,
        last=last.value_text,
        last_age=last.age_text,
        unit=unit,
        count=count,
    )


def reference_text(low: float | None, high: float | None, unit: str) -> str:
    """A reference interval as the result table writes it: "45–90", "< 3" or "> 60", and unit."""
    if low is not None and high is not None:
        return f"{number(low)}–{number(high)} {unit}"
    if high is not None:
        return f"< {number(high)} {unit}"
    if low is not None:
        return f"> {number(low)} {unit}"
    return ""


def _analysis_key(analysis: dict[str, Any]) -> tuple[str, str]:
    return (str(analysis.get("name", "")), str(analysis.get("unit", "")))


def _numeric(analysis: dict[str, Any]) -> bool:
    value = analysis.get("value")
    return isinstance(value, int | float) and not isinstance(value, bool)


def lab_trends(entry: EntryView, results: Iterable[EntryView]) -> list[ChartView]:
    """For each analysis of `entry` found in at least two of `results`: its values over time.

    `results` are the subject's results the viewer is shown (they include
    `entry`); the band is `entry`'s reference interval.
    """
    history: dict[tuple[str, str], list[tuple[EntryView, dict[str, Any]]]] = {}
    for result in sorted(results, key=lambda result: (result.document_time, result.id)):
        if result.kind != "provsvar":
            continue
        for analysis in result.details.get("analyses") or []:
            if _numeric(analysis):
                history.setdefault(_analysis_key(analysis), []).append((result, analysis))
    views = []
    for index, analysis in enumerate(entry.details.get("analyses") or []):
        series = history.get(_analysis_key(analysis), [])
        if not _numeric(analysis) or len({result.id for result, _a in series}) < 2:
            continue
        name, unit = _analysis_key(analysis)
        low, high = analysis.get("low"), analysis.get("high")
        rows = tuple(
            Row(
                day=result.document_date,
                value=found["value"],
                value_text=number(found["value"]),
                flag=found.get("abnormal") if found.get("abnormal") in ("H", "L") else None,
            )
            for result, found in series
        )
        chart = build_chart(
            [DataPoint(row.day.toordinal(), row.value, row.flag) for row in rows],
            x_axis="date",
            band=(low, high),
            format_y=number,
        )
        band_text = reference_text(low, high, unit)
        views.append(
            ChartView(
                id=f"trend-{index}",
                kind="lab",
                title=_("%(what)s över tid", what=name),
                description=_lab_description(name, unit, rows, band_text),
                unit=unit,
                value_heading=_("Värde"),
                chart=chart,
                rows=rows,
                band_text=band_text,
            )
        )
    return views


def _lab_description(name: str, unit: str, rows: Sequence[Row], band_text: str) -> str:
    values = [row.value for row in rows]
    last = rows[-1]
    text = _(
        "%(what)s, %(count)s från %(first)s till %(last)s, mellan %(low)s och %(high)s "
        "%(unit)s. Senaste värdet %(value)s %(unit)s (%(date)s).",
        what=name,
        count=ngettext("%(num)s värde", "%(num)s värden", len(rows)),
        first=rows[0].day.isoformat(),
        last=last.day.isoformat(),
        low=number(min(values)),
        high=number(max(values)),
        unit=unit,
        value=last.value_text,
        date=last.day.isoformat(),
    )
    if band_text:
        outside = sum(1 for row in rows if row.flag)
        if outside:
            text += " " + _(
                "Referensintervall %(band)s; %(outside)s utanför.",
                band=band_text,
                outside=ngettext("%(num)s värde", "%(num)s värden", outside),
            )
        else:
            text += " " + _("Referensintervall %(band)s; alla värden inom.", band=band_text)
    return text
