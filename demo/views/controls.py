"""Demo controls (demo additions, not in the real service): the visitor's own
clock and explain mode. Each is a POST with a CSRF token; the state is the
visitor's session only.
"""

from __future__ import annotations

from datetime import date, timedelta

from flask import Blueprint, abort, redirect, request, session, url_for
from flask_login import current_user, logout_user
from werkzeug.wrappers import Response

from demo import visitor
from demo.clock import demo_today
from demo.navigation import local_path
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
    return _back()


@bp.post("/forklaring")
def toggle_explain() -> Response:
    visitor.set_explain_mode(not visitor.explain_mode())
    return _back()


@bp.post("/aterstall")
def reset() -> Response:
    """End everything of this visit: login, choices, clock, explain mode."""
    logout_user()
    session.clear()
    return redirect(url_for("start.index"))
