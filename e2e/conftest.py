"""Browser tests on pytest-playwright: the real app in a background thread, driven by
Debian's headless Chromium.

pytest-playwright provides the browser, a fresh context and page per test, `--headed`,
`--tracing`, `--screenshot`, `--video` and `--output`; a failed test's trace and
screenshots are kept under test-results/ by `new_context` below. Here it is told which
Chromium to launch (`CHROMIUM_PATH`, else Debian's chromium-headless-shell or chromium:
scripts/find-chromium finds or installs one) and which `base_url` to open: the app on
the default demo date, served from this process. `server(day)` serves another demo date.

The world is seeded once per test process into a temporary SQLite file (`database_url`,
in the conftest.py at the top). Every page a test visits is checked with axe-core
(WCAG 2.1 A and AA): the page objects check on each navigation, and a test that reached
a page nothing checked fails (`new_context` below watches every page of every context).

A journey that is not about logging in starts logged in: `journalen.resume_as(id)` loads
a Playwright storage state made once per process over HTTP (`login_state`).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Generator, Iterator
from datetime import date
from pathlib import Path
from typing import Any, Protocol

import pytest
from playwright.sync_api import Browser, BrowserContext, Frame, Page, Playwright
from werkzeug.serving import BaseWSGIServer, make_server

from demo import create_app
from demo.clock import DEFAULT_DEMO_DATE
from e2e.checks import AxeChecker, assert_no_horizontal_scroll, page_key
from e2e.chromium import chromium_path
from e2e.pages import Journalen, LoginState

E2E_DIR = Path(__file__).resolve().parent

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A locator waits this long (ms) before failing: enough on a busy 2-core machine.
TIMEOUT_MS = 15_000

ServerFactory = Callable[[date], str]


class NewContext(Protocol):
    def __call__(self, **options: Any) -> BrowserContext: ...


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
    """The app on the default demo date, 26 November 2026 (pytest-playwright's `base_url`:
    `page.goto("/regioner")` opens it)."""
    return server(DEFAULT_DEMO_DATE)


# --- The browser, through pytest-playwright --------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(
    browser_type_launch_args: dict[str, Any], pytestconfig: pytest.Config
) -> dict[str, Any]:
    """Debian's Chromium (e2e/chromium.py; Playwright's own browser download is not used)."""
    executable = chromium_path()
    if pytestconfig.getoption("--headed") and "headless-shell" in Path(executable).name:
        pytest.fail(
            f"{executable} cannot show a window: for --headed, set "
            "CHROMIUM_PATH=/usr/bin/chromium (Debian's package `chromium`).",
            pytrace=False,
        )
    return {**browser_type_launch_args, "executable_path": executable, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """Every context: Swedish, as a visitor in Sweden (and pytest-playwright's base_url)."""
    return {**browser_context_args, "locale": "sv-SE"}


# --- Accessibility ------------------------------------------------------------


@pytest.fixture(scope="session")
def axe_checker(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> AxeChecker:
    """The axe checks of the pages of `browser`, the clean ones shared with the run's other
    xdist workers (their temporary folders have one parent). (Asking for the browser also
    puts every test that checks pages, `page` in its signature or not, on pytest-playwright's
    one browser per worker, parametrized by `browser_name`: else a second one starts.)"""
    run = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        run = run.parent
    return AxeChecker(shared=run / "axe-clean")


# --- What a failure leaves behind ------------------------------------------------

# The phases ("setup", "call", "teardown") in which a test failed, for its fixtures' teardown.
FAILED_PHASES = pytest.StashKey[set[str]]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item,
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.failed:
        item.stash.setdefault(FAILED_PHASES, set()).add(report.when)
    return report


def artifact_folder(request: pytest.FixtureRequest) -> Path:
    """test-results/<test> (pytest-playwright's `--output`, one folder a test)."""
    name = re.sub(r"[^\w.-]+", "-", request.node.nodeid).strip("-")
    return Path(request.config.getoption("--output")) / name


def keep_what_failed(contexts: list[BrowserContext], folder: Path | None) -> None:
    """Stop each context's trace; with a `folder` (the test failed), save it there as
    trace-N.zip beside a screenshot of each of the context's pages, page-N-M.png."""
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    for n, context in enumerate(contexts, start=1):
        if folder is None:
            context.tracing.stop()
            continue
        for m, page in enumerate(context.pages, start=1):
            page.screenshot(path=folder / f"page-{n}-{m}.png", timeout=5_000)
        context.tracing.stop(path=folder / f"trace-{n}.zip")


@pytest.fixture
def new_context(
    new_context: NewContext, axe_checker: AxeChecker, request: pytest.FixtureRequest
) -> Iterator[NewContext]:
    """pytest-playwright's `new_context` (so `context`, `page` and every other context of the
    test), with each page watched: on leaving, every page it showed must have been checked.

    Each context is traced, and a failed test's traces and screenshots are kept under
    test-results/<test>/ (`keep_what_failed`). Not pytest-playwright's `--tracing
    retain-on-failure`: that also films the screen and writes every passing test's trace
    and screenshots only to delete them, an eighth more CPU for this tier. Its `--tracing
    on` still works, instead of this."""
    visited: dict[Page, set[str]] = {}
    contexts: list[BrowserContext] = []
    recording = request.config.getoption("--tracing") == "off"
    title = request.node.nodeid

    def watch(page: Page) -> None:
        seen = visited.setdefault(page, set())

        def remember(frame: Frame) -> None:
            if frame == page.main_frame and frame.url.startswith("http"):
                seen.add(page_key(frame.url))

        page.on("framenavigated", remember)

    def create(**options: Any) -> BrowserContext:
        context = new_context(**options)
        if recording:
            # Each action with its source line, the console and the network; no film of
            # the screen and no DOM snapshot of each action (together a sixth of this tier's
            # CPU, on every passing test): the failure's screenshots are kept beside it.
            # A snapshot of every action: run the failed test again with `--tracing on`.
            context.tracing.start(title=title, screenshots=False, snapshots=False, sources=True)
        contexts.append(context)
        context.set_default_timeout(TIMEOUT_MS)
        context.on("page", watch)
        return context

    yield create
    unchecked = sorted(
        url
        for page, seen in visited.items()
        for url in seen - axe_checker.checked_urls.get(page, set())
    )
    for page in visited:
        axe_checker.forget(page)
    if recording:
        failed = bool(unchecked or request.node.stash.get(FAILED_PHASES, set()))
        keep_what_failed(contexts, artifact_folder(request) if failed else None)
    assert not unchecked, f"pages visited without an axe check: {unchecked}"


# --- Pages and visitors --------------------------------------------------------


@pytest.fixture
def phone_page(new_context: NewContext) -> Page:
    """A fresh browser context and page on a small phone: 360×640 CSS pixels, touch.
    (`page`, pytest-playwright's, is a desktop's: 1280×720.)"""
    context = new_context(viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True)
    return context.new_page()


@pytest.fixture(scope="session")
def login_state(
    playwright: Playwright, base_url: str, tmp_path_factory: pytest.TempPathFactory
) -> LoginState:
    """`login_state(id, hide_recent)`: a Playwright storage state (a file) of a visitor logged
    in as the persona, the 14-day question answered where it is asked, made once per
    process over HTTP with the forms' own posts (the journeys through the picker are
    test_personas.py's)."""
    directory = tmp_path_factory.mktemp("login-states")
    made: dict[tuple[str, bool], Path] = {}

    def state(person_id: str, hide_recent: bool = False) -> Path:
        if (person_id, hide_recent) not in made:
            path = directory / f"{person_id}-{'hide' if hide_recent else 'all'}.json"
            request = playwright.request.new_context(base_url=base_url)
            try:

                def token() -> str:
                    answer = request.get("/api/v1/csrf-token")
                    assert answer.ok, answer.status
                    return str(answer.json()["csrf_token"])

                login = request.post(f"/logga-in/bankid/{person_id}", form={"csrf_token": token()})
                if login.url.endswith("/journal/val"):  # the 14-day question
                    assert login.ok, (person_id, login.status)
                    login = request.post(
                        "/journal/val",
                        form={"csrf_token": token(), "dolj_nya": "ja" if hide_recent else "nej"},
                    )
                    assert login.ok, (person_id, login.status)
                # Logged in: at the own journal, or its refusal (nothing to read, no question).
                assert login.url.endswith(f"/journal/{person_id}/"), (person_id, login.url)
                request.storage_state(path=path)
            finally:
                request.dispose()
            made[person_id, hide_recent] = path
        return made[person_id, hide_recent]

    return state


@pytest.fixture
def journalen(
    page: Page, base_url: str, axe_checker: AxeChecker, login_state: LoginState
) -> Journalen:
    """The app on the default demo date, in the test's page."""
    return Journalen(page, base_url, axe_checker.check, login_state)


@pytest.fixture
def other_visitor(
    new_context: NewContext, base_url: str, axe_checker: AxeChecker, login_state: LoginState
) -> Journalen:
    """A second visitor beside the test's own: another browser context (its own cookies)
    and page, on the default demo date."""
    return Journalen(new_context().new_page(), base_url, axe_checker.check, login_state)


@pytest.fixture
def journalen_on(
    page: Page, server: ServerFactory, axe_checker: AxeChecker, login_state: LoginState
) -> Callable[[date], Journalen]:
    """`journalen_on(day)`: the app on another demo date, in the test's page."""
    return lambda today: Journalen(page, server(today), axe_checker.check, login_state)


@pytest.fixture(params=["light", "dark"])
def phone_journalen(
    request: pytest.FixtureRequest,
    phone_page: Page,
    base_url: str,
    axe_checker: AxeChecker,
    login_state: LoginState,
) -> Journalen:
    """The app on a 360×640 phone, in the light and the dark colour scheme.

    Each page is checked by axe and must not scroll sideways.
    """
    phone_page.emulate_media(color_scheme=request.param)

    def check(page: Page) -> None:
        axe_checker.check(page)
        assert_no_horizontal_scroll(page)

    return Journalen(phone_page, base_url, check, login_state)
