"""Chart geometry (demo/charts.py): scaling, ticks and the reference band, without Flask."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from demo.presenters.charts import (
    DAYS_PER_MONTH,
    DAYS_PER_YEAR,
    Chart,
    DataPoint,
    age_ticks,
    build_chart,
    date_tick_label,
    date_ticks,
    nice_number,
    nice_ticks,
)

# Values as records hold them: at most two decimals.
values = st.integers(min_value=-(10**8), max_value=10**8).map(lambda n: n / 100)


def inside(chart: Chart, x: float, y: float) -> bool:
    return (
        chart.left - 1e-6 <= x <= chart.right + 1e-6
        and chart.top - 1e-6 <= y <= chart.bottom + 1e-6
    )


def test_nice_numbers_are_one_two_or_five_times_a_power_of_ten() -> None:
    assert nice_number(0.7, round_to_nearest=True) == 0.5
    assert nice_number(7.3, round_to_nearest=False) == 10
    assert nice_number(23, round_to_nearest=True) == 20
    assert nice_number(1200, round_to_nearest=False) == 2000


def test_nice_ticks_for_growth_and_lab_ranges() -> None:
    assert nice_ticks(50.3, 101.5) == [40, 60, 80, 100, 120]
    assert nice_ticks(0.3, 0.7) == [0.3, 0.4, 0.5, 0.6, 0.7]
    assert nice_ticks(34.6, 45.2) == [30, 35, 40, 45, 50]


@given(values, values)
def test_nice_ticks_cover_the_range_evenly(low: float, high: float) -> None:
    ticks = nice_ticks(low, high)
    assert 2 <= len(ticks) <= 6
    assert ticks[0] <= min(low, high)
    assert ticks[-1] >= max(low, high)
    steps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    # Even up to floating-point rounding, which grows with the values' magnitude.
    scale = max(abs(ticks[0]), abs(ticks[-1]), max(steps))
    assert max(steps) - min(steps) <= 1e-9 * scale


def test_a_single_value_gets_a_range_around_it() -> None:
    ticks = nice_ticks(5, 5)
    assert ticks[0] < 5 < ticks[-1]


def test_date_ticks_fall_on_year_or_month_starts() -> None:
    years = date_ticks(date(2015, 3, 2).toordinal(), date(2026, 10, 1).toordinal())
    assert [date.fromordinal(int(t)) for t in years] == [
        date(y, 1, 1) for y in (2016, 2019, 2022, 2025)
    ]
    months = date_ticks(date(2025, 3, 2).toordinal(), date(2026, 1, 1).toordinal())
    assert all(date.fromordinal(int(t)).day == 1 for t in months)
    assert 2 <= len(months) <= 5
    assert date_tick_label(date(2024, 1, 1).toordinal()) == "2024"
    assert date_tick_label(date(2024, 3, 1).toordinal()) == "2024-03"
    assert date_tick_label(date(2024, 3, 5).toordinal()) == "2024-03-05"


def test_age_ticks_in_months_then_years() -> None:
    assert [round(t / DAYS_PER_MONTH) for t in age_ticks(365)] == [0, 2, 4, 6, 8, 10, 12]
    assert [round(t / DAYS_PER_YEAR) for t in age_ticks(1461)] == [0, 1, 2, 3, 4]


@given(st.lists(st.tuples(values, values), min_size=0, max_size=40))
def test_points_are_drawn_inside_the_plot(pairs: list[tuple[float, float]]) -> None:
    chart = build_chart([DataPoint(x, y) for x, y in pairs])
    assert len(chart.points) == len(pairs)
    for point in chart.points:
        assert inside(chart, point.x, point.y)
    for tick in chart.x_ticks:
        assert chart.left - 1e-6 <= tick.position <= chart.right + 1e-6
    for tick in chart.y_ticks:
        assert chart.top - 1e-6 <= tick.position <= chart.bottom + 1e-6


@given(st.lists(st.tuples(values, values), min_size=2, max_size=40))
def test_the_mapping_is_monotone(pairs: list[tuple[float, float]]) -> None:
    chart = build_chart([DataPoint(x, y) for x, y in pairs])
    for a in chart.points:
        for b in chart.points:
            if a.x_value < b.x_value:
                assert a.x <= b.x
            if a.y_value < b.y_value:
                assert a.y >= b.y  # higher values are drawn higher up


def test_points_keep_their_data_values_in_x_order() -> None:
    chart = build_chart([DataPoint(3, 30), DataPoint(1, 10), DataPoint(2, 25)])
    assert [(p.x_value, p.y_value) for p in chart.points] == [(1, 10), (2, 25), (3, 30)]
    assert chart.points[0].x == chart.left
    assert chart.points[-1].x == chart.right
    assert chart.polyline.count(",") == 3
    assert chart.points[1].y_attr == "25"


def test_band_lies_between_its_limits() -> None:
    data = [DataPoint(date(2020, 1, 1).toordinal() + 30 * i, 40 + 10 * i) for i in range(7)]
    chart = build_chart(data, x_axis="date", band=(45, 90))
    band = chart.band
    assert band is not None
    y_of = {tick.value: tick.position for tick in chart.y_ticks}
    # the y scale is linear: interpolate the band's limits from the ticks
    (v0, p0), (v1, p1) = sorted(y_of.items())[:2]
    per_unit = (p1 - p0) / (v1 - v0)
    assert abs(band.y - (p0 + (90 - v0) * per_unit)) < 1e-6
    assert abs(band.y + band.height - (p0 + (45 - v0) * per_unit)) < 1e-6
    assert band.x == chart.left and band.x + band.width == chart.right
    assert (band.low_attr, band.high_attr) == ("45", "90")


def test_an_open_band_reaches_the_plot_edge() -> None:
    data = [DataPoint(1, 70), DataPoint(2, 80)]
    above = build_chart(data, band=(60, None)).band
    below = build_chart(data, band=(None, 3)).band
    chart = build_chart(data)
    assert above is not None and above.y == chart.top
    assert below is not None and below.y + below.height == chart.bottom
    assert build_chart(data, band=(None, None)).band is None
    assert chart.band is None


def test_the_band_is_always_in_view() -> None:
    chart = build_chart([DataPoint(1, 200), DataPoint(2, 210)], band=(45, 90))
    assert chart.band is not None
    assert inside(chart, chart.band.x, chart.band.y)
    assert inside(chart, chart.band.x, chart.band.y + chart.band.height)


def test_empty_and_single_point_series() -> None:
    empty = build_chart([])
    assert empty.points == () and empty.polyline == ""
    assert len(empty.x_ticks) >= 2 and len(empty.y_ticks) >= 2
    for axis in ("number", "date", "age"):
        single = build_chart([DataPoint(738000, 5.4)], x_axis=axis)
        (point,) = single.points
        assert inside(single, point.x, point.y)
        assert single.y_ticks[0].value < 5.4 < single.y_ticks[-1].value
    assert build_chart([], x_axis="date").points == ()
    assert build_chart([], x_axis="age").points == ()


def test_age_axis_starts_at_birth_and_tick_labels_use_the_formatter() -> None:
    chart = build_chart(
        [DataPoint(10, 50.3), DataPoint(1461, 101.5)],
        x_axis="age",
        format_x=lambda days: f"{round(days / DAYS_PER_YEAR)} y",
        format_y=lambda value: f"<{value:g}>",
    )
    assert chart.x_ticks[0].value == 0 and chart.x_ticks[0].position == chart.left
    assert [tick.label for tick in chart.x_ticks] == ["0 y", "1 y", "2 y", "3 y", "4 y"]
    assert chart.y_ticks[0].label == "<50>"
    assert chart.x_ticks[0].anchor == "start" and chart.x_ticks[-1].anchor == "end"
