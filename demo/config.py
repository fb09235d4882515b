"""Configuration from the environment, with safe defaults for a local demo."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from demo.clock import parse_demo_today

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The embedded SQLite database lives here unless DATABASE_URL says otherwise.
INSTANCE_PATH = str(PROJECT_ROOT / "instance")

DEFAULT_SEED = 1
DEV_SECRET_KEY = "journalen-demo-local-development-only"


class BadSetting(SystemExit):
    """Raised at start-up for a setting that cannot be read: a clear message, exit 1."""


def _setting(name: str) -> str | None:
    """An environment variable; set but empty counts as not set."""
    return os.environ.get(name) or None


def from_environment(instance_path: str) -> dict[str, Any]:
    """Settings read from environment variables (see the README)."""
    database_file = Path(instance_path) / "journalen-demo.sqlite"
    try:
        demo_today = parse_demo_today(_setting("DEMO_TODAY"))
    except ValueError as error:
        raise BadSetting(f"DEMO_TODAY must be YYYY-MM-DD or 'live': {error}") from None
    try:
        seed = int(_setting("DEMO_SEED") or DEFAULT_SEED)
    except ValueError:
        raise BadSetting("DEMO_SEED must be a whole number") from None
    try:
        trusted_proxies = int(_setting("DEMO_TRUSTED_PROXIES") or 0)
    except ValueError:
        raise BadSetting(
            "DEMO_TRUSTED_PROXIES must be a whole number (0, or 1 behind a proxy)"
        ) from None
    if trusted_proxies < 0:
        raise BadSetting("DEMO_TRUSTED_PROXIES must be 0 or more")
    production = os.environ.get("DEMO_ENV", "development") == "production"
    https = os.environ.get("DEMO_HTTPS", "1" if production else "0") == "1"
    return {
        # A production deployment refuses to start with the development key
        # (demo/security.py); everything else may use it.
        "PRODUCTION": production,
        "SECRET_KEY": _setting("SECRET_KEY") or DEV_SECRET_KEY,
        "DATABASE_URL": _setting("DATABASE_URL") or f"sqlite:///{database_file}",
        "DEMO_TODAY": demo_today,
        "DEMO_SEED": seed,
        # How many proxies in front may set X-Forwarded-For/-Proto/-Host (demo/app.py).
        # 0: none, so a client's X-Forwarded-* headers are ignored.
        "DEMO_TRUSTED_PROXIES": trusted_proxies,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": https,
        # No form or JSON body of the demo is near this; a larger one answers 413.
        "MAX_CONTENT_LENGTH": 64 * 1024,
        # The CSRF token lives as long as the visit, not one hour.
        "WTF_CSRF_TIME_LIMIT": None,
        "BABEL_DEFAULT_LOCALE": "sv",
        "BABEL_DEFAULT_TIMEZONE": "Europe/Stockholm",
    }
