"""/static: a year in the browser's cache, the URLs versioned by content (demo/static_files.py),
so the browser stops fetching site.css again on every page."""

from __future__ import annotations

import hashlib
import re

from flask.testing import FlaskClient

from tests.support import ROOT, log_in

YEAR = 365 * 24 * 3600


def test_pages_link_the_stylesheet_by_a_versioned_url_cached_for_a_year(
    client: FlaskClient,
) -> None:
    html = client.get("/").get_data(as_text=True)
    found = re.search(r'<link rel="stylesheet" href="(/static/css/site\.css\?v=(\w+))"', html)
    assert found, "the start page links no versioned site.css"
    url, version = found.groups()
    content = (ROOT / "static" / "css" / "site.css").read_bytes()
    assert version == hashlib.sha256(content).hexdigest()[:12]  # a changed file: a new URL
    response = client.get(url)
    assert response.status_code == 200
    assert response.get_data() == content
    cache = {part.strip() for part in response.headers["Cache-Control"].split(",")}
    assert f"max-age={YEAR}" in cache, cache
    assert "no-store" not in cache and "no-cache" not in cache, cache


def test_journal_pages_are_still_never_stored(client: FlaskClient) -> None:
    log_in(client, "anna")
    response = client.get("/journal/anna/")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert re.search(r'href="/static/css/site\.css\?v=\w{12}"', response.get_data(as_text=True))


def test_every_page_names_its_icon_so_no_browser_asks_for_favicon_ico(
    client: FlaskClient,
) -> None:
    for path in ("/", "/logga-in/bankid", "/finns-inte"):
        html = client.get(path).get_data(as_text=True)
        found = re.search(r'<link rel="icon" type="image/svg\+xml" href="([^"]+)"', html)
        assert found, path
        icon = client.get(found.group(1))
        assert icon.status_code == 200 and icon.mimetype == "image/svg+xml", path


def test_an_answer_the_visitor_never_looks_at_leaves_the_session_alone(
    client: FlaskClient,
) -> None:
    """A browser asks for /favicon.ico beside the page. If that answer wrote the session
    and arrived after a login's answer, its cookie (from before the login) logged the
    visitor out: once, in a tester's example under load."""
    assert client.get("/logga-in/bankid").status_code == 200  # an anonymous session
    for path in ("/favicon.ico", "/robots.txt", "/finns-inte"):
        response = client.get(path)
        assert response.status_code == 404, (path, response.status_code)
        assert "Set-Cookie" not in response.headers, (path, response.headers["Set-Cookie"])
