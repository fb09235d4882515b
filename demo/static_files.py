"""/static with a cache lifetime: a year in the browser's cache, each URL versioned by its
file's content (`/static/css/site.css?v=<digest>`), so that a changed file is a new URL and
a browser never shows a stale one. Pages link static files through `url_for("static", ...)`,
which adds the version."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import Flask

MAX_AGE = timedelta(days=365)


def init_app(app: Flask) -> None:
    if app.config.get("SEND_FILE_MAX_AGE_DEFAULT") is None:  # Flask's default: no lifetime
        app.config["SEND_FILE_MAX_AGE_DEFAULT"] = MAX_AGE
    assert app.static_folder is not None
    folder = Path(app.static_folder)
    versions: dict[str, tuple[int, str]] = {}  # filename: (mtime, digest)

    @app.url_defaults
    def _add_version(endpoint: str, values: dict[str, Any]) -> None:
        if endpoint != "static" or "v" in values:
            return
        filename = str(values.get("filename", ""))
        try:
            mtime = (folder / filename).stat().st_mtime_ns
        except OSError:
            return  # no such file: the link answers 404, as without a version
        known = versions.get(filename)
        if known is None or known[0] != mtime:
            digest = hashlib.sha256((folder / filename).read_bytes()).hexdigest()[:12]
            versions[filename] = known = (mtime, digest)
        values["v"] = known[1]
