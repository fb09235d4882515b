"""Browser tests: the real app in a background thread, driven by headless Chromium.

The world is seeded once per session into a temporary SQLite file. `server(day)`
starts the app for that demo date (once per date, reused for the whole session)
and answers its base URL. One browser serves the session; each test gets a
fresh context and page. Every page a test visits is checked with axe-core
(WCAG 2.1 A and AA): the page objects check on each navigation, and
`every_visited_page_is_axe_checked` fails a test that reached a page no page
object looked at.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from checks import AxeChecker, assert_no_horizontal_scroll, page_key
from pages import Journalen
from playwright.sync_api import Browser, Error, Frame, Page, Playwright, sync_playwright
from werkzeug.serving import BaseWSGIServer, make_server

from demo import create_app
from demo.clock import DEFAULT_DEMO_DATE

E2E_DIR = Path(__file__).resolve().parent

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

ServerFactory = Callable[[date], str]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test under e2e/ is an end-to-end test."""
    for item in items:
        if E2E_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.e2e)


# --- The app ------------------------------------------------------------------


@pytest.fixture(scope="session")
def server(database_url: str) -> Iterator[ServerFactory]:
    """`server(day)`: the base URL of the app serving demo date `day` (started once per day)."""
    running: dict[date, tuple[BaseWSGIServer, threading.Thread]] = {}

    def start(today: date = DEFAULT_DEMO_DATE) -> str:
        if today not in running:
            # CSRF stays on: the forms carry their token, as for a visitor.
            app = create_app({"DATABASE_URL": database_url, "DEMO_TODAY": today})
            httpd = make_server("127.0.0.1", 0, app, threaded=True)
            thread = threading.Thread(target=httpd.serve_forever, name=f"demo-{today}", daemon=True)
            thread.start()
            running[today] = (httpd, thread)
        httpd = running[today][0]
        return f"http://127.0.0.1:{httpd.server_port}"

    yield start
    for httpd, thread in running.values():
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def base_url(server: ServerFactory) -> str:
    """The app on the default demo date, 26 November 2026."""
    return server(DEFAULT_DEMO_DATE)


# --- The browser --------------------------------------------------------------


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(executable).is_file() or not os.access(executable, os.X_OK):
        pytest.fail(
            f"No Chromium at {executable!r}. The browser tests drive the system's Chromium: "
            "install Debian's package `chromium` (or run scripts/find-chromium), or set "
            "CHROMIUM_PATH to a Chromium executable.",
            pytrace=False,
        )
    try:
        browser = playwright_instance.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
    except Error as error:
        pytest.fail(f"Chromium at {executable!r} did not start: {error}", pytrace=False)
    yield browser
    browser.close()


# --- Accessibility ------------------------------------------------------------


@pytest.fixture(scope="session")
def axe_checker() -> AxeChecker:
    return AxeChecker()


# --- One fresh page per test ----------------------------------------------------


@contextmanager
def _checked_page(browser: Browser, checker: AxeChecker, **context_options: Any) -> Iterator[Page]:
    """A fresh context and page; on leaving, every page it showed must have been axe-checked."""
    context = browser.new_context(locale="sv-SE", **context_options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    visited: set[str] = set()

    def remember(frame: Frame) -> None:
        if frame == page.main_frame and frame.url.startswith("http"):
            visited.add(page_key(frame.url))

    page.on("framenavigated", remember)
    try:
        yield page
        unchecked = sorted(visited - checker.checked_urls.get(page, set()))
        assert not unchecked, f"pages visited without an axe check: {unchecked}"
    finally:
        checker.checked_urls.pop(page, None)
        context.close()


@pytest.fixture
def page(browser: Browser, axe_checker: AxeChecker) -> Iterator[Page]:
    """A fresh browser context and page (desktop, 1280×720)."""
    with _checked_page(browser, axe_checker) as new_page:
        yield new_page


@pytest.fixture
def phone_page(browser: Browser, axe_checker: AxeChecker) -> Iterator[Page]:
    """A fresh browser context and page on a small phone: 360×640 CSS pixels, touch."""
    with _checked_page(
        browser,
        axe_checker,
        viewport={"width": 360, "height": 640},
        is_mobile=True,
        has_touch=True,
    ) as new_page:
        yield new_page


@pytest.fixture
def journalen(page: Page, base_url: str, axe_checker: AxeChecker) -> Journalen:
    """The app on the default demo date, in the test's page."""
    return Journalen(page, base_url, axe_checker.check)


@pytest.fixture
def other_visitor(browser: Browser, base_url: str, axe_checker: AxeChecker) -> Iterator[Journalen]:
    """A second visitor beside the test's own: another browser context (its own cookies)
    and page, on the default demo date."""
    with _checked_page(browser, axe_checker) as other_page:
        yield Journalen(other_page, base_url, axe_checker.check)


@pytest.fixture
def journalen_on(
    page: Page, server: ServerFactory, axe_checker: AxeChecker
) -> Callable[[date], Journalen]:
    """`journalen_on(day)`: the app on another demo date, in the test's page."""
    return lambda today: Journalen(page, server(today), axe_checker.check)


@pytest.fixture(params=["light", "dark"])
def phone_journalen(
    request: pytest.FixtureRequest, phone_page: Page, base_url: str, axe_checker: AxeChecker
) -> Journalen:
    """The app on a 360×640 phone, in the light and the dark colour scheme.

    Each page is checked by axe and must not scroll sideways.
    """
    phone_page.emulate_media(color_scheme=request.param)

    def check(page: Page) -> None:
        axe_checker.check(page)
        assert_no_horizontal_scroll(page)

    return Journalen(phone_page, base_url, check)
