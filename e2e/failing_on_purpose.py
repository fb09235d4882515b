"""Two browser tests for test_failure_artifacts.py to run in a pytest of its own: one
passes, one fails on purpose. (Not named test_*.py: the suite never collects them.)"""

from __future__ import annotations

from e2e.pages import Journalen


def test_passes(journalen: Journalen) -> None:
    journalen.regions()


def test_fails_on_purpose(journalen: Journalen) -> None:
    journalen.regions()
    assert journalen.page.title() == "A title the page does not have"
