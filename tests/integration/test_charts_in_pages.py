"""Charts in the journal pages: growth curves and lab trends, each with the same numbers in a table.

The chart's drawn values (each circle's data-x-value and data-y-value) are
compared, row by row, with the table beside it, and with what the viewer is
shown: a chart never holds a value from an entry the viewer may not see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import unescape

from flask.testing import FlaskClient

from tests.support import log_in


@dataclass
class Drawn:
    """One chart as the page draws it, and its table."""

    id: str
    title: str
    desc: str
    points: list[tuple[float, float, str | None]]  # x, y, flag
    band: tuple[str, str] | None  # data-low, data-high
    rows: list[tuple[date, float, list[str]]]  # date, value, the other cells


def number(text: str) -> float:
    """A number as the Swedish page writes it: "4,52", "1 000"."""
    return float(re.sub(r"[\s\u00a0\u202f]", "", unescape(text)).replace(",", "."))


def charts(html: str) -> list[Drawn]:
    found = []
    for figure_id, figure in re.findall(
        r'<figure class="chart"[^>]*id="([^"]+)">(.*?)</figure>', html, re.S
    ):
        svg = re.search(r"<svg [^>]*>", figure)
        assert svg is not None
        assert 'role="img"' in svg.group(0)
        assert f'aria-labelledby="{figure_id}-title {figure_id}-desc"' in svg.group(0)
        title = re.search(rf'<title id="{figure_id}-title">(.*?)</title>', figure, re.S)
        desc = re.search(rf'<desc id="{figure_id}-desc">(.*?)</desc>', figure, re.S)
        assert title is not None and desc is not None, figure_id
        points = [
            (float(x), float(y), flag or None)
            for x, y, flag in re.findall(
                r'<circle [^>]*data-x-value="([^"]+)" data-y-value="([^"]+)"'
                r'(?: data-flag="([HL])")?',
                figure,
            )
        ]
        band = re.search(
            r'<rect class="chart__band"[^>]*data-low="([^"]*)" data-high="([^"]*)"', figure
        )
        table = re.search(
            rf'<table [^>]*data-chart="{figure_id}">.*?<tbody>(.*?)</tbody>', html, re.S
        )
        assert table is not None, f"{figure_id} has no table"
        rows = []
        for row in re.findall(r"<tr>(.*?)</tr>", table.group(1), re.S):
            day = re.search(r'<time datetime="([^"]+)"', row)
            value = re.search(r'class="chart-table__value">([^<]*)</td>', row)
            assert day is not None and value is not None
            cells = [
                re.sub(r"<[^>]+>", "", cell).strip()
                for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
            ]
            rows.append((date.fromisoformat(day.group(1)), number(value.group(1)), cells))
        found.append(
            Drawn(
                figure_id,
                unescape(title.group(1)),
                unescape(desc.group(1)),
                points,
                (band.group(1), band.group(2)) if band else None,
                rows,
            )
        )
    return found


def listed(client: FlaskClient, subject: str, set_key: str) -> list[tuple[int, date]]:
    """Every entry of the set the viewer is shown (all pages): id and date."""
    result: list[tuple[int, date]] = []
    page = 1
    while True:
        html = client.get(f"/journal/{subject}/{set_key}/?sida={page}").get_data(as_text=True)
        result += [
            (int(entry_id), date.fromisoformat(when[:10]))
            for entry_id, when in re.findall(
                r'<li class="entry" data-testid="entry"[^>]*data-entry-id="(\d+)">.*?'
                r'<time datetime="([^"]+)"',
                html,
                re.S,
            )
        ]
        if 'data-testid="next-page"' not in html:
            return result
        page += 1


def analyses(html: str) -> dict[str, tuple[str, str, str]]:
    """The result table of a provsvar page: analysis name → (value, reference interval, unit)."""
    table = html.split('data-testid="charts"')[0]
    rows = re.findall(
        r'<th scope="row"(?: lang="sv")?>([^<]+?)(?: <span class="code">[^<]*</span>)?</th>\s*'
        r'<td data-label="Resultat">([^<]*)</td>\s*<td data-label="Referensintervall">([^<]*)</td>',
        table,
    )
    return {name.strip(): (value.strip(), interval.strip(), "") for name, value, interval in rows}


def interval_limits(text: str) -> tuple[str, str]:
    """ "117–153 g/L", "< 3,0 g/mol", "> 60 mL/min": the limits as the band's data attributes."""
    match = re.match(r"(?:([\d,]+)–([\d,]+)|< ([\d,]+)|> ([\d,]+))", unescape(text))
    assert match is not None, text
    both_low, both_high, only_high, only_low = match.groups()

    def attr(value: str | None) -> str:
        return "" if value is None else f"{number(value):.10g}"

    return attr(both_low or only_low), attr(both_high or only_high)


