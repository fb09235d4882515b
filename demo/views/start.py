"""The start page, which explains the demo, and the health and readiness checks."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, current_app
from flask.typing import ResponseReturnValue

from demo.clock import demo_today, server_today
from demo.domain import access
from demo.store.readmodel import World
from demo.views.page_cache import render_page

bp = Blueprint("start", __name__)


@bp.get("/")
def index() -> str:
    return render_page("start/index.html", lambda: {"today": demo_today()})


def _world_identity() -> dict[str, object]:
    info = current_app.extensions["world_info"]
    return {"seed": info.seed, "fingerprint": info.fingerprint}


@bp.get("/healthz")
def healthz() -> dict[str, object]:
    """Alive, and which world this node serves (the same fingerprint on every node)."""
    return {
        "status": "ok",
        "demo_today": server_today().isoformat(),
        "world": _world_identity(),
    }


@bp.get("/readyz")
def readyz() -> ResponseReturnValue:
    """Ready: the read model answers for a journal page (the first persona's, today).

    Cheap after the first call: the household and the judged record are memoized.
    """
    today = server_today()
    problem = _cannot_serve_a_journal(today)
    if problem is not None:
        return {"status": "not ready", "reason": problem, "world": _world_identity()}, 503
    return {"status": "ready", "demo_today": today.isoformat(), "world": _world_identity()}


def _cannot_serve_a_journal(today: date) -> str | None:
    """Why this node cannot serve a journal page now, or None when it can."""
    loaded: World | None = current_app.extensions.get("world")
    if loaded is None:
        return "the read model is not loaded"
    if not loaded.personas:
        return "the world has no personas"
    person = loaded.personas[0]
    try:
        loaded.household(person.id, today)
        subject = loaded.subject(person, person.id, today)
        if subject is None:
            return f"the first persona ({person.id}) is not in the world"
        loaded.judged(subject, today, access.Choices())
    except Exception:  # any failure means not ready; the log has the traceback
        current_app.logger.exception("readiness check failed")
        return "the read model could not judge a journal"
    return None
