"""The demo clock: which day it is in the demo.

The world is seeded relative to a fixed demo date, so every screenshot and
every test sees the same thing on any machine, any day. `DEMO_TODAY` moves the
whole server's clock (YYYY-MM-DD), or follows the real Swedish date with
`DEMO_TODAY=live`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from flask import current_app

from demo.access import stockholm_date

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


def demo_today() -> date:
    """Today in the demo, for the request being served."""
    setting: date | str = current_app.config["DEMO_TODAY"]
    if setting == LIVE:
        return stockholm_date(datetime.now(UTC))
    assert isinstance(setting, date)
    return setting
