"""A front-end tester's Playwright test against the running demo (see TESTING.md).

Start the demo (`make run`), then in another terminal:

    BASE_URL=http://127.0.0.1:8000 .venv/bin/python -m pytest examples/ -q

It uses only the tester contract: the personas API, the data-testid names, the
JSON API and the oracle's numbers. Chromium: CHROMIUM_PATH or /usr/bin/chromium.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from urllib.request import urlopen

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(base_url=BASE_URL, locale="sv-SE")
    yield context.new_page()
    context.close()


def log_in(page: Page, persona_id: str) -> None:
    """Log in through the persona picker and answer the 14-day question with "show all"."""
    page.goto("/logga-in/bankid")
    page.get_by_test_id(f"persona-{persona_id}").get_by_role("button").click()
    if page.get_by_test_id("login-question-continue").count():
        page.get_by_label("Visa alla uppgifter").check()
        page.get_by_test_id("login-question-continue").click()


def test_the_cast_is_there() -> None:
    with urlopen(f"{BASE_URL}/api/v1/personas") as response:
        personas = {p["id"]: p for p in json.load(response)["personas"]}
    assert personas["karin"]["guardian_of"] == ["ella", "liam", "maja"]
    assert personas["maja"]["can_read_own"] is False


def test_a_guardian_reads_her_young_child_but_not_the_14_year_old(page: Page) -> None:
    log_in(page, "karin")
    expect(page.get_by_test_id("subject-liam")).to_be_visible()
    expect(page.get_by_test_id("subject-maja")).to_have_count(0)
    page.get_by_test_id("subject-liam").click()
    expect(page.get_by_test_id("acting-for")).to_contain_text("Du agerar för Liam Berg")
    page.get_by_test_id("set-vaccinationer").click()
    entries = page.locator('[data-testid="entry"][data-entry-kind="vaccinationer"]')
    expect(entries.first).to_be_visible()


def test_a_14_year_old_is_told_when_she_may_read(page: Page) -> None:
    log_in(page, "maja")
    refusal = page.get_by_test_id("no-access")
    expect(refusal).to_have_attribute("data-reason", "own_under_16")
    expect(page.get_by_test_id("access-from")).to_contain_text("24 maj 2028")


def test_the_page_and_the_api_agree(page: Page) -> None:
    log_in(page, "gunnar")
    shown = page.get_by_test_id("count-provsvar").inner_text()  # "183 uppgifter"
    # The browser's session cookie opens the JSON API too.
    api = page.request.get("/api/v1/subjects/gunnar").json()
    assert shown.split()[0] == str(api["counts"]["provsvar"])
