"""The checks every browser test runs on its pages find what they look for."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from e2e.checks import AxeChecker, assert_no_horizontal_scroll

FLAWED = """<!doctype html><html><head><title>Flawed</title></head><body>
<main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb">Grey on white</p>
<div style="width:2000px">Too wide</div></main></body></html>"""


def test_axe_reports_each_violation_by_rule(page: Page) -> None:
    page.set_content(FLAWED)
    with pytest.raises(AssertionError) as found:
        AxeChecker().check(page)
    for rule in ("html-has-lang", "image-alt", "color-contrast"):
        assert f"- {rule} [" in str(found.value), found.value


def test_a_page_wider_than_the_window_is_reported(page: Page) -> None:
    page.set_viewport_size({"width": 360, "height": 640})
    page.set_content(FLAWED)
    with pytest.raises(AssertionError, match="scrolls sideways"):
        assert_no_horizontal_scroll(page)
