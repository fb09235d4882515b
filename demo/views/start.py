"""The start page, which explains the demo, and the health check."""

from __future__ import annotations

from flask import Blueprint, current_app

from demo.clock import demo_today, server_today
from demo.views.page_cache import render_page

bp = Blueprint("start", __name__)


@bp.get("/")
def index() -> str:
    return render_page("start/index.html", lambda: {"today": demo_today()})


@bp.get("/healthz")
def healthz() -> dict[str, object]:
    """Alive, and which world this node serves (the same fingerprint on every node)."""
    info = current_app.extensions["world_info"]
    return {
        "status": "ok",
        "demo_today": server_today().isoformat(),
        "world": {"seed": info.seed, "fingerprint": info.fingerprint},
    }
