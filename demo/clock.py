"""The demo clock: which day it is in the demo.

The world is seeded relative to a fixed demo date, so every screenshot and
every test sees the same thing on any machine, any day. `DEMO_TODAY` moves the
whole server's clock (YYYY-MM-DD), or follows the real Swedish date with
`DEMO_TODAY=live`; each visitor may move their own clock on top of that
(kept in their session, see demo/visitor.py).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from flask import current_app, has_request_context

from demo import visitor
from demo.domain.access import stockholm_date

# The day the default world is built around: the personas' birthdays and the
# entries' delays are chosen so each scenario shows on this day.
DEFAULT_DEMO_DATE = date(2026, 11, 26)

LIVE = "live"


def parse_demo_today(value: str | None) -> date | str:
    """Read the DEMO_TODAY setting: a date, or "live"; raise ValueError otherwise."""
    if value is None or value == "":
        return DEFAULT_DEMO_DATE
    if value == LIVE:
        return LIVE
    return date.fromisoformat(value)


def server_today() -> date:
    """The server's demo date (DEMO_TODAY), the same for every visitor."""
    setting: date | str = current_app.config["DEMO_TODAY"]
    if setting == LIVE:
        return stockholm_date(datetime.now(UTC))
    assert isinstance(setting, date)
    return setting


def demo_today() -> date:
    """Today in the demo for this visitor: their own clock if they moved it."""
    moved = visitor.clock_override() if has_request_context() else None
    return moved or server_today()


def clock_is_moved() -> bool:
    return has_request_context() and visitor.clock_override() is not None
