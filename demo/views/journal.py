"""The journal: an overview, a list per information set, one entry.

Every page asks `shared.readable_subject` first. A subject the viewer may not
see answers 404, so typing a URL reveals nothing; the refusals the real
service explains (one's own journal before 16, a child in the 13–15 gap) get
a page that says why and from when. Which entries show is decided per entry
by the rules, under the writing region's policy and the visitor's choices.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_required
from werkzeug.wrappers import Response

from demo import visitor
from demo.clock import demo_today
from demo.domain.kinds import SetKey
from demo.presenters import chart_data
from demo.presenters.explain import explain_waiting, never_shown_counts
from demo.presenters.information_sets import BY_KEY, INFORMATION_SETS
from demo.store.readmodel import Subject
from demo.views.page_cache import render_page
from demo.views.shared import (
    FILTER_PARAMETERS,
    JournalRefused,
    open_list,
    page_count,
    page_of,
    parse_page,
    readable_subject,
    viewer,
    visible_entry,
    world,
)

bp = Blueprint("journal", __name__, url_prefix="/journal")


@bp.errorhandler(JournalRefused)
def refusal_page(refused: JournalRefused) -> tuple[str, int]:
    subject = refused.subject
    return render_template(
        "journal/refused.html",
        subject=subject,
        decision=subject.decision,
        **_page_context(demo_today()),
    ), 403


def _page_context(today: date) -> dict[str, object]:
    """What every journal page shows: the viewer, the "whose journal" switcher, the day."""
    person = viewer()
    children = world().listed_children(person, today)
    return {
        "viewer": person,
        "children": children,
        "switchable": [child for child in children if child.decision.allowed],
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
    return render_page(
        "journal/overview.html",
        lambda: {
            "subject": subject,
            "counts": world().judged(subject, today, visitor.choices()).counts,
            "sets": INFORMATION_SETS,
            **_page_context(today),
        },
    )


@bp.get("/<subject_id>/<set_key>/")
@login_required
def entry_list(subject_id: str, set_key: str) -> str | tuple[str, int]:
    info_set = BY_KEY.get(set_key)
    if info_set is None:
        abort(404)
    opened = open_list(subject_id, set_key)
    today, subject = opened.today, opened.subject
    visitor.record_read(today, subject.person.id, set_key)

    def context() -> dict[str, object]:
        explain = visitor.explain_mode()
        return {
            # Growth curves from every growth entry shown (all pages, no filter).
            "charts": chart_data.growth_charts(opened.shown, subject.person.sex)
            if set_key == SetKey.TILLVAXT
            else [],
            "printing": _printing(),
            "subject": subject,
            "info_set": info_set,
            "entries": opened.entries,
            # Explain mode (a demo addition): what the citizen cannot see yet, and how
            # many entries they never will.
            "waiting": explain_waiting(opened.hidden) if explain else [],
            "never_shown": never_shown_counts(opened.hidden, opened.matching) if explain else {},
            "total": len(opened.matching),
            "unfiltered_total": len(opened.shown),
            "units": world().judged(subject, today, visitor.choices()).of_set(set_key).units,
            "entry_filter": opened.entry_filter,
            "problem": opened.problem,
            "page": opened.number,
            "pages": opened.pages,
            "page_url": lambda number: _list_url(subject_id, set_key, number),
            **_page_context(today),
        }

    page = render_page("journal/list.html", context)
    return (page, 400) if opened.problem else page


@bp.get("/<subject_id>/<set_key>/<int:entry_id>")
@login_required
def entry_detail(subject_id: str, set_key: str, entry_id: int) -> str:
    info_set = BY_KEY.get(set_key)
    if info_set is None:
        abort(404)
    today = demo_today()
    subject = readable_subject(subject_id, today)
    entry = visible_entry(subject, entry_id, today)
    if entry is None or entry.kind != set_key:
        abort(404)
    visitor.record_read(today, subject.person.id, f"{set_key}/{entry.id}")

    def context() -> dict[str, object]:
        charts = []
        if entry.kind == SetKey.PROVSVAR and entry.details.get("analyses"):
            results = world().judged(subject, today, visitor.choices()).of_set(SetKey.PROVSVAR)
            charts = chart_data.lab_trends(entry, results.shown)
        return {
            "charts": charts,
            "printing": _printing(),
            "subject": subject,
            "info_set": info_set,
            "entry": entry,
            **_page_context(today),
        }

    return render_page("journal/entry.html", context)


def _printing() -> bool:
    """`?utskrift=1`: the print view, with the DEMO watermark and who and when."""
    return request.args.get("utskrift") == "1"


def _what_was_read(subject: Subject, page_path: str, today: date) -> str:
    """A read of the visitor's in words: "Vaccinationer: Rotarix", not "vaccinationer/279".
    An entry no longer shown (the clock moved back) is named by its set only."""
    set_key, _slash, entry_id = page_path.partition("/")
    info_set = BY_KEY.get(set_key)
    if info_set is None:
        return str(_("översikten"))
    # The session is the visitor's: an odd id ("²", 5,000 digits) names no entry.
    readable_id = entry_id.isascii() and entry_id.isdigit() and len(entry_id) <= 19
    entry = visible_entry(subject, int(entry_id), today) if readable_id else None
    return f"{info_set.name}: {entry.title}" if entry is not None else str(info_set.name)


def _known_parameters(*names: str) -> dict[str, str]:
    """The named query parameters that are set. Links are built from these, never from the
    raw query string (names such as `_method` or `_external` would reach url_for itself)."""
    return {name: request.args[name] for name in names if request.args.get(name)}


def _list_url(subject_id: str, set_key: str, number: int) -> str:
    """Page `number` of a list, with the same filters (and print view, if it is on)."""
    values: dict[str, Any] = _known_parameters(*FILTER_PARAMETERS, "utskrift")
    return url_for(
        "journal.entry_list", subject_id=subject_id, set_key=set_key, **values, sida=number
    )


@bp.app_template_global()
def print_url() -> str:
    """This page's print view (same filters and page)."""
    assert request.endpoint is not None
    values: dict[str, Any] = {
        **(request.view_args or {}),
        **_known_parameters(*FILTER_PARAMETERS, "sida"),
    }
    return url_for(request.endpoint, **values, utskrift=1)


@bp.get("/<subject_id>/vem-har-last")
@login_required
def access_log(subject_id: str) -> str:
    """ "Vem har läst min journal?": the seeded log, and (a demo addition) the visitor's reads."""
    today = demo_today()
    subject = readable_subject(subject_id, today)
    rows = world().judged(subject, today, visitor.choices()).log
    page_number = parse_page()
    page = page_of(rows, page_number)
    if page is None:
        abort(404)
    return render_template(
        "journal/access_log.html",
        subject=subject,
        rows=page,
        own_reads=[
            (day, _what_was_read(subject, page_path, today))
            for day, subject_id, page_path in visitor.own_reads()
            if subject_id == subject.person.id
        ],
        page=page_number,
        pages=page_count(len(rows)),
        page_url=lambda number: url_for("journal.access_log", subject_id=subject_id, sida=number),
        **_page_context(today),
    )
