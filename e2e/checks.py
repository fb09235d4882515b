"""What the browser tests check on every page: axe-core (WCAG 2.1 A and AA and the best
practices), and no sideways scrolling on a phone."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import axe_playwright_python
from playwright.sync_api import CDPSession, Page

# WCAG 2.1 A and AA, and axe's best practices (landmarks, headings, regions).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
AXE_SCRIPT = Path(axe_playwright_python.__file__).resolve().parent / "axe.min.js"

_CSRF_VALUE = re.compile(r'(name="csrf_token"[^>]*value=")[^"]*"')


class AxeChecker:
    """Runs axe-core on the page shown and fails on any WCAG 2.1 A/AA or best-practice
    violation.

    A page whose markup (CSRF tokens aside) was already found clean this session,
    in the same viewport and colour scheme, is not checked again: the same
    markup gives the same answer. With `shared`, a folder, the test processes of one
    run (pytest-xdist's workers) tell each other which were clean, a file each.
    `checked_urls` remembers, per browser page, which URLs were checked.

    axe runs through a DevTools session of the page's own (`_evaluate`), not
    `page.evaluate`: a test's trace records each of its actions with a snapshot of the
    page, and snapshots of the checker's four calls a page were a fifth of the
    browser tier's CPU. The trace shows what the test did; the checker stays out of it.
    """

    def __init__(self, shared: Path | None = None) -> None:
        self.script = AXE_SCRIPT.read_text(encoding="utf-8")
        self.clean: set[str] = set()
        self.shared = shared
        if shared is not None:
            shared.mkdir(parents=True, exist_ok=True)
        self.checked_urls: dict[Page, set[str]] = {}
        self.sessions: dict[Page, CDPSession] = {}

    def _known_clean(self, fingerprint: str) -> bool:
        if fingerprint in self.clean:
            return True
        return self.shared is not None and (self.shared / fingerprint).exists()

    def _found_clean(self, fingerprint: str) -> None:
        self.clean.add(fingerprint)
        if self.shared is not None:
            (self.shared / fingerprint).touch()

    def forget(self, page: Page) -> None:
        """Drop what is kept for a page of a test that has ended."""
        self.checked_urls.pop(page, None)
        self.sessions.pop(page, None)

    def _evaluate(self, page: Page, expression: str) -> Any:
        """The value of a JavaScript expression in the page (a promise is awaited)."""
        if page not in self.sessions:
            self.sessions[page] = page.context.new_cdp_session(page)
        answer = self.sessions[page].send(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": True, "returnByValue": True},
        )
        if "exceptionDetails" in answer:
            raise AssertionError(f"{page.url}: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def check(self, page: Page) -> None:
        page.wait_for_load_state("load")  # the whole document, stylesheet included
        self.checked_urls.setdefault(page, set()).add(page_key(page.url))
        markup, dark = self._evaluate(
            page,
            """[document.documentElement.outerHTML,
                matchMedia("(prefers-color-scheme: dark)").matches]""",
        )
        markup = _CSRF_VALUE.sub(r'\1"', markup)
        path = urlsplit(page.url)._replace(scheme="", netloc="", fragment="").geturl()
        fingerprint = hashlib.sha256(
            f"{page.viewport_size}\n{dark}\n{path}\n{markup}".encode()
        ).hexdigest()
        if self._known_clean(fingerprint):
            return
        if not self._evaluate(page, "typeof window.axe !== 'undefined'"):
            self._evaluate(page, self.script)
        result: dict[str, Any] = self._evaluate(
            page,
            f"""axe.run(document, {{
                runOnly: {{type: "tag", values: {json.dumps(AXE_TAGS)}}},
                resultTypes: ["violations"],
            }})""",
        )
        violations = result["violations"]
        if violations:
            raise AssertionError(format_violations(page.url, violations))
        self._found_clean(fingerprint)


def format_violations(url: str, violations: list[dict[str, Any]]) -> str:
    lines = [f"axe found {len(violations)} violation(s) on {url}:"]
    for violation in violations:
        nodes = violation["nodes"]
        targets = ", ".join(json.dumps(node["target"]) for node in nodes[:3])
        more = f" (+{len(nodes) - 3} more)" if len(nodes) > 3 else ""
        lines.append(
            f"- {violation['id']} [{violation['impact']}]: {violation['help']}"
            f"\n    on {targets}{more}"
        )
        summary = (nodes[0].get("failureSummary") or "").strip().replace("\n", "\n      ")
        if summary:
            lines.append(f"    {summary}")
    return "\n".join(lines)


def page_key(url: str) -> str:
    """A visited page's identity: the URL without its fragment."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


def assert_no_horizontal_scroll(page: Page) -> None:
    scroll_width, inner_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, (
        f"{page.url} scrolls sideways: {scroll_width}px wide in a {inner_width}px window"
    )
