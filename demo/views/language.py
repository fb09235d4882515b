"""The language switch on every page (a POST that returns to the same page)."""

from __future__ import annotations

from flask import Blueprint, abort, request, session
from werkzeug.wrappers import Response

from demo.i18n import LANGUAGES
from demo.views.shared import back_where_the_form_was

bp = Blueprint("language", __name__)


@bp.post("/sprak")
def choose_language() -> Response:
    """The language switch on every page: remember the choice, stay on the same page."""
    language = request.form.get("lang")
    if language not in LANGUAGES:
        abort(400, description="lang")
    session["lang"] = language
    return back_where_the_form_was()
