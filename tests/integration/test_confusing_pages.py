"""Pages that confused a room: each says only what holds, where it belongs."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from tests.conftest import log_in


def toggle_explain(client: FlaskClient) -> None:
    assert client.post("/demo/forklaring", data={"tillbaka": "/"}).status_code == 302


def test_a_refused_child_is_not_acted_for(client: FlaskClient) -> None:
    log_in(client, "karin")
    page = client.get("/journal/maja/")
    assert page.status_code == 403
    html = page.get_data(as_text=True)
    assert 'data-testid="no-access"' in html
    assert 'data-testid="acting-for"' not in html
    assert 'data-testid="acting-for"' in client.get("/journal/liam/").get_data(as_text=True)


def test_ones_own_refusal_page_does_not_link_to_itself(client: FlaskClient) -> None:
    log_in(client, "maja")
    html = client.get("/journal/maja/").get_data(as_text=True)
    assert 'data-testid="no-access"' in html
    assert 'href="/journal/maja/"' not in html


def test_explain_mode_lists_hidden_entries_once_after_the_pager(client: FlaskClient) -> None:
    log_in(client, "lars")
    toggle_explain(client)
    first = client.get("/journal/lars/anteckningar/").get_data(as_text=True)
    assert 'data-testid="explain-hidden"' in first
    assert first.index('rel="next"') < first.index('data-testid="explain-hidden"')
    second = client.get("/journal/lars/anteckningar/?sida=2").get_data(as_text=True)
    assert 'data-testid="entry"' in second
    assert 'data-testid="explain-hidden"' not in second


def test_entries_never_shown_are_not_called_not_shown_yet(client: FlaskClient) -> None:
    log_in(client, "peter")  # one unit's entries of Elin's: the others are never shown
    toggle_explain(client)
    html = client.get("/journal/elin/anteckningar/").get_data(as_text=True)
    section = html[html.index('data-testid="explain-hidden"') :]
    assert 'data-testid="never-shown"' in section and 'data-testid="hidden-entry"' not in section
    heading = re.search(r'<h2 id="hidden-heading">([^<]+)', section)
    assert heading is not None and heading.group(1).strip() == "Visas aldrig"


def test_an_empty_set_says_so_without_a_filter(client: FlaskClient) -> None:
    log_in(client, "karin")
    html = client.get("/journal/karin/remisser/").get_data(as_text=True)
    assert '<form method="get" class="filters"' not in html
    assert "Inga uppgifter matchar filtret" not in html
    assert "Inga uppgifter" in html
    filtered = client.get("/journal/karin/anteckningar/?fran=2100-01-01").get_data(as_text=True)
    assert "Inga uppgifter matchar filtret" in filtered
