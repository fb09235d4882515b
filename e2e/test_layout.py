"""What only a browser shows of a professional page (issue 11, "Unprofessional"): words and
numbers never broken mid-word at 360 and 1280 px, the language switch at the header's
right end, and a printout with nothing to click but the demo's label.

The text facts (decimal signs, dates, HSA-ids, ages) are Flask-client tests in
tests/integration/test_professional_pages.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from e2e.checks import AxeChecker
from e2e.pages import Journalen

# Each word of the visible text (cut after hyphens, dashes and slashes, where a line may
# break) must lie on one line: a Range over it has client rectangles on one line only.
# Elements that must not break at all (a personnummer, a date) must be one line as well.
BROKEN_WORDS = """() => {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest("svg, script, style, select, .visually-hidden")) continue;
    if (!element.checkVisibility()) continue;
    const word = /[^\\s\\-\\u2010\\u2013\\/]+[\\-\\u2010\\u2013\\/]?/g;
    for (let match = word.exec(node.data); match; match = word.exec(node.data)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()]
        .filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  for (const element of document.querySelectorAll(".nowrap, time")) {
    if (!element.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(element);
    const lines = new Set([...range.getClientRects()]
      .filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
    if (lines.size > 1) broken.push(element.textContent.trim());
  }
  return broken;
}"""


@pytest.fixture(params=["phone_page", "page"], ids=["360px", "1280px"])
def sized(request: pytest.FixtureRequest, base_url: str, axe_checker: AxeChecker) -> Journalen:
    """The app at 360 px (a small phone, `phone_page`) and at 1280 px (`page`)."""
    chosen: Page = request.getfixturevalue(request.param)
    return Journalen(chosen, base_url, axe_checker.check)


def visit(app: Journalen, path: str) -> list[str]:
    """Go to `path` (axe-checked, as every page a test shows) and name the broken words."""
    app.goto(path)
    app.axe_check(app.page)
    broken: list[str] = app.page.evaluate(BROKEN_WORDS)
    return broken


def test_no_word_or_number_breaks_mid_word(sized: Journalen) -> None:
    """The picker broke "Götalandsregion|en", "1985108|6-2397" and "Stockhol|m"; an
    overview tile "Uppmärksamhetsinforma|tion"."""
    broken = {}
    for path in ("/logga-in/bankid", "/logga-in/bankid?lang=en"):
        broken[path] = visit(sized, path)
    sized.log_in_as("karin")
    for path in (
        "/journal/karin/",
        "/journal/liam/",
        "/journal/liam/?lang=en",
        "/journal/liam/tillvaxt/",
        "/journal/karin/vem-har-last",
        "/journal/karin/vem-har-last?lang=en",
    ):
        broken[path] = visit(sized, path)
    assert not {path: words for path, words in broken.items() if words}


def header_boxes(app: Journalen) -> dict[str, dict[str, float]]:
    boxes: dict[str, dict[str, float]] = app.page.evaluate(
        """() => {
          const box = (selector) => {
            const r = document.querySelector(selector).getBoundingClientRect();
            return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
          };
          const inner = document.querySelector(".site-header__inner");
          const padding = parseFloat(getComputedStyle(inner).paddingRight);
          const header = box(".site-header__inner");
          header.right -= padding;
          return {header, brand: box(".brand"), lang: box("[data-testid=language-switch]")};
        }"""
    )
    return boxes


def test_the_language_switch_stands_at_the_headers_right_end(sized: Journalen) -> None:
    """Logged in, "In English" stood in the middle of the header (space-between)."""
    sized.start()
    logged_out = header_boxes(sized)
    sized.log_in_as("karin")
    sized.overview().expect_own("Karin Berg")
    logged_in = header_boxes(sized)
    for boxes in (logged_out, logged_in):
        assert abs(boxes["lang"]["right"] - boxes["header"]["right"]) <= 1, boxes
        # On the brand's row, phone or projector.
        assert boxes["lang"]["top"] < boxes["brand"]["bottom"], boxes
    assert abs(logged_in["lang"]["left"] - logged_out["lang"]["left"]) <= 1


def test_a_printout_has_nothing_to_click_but_keeps_the_demo_label(
    journalen: Journalen,
) -> None:
    journalen.log_in_as("karin")
    journalen.overview().expect_own("Karin Berg")
    page = journalen.page
    journalen.goto("/journal/liam/vaccinationer/")
    journalen.axe_check(page)
    entry = page.get_by_test_id("entry").first.locator(".entry__title a").get_attribute("href")
    assert entry is not None
    for path in (
        "/journal/liam/vaccinationer/",
        entry,
        "/journal/liam/vaccinationer/?utskrift=1",
        f"{entry}?utskrift=1",
    ):
        journalen.goto(path)
        journalen.axe_check(page)
        page.emulate_media(media="print")
        for hidden in (
            ".breadcrumbs",
            ".demo-tools",
            "[data-testid=language-switch]",
            ".skip-link",
            ".term",
            ".filters",
            ".pagination",
            "[data-testid=print-link]",
        ):
            for element in page.locator(hidden).all():
                assert not element.is_visible(), (path, hidden)
        assert page.get_by_text("DEMO – fiktiva uppgifter", exact=True).first.is_visible()
        page.emulate_media(media="screen")
