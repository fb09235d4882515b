"""The journal's charts from its entries: growth curves and lab trends, in words and numbers.

Takes entries (as of the day) the caller already knows the viewer may see (from
a judged record's shown entries) and turns them into
`ChartView`s: the pure geometry of `demo.presenters.charts`, plus the title, the
description (the chart's text alternative) and the table rows with the same
values, in the visitor's language. Nothing here decides visibility.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from flask_babel import gettext as _
from flask_babel import ngettext

from demo.domain.growth import BAND_SD, Measure, reference_at, reference_curve
from demo.i18n import decimal, decimal_places, long_date
from demo.presenters.charts import (
    DAYS_PER_MONTH,
    DAYS_PER_YEAR,
    Chart,
    DataPoint,
    Flag,
    ReferencePoint,
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
    # growth: the reference for the child's sex and age (mean, and mean ±2 SD in words)
    reference_mean: str = ""
    reference_band: str = ""
    outside_reference: bool = False


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
    reference_text: str = ""  # growth: what the reference curve is, e.g. "för pojkar"

    @property
    def flagged(self) -> bool:
        return any(row.flag for row in self.rows)


def number(value: float) -> str:
    """A number as the visitor's language writes it ("101,5"; "101.5" in English)."""
    return decimal(value)


def completed_months(birth: date, day: date) -> int:
    """Whole calendar months from `birth` to `day`: 3 on 26 November for a child born on
    26 August. A month's anniversary that the month lacks (the 31st) falls on its last day,
    as a 29 February birthday falls on 28 February (demo.domain.access.birthday_in_year)."""
    months = (day.year - birth.year) * 12 + day.month - birth.month
    if day.day < min(birth.day, calendar.monthrange(day.year, day.month)[1]):
        months -= 1
    return months


def age_text(birth: date, day: date) -> str:
    """A child's age on `day` as BVC writes it: days, then weeks, then calendar months up
    to two years, then years and months ("10 dagar", "6 veckor", "3 månader", "2 år och 6
    månader")."""
    days = (day - birth).days
    months = completed_months(birth, day)
    if months < 2:
        if days < 14:
            return ngettext("%(num)s dag", "%(num)s dagar", days)
        return ngettext("%(num)s vecka", "%(num)s veckor", days // 7)
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
GROWTH_MEASURES: tuple[tuple[str, Measure, str], ...] = (
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


def _sex_words(sex: str) -> str:
    """Whose reference it is: "för pojkar" / "för flickor" (empty for another sex)."""
    return {"M": _("för pojkar"), "F": _("för flickor")}.get(sex, "")


def _growth_row(entry: EntryView, field: str, measure: Measure, sex: str) -> Row:
    """One measurement, its age in calendar months and the reference at that age."""
    value, age_days = entry.details[field], entry.details["age_days"]
    measured_on = entry.document_date
    birth = measured_on - timedelta(days=age_days)
    reference = reference_at(sex, measure, age_days / DAYS_PER_MONTH)
    return Row(
        day=measured_on,
        value=value,
        value_text=number(value),
        age_text=age_text(birth, measured_on),
        reference_mean="" if reference is None else decimal_places(reference.mean, 1),
        reference_band=""
        if reference is None
        else f"{decimal_places(reference.low, 1)}–{decimal_places(reference.high, 1)}",
        outside_reference=reference is not None and not reference.low <= value <= reference.high,
    )


def growth_charts(entries: Iterable[EntryView], sex: str = "") -> list[ChartView]:
    """Length, weight and head circumference against age, each where measured at least once,
    with the Swedish reference for the child's sex ("M" or "F"): the mean and ±2 SD."""
    measured = sorted(
        (entry for entry in entries if entry.kind == "tillvaxt"),
        key=lambda entry: (entry.details.get("age_days", 0), entry.document_time),
    )
    views = []
    for field, key, unit in GROWTH_MEASURES:
        with_value = [entry for entry in measured if _has(entry, field)]
        if not with_value:
            continue
        rows = tuple(_growth_row(entry, field, key, sex) for entry in with_value)
        curve = reference_curve(sex, key)
        chart = build_chart(
            [
                DataPoint(entry.details["age_days"], row.value)
                for entry, row in zip(with_value, rows, strict=True)
            ],
            x_axis="age",
            reference=[
                ReferencePoint(value.age_months * DAYS_PER_MONTH, value.mean, value.low, value.high)
                for value in curve
            ],
            format_x=age_tick,
            format_y=number,
        )
        name = _growth_name(key)
        whose = _sex_words(sex) if chart.reference is not None else ""
        views.append(
            ChartView(
                id=f"chart-{key}",
                kind="growth",
                title=_("%(what)s efter ålder", what=name),
                description=_growth_description(name, unit, rows, whose),
                unit=unit,
                value_heading=_("%(what)s (%(unit)s)", what=name, unit=unit),
                chart=chart,
                rows=rows,
                reference_text=whose,
            )
        )
    return views


def _has(entry: EntryView, field: str) -> bool:
    """Whether a growth entry has this measure (head circumference stops after a year)."""
    value, age = entry.details.get(field), entry.details.get("age_days")
    return isinstance(value, int | float) and isinstance(age, int) and not isinstance(value, bool)


def _growth_description(name: str, unit: str, rows: Sequence[Row], whose: str) -> str:
    count = ngettext("%(num)s mätning", "%(num)s mätningar", len(rows))
    first, last = rows[0], rows[-1]
    if len(rows) == 1:
        text = _(
            "%(what)s %(value)s %(unit)s vid %(age)s, %(count)s.",
            what=name,
            value=first.value_text,
            unit=unit,
            age=first.age_text,
            count=count,
        )
    else:
        text = _(
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
    if not whose:
        return text
    text += " " + _(
        "Det skuggade fältet är normalområdet %(whose)s, medelvärdet ±%(sd)s standardavvikelser "
        "(SD); linjen i mitten är medelvärdet.",
        whose=whose,
        sd=BAND_SD,
    )
    outside = sum(1 for row in rows if row.outside_reference)
    if outside:
        return (
            text
            + " "
            + ngettext(
                "%(num)s mätning ligger utanför normalområdet.",
                "%(num)s mätningar ligger utanför normalområdet.",
                outside,
            )
        )
    return text + " " + _("Alla mätningar ligger inom normalområdet.")


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
        first=long_date(rows[0].day),
        last=long_date(last.day),
        low=number(min(values)),
        high=number(max(values)),
        unit=unit,
        value=last.value_text,
        date=long_date(last.day),
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
