"""A keyboard-only journey: no mouse, and focus always visible.

Log in, open a child's journal, open an entry, switch back, log out, with Tab
and Enter alone; at every stop the focused element must show a focus ring.
"""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from e2e.pages import (
    Journalen,
    LoginMethodPage,
    LoginQuestionPage,
    OverviewPage,
    PersonaPickerPage,
    StartPage,
)

MAX_TABS = 80


def focus_is_visible(page: Page) -> bool:
    return bool(
        page.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el || el === document.body) return false;
                const style = getComputedStyle(el);
                return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
            }"""
        )
    )


def tab_to(page: Page, target: Locator) -> None:
    """Press Tab until `target` has focus, checking the focus ring at every stop."""
    expect(target).to_be_visible()
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        assert focus_is_visible(page), "a focused element shows no focus ring: " + page.evaluate(
            "() => document.activeElement.outerHTML.slice(0, 200)"
        )
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{target} never got focus within {MAX_TABS} tabs")


def press_enter_on(page: Page, target: Locator) -> None:
    tab_to(page, target)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_the_whole_journey_by_keyboard(journalen: Journalen) -> None:
    page = journalen.page
    journalen.start()
    press_enter_on(page, page.get_by_role("link", name="Logga in", exact=True))
    LoginMethodPage(journalen).expect_loaded()
    press_enter_on(page, page.get_by_role("link", name="Logga in med BankID"))
    PersonaPickerPage(journalen).expect_loaded()
    press_enter_on(
        page, page.get_by_test_id("persona-karin").get_by_role("button", name="Logga in som Karin")
    )
    LoginQuestionPage(journalen).expect_loaded()
    press_enter_on(page, page.get_by_test_id("login-question-continue"))
    OverviewPage(journalen).expect_own("Karin Berg")
    press_enter_on(page, page.get_by_test_id("subject-liam"))
    OverviewPage(journalen).expect_child("Liam Berg")
    press_enter_on(page, page.get_by_test_id("set-vaccinationer"))
    journalen.axe_check(page)
    press_enter_on(page, page.get_by_test_id("entry").first.get_by_role("link").first)
    journalen.axe_check(page)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    press_enter_on(page, page.get_by_role("link", name="Tillbaka till din egen journal"))
    OverviewPage(journalen).expect_own("Karin Berg")
    press_enter_on(page, page.get_by_role("button", name="Logga ut"))
    StartPage(journalen).expect_loaded()


def test_the_skip_link_is_first_and_moves_focus_to_the_content(journalen: Journalen) -> None:
    page = journalen.page
    journalen.start()
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Hoppa till innehållet")
    expect(skip).to_be_focused()
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
