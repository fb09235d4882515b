"""The floor for `bench/floor`: the least a Flask page can cost under the same gunicorn.

One route, `/`, answers a static HTML page of a given size in bytes (the size of
the demo's overview page, so both send as much over the socket). No template,
no database, no session: whatever the demo's pages cost beyond this is the
demo's own work.

    gunicorn --pythonpath bench 'floor_app:create_app(48000)'
"""

from __future__ import annotations

from flask import Flask, Response

HEAD = '<!doctype html>\n<html lang="sv"><head><meta charset="utf-8"><title>Golv</title></head>'
BODY_OPEN = "<body><main><h1>Golv</h1><p>"
TAIL = "</p></main></body></html>\n"
FILLER = "Golvet: en statisk sida lika stor som journalens översikt. "


def page_of_size(size: int) -> bytes:
    """A well-formed HTML page of exactly `size` bytes (or the bare skeleton, if larger)."""
    skeleton = (HEAD + BODY_OPEN + TAIL).encode()
    missing = max(0, size - len(skeleton))
    # ASCII padding, so that cutting it at any byte keeps the page valid UTF-8.
    filler = (FILLER.encode("ascii", "replace") * (missing // len(FILLER) + 1))[:missing]
    return (HEAD + BODY_OPEN).encode() + filler + TAIL.encode()


def create_app(size: int = 20_000) -> Flask:
    app = Flask(__name__)
    body = page_of_size(size)  # built once: the route only hands it out

    @app.get("/")
    def floor() -> Response:
        return Response(body, mimetype="text/html")

    return app
