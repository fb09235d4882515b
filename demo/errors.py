"""Error pages: a clear answer in the visitor's language, never a stack trace."""

from __future__ import annotations

from flask import Flask, current_app, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError


def _messages() -> dict[int, tuple[str, str]]:
    return {
        400: (_("Felaktig förfrågan"), _("Något i adressen eller formuläret kunde inte tolkas.")),
        403: (_("Ingen åtkomst"), _("Du har inte behörighet att se den här sidan.")),
        404: (_("Sidan finns inte"), _("Sidan eller uppgiften du söker finns inte.")),
        405: (_("Otillåten metod"), _("Sidan kan inte användas på det sättet.")),
        500: (_("Något gick fel"), _("Ett oväntat fel uppstod. Försök igen om en stund.")),
    }


def _render(status: int) -> tuple[str, int]:
    title, text = _messages().get(status, _messages()[500])
    if request.path.startswith("/api/"):
        return {"error": {"status": status, "title": title, "message": text}}, status  # type: ignore[return-value]
    return render_template("errors/error.html", status=status, title=title, text=text), status


def handle_http_error(error: HTTPException) -> tuple[str, int]:
    return _render(error.code or 500)


def handle_csrf_error(_error: CSRFError) -> tuple[str, int]:
    title = _("Sidan har gått ut")
    text = _(
        "Formuläret var för gammalt eller kom från en annan sida. Ladda om sidan och försök igen."
    )
    return render_template("errors/error.html", status=400, title=title, text=text), 400


def handle_unexpected(error: Exception) -> tuple[str, int]:
    current_app.logger.error("Unhandled error on %s", request.path, exc_info=error)
    return _render(InternalServerError.code)


def init_app(app: Flask) -> None:
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected)
