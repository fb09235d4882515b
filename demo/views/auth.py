"""Logging in: a simulated e-ID step, then the persona picker. Flask-Login holds the session.

The real 1177 logs in with BankID or Freja eID+; here the visitor picks one of
the fake citizens instead. Logging in and out are POSTs with a CSRF token.
"""

from __future__ import annotations

from flask import Blueprint, Flask, abort, redirect, render_template, request, url_for
from flask_login import LoginManager, login_required, logout_user
from flask_wtf.csrf import CSRFProtect
from werkzeug.wrappers import Response

from demo.clock import demo_today
from demo.domain import access
from demo.navigation import local_path
from demo.views.shared import LoggedIn, begin_visit, start_fresh_session, world

bp = Blueprint("auth", __name__)

E_ID_METHODS = {"bankid": "BankID", "freja": "Freja eID+"}

login_manager = LoginManager()
login_manager.login_view = "auth.choose_method"
login_manager.login_message = "Logga in för att läsa journalen."
csrf = CSRFProtect()


@login_manager.user_loader
def load_user(person_id: object) -> LoggedIn | None:
    if not isinstance(person_id, str):
        return None  # an odd session never breaks a page
    person = world().person(person_id)
    if person is None or not person.may_log_in_here or access.login_refusal(person.facts):
        return None
    return LoggedIn(person)


@bp.get("/logga-in")
def choose_method() -> str:
    return render_template(
        "auth/eid.html", methods=E_ID_METHODS, next_path=local_path(request.args.get("next"))
    )


@bp.get("/logga-in/<method>")
def choose_persona(method: str) -> str:
    if method not in E_ID_METHODS:
        abort(404)
    today = demo_today()
    people = world().personas
    return render_template(
        "auth/personas.html",
        method=E_ID_METHODS[method],
        method_key=method,
        people=people,
        today=today,
        next_path=local_path(request.args.get("next")),
        can_read_own={p.id: world().household(p.id, today).own.allowed for p in people},
    )


@bp.post("/logga-in/<method>/<person_id>")
def log_in(method: str, person_id: str) -> Response | tuple[str, int]:
    person = world().person(person_id)
    if method not in E_ID_METHODS or person is None or not person.may_log_in_here:
        abort(404)
    refusal = access.login_refusal(person.facts)
    if refusal is not None:
        return render_template("auth/refused.html", person=person, reason=refusal), 403
    begin_visit(person)
    next_path = local_path(request.args.get("next"))
    if not world().household(person.id, demo_today()).can_read_anything:
        # Nothing to hide: straight to the page that says why.
        return redirect(next_path or url_for("journal.overview", subject_id=person.id))
    # Journalen asks at each login whether to hide entries newer than 14 days.
    return redirect(url_for("settings.login_question", next=next_path))


@bp.post("/logga-ut")
@login_required
def log_out() -> Response:
    logout_user()
    start_fresh_session()
    return redirect(url_for("start.index"))


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    csrf.init_app(app)
