"""The rules turn on birthdays: the same people on servers with other demo dates
(`DEMO_TODAY`), as the pages say it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from flask import Flask
from flask.testing import FlaskClient

from tests.support import Element, log_in, parse_html

MakeApp = Callable[..., Flask]


def logged_in(make_app: MakeApp, day: date, person_id: str) -> FlaskClient:
    client = make_app(day).test_client()
    log_in(client, person_id)
    return client


def own_overview(client: FlaskClient, person_id: str, name: str, day: date) -> Element:
    """The 14-day question answered, the persona's own overview on the server's date."""
    assert client.post("/journal/val", data={"dolj_nya": "nej"}).status_code == 302
    response = client.get(f"/journal/{person_id}/")
    assert response.status_code == 200
    page = parse_html(response.get_data(as_text=True))
    assert [h.text for h in page.by_tag("h1")] == ["Din journal"]
    assert page.one("logged-in-as").text == name
    assert page.one("demo-date").attrs["datetime"] == day.isoformat()
    return page


def test_karin_sees_ella_until_the_day_before_her_13th_birthday(make_app: MakeApp) -> None:
    day = date(2026, 11, 30)
    page = own_overview(logged_in(make_app, day, "karin"), "karin", "Karin Berg", day)
    page.one("subject-ella")
    assert page.by_test_id("child-unavailable-ella") == []


def test_karin_no_longer_sees_ella_on_her_13th_birthday(make_app: MakeApp) -> None:
    day = date(2026, 12, 1)
    page = own_overview(logged_in(make_app, day, "karin"), "karin", "Karin Berg", day)
    assert page.by_test_id("subject-ella") == []
    page.one("subject-liam")
    unavailable = page.one("child-unavailable-ella").parent
    assert unavailable is not None and "1 december 2029" in unavailable.text


def test_teo_is_refused_the_day_before_his_16th_birthday(make_app: MakeApp) -> None:
    day = date(2026, 12, 2)
    client = logged_in(make_app, day, "teo")  # nothing to read: no 14-day question
    response = client.get("/journal/teo/")
    assert response.status_code == 403
    page = parse_html(response.get_data(as_text=True))
    assert page.one("no-access").attrs["data-reason"] == "own_under_16"
    assert page.one("demo-date").attrs["datetime"] == day.isoformat()
    assert "3 december 2026" in page.one("access-from").text


def test_teo_reads_his_journal_on_his_16th_birthday(make_app: MakeApp) -> None:
    day = date(2026, 12, 3)
    page = own_overview(logged_in(make_app, day, "teo"), "teo", "Teo Nilsson", day)
    assert page.by_test_id("no-access") == []
