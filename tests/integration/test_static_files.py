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
