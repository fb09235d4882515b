"""Security headers on every answer, and refusing to start a production deployment unsafely."""

from __future__ import annotations

from flask import Flask, request
from werkzeug.wrappers import Response

from demo.config import DEV_SECRET_KEY

# Everything comes from this site; nothing inline, nothing framed.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)

HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class UnsafeConfiguration(SystemExit):
    """Raised at start-up: a production deployment configured unsafely does not start."""


def check_production_settings(app: Flask) -> None:
    if not app.config["PRODUCTION"]:
        return
    problems = []
    if app.config["SECRET_KEY"] in (None, "", DEV_SECRET_KEY) or len(app.config["SECRET_KEY"]) < 32:
        problems.append("SECRET_KEY must be set to a random value of at least 32 characters")
    if app.debug:
        problems.append("debug mode must be off (unset FLASK_DEBUG)")
    if problems:
        raise UnsafeConfiguration(
            "journalen-demo refuses to start in production: " + "; ".join(problems) + "."
        )


def add_headers(response: Response) -> Response:
    present = set(response.headers.keys())
    response.headers.extend((name, value) for name, value in HEADERS.items() if name not in present)
    if response.mimetype == "text/html" or request.path.startswith("/api/"):
        # Journal pages and the API's answers are personal (or session state): never kept
        # by a shared cache.
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def init_app(app: Flask) -> None:
    check_production_settings(app)
    app.after_request(add_headers)
    if app.config["SESSION_COOKIE_SECURE"]:
        app.after_request(_strict_transport_security)


def _strict_transport_security(response: Response) -> Response:
    response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response
