"""Every change a visitor makes to their session, one function each.

The form views (auth, settings, controls, scenarios) and the JSON API
(demo/views/api.py) both call these, so a change made by a form and by JSON
is the same change. Each takes typed values (a caller reads its own form or
JSON body) and raises BadParameter or UnknownName, naming the API's
parameter, when a value cannot be used: the pages answer those with their
error page, the API with a JSON error. Nothing here decides a rule; the
rules come from demo.domain.access through the read model.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from flask import url_for
from flask_babel import gettext as _
from flask_login import current_user, logout_user

from demo import visitor
from demo.clock import demo_today
from demo.domain import access
from demo.domain.access import AccessChange, Reason, RegionalChoice
from demo.domain.scenarios import Scenario
from demo.errors import BadParameter, UnknownName
from demo.i18n import long_date
from demo.presenters.explain import change_sentence
from demo.presenters.personas import PersonaGroup
from demo.store.readmodel import Citizen
from demo.views.shared import begin_visit, start_fresh_session, viewer, world

# The simulated e-ID step before the persona picker: its methods, by URL key.
E_ID_METHODS = {"bankid": "BankID", "freja": "Freja eID+"}


# --- Logging in and out ----------------------------------------------------------------


class LoginRefused(Exception):
    """The person cannot log in to 1177 at all (no personnummer, deceased), and why."""

    def __init__(self, person: Citizen, reason: Reason) -> None:
        super().__init__(reason.value)
        self.person = person
        self.reason = reason


def log_in(method: str, person_id: str) -> Citizen:
    """Log in as the person with an e-ID method: a fresh session with only them in it.

    An unknown method or person (or one not in this deployment's picker) raises
    UnknownName; a person who cannot log in raises LoginRefused."""
    if method not in E_ID_METHODS:
        raise UnknownName("method")
    person = world().person(person_id)
    if person is None or not person.may_log_in_here:
        raise UnknownName("persona")
    refusal = access.login_refusal(person.facts)
    if refusal is not None:
        raise LoginRefused(person, refusal)
    begin_visit(person)
    return person


def asks_login_question(person: Citizen) -> bool:
    """Whether Journalen asks the 14-day question after this login: not when the person
    can read nothing at all (there is nothing to hide)."""
    return world().household(person.id, demo_today()).can_read_anything


def log_out() -> None:
    logout_user()
    start_fresh_session()


def end_visit() -> None:
    """End everything of this visit: login, language, choices, clock, explain mode."""
    logout_user()
    start_fresh_session(keep_language=False)


def start_scenario(scenario: Scenario) -> Citizen:
    """Log in as the scenario's persona with its date, choices and explain mode, its first
    step in the banner. A persona who cannot log in (Tomasz) is not logged in: the
    scenario's steps show the refusal from the picker."""
    person = world().person(scenario.persona_id)
    if person is None:
        raise UnknownName("scenario")
    if access.login_refusal(person.facts) is None:
        begin_visit(person)
    else:
        logout_user()
        start_fresh_session()
    visitor.follow_scenario(scenario)
    visitor.set_clock(scenario.demo_date)
    visitor.set_hide_recent(scenario.hide_recent)
    visitor.set_regional_choices(set(scenario.regional))
    visitor.set_explain_mode(scenario.explain)
    return person


def scenario_path(scenario: Scenario) -> str:
    """Where the scenario starts: a list of one information set, or an overview; for a
    persona who cannot log in, the picker's group that shows why."""
    if not current_user.is_authenticated:
        return url_for("auth.choose_persona", method="bankid", grupp=PersonaGroup.SPECIAL.value)
    subject_id = scenario.subject_id or scenario.persona_id
    if scenario.set_key:
        return url_for("journal.entry_list", subject_id=subject_id, set_key=scenario.set_key)
    return url_for("journal.overview", subject_id=subject_id)


# --- The citizen's choices ---------------------------------------------------------------


def answer_login_question(hide_recent: bool) -> None:
    """The 14-day question at login: hide entries newer than 14 days, or show all."""
    visitor.set_hide_recent(hide_recent)


def regional_choices(values: Iterable[str], parameter: str) -> set[RegionalChoice]:
    """The regional choices named by `values` (RegionalChoice values); another value
    raises BadParameter(parameter)."""
    known = {choice.value: choice for choice in RegionalChoice}
    chosen = set()
    for value in values:
        if value not in known:
            raise BadParameter(
                parameter,
                _("Okänt regionalt val: %(value)s.", value=value[:100]),
            )
        chosen.add(known[value])
    return chosen


def save_settings(hide_recent: bool, regional: set[RegionalChoice]) -> None:
    """The settings page: the 14-day choice and the regions' own choices, all at once."""
    visitor.set_hide_recent(hide_recent)
    visitor.set_regional_choices(regional)


# --- The demo clock ----------------------------------------------------------------------


class ClockAction(StrEnum):
    """What the demo clock's tools do (the API's values; the form has its own words)."""

    SET = "set"
    PLUS1 = "plus1"
    PLUS14 = "plus14"
    NEXT_CHANGE = "next_change"
    RESET = "reset"


STEPS = {ClockAction.PLUS1: timedelta(days=1), ClockAction.PLUS14: timedelta(days=14)}


@dataclass(frozen=True)
class ClockMoved:
    """The visitor's demo date before and after, and what that changed of whose journal
    the logged-in viewer may read (the rules say what changed), own access first."""

    before: date
    after: date
    changes: tuple[AccessChange, ...]

    def sentences(self) -> list[str]:
        """The change in words: the new day, then each change (the form's message)."""
        words = [_("Demodatum: %(date)s.", date=long_date(self.after))]
        forward = self.after > self.before
        return words + [change_message(change, forward) for change in self.changes]


def change_message(change: AccessChange, forward: bool = True) -> str:
    person = world().people[change.subject_id]
    return change_sentence(change, person.given_name, change.subject_id == viewer().id, forward)


def move_clock(action: ClockAction, day: date | None = None) -> ClockMoved:
    """Move the visitor's own demo clock: to `day` (SET), a day or 14 ahead, to the next
    day anything the viewer can see of their household changes, or back to the
    server's date. A day outside the clock's range raises BadParameter("date")."""
    before = demo_today()
    try:
        if action is ClockAction.RESET:
            visitor.set_clock(None)
        elif action in STEPS:
            visitor.set_clock(before + STEPS[action])
        elif action is ClockAction.NEXT_CHANGE:
            visitor.set_clock(_next_change(before))
        elif day is None:
            raise BadParameter("date", _("Ange ett datum (ÅÅÅÅ-MM-DD)."))
        else:
            visitor.set_clock(day)
    except ValueError:
        raise BadParameter(
            "date",
            _(
                "Demodatumet måste ligga mellan %(earliest)s och %(latest)s.",
                earliest=visitor.EARLIEST_DATE.isoformat(),
                latest=visitor.LATEST_DATE.isoformat(),
            ),
        ) from None
    after = demo_today()
    changes: tuple[AccessChange, ...] = ()
    if current_user.is_authenticated:
        person_id = viewer().id
        household = world().household
        changes = access.household_changes(
            person_id, household(person_id, before), household(person_id, after)
        )
    return ClockMoved(before, after, changes)


def _next_change(today: date) -> date:
    """The next day anything the viewer can see of their household changes (the rules say)."""
    if not current_user.is_authenticated:
        raise BadParameter("action", _("Nästa ändring finns bara för den som är inloggad."))
    day = world().household(viewer().id, today).next_change
    if day is None:
        raise BadParameter("action", _("Inget av det du kan se ändras längre fram."))
    return day


# --- Explain mode ------------------------------------------------------------------------


def set_explain_mode(on: bool) -> None:
    """Explain mode (a demo addition): hidden entries and the rule behind each refusal."""
    visitor.set_explain_mode(on)
