"""The journal: an overview, a list per information set, one entry.

Every page asks `records.subject_access` first. A subject the viewer may not
see answers 404, so typing a URL reveals nothing; the refusals the real
service explains (one's own journal before 16, a child in the 13–15 gap) get
a page that says why and from when. Which entries show is decided per entry
by the rules, under the writing region's policy and the visitor's choices.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from demo import chart_data, records, visitor
from demo.access import nth_birthday
from demo.clock import demo_today
from demo.information_sets import BY_KEY, INFORMATION_SETS
from demo.models import Entry, Person

bp = Blueprint("journal", __name__, url_prefix="/journal")

PAGE_SIZE = 20


def viewer() -> Person:
    person: Person = current_user._get_current_object()
    return person


class JournalRefused(Exception):
    """The viewer may not read this subject's journal, and the service says why."""

    def __init__(self, subject: records.SubjectAccess) -> None:
        super().__init__(subject.decision.reason.value)
        self.subject = subject


def readable_subject(subject_id: str, today: date) -> records.SubjectAccess:
    """The subject if the viewer may read them today.

    A subject the real service would not show at all answers 404 (so a typed
    URL reveals nothing); one it explains (one's own journal before 16, a
    child in the 13–15 gap) raises JournalRefused.
    """
    subject = records.subject_access(viewer(), subject_id, today)
    if subject is None:
        abort(404)
    if subject.decision.allowed:
        return subject
    if not subject.is_self and not subject.decision.listed_for_guardian:
        abort(404)
    raise JournalRefused(subject)


@bp.errorhandler(JournalRefused)
def refusal_page(refused: JournalRefused) -> tuple[str, int]:
    subject = refused.subject
    birth = subject.person.birth_date
    return render_template(
        "journal/refused.html",
        subject=subject,
        decision=subject.decision,
        thirteenth=nth_birthday(birth, 13),
        sixteenth=nth_birthday(birth, 16),
        **_page_context(demo_today()),
    ), 403


def _page_context(today: date) -> dict[str, object]:
    """What every journal page shows: the viewer, the "whose journal" switcher, the day."""
    person = viewer()
    children = records.children_of(person, today)
    return {
        "viewer": person,
        "children": children,
        "switchable": [c for c in children if c.decision.allowed],
        "today": today,
        "explain": visitor.explain_mode(),
    }


@bp.get("/")
@login_required
def home() -> Response:
    return redirect(url_for("journal.overview", subject_id=viewer().id))


@bp.get("/<subject_id>/")
@login_required
def overview(subject_id: str) -> str:
    today = demo_today()
    subject = readable_subject(subject_id, today)
    visitor.record_read(today, subject.person.id, "")
    return render_template(
        "journal/overview.html",
        subject=subject,
        counts=records.counts_by_kind(subject, today, visitor.choices()),
        sets=INFORMATION_SETS,
        **_page_context(today),
    )


def parse_filter() -> records.EntryFilter:
    """The list's filters from the query string; malformed values answer 400."""
    try:
        unit = request.args.get("enhet", "")
        start = request.args.get("fran", "")
        end = request.args.get("till", "")
        return records.EntryFilter(
            unit_id=int(unit) if unit else None,
            start=date.fromisoformat(start) if start else None,
            end=date.fromisoformat(end) if end else None,
        )
    except ValueError:
        abort(400, description="filter")


def parse_page() -> int:
    raw = request.args.get("sida", "1")
    # ASCII digits only: str.isdigit() also accepts "²" and "①", which int() refuses.
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6) or not 1 <= int(raw) <= 100_000:
        abort(400, description="page")
    return int(raw)


@dataclass(frozen=True)
class OpenedList:
    """One page of a subject's entries as asked for in the request (pages and API alike)."""

    today: date
    subject: records.SubjectAccess
    entry_filter: records.EntryFilter
    listing: records.Listing
    number: int
    entries: list[Entry]


