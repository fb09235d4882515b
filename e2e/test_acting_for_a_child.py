"""A guardian switches to a young child's journal, reads an entry and comes back."""

from __future__ import annotations

from playwright.sync_api import expect

from e2e.pages import Journalen


def test_karin_reads_liams_vaccinations_and_returns_to_her_own_journal(
    journalen: Journalen,
) -> None:
    journalen.resume_as("karin")
    overview = journalen.overview().expect_own("Karin Berg")

    liam = overview.switch_to("liam").expect_child("Liam Berg")
    expect(liam.acting_for).to_contain_text("Du agerar för Liam Berg")
    expect(liam.subject("liam")).to_have_attribute("aria-current", "page")

    vaccinations = liam.open_set("vaccinationer").expect_loaded("Vaccinationer")
    expect(vaccinations.entries.first).to_be_visible()
    for entry in vaccinations.entries.all():
        expect(entry).to_have_attribute("data-entry-kind", "vaccinationer")

    entry_page = vaccinations.open_entry(0)
    expect(entry_page.entry).to_have_attribute("data-entry-kind", "vaccinationer")
    expect(entry_page.acting_for).to_contain_text("Du agerar för Liam Berg")

    entry_page.back_to_own_journal().expect_own("Karin Berg")
    expect(journalen.page).to_have_url(f"{journalen.base_url}/journal/karin/")
