"""journalen-demo: a public demo of Journalen with fake citizens and seeded records.

The package holds the pure domain (demo.domain), the stored world (demo.store),
the web app (demo.app, demo.views, demo.presenters) and the CLI (demo.cli).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """The web app (`flask --app demo`, `gunicorn 'demo:create_app()'`); see demo.app."""
    # Imported here, not above, so that importing demo.domain or demo.store (from
    # seed/, a script or a test) never loads Flask and the web app with them.
    from demo.app import create_app as build

    return build(test_config)
