"""Trainers' tools in the browser: scenario links, reset, the access log, the print view."""

from __future__ import annotations

from playwright.sync_api import expect

from e2e.pages import (
    AccessLogPage,
    Journalen,
    ListPage,
    LoginMethodPage,
    ScenarioCataloguePage,
    ScenarioConfirmPage,
)


def test_a_scenario_link_in_a_fresh_browser_lands_in_the_described_state(
    journalen: Journalen,
) -> None:
    # A trainer shares the link; a fresh browser opens it.
    journalen.goto("/scenarier/ella-fyller-13")
    confirm = ScenarioConfirmPage(journalen).expect_loaded(
        "Ella fyller 13: föräldrarnas åtkomst upphör"
    )
    confirm.start()
    overview = journalen.overview().expect_child("Ella Berg")
    expect(overview.demo_date).to_have_attribute("datetime", "2026-11-30")
    expect(journalen.page.get_by_test_id("logged-in-as")).to_have_text("Karin Berg")
    overview.demo_tools.plus_one_day()
    refusal = journalen.refusal().expect_loaded("child_13_to_15")
    expect(refusal.demo_date).to_have_attribute("datetime", "2026-12-01")


def test_the_catalogue_leads_to_a_scenario_with_explain_mode(journalen: Journalen) -> None:
    journalen.goto("/scenarier/")
    catalogue = ScenarioCataloguePage(journalen).expect_loaded()
    catalogue.open_link("radrum-blekinge").expect_loaded(
        "Rådrum i Blekinge: osignerat visas efter 14 dagar"
    ).start()
    ListPage(journalen).expect_loaded("Anteckningar")
    expect(journalen.page.get_by_test_id("hidden-entry").first).to_be_visible()


def test_reset_returns_to_the_start_with_nothing_left(journalen: Journalen) -> None:
    journalen.goto("/scenarier/radrum-blekinge")
    ScenarioConfirmPage(journalen).expect_loaded(
        "Rådrum i Blekinge: osignerat visas efter 14 dagar"
    ).start()
    notes = ListPage(journalen).expect_loaded("Anteckningar")
    notes.demo_tools.plus_14_days()
    start = notes.demo_tools.reset_everything()
    expect(start.demo_date).to_have_attribute("datetime", "2026-11-26")
    expect(journalen.page.get_by_test_id("clock-moved")).to_have_count(0)
    expect(journalen.page.get_by_role("button", name="Logga ut")).to_have_count(0)
    journalen.goto("/journal/mikael/")
    LoginMethodPage(journalen).expect_loaded()
    expect(journalen.page).to_have_url(journalen.base_url + "/logga-in?next=%2Fjournal%2Fmikael%2F")
    expect(journalen.page.get_by_test_id("flash")).to_contain_text("Logga in")


def test_access_log_and_print_view(journalen: Journalen) -> None:
    journalen.resume_as("anna")
    journalen.overview().expect_own("Anna Lindqvist")
    journalen.page.get_by_test_id("access-log-link").click()
    log = AccessLogPage(journalen).expect_loaded()
    expect(log.page.get_by_test_id("log-row").first).to_be_visible()
    expect(log.page.get_by_test_id("own-reads")).to_contain_text("2026-11-26")
    journalen.goto("/journal/anna/diagnoser/")
    diagnoses = ListPage(journalen).expect_loaded("Diagnoser")
    diagnoses.page.get_by_test_id("print-link").click()
    expect(journalen.page.get_by_test_id("print-name")).to_have_text("Anna Lindqvist")
    expect(journalen.page.get_by_test_id("print-personnummer")).to_have_text("19810323-2388")
    expect(journalen.page.get_by_test_id("print-date")).to_contain_text("26 november 2026")
    journalen.axe_check(journalen.page)
