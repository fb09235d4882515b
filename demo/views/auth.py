"""Logging in: a simulated e-ID step, then the persona picker. Flask-Login holds the session.

The real 1177 logs in with BankID or Freja eID+; here the visitor picks one of
the fake citizens instead. Logging in and out are POSTs with a CSRF token.
"""

from __future__ import annotations

from flask import Blueprint, Flask, abort, redirect, render_template, request, url_for
from flask_login import LoginManager, login_required
from flask_wtf.csrf import CSRFProtect
from werkzeug.wrappers import Response

from demo.clock import demo_today
from demo.domain import access
from demo.navigation import local_path
from demo.presenters.personas import PersonaGroup, persona_cards
from demo.views import state_changes
from demo.views.shared import LoggedIn, world
from demo.views.state_changes import E_ID_METHODS, LoginRefused

bp = Blueprint("auth", __name__)

login_manager = LoginManager()
# No session protection: its "basic" mode marks an anonymous session not fresh on the first
# request that loads the user, a session write (Set-Cookie) on an answer the visitor never
# looks at, such as a browser's /favicon.ico. Arriving after a login's answer, that cookie
# logged the visitor out again. The demo never asks for a fresh login.
login_manager.session_protection = None
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
    cards = persona_cards(world(), today)
    # The picker's filter works without JavaScript: ?grupp=… shows one group.
    wanted = request.args.get("grupp", "")
    if wanted and wanted not in {group.value for group in PersonaGroup}:
        abort(400, description="grupp")
    groups = [
        (group, [card for card in cards if card.group is group])
        for group in PersonaGroup
        if not wanted or group.value == wanted
    ]
    return render_template(
        "auth/personas.html",
        method=E_ID_METHODS[method],
        method_key=method,
        groups=[(group, members) for group, members in groups if members],
        group_sizes={group: sum(card.group is group for card in cards) for group in PersonaGroup},
        wanted=wanted,
        cast_size=len(cards),
        today=today,
        next_path=local_path(request.args.get("next")),
    )


@bp.post("/logga-in/<method>/<person_id>")
def log_in(method: str, person_id: str) -> Response | tuple[str, int]:
    try:
        person = state_changes.log_in(method, person_id)
    except LoginRefused as refused:
        return render_template(
            "auth/refused.html", person=refused.person, reason=refused.reason
        ), 403
    next_path = local_path(request.args.get("next"))
    if not state_changes.asks_login_question(person):
        # Nothing to hide: straight to the page that says why.
        return redirect(next_path or url_for("journal.overview", subject_id=person.id))
    # Journalen asks at each login whether to hide entries newer than 14 days.
    return redirect(url_for("settings.login_question", next=next_path))


@bp.post("/logga-ut")
@login_required
def log_out() -> Response:
    state_changes.log_out()
    return redirect(url_for("start.index"))


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    csrf.init_app(app)
