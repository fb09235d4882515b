"""Error pages: a clear answer in the visitor's language, never a stack trace."""

from __future__ import annotations

from flask import Flask, current_app, jsonify, make_response, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.wrappers import Response


def _messages() -> dict[int, tuple[str, str]]:
    return {
        400: (_("Felaktig förfrågan"), _("Något i adressen eller formuläret kunde inte tolkas.")),
        403: (_("Ingen åtkomst"), _("Du har inte behörighet att se den här sidan.")),
        404: (_("Sidan finns inte"), _("Sidan eller uppgiften du söker finns inte.")),
        405: (_("Otillåten metod"), _("Sidan kan inte användas på det sättet.")),
        500: (_("Något gick fel"), _("Ett oväntat fel uppstod. Försök igen om en stund.")),
    }


# Stable codes for the API's error answers.
ERROR_CODES = {
    400: "bad_request",
    401: "not_logged_in",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    500: "internal_error",
}


def api_error(status: int, code: str, message: str, **extra: object) -> tuple[Response, int]:
    """The API's error answer: {"error": {"status", "code", "message", ...}}."""
    return jsonify({"error": {"status": status, "code": code, "message": message, **extra}}), status


def _render(status: int) -> tuple[str | Response, int]:
    title, text = _messages().get(status, _messages()[500])
    if request.path.startswith("/api/"):
        return api_error(status, ERROR_CODES.get(status, "error"), text)
    return render_template("errors/error.html", status=status, title=title, text=text), status


def handle_http_error(error: HTTPException) -> Response:
    response = make_response(_render(error.code or 500))
    # Keep what the error says about itself, such as a 405's Allow header.
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def handle_csrf_error(_error: CSRFError) -> tuple[str, int]:
    title = _("Sidan har gått ut")
    text = _(
        "Formuläret var för gammalt eller kom från en annan sida. Ladda om sidan och försök igen."
    )
    return render_template("errors/error.html", status=400, title=title, text=text), 400


def handle_unexpected(error: Exception) -> tuple[str | Response, int]:
    current_app.logger.error("Unhandled error on %s", request.path, exc_info=error)
    return _render(InternalServerError.code)


def init_app(app: Flask) -> None:
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected)
