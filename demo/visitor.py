"""Everything a visitor changes lives here, in their own (signed) session cookie.

The seeded database never changes; two visitors never see each other's
choices; a reset is clearing the session. Values are validated on the way in
and read defensively on the way out, so a stale or odd session never breaks
a page.
"""

from __future__ import annotations

from datetime import date

from flask import session

from demo.domain.access import Choices, RegionalChoice
from demo.domain.scenarios import BY_ID, Scenario

CLOCK = "demo_date"
HIDE_RECENT = "hide_recent"
REGIONAL = "regional_choices"
EXPLAIN = "explain"
TOOLS_OPEN = "tools_open"
OWN_READS = "reads"
SCENARIO = "scenario"  # "id|step": the trainer's scenario on screen (a demo addition)
# The visitor's own reads kept for the access log (a demo addition): the newest few.
OWN_READS_KEPT = 10

# The range a visitor may move the demo clock within.
EARLIEST_DATE = date(1990, 1, 1)
LATEST_DATE = date(2100, 12, 31)


def clock_override() -> date | None:
    raw = session.get(CLOCK)
    try:
        day = date.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        return None
    return day if day is not None and EARLIEST_DATE <= day <= LATEST_DATE else None


def set_clock(day: date | None) -> None:
    if day is None:
        session.pop(CLOCK, None)
    else:
        if not EARLIEST_DATE <= day <= LATEST_DATE:
            raise ValueError(f"the demo date must lie between {EARLIEST_DATE} and {LATEST_DATE}")
        session[CLOCK] = day.isoformat()


def choices() -> Choices:
    regional = session.get(REGIONAL, [])
    known = {choice.value for choice in RegionalChoice}
    return Choices(
        hide_recent=session.get(HIDE_RECENT) is True,
        regional=frozenset(
            RegionalChoice(value)
            for value in (regional if isinstance(regional, list) else [])
            if isinstance(value, str) and value in known
        ),
    )


def set_hide_recent(hide: bool) -> None:
    session[HIDE_RECENT] = hide


def set_regional_choices(chosen: set[RegionalChoice]) -> None:
    session[REGIONAL] = sorted(choice.value for choice in chosen)


def keep_tools_open() -> None:
    """A demo tool was used: the panel is open on the page the visitor comes back to
    (it was open when they pressed it), and folded again after that."""
    session[TOOLS_OPEN] = True


def take_tools_open() -> bool:
    """Whether this page shows the demo tools unfolded (asked once per page, see above)."""
    return session.pop(TOOLS_OPEN, None) is True


def explain_mode() -> bool:
    return session.get(EXPLAIN) is True


def set_explain_mode(on: bool) -> None:
    session[EXPLAIN] = on


def record_read(day: date, subject_id: str, page: str) -> None:
    """Note that the visitor opened a journal page (shown in the access log).

    Kept as one string ("day|subject|page" per line): the session is written on
    every journal page, and a string costs a fraction of a nested list to sign."""
    reads = [f"{read_day}|{subject}|{read_page}" for read_day, subject, read_page in own_reads()]
    reads.insert(0, f"{day.isoformat()}|{subject_id}|{page}")
    session[OWN_READS] = "\n".join(reads[:OWN_READS_KEPT])


def own_reads() -> list[tuple[str, str, str]]:
    raw = session.get(OWN_READS, "")
    if not isinstance(raw, str):
        return []
    reads = [tuple(line.split("|")) for line in raw.split("\n") if line]
    return [(read[0], read[1], read[2]) for read in reads if len(read) == 3]


def follow_scenario(scenario: Scenario | None, step: int = 1) -> None:
    """Show `scenario`'s step `step` (from 1) in the banner; None: no scenario."""
    if scenario is None:
        session.pop(SCENARIO, None)
    else:
        session[SCENARIO] = f"{scenario.id}|{max(1, min(step, len(scenario.steps)))}"


def followed_scenario() -> tuple[Scenario, int] | None:
    """The scenario on screen and its step, or None (an odd value in the session too)."""
    raw = session.get(SCENARIO)
    if not isinstance(raw, str) or raw.count("|") != 1:
        return None
    scenario_id, step = raw.split("|")
    scenario = BY_ID.get(scenario_id)
    if scenario is None or not (step.isascii() and step.isdigit()):
        return None
    if not 1 <= int(step) <= len(scenario.steps):
        return None
    return scenario, int(step)