def open_list(subject_id: str, set_key: str | None) -> OpenedList:
    """Read the request's filters and page, check access, and take out that page.

    Malformed parameters answer 400, a page past the last 404, a refused
    subject as `readable_subject` does.
    """
    entry_filter = parse_filter()
    number = parse_page()
    today = demo_today()
    subject = readable_subject(subject_id, today)
    listing = records.list_entries(subject, today, visitor.choices(), set_key, entry_filter)
    entries = listing.page(number, PAGE_SIZE)
    if entries is None:
        abort(404)
    return OpenedList(today, subject, entry_filter, listing, number, entries)


@bp.get("/<subject_id>/<set_key>/")
@login_required
def entry_list(subject_id: str, set_key: str) -> str:
    info_set = BY_KEY.get(set_key)
    if info_set is None:
        abort(404)
    opened = open_list(subject_id, set_key)
    today, subject, listing = opened.today, opened.subject, opened.listing
    visitor.record_read(today, subject.person.id, set_key)
    # Growth curves from every growth entry the viewer is shown (all pages, no filter):
    # `listing.shown` is exactly `records.visible_entries(subject, today, choices, set_key)`.
    charts = chart_data.growth_charts(listing.shown) if set_key == "tillvaxt" else []
    return render_template(
        "journal/list.html",
        charts=charts,
        printing=_printing(),
        subject=subject,
        info_set=info_set,
        entries=opened.entries,
        # Explain mode (a demo addition): what the citizen cannot see yet, and how
        # many entries they never will.
        waiting=listing.waiting,
        never_shown=listing.never_shown,
        total=len(listing.matching),
        unfiltered_total=len(listing.shown),
        units=records.units_of(listing.shown),
        entry_filter=opened.entry_filter,
        page=opened.number,
        pages=listing.page_count(PAGE_SIZE),
        page_url=lambda number: url_for(
            "journal.entry_list",
            subject_id=subject_id,
            set_key=set_key,
            **{**request.args.to_dict(), "sida": number},
        ),
        **_page_context(today),
    )


@bp.get("/<subject_id>/<set_key>/<int:entry_id>")
@login_required
def entry_detail(subject_id: str, set_key: str, entry_id: int) -> str:
    info_set = BY_KEY.get(set_key)
    if info_set is None:
        abort(404)
    today = demo_today()
    subject = readable_subject(subject_id, today)
    entry = records.visible_entry(subject, entry_id, today, visitor.choices())
    if entry is None or entry.kind != set_key:
        abort(404)
    visitor.record_read(today, subject.person.id, f"{set_key}/{entry.id}")
    charts = []
    if entry.kind == "provsvar" and entry.details.get("analyses"):
        results = records.visible_entries(subject, today, visitor.choices(), "provsvar")
        charts = chart_data.lab_trends(entry, results)
    return render_template(
        "journal/entry.html",
        charts=charts,
        printing=_printing(),
        subject=subject,
        info_set=info_set,
        entry=entry,
        **_page_context(today),
    )


def _printing() -> bool:
    """`?utskrift=1`: the print view, with the DEMO watermark and who and when."""
    return request.args.get("utskrift") == "1"


@bp.app_template_global()
def print_url() -> str:
    """This page's print view (same filters)."""
    assert request.endpoint is not None
    values: dict[str, Any] = {**(request.view_args or {}), **request.args.to_dict()}
    return url_for(request.endpoint, **values, utskrift=1)


@bp.get("/<subject_id>/vem-har-last")
@login_required
def access_log(subject_id: str) -> str:
    """ "Vem har läst min journal?": the seeded log, and (a demo addition) the visitor's reads."""
    today = demo_today()
    subject = readable_subject(subject_id, today)
    rows = records.access_log(subject, today)
    page_number = parse_page()
    page = records.page_of(rows, page_number, PAGE_SIZE)
    if page is None:
        abort(404)
    return render_template(
        "journal/access_log.html",
        subject=subject,
        rows=page,
        own_reads=[read for read in visitor.own_reads() if read[1] == subject.person.id],
        page=page_number,
        pages=records.page_count(len(rows), PAGE_SIZE),
        page_url=lambda number: url_for("journal.access_log", subject_id=subject_id, sida=number),
        **_page_context(today),
    )
