"""Links are built from the parameters a page knows, never from the raw query string, and
no form's return path is a POST-only route: any query string answers below 500."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import log_in

# Flask's own keywords to url_for, which a raw query once passed straight through.
URL_FOR_KEYWORDS = ("_method", "_anchor", "_external", "_scheme")
PAGES = [
    "/journal/gunnar/",
    "/journal/gunnar/anteckningar/",
    "/journal/gunnar/provsvar/?sida=2",
    "/journal/gunnar/vem-har-last",
    "/regioner",
    "/",
    "/scenarier/",
    "/logga-in/bankid",
    "/installningar",
    "/api/v1/subjects/gunnar/entries",
]


def first_entry(client: FlaskClient) -> str:
    html = client.get("/journal/gunnar/anteckningar/").get_data(as_text=True)
    found = re.search(r'href="(/journal/gunnar/anteckningar/\d+)"', html)
    assert found is not None
    return found.group(1)


def links(html: str) -> list[str]:
    """The page's links and form targets (a return path may repeat the query: it is
    only ever this site's path, never passed to url_for)."""
    return re.findall(r'(?:href|action)="([^"]*)"', html)


@pytest.mark.parametrize(
    "query",
    [
        "utskrift=0",
        "utskrift=ja",
        "utskrift=",
        "_method=POST",
        "_anchor=x",
        "_external=1",
        "_scheme=javascript",
        "sida=1&_method=POST&utskrift=1",
        "enhet=&fran=&till=&_external=yes",
    ],
)
def test_odd_query_strings_on_list_and_entry_pages(client: FlaskClient, query: str) -> None:
    log_in(client, "gunnar")
    for path in ("/journal/gunnar/anteckningar/", first_entry(client)):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 200, (path, query)
        for link in links(response.get_data(as_text=True)):
            assert not any(keyword in link for keyword in URL_FOR_KEYWORDS), (path, link)
            assert not link.startswith(("http:", "https:", "javascript:")), (path, link)


def test_the_print_and_page_links_keep_the_filter(client: FlaskClient) -> None:
    log_in(client, "gunnar")
    html = client.get("/journal/gunnar/provsvar/?fran=2015-01-01&sida=2&x=1").get_data(as_text=True)
    print_link = re.search(r'href="([^"]+)" data-testid="print-link"', html)
    assert print_link is not None
    assert "fran=2015-01-01" in print_link.group(1) and "sida=2" in print_link.group(1)
    assert "utskrift=1" in print_link.group(1) and "x=1" not in print_link.group(1)
    next_page = re.search(r'rel="next" href="([^"]+)"', html)
    assert next_page is not None and "sida=3" in next_page.group(1)
    assert "fran=2015-01-01" in next_page.group(1)


def test_no_return_path_is_a_post_only_route(client: FlaskClient) -> None:
    """A demo tool pressed on the error page of a failed POST once landed on a 405."""
    log_in(client, "gunnar")
    error = client.post("/demo/datum", data={"atgard": "nonsense", "tillbaka": "/"})
    assert error.status_code == 400
    returns = re.findall(r'name="tillbaka" value="([^"]*)"', error.get_data(as_text=True))
    assert returns and all(path == "/" for path in returns)
    for path in set(returns):
        assert client.get(path).status_code == 200
    page = client.get("/journal/gunnar/?lang=en").get_data(as_text=True)
    assert set(re.findall(r'name="tillbaka" value="([^"]*)"', page)) == {"/journal/gunnar/?lang=en"}


NAMES = st.one_of(
    st.sampled_from(
        ["sida", "enhet", "fran", "till", "utskrift", "lang", "next", "set", *URL_FOR_KEYWORDS]
    ),
    st.text(min_size=1, max_size=12),
)
VALUES = st.one_of(
    st.sampled_from(["", "0", "1", "ja", "-1", "99999", "abc", "2026-13-01", "²", "/x"]),
    st.text(max_size=20),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(path=st.sampled_from(PAGES), query=st.dictionaries(NAMES, VALUES, max_size=4))
def test_no_query_string_answers_5xx(app: Flask, path: str, query: dict[str, str]) -> None:
    with app.test_client() as client:
        log_in(client, "gunnar")
        separator = "&" if "?" in path else "?"
        response = client.get(f"{path}{separator}{urlencode(query)}" if query else path)
        assert response.status_code < 500, (path, query)
