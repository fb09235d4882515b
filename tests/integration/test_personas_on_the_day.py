"""The persona picker and /api/v1/personas speak of the visitor's demo date: ages, access
and the next change come from the rules on that day, never from text written for
26 November; the picker is grouped, with a filter that needs no JavaScript."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from flask import Flask
from flask.testing import FlaskClient

from tests.support import log_in


def picker(client: FlaskClient, query: str = "") -> str:
    page = client.get(f"/logga-in/bankid{query}")
    assert page.status_code == 200
    return page.get_data(as_text=True)


def card(html: str, person_id: str) -> str:
    """One persona's card, tags stripped."""
    found = re.search(
        rf'<li class="persona" data-testid="persona-{person_id}">(.*?)</form>', html, re.S
    )
    assert found, person_id
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(1)))


def group_of(html: str, person_id: str) -> str:
    before = html[: html.index(f'data-testid="persona-{person_id}"')]
    return re.findall(r'data-testid="picker-group-([a-z0-9-]+)"', before)[-1]


def set_clock(client: FlaskClient, day: date) -> None:
    response = client.post("/demo/datum", data={"atgard": "satt", "datum": day.isoformat()})
    assert response.status_code == 302


def test_on_the_default_date(client: FlaskClient) -> None:
    html = picker(client)
    assert "12 år" in card(html, "ella")
    assert group_of(html, "ella") == "barn"
    karin = card(html, "karin")
    assert "Du kan läsa journalen för Ella (12 år) till och med 30 november 2026." in karin
    assert "Nästa ändring, 1 december 2026: Ella har fyllt 13" in karin
    assert group_of(html, "teo") == "13-15"
    assert "förrän på 16-årsdagen, 3 december 2026" in card(html, "teo")


def test_on_1_december_ella_is_13(client: FlaskClient) -> None:
    set_clock(client, date(2026, 12, 1))
    html = picker(client)
    ella = card(html, "ella")
    assert "13 år" in ella and "12 år" not in ella and "fyller 13" not in ella
    assert group_of(html, "ella") == "13-15"
    karin = card(html, "karin")
    assert (
        "Du kan inte läsa journalen för Ella (13 år); Ella får läsa den själv från 1 december 2029."
        in karin
    )
    assert "Från den 1 december försvinner" not in karin
    assert "1 december 2026" not in karin  # nothing promised for a day that has come


def test_on_15_december_teo_is_16(client: FlaskClient) -> None:
    set_clock(client, date(2026, 12, 15))
    html = picker(client)
    teo = card(html, "teo")
    assert "16 år" in teo and "15 år" not in teo
    assert "Du kan läsa din egen journal." in teo
    assert group_of(html, "teo") == "vuxna"


def test_the_api_says_the_same_on_the_visitors_date(client: FlaskClient) -> None:
    set_clock(client, date(2026, 12, 1))
    cast = {p["id"]: p for p in client.get("/api/v1/personas").get_json()["personas"]}
    assert cast["ella"]["age"] == 13 and cast["ella"]["group"] == "13-15"
    karin_today = " ".join(cast["karin"]["today"])
    assert "Ella (13 år)" in karin_today and "till och med 30 november 2026" not in karin_today
    for persona in cast.values():  # what a persona is and shows holds on any day
        # An age ("14 år"), not a rule's range ("13–15 år"), would be true on one day only.
        assert not re.search(
            r"(?<![–\d])\d+ år\b|fyller \d+", persona["scenario"] + persona["shows"]
        )


def test_every_persona_has_both_texts_in_both_languages(make_app: Callable[..., Flask]) -> None:
    with make_app().test_client() as client:
        swedish = {p["id"]: p for p in client.get("/api/v1/personas").get_json()["personas"]}
        english = {
            p["id"]: p for p in client.get("/api/v1/personas?lang=en").get_json()["personas"]
        }
    for person_id, persona in swedish.items():
        assert persona["scenario"] and persona["shows"] and persona["today"], person_id
        assert english[person_id]["scenario"] != persona["scenario"], person_id
        assert english[person_id]["shows"] != persona["shows"], person_id
        assert english[person_id]["today"] != persona["today"], person_id


def test_the_picker_is_grouped_and_filters_without_javascript(client: FlaskClient) -> None:
    everyone = picker(client)
    groups = re.findall(r'data-testid="picker-group-([a-z0-9-]+)"', everyone)
    assert groups == ["vuxna", "vardnadshavare", "barn", "13-15", "sarskilda"]
    assert group_of(everyone, "karin") == "vardnadshavare"
    assert group_of(everyone, "tomasz") == "sarskilda" and group_of(everyone, "noah") == "sarskilda"
    children = picker(client, "?grupp=barn")
    shown = set(re.findall(r'data-testid="persona-([a-z]+)"', children))
    assert shown == {"ella", "liam"}
    assert 'value="barn" selected' in children
    assert client.get("/logga-in/bankid?grupp=nonsense").status_code == 400


def test_a_filtered_picker_still_logs_in(client: FlaskClient) -> None:
    picker(client, "?grupp=vardnadshavare")
    log_in(client, "karin")
    assert 'data-testid="logged-in-as">Karin Berg<' in client.get("/journal/karin/").get_data(
        as_text=True
    )
