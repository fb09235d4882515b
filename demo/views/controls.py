"""Demo controls (demo additions, not in the real service): the visitor's own
clock and explain mode. Each is a POST with a CSRF token; the state is the
visitor's session only.
"""

from __future__ import annotations

from datetime import date, timedelta

from flask import Blueprint, abort, flash, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, logout_user
from werkzeug.wrappers import Response

from demo import visitor
from demo.clock import demo_today
from demo.domain import access
from demo.i18n import long_date
from demo.navigation import local_path
from demo.presenters.explain import change_sentence
from demo.views.shared import viewer, world

bp = Blueprint("controls", __name__, url_prefix="/demo")

STEPS = {"plus1": timedelta(days=1), "plus14": timedelta(days=14)}


def _back() -> Response:
    """Back to the page the visitor came from (only a path on this site)."""
    return redirect(local_path(request.form.get("tillbaka")) or url_for("start.index"))


def _next_birthday(today: date) -> date:
    """The next day anything the viewer can see of their household changes (the rules say)."""
    if not current_user.is_authenticated:
        abort(400, description="no viewer")
    day = world().household(viewer().id, today).next_change
    if day is None:
        abort(400, description="no birthday ahead")
    return day


@bp.post("/datum")
def move_clock() -> Response:
    action = request.form.get("atgard", "")
    today = demo_today()
    try:
        if action == "aterstall":
            visitor.set_clock(None)
        elif action in STEPS:
            visitor.set_clock(today + STEPS[action])
        elif action == "fodelsedag":
            visitor.set_clock(_next_birthday(today))
        elif action == "satt":
            visitor.set_clock(date.fromisoformat(request.form.get("datum", "")))
        else:
            abort(400, description="atgard")
    except ValueError:
        abort(400, description="datum")
    _say_what_changed(today)
    visitor.keep_tools_open()
    return _back()


def _say_what_changed(before: date) -> None:
    """After the clock moved: the new day and what it changed of whose journal the visitor
    may read, as a message on the next page (the rules say what changed; this says it)."""
    after = demo_today()
    words = [_("Demodatum: %(date)s.", date=long_date(after))]
    if current_user.is_authenticated:
        person = viewer()
        changes = access.household_changes(
            person.id, world().household(person.id, before), world().household(person.id, after)
        )
        words += [
            change_sentence(
                change, world().people[change.subject_id].given_name, change.subject_id == person.id
            )
            for change in changes
        ]
    flash(" ".join(words))


@bp.post("/forklaring")
def toggle_explain() -> Response:
    visitor.set_explain_mode(not visitor.explain_mode())
    visitor.keep_tools_open()
    return _back()


@bp.post("/aterstall")
def reset() -> Response:
    """End everything of this visit: login, choices, clock, explain mode."""
    logout_user()
    session.clear()
    flash(_("Allt i demon är rensat: du är utloggad och demodatumet är återställt."))
    return redirect(url_for("start.index"))
