"""Demo controls (demo additions, not in the real service): the visitor's own
clock and explain mode. Each is a POST with a CSRF token; the state is the
visitor's session only.
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect
from werkzeug.wrappers import Response

from demo import visitor
from demo.errors import BadParameter
from demo.navigation import local_path
from demo.views import state_changes
from demo.views.shared import back_where_the_form_was
from demo.views.state_changes import ClockAction

bp = Blueprint("controls", __name__, url_prefix="/demo")

# The clock form's `atgard` values.
FORM_ACTIONS = {
    "satt": ClockAction.SET,
    "plus1": ClockAction.PLUS1,
    "plus14": ClockAction.PLUS14,
    "fodelsedag": ClockAction.NEXT_CHANGE,
    "aterstall": ClockAction.RESET,
}


@bp.post("/datum")
def move_clock() -> Response:
    action = FORM_ACTIONS.get(request.form.get("atgard", ""))
    if action is None:
        raise BadParameter("atgard")
    day = None
    if action is ClockAction.SET:
        try:
            day = date.fromisoformat(request.form.get("datum", ""))
        except ValueError:
            raise BadParameter("datum") from None
    moved = state_changes.move_clock(action, day)
    # The new day and what it changed, as a message on the next page.
    flash(" ".join(moved.sentences()))
    visitor.keep_tools_open()
    return back_where_the_form_was()


@bp.post("/forklaring")
def toggle_explain() -> Response:
    state_changes.set_explain_mode(not visitor.explain_mode())
    visitor.keep_tools_open()
    return back_where_the_form_was()


@bp.get("/aterstall")
def confirm_reset() -> str:
    """ "Börja om" asks first: it ends the visit, and a trainer's click in the wrong place
    in front of a room should cost nothing."""
    back = local_path(request.args.get("tillbaka"))
    if back is None or not _answers_get(back):  # "Avbryt" never leads to a POST-only route
        back = url_for("start.index")
    return render_template("controls/confirm_reset.html", back=back)


def _answers_get(path: str) -> bool:
    try:
        current_app.url_map.bind("").match(path.partition("?")[0], method="GET")
    except RequestRedirect:  # "/journal/karin" → "/journal/karin/": there is a page
        return True
    except HTTPException:  # no such route, or not for GET
        return False
    return True


@bp.post("/aterstall")
def reset() -> Response:
    """End everything of this visit: login, choices, clock, explain mode."""
    state_changes.end_visit()
    flash(_("Allt i demon är rensat: du är utloggad och demodatumet är återställt."))
    return redirect(url_for("start.index"))
