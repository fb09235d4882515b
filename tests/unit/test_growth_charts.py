"""Growth charts (demo/presenters/chart_data.py, charts.py, demo/domain/growth.py): a child's
age in calendar months as BVC writes it, and the Swedish reference's mean and ±2 SD band.

Without a database: a bare Flask app with the translations, and entries made here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from flask import Flask

from demo import i18n
from demo.domain import growth
from demo.presenters import chart_data
from demo.presenters.charts import DAYS_PER_MONTH, DataPoint, ReferencePoint, build_chart


@pytest.fixture
def app() -> Flask:
    app = Flask(__name__)
    i18n.init_app(app)
    return app


@pytest.fixture
def swedish(app: Flask) -> Iterator[None]:
    with app.test_request_context("/?lang=sv"):
        yield


@pytest.fixture
def english(app: Flask) -> Iterator[None]:
    with app.test_request_context("/?lang=en"):
        yield


# --- Ages in calendar months ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "day", "months"),
    [
        # Exactly three months: 89 days (February), which a 30.44-day month made two.
        (date(2023, 2, 1), date(2023, 5, 1), 3),
        (date(2023, 2, 1), date(2023, 4, 30), 2),
        (date(2026, 8, 26), date(2026, 11, 26), 3),
        (date(2026, 8, 26), date(2026, 11, 25), 2),
        # A month without the birth day: its last day is the anniversary.
        (date(2026, 1, 31), date(2026, 2, 27), 0),
        (date(2026, 1, 31), date(2026, 2, 28), 1),
        (date(2026, 1, 31), date(2026, 3, 30), 1),
        (date(2026, 1, 31), date(2026, 3, 31), 2),
        (date(2024, 2, 29), date(2025, 2, 28), 12),
        (date(2022, 4, 21), date(2024, 4, 21), 24),
        (date(2022, 4, 21), date(2024, 10, 20), 29),
    ],
)
def test_completed_months_are_calendar_months(birth: date, day: date, months: int) -> None:
    assert chart_data.completed_months(birth, day) == months


@pytest.mark.parametrize(
    ("days_or_day", "swedish_text", "english_text"),
    [
        (10, "10 dagar", "10 days"),
        (13, "13 dagar", "13 days"),
        (14, "2 veckor", "2 weeks"),
        (date(2023, 3, 31), "8 veckor", "8 weeks"),  # 58 days, one calendar month
        (date(2023, 4, 1), "2 månader", "2 months"),
        (date(2023, 5, 1), "3 månader", "3 months"),  # 89 days
        (date(2024, 1, 31), "11 månader", "11 months"),
        (date(2024, 2, 1), "12 månader", "12 months"),
        (date(2025, 1, 31), "23 månader", "23 months"),
        (date(2025, 2, 1), "2 år", "2 years"),
        (date(2025, 8, 1), "2 år och 6 månader", "2 years and 6 months"),
        (date(2026, 3, 1), "3 år och 1 månad", "3 years and 1 month"),
    ],
)
def test_a_childs_age_as_bvc_writes_it(
    app: Flask, days_or_day: int | date, swedish_text: str, english_text: str
) -> None:
    birth = date(2023, 2, 1)
    day = days_or_day if isinstance(days_or_day, date) else birth + timedelta(days=days_or_day)
    for lang, expected in (("sv", swedish_text), ("en", english_text)):
        with app.test_request_context(f"/?lang={lang}"):
            assert chart_data.age_text(birth, day) == expected


# --- The reference --------------------------------------------------------------------------


def test_the_reference_by_sex_measure_and_age() -> None:
    boy = growth.reference_at("M", "length", 12)
    assert boy is not None and (boy.mean, boy.sd) == (77.3, 2.6)
    assert (round(boy.low, 1), round(boy.high, 1)) == (72.1, 82.5)
    girl = growth.reference_at("F", "length", 12)
    assert girl is not None and girl.mean == 75.7
    # Linear between the table's ages (12 and 18 months).
    between = growth.reference_at("M", "weight", 15)
    assert between is not None and between.mean == pytest.approx((9.9 + 11.3) / 2)
    # Head circumference is referenced to 18 months only; nothing past the table.
    assert growth.reference_at("M", "head", 18) is not None
    assert growth.reference_at("M", "head", 20) is None
    assert growth.reference_at("M", "length", 181) is None
    assert growth.reference_curve("X", "length") == ()
    assert len(growth.reference_curve("F", "head")) == 10


def test_a_reference_curve_is_drawn_inside_the_plot_and_in_the_y_range() -> None:
    curve = growth.reference_curve("M", "length")
    chart = build_chart(
        [DataPoint(10, 50.3), DataPoint(365, 76.0), DataPoint(1461, 101.5)],
        x_axis="age",
        reference=[
            ReferencePoint(value.age_months * DAYS_PER_MONTH, value.mean, value.low, value.high)
            for value in curve
        ],
    )
    assert chart.reference is not None
    lines = {
        name: [tuple(map(float, pair.split(","))) for pair in points.split()]
        for name, points in (
            ("high", chart.reference.high_line),
            ("mean", chart.reference.mean_line),
            ("low", chart.reference.low_line),
        )
    }
    for points in lines.values():
        assert all(chart.left - 1e-6 <= x <= chart.right + 1e-6 for x, _y in points)
        assert all(chart.top - 1e-6 <= y <= chart.bottom + 1e-6 for _x, y in points)
        # From birth to the axis' end (four years: cut at 48 months, interpolated).
        assert points[0][0] == chart.left and points[-1][0] == pytest.approx(chart.right)
    # +2 SD above the mean above −2 SD (smaller y is higher) at every age.
    for high, mean, low in zip(lines["high"], lines["mean"], lines["low"], strict=True):
        assert high[1] < mean[1] < low[1]
    # The y axis reaches the band: 2 SD under the mean at birth is 47.0 cm.
    assert chart.y_ticks[0].value <= 50.8 - 2 * 1.9
    # The labels at the right are apart.
    labels = (
        chart.reference.high_label_y,
        chart.reference.mean_label_y,
        chart.reference.low_label_y,
    )
    assert labels[1] - labels[0] >= 20 and labels[2] - labels[1] >= 20
    # The area is the band: the upper edge, then the lower one back.
    area = chart.reference.area.split()
    assert len(area) == 2 * len(lines["mean"])


def test_a_chart_without_reference_has_none() -> None:
    chart = build_chart([DataPoint(10, 50.3), DataPoint(1461, 101.5)], x_axis="age")
    assert chart.reference is None


# --- Growth charts with the reference -------------------------------------------------------


@dataclass
class GrowthEntry:
    """What growth_charts reads of an entry (an EntryView's fields)."""

    document_time: datetime
    details: dict[str, Any] = field(default_factory=dict)
    kind: str = "tillvaxt"

    @property
    def document_date(self) -> date:
        return self.document_time.date()


def measured(birth: date, day: date, length: float, weight: float) -> GrowthEntry:
    age = (day - birth).days
    return GrowthEntry(
        datetime.combine(day, time(10)),
        {"age_days": age, "length_cm": length, "weight_kg": weight, "head_cm": None},
    )


BIRTH = date(2022, 4, 21)
ENTRIES = [
    measured(BIRTH, date(2022, 7, 21), 62.0, 6.5),  # 3 months to the day
    measured(BIRTH, date(2023, 4, 21), 77.3, 9.9),  # 12 months
    measured(BIRTH, date(2024, 4, 21), 93.0, 16.9),  # 2 years; weight above +2 SD
]


def test_growth_charts_show_the_boys_reference_in_words_and_table(swedish: None) -> None:
    views = {view.id: view for view in chart_data.growth_charts(ENTRIES, "M")}  # type: ignore[arg-type]
    assert set(views) == {"chart-length", "chart-weight"}
    length, weight = views["chart-length"], views["chart-weight"]
    assert length.chart.reference is not None and length.reference_text == "för pojkar"
    assert [row.age_text for row in length.rows] == ["3 månader", "12 månader", "2 år"]
    # At 12 months: the mean and ±2 SD (77,3 ± 2 × 2,6).
    assert length.rows[1].reference_mean == "77,3"
    assert length.rows[1].reference_band == "72,1–82,5"
    assert "normalområdet för pojkar" in length.description
    assert "±2 standardavvikelser" in length.description
    assert "Alla mätningar ligger inom normalområdet." in length.description
    assert weight.rows[2].outside_reference and not weight.rows[1].outside_reference
    assert "1 mätning ligger utanför normalområdet." in weight.description


def test_girls_get_the_girls_reference(swedish: None) -> None:
    (length, _weight) = chart_data.growth_charts(ENTRIES, "F")  # type: ignore[arg-type]
    assert length.reference_text == "för flickor"
    assert length.rows[1].reference_mean == "75,7"


def test_without_a_known_sex_there_is_no_reference(swedish: None) -> None:
    for view in chart_data.growth_charts(ENTRIES):  # type: ignore[arg-type]
        assert view.chart.reference is None and not view.reference_text
        assert "normalområdet" not in view.description
        assert all(row.reference_mean == "" for row in view.rows)


def test_growth_charts_in_english_use_the_decimal_point(english: None) -> None:
    length = chart_data.growth_charts(ENTRIES, "M")[0]  # type: ignore[arg-type]
    assert length.rows[1].reference_band == "72.1–82.5"
    assert [row.age_text for row in length.rows] == ["3 months", "12 months", "2 years"]
    assert "normal range for boys" in length.description
    assert all("," not in tick.label for tick in length.chart.y_ticks)
