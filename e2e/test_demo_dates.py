"""The rules turn on birthdays: the same people on servers with other demo dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pages import Journalen
from playwright.sync_api import expect

OnDate = Callable[[date], Journalen]


def test_karin_sees_ella_until_the_day_before_her_13th_birthday(journalen_on: OnDate) -> None:
    app = journalen_on(date(2026, 11, 30))
    app.log_in_as("karin")
    overview = app.overview().expect_own("Karin Berg")
    expect(overview.demo_date).to_have_attribute("datetime", "2026-11-30")
    expect(overview.subject("ella")).to_be_visible()
    expect(overview.unavailable_child("ella")).to_have_count(0)


def test_karin_no_longer_sees_ella_on_her_13th_birthday(journalen_on: OnDate) -> None:
    app = journalen_on(date(2026, 12, 1))
    app.log_in_as("karin")
    overview = app.overview().expect_own("Karin Berg")
    expect(overview.demo_date).to_have_attribute("datetime", "2026-12-01")
    expect(overview.subject("ella")).to_have_count(0)
    expect(overview.subject("liam")).to_be_visible()
    expect(overview.unavailable_child("ella")).to_be_visible()
    expect(overview.unavailable_child("ella").locator("xpath=..")).to_contain_text(
        "1 december 2029"
    )


def test_teo_is_refused_the_day_before_his_16th_birthday(journalen_on: OnDate) -> None:
    app = journalen_on(date(2026, 12, 2))
    app.log_in_as("teo", can_read=False)
    refusal = app.refusal().expect_loaded("own_under_16")
    expect(refusal.demo_date).to_have_attribute("datetime", "2026-12-02")
    expect(refusal.page.get_by_test_id("access-from")).to_contain_text("3 december 2026")


def test_teo_reads_his_journal_on_his_16th_birthday(journalen_on: OnDate) -> None:
    app = journalen_on(date(2026, 12, 3))
    app.log_in_as("teo")
    overview = app.overview().expect_own("Teo Nilsson")
    expect(overview.demo_date).to_have_attribute("datetime", "2026-12-03")
    expect(overview.page.get_by_test_id("no-access")).to_have_count(0)
