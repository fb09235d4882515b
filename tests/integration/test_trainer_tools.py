"""Tools for trainers: scenario links, reset, the access log and the print view."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from demo.domain.scenarios import SCENARIOS
from tests.support import log_in


def test_the_catalogue_lists_every_scenario_with_its_steps(client: FlaskClient) -> None:
    html = client.get("/scenarier/").get_data(as_text=True)
    for scenario in SCENARIOS:
        assert f'data-testid="scenario-{scenario.id}"' in html
        assert f'href="/scenarier/{scenario.id}"' in html
        for step in scenario.steps:
            assert step.replace("”", "&#34;") in html or step in html


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_scenario_link_lands_in_the_described_state(
    client: FlaskClient, scenario: object
) -> None:
    from demo.domain.scenarios import Scenario

    assert isinstance(scenario, Scenario)
    assert client.get(f"/scenarier/{scenario.id}").status_code == 200
    started = client.post(f"/scenarier/{scenario.id}")
    assert started.status_code == 302
    landing = client.get(started.headers["Location"])
    assert landing.status_code in (200, 403)
    if scenario.persona_id == "tomasz":  # cannot log in: the scenario opens the picker
        assert started.headers["Location"].startswith("/logga-in/bankid")
        assert client.get("/api/v1/me").status_code == 401
        return
    me = client.get("/api/v1/me").get_json()
    assert me["person"]["id"] == scenario.persona_id
    assert me["explain"] is scenario.explain
    assert me["choices"]["hide_recent"] is scenario.hide_recent
    expected_date = scenario.demo_date.isoformat() if scenario.demo_date else "2026-11-26"
    assert me["demo_today"] == expected_date
    if scenario.subject_id:
        assert f"/journal/{scenario.subject_id}/" in started.headers["Location"]


def test_a_scenario_link_needs_a_confirming_post_with_a_token(
    make_app: Callable[..., Flask],
) -> None:
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    page = client.get("/scenarier/ella-fyller-13").get_data(as_text=True)
    assert 'data-testid="scenario-start"' in page
    assert client.get("/api/v1/me").status_code == 401  # opening the link logs nobody in
    assert client.post("/scenarier/ella-fyller-13").status_code == 400  # a foreign page's POST
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token is not None
    started = client.post("/scenarier/ella-fyller-13", data={"csrf_token": token.group(1)})
    assert started.status_code == 302
    assert client.get("/api/v1/me").get_json()["person"]["id"] == "karin"


def test_unknown_scenario_is_404(client: FlaskClient) -> None:
    assert client.get("/scenarier/nope").status_code == 404
    assert client.post("/scenarier/nope").status_code == 404


def test_reset_ends_everything_and_returns_to_the_start(app: Flask, client: FlaskClient) -> None:
    client.post("/scenarier/radrum-blekinge")
    client.post("/demo/datum", data={"atgard": "plus14"})
    response = client.post("/demo/aterstall")
    assert response.headers["Location"] == "/"
    cookie = client.get_cookie("session")
    assert cookie is not None
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    # Nothing of the visit is left but the message that says so, for the next page.
    assert set(serializer.loads(cookie.value)) == {"_flashes"}
    assert client.get("/api/v1/me").status_code == 401
    html = client.get("/").get_data(as_text=True)
    assert 'datetime="2026-11-26"' in html and "förklaringsläge" not in html


def test_access_log_lists_who_wrote_and_read(client: FlaskClient) -> None:
    log_in(client, "anna")
    client.get("/journal/anna/diagnoser/")
    html = client.get("/journal/anna/vem-har-last").get_data(as_text=True)
    rows = re.findall(r'data-testid="log-row"', html)
    assert len(rows) == 20
    assert "Dokumenterade" in html and "Läste" in html
    times = re.findall(r'<time datetime="([^"]+)"', html)[1:]
    assert times == sorted(times, reverse=True)
    own = html.split('data-testid="own-reads"')[1]
    assert "Diagnoser" in own and "diagnoser/" not in own  # what was read, not a URL slug


def test_access_log_reveals_no_unit_the_viewer_may_not_read(
    app: Flask, client: FlaskClient
) -> None:
    from sqlalchemy.orm import Session

    from demo.store.models import CareUnit, Guardianship

    with Session(app.extensions["db_engine"]) as session:
        grant = session.get(Guardianship, ("peter", "elin"))
        assert grant is not None and grant.extended_access_unit_id is not None
        granted_unit = session.get(CareUnit, grant.extended_access_unit_id)
        assert granted_unit is not None
        granted_name = granted_unit.name
    log_in(client, "peter")
    html = client.get("/journal/elin/vem-har-last").get_data(as_text=True)
    units = set(re.findall(r'<td data-label="Vårdenhet">([^<]+)</td>', html))
    assert units == {granted_name}
    log_in(client, "hassan")
    html = client.get("/journal/hassan/vem-har-last").get_data(as_text=True)
    last = re.search(r"Sida 1 av (\d+)", html)
    pages = int(last.group(1)) if last else 1
    for page in range(1, pages + 1):
        body = client.get(f"/journal/hassan/vem-har-last?sida={page}").get_data(as_text=True)
        assert "BUP" not in body and "Barn- och ungdomspsykiatri" not in body


def test_access_log_follows_the_access_rules(client: FlaskClient) -> None:
    log_in(client, "johan")
    assert client.get("/journal/liam/vem-har-last").status_code == 404
    log_in(client, "maja")
    assert client.get("/journal/maja/vem-har-last").status_code == 403


def test_print_view_carries_watermark_name_personnummer_and_date(client: FlaskClient) -> None:
    log_in(client, "karin")
    for path in ("/journal/liam/vaccinationer/?utskrift=1",):
        html = client.get(path).get_data(as_text=True)
        assert 'data-watermark="DEMO – fiktiva uppgifter"' in html
        assert 'data-testid="print-name">Liam Berg<' in html
        assert "20220421-2399" in html
        assert 'data-testid="print-date">26 november 2026' in html
        entry = re.search(r'data-entry-id="(\d+)"', html)
        assert entry is not None
        detail = client.get(f"/journal/liam/vaccinationer/{entry.group(1)}?utskrift=1")
        assert detail.status_code == 200 and "data-watermark" in detail.get_data(as_text=True)
    normal = client.get("/journal/liam/vaccinationer/").get_data(as_text=True)
    assert 'data-testid="print-link"' in normal and "utskrift=1" in normal


def test_own_reads_say_what_was_read(client: FlaskClient) -> None:
    log_in(client, "anna")
    notes = client.get("/journal/anna/anteckningar/").get_data(as_text=True)
    found = re.search(r'href="(/journal/anna/anteckningar/\d+)">([^<]+)</a>', notes)
    assert found is not None
    client.get(found.group(1))
    own = (
        client.get("/journal/anna/vem-har-last")
        .get_data(as_text=True)
        .split('data-testid="own-reads"')[1]
    )
    reads = re.findall(r'data-testid="own-read">([^<]+)</li>', own)
    assert reads[0].endswith(f"Anteckningar: {found.group(2)}")
    assert reads[1].endswith("Anteckningar")
    assert "/" not in "".join(read.split(": ", 1)[1] for read in reads)
