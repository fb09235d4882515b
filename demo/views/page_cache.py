"""Rendered journal pages, kept per exact inputs: the world is read-only, so a page is a
pure function of who asks, for what, and with which of their own settings.

The key holds every input a page may depend on: the path and query string,
the language, who is logged in, the visitor's demo date (and the server's),
their choices, explain mode and whether the demo tools are unfolded. Two
visitors share a rendering only when all of these are equal. What differs per
session is never cached: the CSRF token is rendered as a placeholder and put in
per answer (every HTML answer, cached or not), and a page with flashed messages
is rendered afresh. Views still check access and record the read on every
request; only the rendering is skipped.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from flask import Flask, current_app, g, render_template, request, session
from flask_babel import get_locale
from flask_login import current_user
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup
from werkzeug.wrappers import Response

from demo import visitor
from demo.clock import clock_is_moved, demo_today, server_today

# Never a character a template writes: NUL cannot appear in an HTML page we render.
CSRF_PLACEHOLDER = "\x00csrf-token\x00"
PLACEHOLDER_BYTES = CSRF_PLACEHOLDER.encode()
# Enough for every persona's pages in both languages on a few dates (~15 KB each).
PAGES_KEPT = 2048


class PageCache:
    """A bounded, thread-safe least-recently-used map from inputs to rendered HTML."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._pages: OrderedDict[Hashable, str] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> str | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: Hashable, page: str) -> None:
        with self._lock:
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > self._size:
                self._pages.popitem(last=False)

    def __len__(self) -> int:
        return len(self._pages)


def inputs_key(template: str) -> tuple[Hashable, ...]:
    """Everything of this request a rendered page may depend on."""
    return (
        template,
        request.full_path,
        str(get_locale()),
        current_user.get_id() if current_user.is_authenticated else None,
        demo_today(),
        server_today(),
        clock_is_moved(),
        visitor.choices(),
        visitor.explain_mode(),
        visitor.followed_scenario(),
        g.get("tools_open", False),
    )


def render_page(template: str, context: Callable[[], dict[str, Any]]) -> str:
    """The page rendered for this request's inputs: from the cache, or rendered and kept.

    `context` is called only when the page must be rendered.
    """
    if "_flashes" in session:  # a message for this visitor only
        return render_template(template, **context())
    cache: PageCache = current_app.extensions["page_cache"]
    key = inputs_key(template)
    page = cache.get(key)
    if page is None:
        page = render_template(template, **context())
        cache.put(key, page)
    return page


def _placeholder() -> Markup:
    return Markup(CSRF_PLACEHOLDER)


def init_app(app: Flask) -> None:
    app.extensions["page_cache"] = PageCache(PAGES_KEPT)

    # Every template writes a placeholder for the CSRF token (so a rendered page holds
    # nothing of one session), and each HTML answer gets this session's token put in.
    # Flask-WTF offers its own as a global and through a context processor: both replaced.
    app.jinja_env.globals["csrf_token"] = _placeholder
    app.context_processor(lambda: {"csrf_token": _placeholder})

    @app.after_request
    def _fill_in_csrf_tokens(response: Response) -> Response:
        if response.mimetype == "text/html" and not response.direct_passthrough:
            body = response.get_data()  # bytes: no decoding a whole page for a token
            if PLACEHOLDER_BYTES in body:
                response.set_data(body.replace(PLACEHOLDER_BYTES, generate_csrf().encode()))
        return response
