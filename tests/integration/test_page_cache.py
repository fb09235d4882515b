"""Rendered pages are kept per exact inputs: visitors with different inputs never share
one, per-session parts (the CSRF token, flashed messages) are never kept, and every read
is still recorded."""

from __future__ import annotations

import re
from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def logged_in(app: Flask, person_id: str) -> FlaskClient:
    """A visitor who logged in through the forms, CSRF tokens and all."""
    client = app.test_client()
    html = client.get("/logga-in/bankid").get_data(as_text=True)
    token = TOKEN.search(html)
    assert token is not None
    assert (
        client.post(
            f"/logga-in/bankid/{person_id}", data={"csrf_token": token.group(1)}
        ).status_code
        == 302
    )
    return client


def tokens(html: str) -> set[str]:
    return set(TOKEN.findall(html))


def test_each_visitor_gets_their_own_csrf_token_in_a_shared_page(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app(WTF_CSRF_ENABLED=True)
    first, second = logged_in(app, "gunnar"), logged_in(app, "gunnar")
    first_page = first.get("/journal/gunnar/").get_data(as_text=True)
    second_page = second.get("/journal/gunnar/").get_data(as_text=True)
    assert len(app.extensions["page_cache"]) >= 1  # the second was served from it
    assert len(tokens(first_page)) == len(tokens(second_page)) == 1
    assert tokens(first_page) != tokens(second_page)
    assert "\x00" not in second_page
    # And the token on the shared page works for its own visitor, not for the other.
    assert (
        second.post("/logga-ut", data={"csrf_token": tokens(first_page).pop()}).status_code == 400
    )
    assert (
        second.post("/logga-ut", data={"csrf_token": tokens(second_page).pop()}).status_code == 302
    )


def test_visitors_with_other_inputs_never_share_a_page(app: Flask) -> None:
    swedish, english = logged_in(app, "karin"), logged_in(app, "karin")
    assert swedish.get("/journal/karin/").status_code == 200
    english.post("/sprak", data={"lang": "en", "tillbaka": "/"})
    assert '<html lang="en"' in english.get("/journal/karin/").get_data(as_text=True)
    assert '<html lang="sv"' in swedish.get("/journal/karin/").get_data(as_text=True)

    # Explain mode, and the demo clock: Ella is Karin's to read until 30 November.
    explaining, plain = logged_in(app, "mikael"), logged_in(app, "mikael")
    explaining.post("/demo/forklaring", data={"tillbaka": "/"})
    assert 'data-testid="explain-hidden"' in explaining.get(
        "/journal/mikael/anteckningar/"
    ).get_data(as_text=True)
    assert 'data-testid="explain-hidden"' not in plain.get(
        "/journal/mikael/anteckningar/"
    ).get_data(as_text=True)
    moved = logged_in(app, "karin")
    moved.post("/demo/datum", data={"atgard": "satt", "datum": "2026-12-01", "tillbaka": "/"})
    assert 'data-testid="subject-ella"' in swedish.get("/journal/karin/").get_data(as_text=True)
    assert 'data-testid="subject-ella"' not in moved.get("/journal/karin/").get_data(as_text=True)

    # Another viewer of the same path: the header names who is logged in.
    anna = logged_in(app, "anna")
    assert anna.get("/journal/karin/").status_code == 404
    assert "Karin Berg" in swedish.get("/journal/karin/").get_data(as_text=True)


def test_a_served_page_still_records_the_read(app: Flask) -> None:
    visitor = logged_in(app, "gunnar")
    for _ in range(3):
        assert visitor.get("/journal/gunnar/diagnoser/").status_code == 200
    log = visitor.get("/journal/gunnar/vem-har-last").get_data(as_text=True)
    assert log.count('data-testid="own-read">2026-11-26: Diagnoser<') == 3
