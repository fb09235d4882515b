"""Typing another person's address shows nothing of them: the Swedish 404 page.

(Server-rendered answers, so Flask's test client; the 404 page itself is checked for
accessibility in the browser, e2e/test_accessibility_tour.py.)
"""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.support import ENTRY_ID, log_in, parse_html


def gunnars_first_note_id(client: FlaskClient) -> str:
    log_in(client, "gunnar")
    notes = client.get("/journal/gunnar/anteckningar/")
    assert notes.status_code == 200
    ids = ENTRY_ID.findall(notes.get_data(as_text=True))
    assert ids, "Gunnar has no notes to borrow an id from"
    assert client.post("/logga-ut").status_code == 302
    return str(ids[0])


def assert_not_found(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404, f"{path} answered {response.status_code}, not 404"
    page = parse_html(response.get_data(as_text=True))
    assert [h.text for h in page.by_tag("h1")] == ["Sidan finns inte"], path


def test_anna_cannot_reach_other_journals_by_url(client: FlaskClient) -> None:
    gunnar_entry = gunnars_first_note_id(client)
    log_in(client, "anna")
    assert client.get("/journal/anna/").status_code == 200
    for path in (
        "/journal/karin/",
        "/journal/liam/anteckningar/",
        f"/journal/anna/anteckningar/{gunnar_entry}",
        f"/journal/gunnar/anteckningar/{gunnar_entry}",
    ):
        assert_not_found(client, path)


@pytest.mark.parametrize("path", ["/journal/liam/", "/journal/liam/vaccinationer/"])
def test_blocked_guardian_cannot_reach_the_child_by_url(client: FlaskClient, path: str) -> None:
    log_in(client, "johan")
    assert client.get("/journal/johan/").status_code == 200
    assert_not_found(client, path)
