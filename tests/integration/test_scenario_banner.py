"""A scenario, once started, keeps its steps on screen ("steg 2 av 3") with the next step
and a way out; every persona has a scenario; the catalogue has an index and links to share.
The scenario's texts are the demo's own words: both languages."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from demo.domain.scenarios import BY_ID, SCENARIOS
from demo.visitor import SCENARIO
from tests.support import log_in


def banner(html: str) -> str | None:
    """The scenario banner's text, or None."""
    found = re.search(r'data-testid="scenario-banner".*?</div>\s*</div>', html, re.S)
    if not found:
        return None
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(0)))


def step_to(client: FlaskClient, scenario_id: str, step: int) -> None:
    response = client.post(f"/scenarier/{scenario_id}/steg", data={"steg": str(step)})
    assert response.status_code == 302


def test_a_started_scenario_shows_its_step_on_every_page(client: FlaskClient) -> None:
    client.post("/scenarier/ella-fyller-13")
    scenario = BY_ID["ella-fyller-13"]
    for path in ("/journal/ella/", "/journal/karin/", "/regioner", "/installningar"):
        shown = banner(client.get(path).get_data(as_text=True))
        assert shown is not None, path
        assert "Scenario: Ella fyller 13" in shown and "steg 1 av 3" in shown
        assert scenario.steps[0] in shown
    step_to(client, "ella-fyller-13", 2)
    shown = banner(client.get("/journal/ella/").get_data(as_text=True))
    assert shown is not None and "steg 2 av 3" in shown and scenario.steps[1] in shown
    assert "Föregående steg" in shown and "Nästa steg" in shown
    step_to(client, "ella-fyller-13", 3)
    last = banner(client.get("/journal/karin/").get_data(as_text=True))
    assert last is not None and "steg 3 av 3" in last and "Nästa steg" not in last


def test_the_way_out_takes_the_banner_away_and_keeps_the_demo(client: FlaskClient) -> None:
    client.post("/scenarier/ella-fyller-13")
    response = client.post("/scenarier/ella-fyller-13/avsluta", data={"tillbaka": "/journal/ella/"})
    assert response.headers["Location"] == "/journal/ella/"
    html = client.get("/journal/ella/").get_data(as_text=True)
    assert banner(html) is None
    assert 'datetime="2026-11-30"' in html  # the scenario's date stays


def test_the_banner_survives_the_scenarios_own_logout_and_login(client: FlaskClient) -> None:
    client.post("/scenarier/glappet-13-15")
    client.post("/logga-ut")
    log_in(client, "maja")
    shown = banner(client.get("/journal/maja/").get_data(as_text=True))
    assert shown is not None and "Glappet" in shown
    client.post("/demo/aterstall")  # "Börja om" ends the scenario too
    assert banner(client.get("/").get_data(as_text=True)) is None


def test_steps_outside_the_scenario_are_refused(client: FlaskClient) -> None:
    client.post("/scenarier/ella-fyller-13")
    for step in ("0", "4", "x", "", "²"):
        response = client.post("/scenarier/ella-fyller-13/steg", data={"steg": step})
        assert response.status_code == 400, step
    assert client.post("/scenarier/nope/steg", data={"steg": "1"}).status_code == 404


def test_an_odd_scenario_in_the_session_shows_no_banner(client: FlaskClient) -> None:
    client.post("/scenarier/ella-fyller-13")
    for odd in ("nope|1", "ella-fyller-13|9", "ella-fyller-13", 7, "ella-fyller-13|-1"):
        with client.session_transaction() as session:
            session[SCENARIO] = odd
        page = client.get("/journal/karin/")
        assert page.status_code == 200 and banner(page.get_data(as_text=True)) is None


def test_two_visitors_on_one_page_see_their_own_step(app: Flask) -> None:
    first, second = app.test_client(), app.test_client()
    for client in (first, second):
        client.post("/scenarier/ella-fyller-13")
    step_to(second, "ella-fyller-13", 2)
    first_banner = banner(first.get("/journal/ella/").get_data(as_text=True))
    second_banner = banner(second.get("/journal/ella/").get_data(as_text=True))
    assert first_banner is not None and "steg 1 av 3" in first_banner
    assert second_banner is not None and "steg 2 av 3" in second_banner


