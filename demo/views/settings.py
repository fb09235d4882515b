"""The citizen's choices: the 14-day question at each login, and the settings page.

Both are real features of Journalen. The answers live in the visitor's
session only (demo/visitor.py).
"""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import login_required
from werkzeug.wrappers import Response

from demo import visitor
from demo.clock import demo_today
from demo.domain.policies import POLICIES
from demo.domain.regions import REGIONS
from demo.navigation import local_path
from demo.views import state_changes
from demo.views.shared import viewer, world

bp = Blueprint("settings", __name__)

# The regions that let the citizen choose, and what.
REGIONS_WITH_CHOICES = [
    (region, choice)
    for region in REGIONS
    for choice in sorted(POLICIES[region.id].regional_choices)
]


def _is_yes(field: str) -> bool:
    value = request.form.get(field, "")
    if value not in ("ja", "nej"):
        abort(400, description=field)
    return value == "ja"


@bp.get("/journal/val")
@login_required
def login_question() -> str:
    return render_template(
        "settings/login_question.html",
        hide_recent=visitor.choices().hide_recent,
        next_path=local_path(request.args.get("next")),
    )


@bp.post("/journal/val")
@login_required
def answer_login_question() -> Response:
    state_changes.answer_login_question(_is_yes("dolj_nya"))
    next_path = local_path(request.form.get("next"))
    return redirect(next_path or url_for("journal.overview", subject_id=viewer().id))


@bp.get("/installningar")
@login_required
def settings_page() -> str:
    today = demo_today()
    treated = world().regions_in(world().readable(viewer(), today), today)
    return render_template(
        "settings/settings.html",
        choices=visitor.choices(),
        # Only the regions whose entries the visitor's journals hold: elsewhere a
        # region's choice changes nothing for them.
        regions_with_choices=[
            (region, choice) for region, choice in REGIONS_WITH_CHOICES if region.id in treated
        ],
        viewer=viewer(),
    )


@bp.post("/installningar")
@login_required
def save_settings() -> Response:
    state_changes.save_settings(
        _is_yes("dolj_nya"),
        state_changes.regional_choices(request.form.getlist("regionalt_val"), "regionalt_val"),
    )
    return redirect(url_for("settings.settings_page", sparat=1))
