"""A long record: pages, the care-unit filter, and logging out."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from e2e.pages import Journalen, LoginMethodPage


def result_total(text: str) -> int:
    """ "20 uppgifter av 143" → 20; "143 uppgifter" → 143."""
    match = re.match(r"(\d+) uppgift", text)
    assert match, text
    return int(match.group(1))


def test_gunnar_pages_and_filters_his_lab_results(journalen: Journalen) -> None:
    journalen.resume_as("gunnar")
    results = journalen.overview().expect_own("Gunnar Eriksson").open_set("provsvar")
    results.expect_loaded("Provsvar")
    expect(results.entries).to_have_count(20)
    unfiltered = result_total(results.result_count.inner_text())
    first_page = results.entry_ids()

    second = results.next_page("Provsvar")
    expect(second.entries.first).to_be_visible()
    assert not set(second.entry_ids()) & set(first_page), "page 2 repeats page 1"

    unit = second.unit_names()[0]
    filtered = second.filter_by_unit(unit, "Provsvar")
    expect(filtered.entries.first).to_be_visible()
    assert 0 < result_total(filtered.result_count.inner_text()) <= unfiltered
    for entry in filtered.entries.all():
        expect(entry).to_contain_text(unit)


def test_after_logging_out_the_journal_asks_to_log_in(journalen: Journalen) -> None:
    journalen.resume_as("gunnar")
    overview = journalen.overview().expect_own("Gunnar Eriksson")

    start = overview.log_out()
    expect(start.page.get_by_role("button", name="Logga ut")).to_have_count(0)

    journalen.goto("/journal/gunnar/")
    LoginMethodPage(journalen).expect_loaded()
    expect(journalen.page).to_have_url(re.compile(r"/logga-in\?next="))
