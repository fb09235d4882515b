"""Write PNG screenshots of the key pages, in Swedish and English, desktop and phone.

    make screenshots            # into docs/screenshots/, which the README shows

The app runs in this process on a temporary seeded database, on the default
demo date, so the pictures are the same on every machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import Page, sync_playwright
from werkzeug.serving import make_server

from demo import create_app
from demo.clock import DEFAULT_DEMO_DATE
from demo.store.engines import writable_engine
from seed import seed_database

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 360, "height": 640}}
LANGUAGES = ("sv", "en")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def log_in(page: Page, base: str, persona: str) -> None:
    page.goto(f"{base}/logga-in/bankid")
    page.get_by_test_id(f"persona-{persona}").get_by_role("button").click()
    if page.get_by_test_id("login-question-continue").count():
        page.get_by_test_id("login-question-continue").click()


def choose_language(page: Page, base: str, language: str) -> None:
    page.goto(f"{base}/")
    switch = page.get_by_test_id("language-switch")
    if switch.get_attribute("value") == language:
        switch.click()


def journeys(page: Page, base: str) -> dict[str, str]:
    """name → URL, for pages shown after logging in as Karin."""
    log_in(page, base, "karin")
    page.goto(f"{base}/journal/liam/vaccinationer/")
    entry = page.get_by_test_id("entry").first.get_attribute("data-entry-id")
    return {
        "overview": f"{base}/journal/karin/",
        "child-list": f"{base}/journal/liam/vaccinationer/",
        "entry": f"{base}/journal/liam/vaccinationer/{entry}",
        "growth": f"{base}/journal/liam/tillvaxt/",
        "regions": f"{base}/regioner",
    }


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/world.sqlite"
        engine = writable_engine(url)
        seed_database(engine, seed=1, today=DEFAULT_DEMO_DATE)
        engine.dispose()
        app = create_app({"DATABASE_URL": url, "DEMO_TODAY": DEFAULT_DEMO_DATE})
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}"
        executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=FLAGS)
            for size_name, viewport in SIZES.items():
                for language in LANGUAGES:
                    context = browser.new_context(viewport=viewport, locale="sv-SE")
                    page = context.new_page()
                    choose_language(page, base, language)
                    shots = {"start": f"{base}/", "picker": f"{base}/logga-in/bankid"}
                    page.goto(shots["start"])
                    page.screenshot(path=OUT / f"start-{language}-{size_name}.png")
                    page.goto(shots["picker"])
                    page.screenshot(path=OUT / f"picker-{language}-{size_name}.png")
                    for name, url in journeys(page, base).items():
                        page.goto(url)
                        page.screenshot(path=OUT / f"{name}-{language}-{size_name}.png")
                    context.close()
            browser.close()
        server.shutdown()
    written = sorted(OUT.glob("*.png"))
    print(f"wrote {len(written)} screenshots to {OUT}")
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())