def test_liams_growth_charts_match_their_tables(client: FlaskClient) -> None:
    log_in(client, "karin")
    html = client.get("/journal/liam/tillvaxt/").get_data(as_text=True)
    drawn = {chart.id: chart for chart in charts(html)}
    assert set(drawn) == {"chart-length", "chart-weight", "chart-head"}
    entries = listed(client, "liam", "tillvaxt")
    for chart in drawn.values():
        assert chart.points, chart.id
        assert len(chart.points) == len(chart.rows)
        # Row by row: the table's value is the circle's value.
        assert [y for _x, y, _f in chart.points] == [value for _d, value, _c in chart.rows]
        # x is the age in days: the date minus the age is always the birth date.
        births = {
            day.toordinal() - x
            for (x, _y, _f), (day, _v, _c) in zip(chart.points, chart.rows, strict=True)
        }
        assert len(births) == 1
        # Oldest first, as drawn.
        assert [x for x, _y, _f in chart.points] == sorted(x for x, _y, _f in chart.points)
        assert chart.title and chart.desc
        assert f"{len(chart.rows)} mätningar" in chart.desc
        assert chart.band is None
    # Every measurement shown is drawn; head circumference only where measured (the first year).
    assert len(drawn["chart-length"].rows) == len(entries)
    assert len(drawn["chart-weight"].rows) == len(entries)
    assert 0 < len(drawn["chart-head"].rows) < len(entries)
    assert {day for day, _v, _c in drawn["chart-length"].rows} == {day for _id, day in entries}
    length = drawn["chart-length"]
    assert length.desc.startswith("Längd från ")
    assert f"{length.rows[-1][2][1]}" in length.desc  # the latest value's age ("4 år")


def test_growth_charts_are_drawn_from_every_page_and_ignore_the_filter(
    client: FlaskClient,
) -> None:
    log_in(client, "karin")
    everything = charts(client.get("/journal/liam/tillvaxt/").get_data(as_text=True))
    filtered = charts(client.get("/journal/liam/tillvaxt/?fran=2026-01-01").get_data(as_text=True))
    assert [c.points for c in filtered] == [c.points for c in everything]


def test_other_lists_have_no_charts(client: FlaskClient) -> None:
    log_in(client, "karin")
    html = client.get("/journal/liam/vaccinationer/").get_data(as_text=True)
    assert 'data-testid="chart"' not in html


def lab_page(client: FlaskClient, subject: str, entry_id: int) -> str:
    response = client.get(f"/journal/{subject}/provsvar/{entry_id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_gunnars_repeated_panel_shows_trends_with_the_reference_band(client: FlaskClient) -> None:
    log_in(client, "gunnar")
    results = listed(client, "gunnar", "provsvar")
    html = lab_page(client, "gunnar", results[0][0])
    drawn = charts(html)
    assert drawn, "the newest result's analyses recur"
    own = analyses(html)
    for chart in drawn:
        name = chart.title.removesuffix(" över tid")
        assert name in own, chart.title
        value, interval, _unit = own[name]
        # The band is this result's reference interval.
        assert chart.band is not None
        low, high = chart.band
        assert (low, high) == interval_limits(interval)
        # Row by row, the table holds the drawn values, the date and the flag in words.
        assert len(chart.points) == len(chart.rows) >= 2
        for (x, y, flag), (day, table_value, cells) in zip(chart.points, chart.rows, strict=True):
            assert x == day.toordinal()
            assert y == table_value
            words = cells[-1]
            assert words == {"H": "Högt", "L": "Lågt", None: "Normalt"}[flag]
        # This result is the latest value.
        assert chart.rows[-1][0] == results[0][1]
        assert chart.points[-1][1] == number(value.split(" ")[0])
        assert f"{len(chart.rows)} värden" in chart.desc
        assert "Referensintervall" in chart.desc
        # Only results the viewer is shown, and each at most once per day and value.
        assert {day for day, _v, _c in chart.rows} <= {day for _id, day in results}


def test_a_trend_holds_only_results_the_viewer_is_shown(client: FlaskClient) -> None:
    """With "hide entries newer than 14 days", a recent result leaves the trend."""
    log_in(client, "lars")
    before = listed(client, "lars", "provsvar")
    client.post("/installningar", data={"dolj_nya": "ja"})
    after = listed(client, "lars", "provsvar")
    hidden_days = {day for _id, day in before} - {day for _id, day in after}
    assert hidden_days, "some recent results are hidden by the choice"

    # A result shown in both states, whose analyses recur.
    visible_ids = {entry_id for entry_id, _day in after}
    entry_id = next(entry_id for entry_id, _day in before if entry_id in visible_ids)
    client.post("/installningar", data={"dolj_nya": "nej"})
    trends_before = {c.title: c for c in charts(lab_page(client, "lars", entry_id))}
    client.post("/installningar", data={"dolj_nya": "ja"})
    trends_after = {c.title: c for c in charts(lab_page(client, "lars", entry_id))}
    assert trends_before and set(trends_after) <= set(trends_before)

    # How often each analysis occurs in the results the viewer is shown now.
    occurrences: dict[str, int] = {}
    for shown_id, _day in after:
        for name in analyses(lab_page(client, "lars", shown_id)):
            occurrences[name] = occurrences.get(name, 0) + 1
    for title, chart in trends_after.items():
        name = title.removesuffix(" över tid")
        assert len(chart.points) == occurrences[name]
        assert not {day for day, _v, _c in chart.rows} & hidden_days
        assert len(chart.points) < len(trends_before[title].points)
    assert any(
        {day for day, _v, _c in chart.rows} & hidden_days for chart in trends_before.values()
    )
