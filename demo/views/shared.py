"""Request helpers the blueprints share: the world, the viewer, a subject, a page of entries.

Blueprints import from here, never from each other. Nothing here decides a
rule: access comes from the read model (which asks demo.domain.access), and a
page of entries is cut from the judged record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from flask import abort, current_app, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_login import UserMixin, current_user, login_user
from werkzeug.wrappers import Response

from demo import visitor
from demo.clock import demo_today
from demo.domain import access
from demo.errors import BadParameter
from demo.navigation import local_path
from demo.store.readmodel import Citizen, EntryView, JudgedEntry, Subject, World

T = TypeVar("T")

PAGE_SIZE = 20
# The largest id a database integer holds; a larger one in a URL names no entry.
LARGEST_ID = 2**63 - 1


def world() -> World:
    """The seeded world, read once per process (demo/store/readmodel.py)."""
    loaded: World = current_app.extensions["world"]
    return loaded


class LoggedIn(UserMixin):
    """The Flask-Login user: a citizen of the world, logged in through the picker."""

    def __init__(self, person: Citizen) -> None:
        self.person = person

    def get_id(self) -> str:
        return self.person.id


def viewer() -> Citizen:
    """The logged-in citizen (only on views that require a login)."""
    person: Citizen = current_user.person
    return person


def begin_visit(person: Citizen) -> None:
    """Log the person in with a session that starts from nothing (no session fixation)."""
    start_fresh_session()
    login_user(LoggedIn(person))


def back_where_the_form_was() -> Response:
    """After a demo tool's POST: back to the page its form was on (the form's `tillbaka`,
    only ever a path on this site), or the start page."""
    return redirect(local_path(request.form.get("tillbaka")) or url_for("start.index"))


def start_fresh_session(*, keep_language: bool = True) -> None:
    """Forget everything of the visitor's session but the language they chose and the
    CSRF secret: a token from GET /api/v1/csrf-token (or a page) stays valid across
    logging in, logging out and a reset, as a tester's client expects. Who is logged in,
    the clock and the choices never survive; the secret only proves that a POST comes
    from this cookie's holder."""
    # The scenario a trainer follows survives too: its steps may say "log out, log in as …".
    kept = [
        current_app.config["WTF_CSRF_FIELD_NAME"],
        *(["lang", visitor.SCENARIO] if keep_language else []),
    ]
    saved = {key: session[key] for key in kept if key in session}
    session.clear()
    session.update(saved)


class JournalRefused(Exception):
    """The viewer may not read this subject's journal, and the service says why."""

    def __init__(self, subject: Subject) -> None:
        super().__init__(subject.decision.reason.value)
        self.subject = subject


def readable_subject(subject_id: str, today: date) -> Subject:
    """The subject if the viewer may read them today.

    A subject the real service would not show at all answers 404 (so a typed
    URL reveals nothing); a refusal it explains (one's own journal before 16,
    a child in the 13–15 gap) raises JournalRefused.
    """
    subject = world().subject(viewer(), subject_id, today)
    if subject is None:
        abort(404)
    if subject.decision.allowed:
        return subject
    if not access.explains_refusal(subject.decision, subject.is_self):
        abort(404)
    raise JournalRefused(subject)


# --- A page of entries -------------------------------------------------------------


@dataclass(frozen=True)
class EntryFilter:
    """What the visitor narrowed a list to: a care unit and a period (inclusive)."""

    unit_id: int | None = None
    start: date | None = None
    end: date | None = None

    @property
    def is_empty(self) -> bool:
        return self.unit_id is None and self.start is None and self.end is None

    def matches(self, entry: EntryView) -> bool:
        if self.unit_id is not None and entry.unit.id != self.unit_id:
            return False
        if self.start is not None and entry.document_date < self.start:
            return False
        return self.end is None or entry.document_date <= self.end


# The list's filters in the query string: a care unit, from and to (inclusive).
FILTER_PARAMETERS = ("enhet", "fran", "till")


@dataclass(frozen=True)
class FilterProblem:
    """A filter the list cannot apply, and the parameter at fault: pages show it beside the
    form and the API names it, both answering 400 (an unknown unit as a malformed one)."""

    parameter: str  # one of FILTER_PARAMETERS
    message: str


