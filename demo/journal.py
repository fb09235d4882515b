"""The journal: an overview, a list per information set, one entry.

Every page asks `records.subject_access` first. A subject the viewer may not
see answers 404, so typing a URL reveals nothing; the refusals the real
service explains (one's own journal before 16, a child in the 13–15 gap) get
a page that says why and from when. Which entries show is decided per entry
by the rules, under the writing region's policy and the visitor's choices.
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from demo import records, visitor
from demo.access import nth_birthday
from demo.clock import demo_today
from demo.information_sets import BY_KEY, INFORMATION_SETS
from demo.models import Person

bp = Blueprint("journal", __name__, url_prefix="/journal")

PAGE_SIZE = 20


def viewer() -> Person:
    person: Person = current_user._get_current_object()
    return person


def _subject_or_refusal(subject_id: str, today: date) -> records.SubjectAccess | tuple[str, int]:
    """The subject if the viewer may read them; otherwise a refusal page, or 404."""
    subject = records.subject_access(viewer(), subject_id, today)
    if subject is None:
        abort(404)
    if subject.decision.allowed:
        return subject
    if not subject.is_self and not subject.decision.listed_for_guardian:
        abort(404)  # the real service does not show this child at all
    return _refusal(subject, today), 403


def _refusal(subject: records.SubjectAccess, today: date) -> str:
    birth = subject.person.birth_date
    return render_template(
        "journal/refused.html",
        subject=subject,
        decision=subject.decision,
        thirteenth=nth_birthday(birth, 13),
        sixteenth=nth_birthday(birth, 16),
        **_page_context(today),
    )


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
def overview(subject_id: str) -> str | tuple[str, int]:
    today = demo_today()
    subject = _subject_or_refusal(subject_id, today)
    if not isinstance(subject, records.SubjectAccess):
        return subject
    return render_template(
        "journal/overview.html",
        subject=subject,
        counts=records.counts_by_kind(subject, today, visitor.choices()),
        sets=INFORMATION_SETS,
        **_page_context(today),
    )


def _parse_filter() -> records.EntryFilter:
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


def _parse_page() -> int:
    raw = request.args.get("sida", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= 100_000:
        abort(400, description="page")
    return int(raw)


@bp.get("/<subject_id>/<set_key>/")
@login_required
def entry_list(subject_id: str, set_key: str) -> str | tuple[str, int]:
    info_set = BY_KEY.get(set_key)
    if info_set is None:
        abort(404)
    entry_filter = _parse_filter()
    page = _parse_page()
    today = demo_today()
    subject = _subject_or_refusal(subject_id, today)
    if not isinstance(subject, records.SubjectAccess):
        return subject
    judged = records.judged_entries(subject, today, visitor.choices(), set_key)
    shown = [j.entry for j in judged if j.visibility.shown]
    matching = [entry for entry in shown if entry_filter.matches(entry)]
    pages = max(1, -(-len(matching) // PAGE_SIZE))
    if page > pages:
        abort(404)
    return render_template(
        "journal/list.html",
        subject=subject,
        info_set=info_set,
        entries=matching[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
        # Explain mode (a demo addition) lists what the citizen cannot see yet.
        hidden=[j for j in judged if not j.visibility.shown and entry_filter.matches(j.entry)],
        total=len(matching),
        unfiltered_total=len(shown),
        units=records.units_of(shown),
        entry_filter=entry_filter,
        page=page,
        pages=pages,
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
def entry_detail(subject_id: str, set_key: str, entry_id: int) -> str | tuple[str, int]:
    info_set = BY_KEY.get(set_key)
    if info_set is None:
        abort(404)
    today = demo_today()
    subject = _subject_or_refusal(subject_id, today)
    if not isinstance(subject, records.SubjectAccess):
        return subject
    entry = records.visible_entry(subject, entry_id, today, visitor.choices())
    if entry is None or entry.kind != set_key:
        abort(404)
    return render_template(
        "journal/entry.html",
        subject=subject,
        info_set=info_set,
        entry=entry,
        **_page_context(today),
    )