def test_every_persona_has_a_scenario(app: Flask) -> None:
    with app.app_context():
        cast = {person.id for person in app.extensions["world"].personas}
    covered = {s.persona_id for s in SCENARIOS} | {s.subject_id for s in SCENARIOS}
    covered |= {person_id for s in SCENARIOS for person_id in s.featuring}
    assert cast - covered == set()
    assert {"alva", "sofia", "sara", "tomasz", "anna"} <= {s.persona_id for s in SCENARIOS}


def test_a_persona_who_cannot_log_in_starts_in_the_picker(client: FlaskClient) -> None:
    response = client.post("/scenarier/samordningsnummer")
    assert response.status_code == 302
    assert response.headers["Location"] == "/logga-in/bankid?grupp=sarskilda"
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert 'data-testid="persona-tomasz"' in html
    assert banner(html) is not None
    assert client.get("/api/v1/me").status_code == 401  # nobody was logged in
    refused = client.post("/logga-in/bankid/tomasz")
    assert refused.status_code == 403
    assert "Inloggning med e-legitimation kräver personnummer." in refused.get_data(as_text=True)


def test_the_catalogue_has_an_index_and_links_to_share(client: FlaskClient) -> None:
    html = client.get("/scenarier/").get_data(as_text=True)
    index = html.split('data-testid="scenario-index"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r'href="#([a-z0-9-]+)"', index) == [s.id for s in SCENARIOS]
    links = re.findall(r'value="([^"]+)" readonly data-testid="scenario-link"', html)
    assert links == [f"http://localhost/scenarier/{s.id}" for s in SCENARIOS]
    assert 'data-copy="link-ella-fyller-13"' in html


def test_the_scenarios_speak_english_in_english(client: FlaskClient) -> None:
    html = client.get("/scenarier/?lang=en").get_data(as_text=True)
    for scenario in SCENARIOS:
        for text in (scenario.title, scenario.shows, *scenario.steps):
            assert text not in html, text  # every one of them has an English form
    assert 'lang="sv"' not in html.split("<main", 1)[1]
    client.post("/scenarier/ella-fyller-13")
    shown = banner(client.get("/journal/ella/?lang=en").get_data(as_text=True))
    assert shown is not None and "Scenario: Ella turns 13" in shown and "step 1 of 3" in shown


def test_starting_over_asks_first_and_cancel_goes_back_to_a_page(client: FlaskClient) -> None:
    log_in(client, "karin")
    html = client.get("/journal/karin/anteckningar/?fran=2020-01-01").get_data(as_text=True)
    link = re.search(r'href="(/demo/aterstall[^"]*)"[^>]*data-testid="demo-reset"', html)
    assert link is not None
    confirm = client.get(link.group(1).replace("&amp;", "&"))
    assert confirm.status_code == 200
    page = confirm.get_data(as_text=True)
    assert "Börja om?" in page and 'data-testid="demo-reset-confirm"' in page
    assert 'href="/journal/karin/anteckningar/" data-testid="demo-reset-cancel"' in page
    assert client.get("/api/v1/me").status_code == 200  # asking ended nothing
    # After a failed POST the page's return path is the start page, never the POST route.
    failed = client.post("/demo/datum", data={"atgard": "x"})
    assert failed.status_code == 400
    assert "tillbaka=/demo/datum" not in failed.get_data(as_text=True)
    for odd in ("/demo/datum", "/logga-ut", "https://example.com/", "/nope"):
        cancel = client.get("/demo/aterstall", query_string={"tillbaka": odd}).get_data(
            as_text=True
        )
        assert 'href="/" data-testid="demo-reset-cancel"' in cancel, odd


def test_a_clock_moved_back_tells_how_things_stand_not_a_birthday(client: FlaskClient) -> None:
    log_in(client, "karin")
    client.post("/demo/datum", data={"atgard": "satt", "datum": "2100-01-01"})
    client.get("/")  # the message of the move forward
    client.post("/demo/datum", data={"atgard": "aterstall"})
    html = client.get("/journal/karin/").get_data(as_text=True)
    message = html.split('data-testid="flash"', 1)[1].split("</div>", 1)[0]
    assert "har fyllt" not in message and "inte längre" not in message
    assert "Du kan inte läsa journalen för Maja." in message
    assert "Du kan läsa journalen för Ella." in message