def parse_filter() -> tuple[EntryFilter, FilterProblem | None]:
    """The list's filters from the query string, or what is wrong with them."""
    unit, start, end = (request.args.get(name, "") for name in FILTER_PARAMETERS)
    try:
        unit_id = int(unit) if unit else None
    except ValueError:
        return EntryFilter(), FilterProblem("enhet", _("Välj en vårdenhet i listan."))
    dates: list[date | None] = []
    for parameter, raw in (("fran", start), ("till", end)):
        try:
            dates.append(date.fromisoformat(raw) if raw else None)
        except ValueError:
            return EntryFilter(), FilterProblem(
                parameter, _("Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-26.")
            )
    entry_filter = EntryFilter(unit_id, dates[0], dates[1])
    if entry_filter.start and entry_filter.end and entry_filter.start > entry_filter.end:
        return entry_filter, FilterProblem(
            "till", _("Perioden slutar innan den börjar: välj ett till-datum efter från-datumet.")
        )
    return entry_filter, None


def parse_page() -> int:
    raw = request.args.get("sida", "1")
    # ASCII digits only: str.isdigit() also accepts "²" and "①", which int() refuses.
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6) or not 1 <= int(raw) <= 100_000:
        raise BadParameter("sida")
    return int(raw)


def page_count(items: int, size: int = PAGE_SIZE) -> int:
    """How many pages `items` fill; an empty list still has its one (empty) page."""
    return max(1, -(-items // size))


def page_of(items: tuple[T, ...] | list[T], number: int, size: int = PAGE_SIZE) -> list[T] | None:
    """Page `number` (from 1) of `items`, or None past the last page."""
    if not 1 <= number <= page_count(len(items), size):
        return None
    return list(items[(number - 1) * size : number * size])


@dataclass(frozen=True)
class OpenedList:
    """One page of a subject's entries as asked for in the request (pages and API alike)."""

    today: date
    subject: Subject
    entry_filter: EntryFilter
    shown: tuple[EntryView, ...]  # every entry of the set shown, newest first
    matching: tuple[EntryView, ...]  # those the filter keeps
    hidden: tuple[JudgedEntry, ...]  # not shown (yet), the filter applied: explain mode
    number: int
    entries: list[EntryView]
    problem: FilterProblem | None = None

    @property
    def pages(self) -> int:
        return page_count(len(self.matching))


def open_list(subject_id: str, set_key: str | None) -> OpenedList:
    """Read the request's filters and page, check access, and take out that page.

    A filter it cannot apply comes back as `problem` (the caller answers 400), a
    malformed page number answers 400, a page past the last 404, a refused
    subject as `readable_subject` does.
    """
    entry_filter, problem = parse_filter()
    number = parse_page()
    today = demo_today()
    subject = readable_subject(subject_id, today)
    verdicts = world().judged(subject, today, visitor.choices()).of_set(set_key)
    offered = {unit.id for unit in verdicts.units}  # the units the form offers
    if problem is None and entry_filter.unit_id not in (None, *offered):
        problem = FilterProblem("enhet", _("Välj en vårdenhet i listan."))
    if problem is not None:
        # Nothing is listed for a filter that cannot be applied; the form says why.
        return OpenedList(today, subject, entry_filter, verdicts.shown, (), (), 1, [], problem)
    if entry_filter.is_empty:
        matching, hidden = verdicts.shown, verdicts.hidden
    else:
        matching = tuple(entry for entry in verdicts.shown if entry_filter.matches(entry))
        hidden = tuple(j for j in verdicts.hidden if entry_filter.matches(j.entry))
    entries = page_of(matching, number)
    if entries is None:
        abort(404)
    return OpenedList(
        today, subject, entry_filter, verdicts.shown, matching, hidden, number, entries
    )


def visible_entry(subject: Subject, entry_id: int, today: date) -> EntryView | None:
    """One entry, if it is the subject's and the viewer is shown it today."""
    if not 0 < entry_id <= LARGEST_ID:
        return None
    return world().judged(subject, today, visitor.choices()).shown_entry(entry_id)
