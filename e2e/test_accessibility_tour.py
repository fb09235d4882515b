"""Every page and state, in Swedish and English, on a desktop and a phone: no axe
violation (WCAG 2.1 A/AA) and, on the phone, no sideways scrolling.

The tour walks as a visitor would, changing state through the page controls
(language switch, demo tools, explain mode, a term opened) and checking each
page it reaches.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from e2e.checks import AxeChecker, assert_no_horizontal_scroll

SIZES = {"desktop": "page", "phone": "phone_page"}


def first_entry_path(page: Page) -> str:
    link = page.locator('[data-testid="entry"] h2 a').first
    href = link.get_attribute("href")
    assert href is not None
    return href


class Tour:
    def __init__(self, page: Page, base_url: str, checker: AxeChecker, phone: bool) -> None:
        self.page, self.base_url, self.checker, self.phone = page, base_url, checker, phone

    def check(self) -> None:
        self.page.wait_for_load_state("load")
        self.checker.check(self.page)
        if self.phone:
            assert_no_horizontal_scroll(self.page)

    def visit(self, path: str, status: int = 200) -> None:
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.status == status, (path, response)
        self.check()

    def log_in(self, persona: str) -> None:
        self.visit("/logga-in/bankid")
        self.page.get_by_test_id(f"persona-{persona}").get_by_role("button").click()
        question = self.page.get_by_test_id("login-question-continue")
        if question.count():
            self.check()
            question.click()
        self.check()

    def choose_language(self, language: str) -> None:
        switch = self.page.get_by_test_id("language-switch")
        if switch.get_attribute("value") == language:
            switch.click()
        expect(self.page.locator("html")).to_have_attribute("lang", language)
        self.check()

    def demo_tools(self) -> None:
        banner = self.page.get_by_test_id("demo-banner")
        if banner.locator("details").get_attribute("open") is None:
            banner.locator("summary").click()
        self.check()


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_every_page_and_state_is_accessible(
    request: pytest.FixtureRequest,
    base_url: str,
    axe_checker: AxeChecker,
    language: str,
    size: str,
) -> None:
    page: Page = request.getfixturevalue(SIZES[size])
    tour = Tour(page, base_url, axe_checker, phone=size == "phone")
    tour.visit("/")
    tour.choose_language(language)
    tour.demo_tools()
    for path in (
        "/logga-in",
        "/logga-in/bankid?grupp=barn",
        "/regioner",
        "/scenarier/",
        "/scenarier/ella-fyller-13",
        "/demo/aterstall",
    ):
        tour.visit(path)
    # A started scenario: its step in the banner on every page.
    tour.visit("/scenarier/glappet-13-15")
    page.get_by_test_id("scenario-start").click()
    tour.check()
    page.get_by_test_id("scenario-next").click()
    tour.check()
    # A guardian and her children.
    tour.log_in("karin")
    for path in (
        "/journal/liam/",
        "/journal/liam/tillvaxt/",
        "/journal/liam/vaccinationer/",
        "/journal/liam/vem-har-last",
        "/journal/liam/vaccinationer/?utskrift=1",
        "/installningar",
    ):
        tour.visit(path)
    tour.visit("/journal/liam/anteckningar/")
    tour.visit(first_entry_path(page))
    page.locator("details.term summary").first.click()  # a term opened
    tour.check()
    tour.visit("/journal/maja/", status=403)
    tour.visit("/journal/noah/", status=404)
    tour.visit("/journal/liam/anteckningar/?sida=abc", status=400)
    tour.visit("/journal/liam/anteckningar/?fran=2025-12-31&till=2025-01-01", status=400)
    # A long record with trends, filtered and paged.
    tour.log_in("gunnar")
    tour.visit("/journal/gunnar/provsvar/?sida=2")
    tour.visit(first_entry_path(page))
    tour.visit("/journal/gunnar/diagnoser/?fran=2020-01-01&till=2024-12-31")
    # Explain mode and a moved clock, through the banner's tools.
    tour.log_in("mikael")
    tour.visit("/journal/mikael/anteckningar/")
    tour.demo_tools()
    page.get_by_test_id("explain-toggle").click()
    tour.check()
    tour.demo_tools()
    page.get_by_role("button", name=re.compile(r"^\+14")).click()
    tour.check()
    expect(page.get_by_test_id("clock-moved")).to_be_visible()
    # Refusals: a sealed account, and a login that cannot be made.
    tour.log_in("eva")
    tour.visit("/logga-in/bankid")
    page.get_by_test_id("persona-tomasz").get_by_role("button").click()
    tour.check()
