"""Error pages: a clear answer in the visitor's language, never a stack trace."""

from __future__ import annotations

from flask import Flask, current_app, jsonify, make_response, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import BadRequest, HTTPException, InternalServerError, NotFound
from werkzeug.wrappers import Response


def _messages() -> dict[int, tuple[str, str]]:
    return {
        400: (_("Felaktig förfrågan"), _("Något i adressen eller formuläret kunde inte tolkas.")),
        403: (_("Ingen åtkomst"), _("Du har inte behörighet att se den här sidan.")),
        404: (_("Sidan finns inte"), _("Sidan eller uppgiften du söker finns inte.")),
        405: (_("Otillåten metod"), _("Sidan kan inte användas på det sättet.")),
        413: (_("För mycket data"), _("Det du skickade är större än demon tar emot.")),
        500: (_("Något gick fel"), _("Ett oväntat fel uppstod. Försök igen om en stund.")),
    }


# Stable codes for the API's error answers.
ERROR_CODES = {
    400: "bad_request",
    401: "not_logged_in",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    500: "internal_error",
}


class BadParameter(BadRequest):
    """A 400 that names the parameter (query, form or JSON field) at fault; pages show
    their error page, the API answers {"error": "bad_request", "parameter": name, ...}."""

    def __init__(self, parameter: str, message: str | None = None) -> None:
        super().__init__(description=parameter)
        self.parameter = parameter
        self.message = message


class UnknownName(NotFound):
    """A 404 for a name that names nothing (a persona, an e-ID method), with its parameter."""

    def __init__(self, parameter: str) -> None:
        super().__init__(description=parameter)
        self.parameter = parameter


def api_error(status: int, code: str, message: str, **extra: object) -> tuple[Response, int]:
    """The API's error answer: {"error": code, "message", "status", ...} (`parameter` names
    the offending parameter where there is one; a refusal carries `access`)."""
    return jsonify({"error": code, "message": message, "status": status, **extra}), status


def _parameter_message(status: int, parameter: str) -> str:
    if status == NotFound.code:
        return _("Det finns inget med det namnet (%(parameter)s).", parameter=parameter)
    return _("Värdet för %(parameter)s kan inte användas.", parameter=parameter)


def _render(status: int, error: HTTPException | None = None) -> tuple[str | Response, int]:
    title, text = _messages().get(status, _messages()[500])
    if request.path.startswith("/api/"):
        parameter = getattr(error, "parameter", None)
        if parameter is None:
            return api_error(status, ERROR_CODES.get(status, "error"), text)
        message = getattr(error, "message", None) or _parameter_message(status, parameter)
        return api_error(status, ERROR_CODES[status], message, parameter=parameter)
    return render_template("errors/error.html", status=status, title=title, text=text), status


def handle_http_error(error: HTTPException) -> Response:
    response = make_response(_render(error.code or 500, error))
    # Keep what the error says about itself, such as a 405's Allow header.
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


def handle_csrf_error(_error: CSRFError) -> tuple[str | Response, int]:
    if request.path.startswith("/api/"):
        return api_error(
            400,
            "csrf_failed",
            _(
                "CSRF-token saknas eller gäller inte den här sessionen: hämta en från "
                "GET /api/v1/csrf-token och skicka den i huvudet X-CSRF-Token."
            ),
            parameter="X-CSRF-Token",
        )
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
