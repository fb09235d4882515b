"""The start page, which explains the demo, and the health check."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

from demo.clock import demo_today, server_today
from demo.db import is_seeded

bp = Blueprint("start", __name__)


@bp.get("/")
def index() -> str:
    return render_template("start/index.html", today=demo_today())


@bp.get("/healthz")
def healthz() -> tuple[dict[str, object], int]:
    seeded = is_seeded(current_app.extensions["db_engine"])
    body: dict[str, object] = {
        "status": "ok" if seeded else "unseeded",
        "demo_today": server_today().isoformat(),
    }
    return body, 200 if seeded else 503
