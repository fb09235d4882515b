"""A trainer's scenario in the browser: its step stays on every page with the next step
and a way out; the catalogue's copy button; the grouped picker's filter."""

from __future__ import annotations

from playwright.sync_api import expect

from e2e.pages import Journalen, PersonaPickerPage, ScenarioCataloguePage, ScenarioConfirmPage


def test_the_scenario_keeps_its_step_on_screen(journalen: Journalen) -> None:
    journalen.goto("/scenarier/ella-fyller-13")
    ScenarioConfirmPage(journalen).expect_loaded(
        "Ella fyller 13: föräldrarnas åtkomst upphör"
    ).start()
    overview = journalen.overview().expect_child("Ella Berg")
    banner = journalen.page.get_by_test_id("scenario-banner")
    expect(banner).to_contain_text("Scenario: Ella fyller 13")
    expect(banner.get_by_test_id("scenario-step")).to_have_text("steg 1 av 3")
    expect(banner.get_by_role("button", name="Föregående steg")).to_have_count(0)

    with journalen.page.expect_navigation():
        banner.get_by_test_id("scenario-next").click()
    journalen.axe_check(journalen.page)
    expect(banner.get_by_test_id("scenario-step")).to_have_text("steg 2 av 3")
    expect(banner.get_by_test_id("scenario-step-text")).to_contain_text("+1 dag")

    overview.demo_tools.plus_one_day()  # the step's own instruction
    journalen.refusal().expect_loaded("child_13_to_15")
    expect(banner.get_by_test_id("scenario-step")).to_have_text("steg 2 av 3")

    with journalen.page.expect_navigation():
        banner.get_by_test_id("scenario-stop").click()
    journalen.refusal().expect_loaded("child_13_to_15")  # the demo stays where it was
    expect(banner).to_have_count(0)


def test_the_catalogue_copies_a_scenario_link(journalen: Journalen) -> None:
    journalen.page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    journalen.goto("/scenarier/")
    catalogue = ScenarioCataloguePage(journalen).expect_loaded()
    scenario = catalogue.page.get_by_test_id("scenario-teo-fyller-16")
    button = scenario.get_by_test_id("copy-link")
    expect(button).to_be_visible()  # the script shows it
    button.click()
    expect(scenario.get_by_role("status")).to_have_text("Kopierad")
    copied = journalen.page.evaluate("navigator.clipboard.readText()")
    assert copied == journalen.base_url + "/scenarier/teo-fyller-16"
    index = catalogue.page.get_by_test_id("scenario-index")
    expect(index.get_by_role("link")).to_have_count(catalogue.page.locator("li.scenario").count())


def test_the_pickers_filter_narrows_the_cards(journalen: Journalen) -> None:
    # A plain GET form (tests/integration/test_personas_on_the_day.py: no script needed).
    journalen.goto("/logga-in/bankid")
    picker = PersonaPickerPage(journalen).expect_loaded()
    picker.page.get_by_label("Visa").select_option("barn")
    with picker.page.expect_navigation():
        picker.page.get_by_role("button", name="Visa").click()
    PersonaPickerPage(journalen).expect_loaded()
    expect(picker.personas).to_have_count(2)
    expect(picker.persona("ella")).to_be_visible()
    expect(picker.persona("liam")).to_be_visible()
    expect(picker.page.get_by_label("Visa")).to_have_value("barn")
