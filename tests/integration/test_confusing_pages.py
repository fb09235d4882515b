"""Pages that confused a room: each says only what holds, where it belongs."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from tests.support import log_in


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


def flash(client: FlaskClient, path: str) -> str:
    html = client.get(path).get_data(as_text=True)
    found = re.search(r'data-testid="flash">(.*?)</div>', html, flags=re.S)
    assert found is not None, "no message"
    return re.sub(r"<[^>]+>", "", found.group(1)).strip()


def test_the_demo_clock_says_what_changed(client: FlaskClient) -> None:
    log_in(client, "karin")
    client.post("/demo/datum", data={"atgard": "satt", "datum": "2026-11-30", "tillbaka": "/"})
    assert flash(client, "/journal/karin/") == "Demodatum: 30 november 2026."
    client.post("/demo/datum", data={"atgard": "plus1", "tillbaka": "/journal/karin/"})
    assert flash(client, "/journal/karin/") == (
        "Demodatum: 1 december 2026. Ella har fyllt 13: du kan inte längre läsa journalen för Ella."
    )
    client.post("/demo/aterstall")
    assert "du är utloggad" in flash(client, "/")


def test_the_message_is_for_this_visitor_only(app: Flask) -> None:
    first, second = app.test_client(), app.test_client()
    for visitor in (first, second):
        log_in(visitor, "karin")
        visitor.get("/journal/karin/")  # the page is cached for these inputs
    first.post("/demo/datum", data={"atgard": "plus1", "tillbaka": "/"})
    second.post("/demo/datum", data={"atgard": "plus1", "tillbaka": "/"})
    assert "27 november" in flash(first, "/journal/karin/")
    assert 'data-testid="flash"' not in first.get("/journal/karin/").get_data(as_text=True)
    assert "27 november" in flash(second, "/journal/karin/")


def tools_unfolded(html: str) -> bool:
    return '<details class="demo-tools" open>' in html


def test_the_demo_tools_open_when_asked_and_stay_as_left(client: FlaskClient) -> None:
    """They opened themselves on every page while the clock was moved or explain mode on."""
    log_in(client, "karin")
    assert not tools_unfolded(client.get("/journal/karin/").get_data(as_text=True))
    client.post("/demo/datum", data={"atgard": "plus1", "tillbaka": "/journal/karin/"})
    # Back on the page the tool was used on: still open, as the visitor left it.
    assert tools_unfolded(client.get("/journal/karin/").get_data(as_text=True))
    # Reading on: folded, though the clock stays moved.
    later = client.get("/journal/karin/diagnoser/").get_data(as_text=True)
    assert 'data-testid="clock-moved"' in later and not tools_unfolded(later)
    client.post("/demo/forklaring", data={"tillbaka": "/journal/karin/diagnoser/"})
    assert tools_unfolded(client.get("/journal/karin/diagnoser/").get_data(as_text=True))
    assert not tools_unfolded(client.get("/journal/karin/diagnoser/").get_data(as_text=True))


def regional_choices(client: FlaskClient) -> list[str]:
    html = client.get("/installningar").get_data(as_text=True)
    return re.findall(r'name="regionalt_val" value="([a-z_]+)"', html)


def test_settings_offer_a_regions_choice_only_where_it_changes_something(
    client: FlaskClient,
) -> None:
    """Skåne's, Uppsala's and Örebro's choices were offered to everyone."""
    log_in(client, "hassan")  # treated in Skåne only
    assert regional_choices(client) == ["show_unsigned_notes"]
    html = client.get("/installningar").get_data(as_text=True)
    assert "Ikryssat: osignerade anteckningar från Region Skåne visas direkt" in html
    log_in(client, "lars")  # treated in every region
    assert sorted(regional_choices(client)) == [
        "delay_all",
        "delay_signed_notes",
        "show_unsigned_notes",
    ]
    log_in(client, "maja")  # 14: reads no journal, so no region's choice applies
    assert regional_choices(client) == []
    assert 'data-testid="regional-choices"' not in client.get("/installningar").get_data(
        as_text=True
    )
