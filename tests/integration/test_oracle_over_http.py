"""The oracle over HTTP: GET /api/v1/expectations answers as `flask --app demo expectations`
does, for the date asked and the visitor's choices, and names the entries it counts."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from demo.cli import expectations_command

DATES = (date(2026, 11, 26), date(2026, 12, 1), date(2026, 12, 3))


def cli(app: Flask, *args: str) -> dict[str, Any]:
    result = app.test_cli_runner().invoke(expectations_command, list(args))
    assert result.exit_code == 0, result.output
    answer: dict[str, Any] = json.loads(result.output)
    return answer


def http(client: FlaskClient, query: str = "") -> dict[str, Any]:
    response = client.get(f"/api/v1/expectations{query}")
    assert response.status_code == 200, response.get_data(as_text=True)
    answer: dict[str, Any] = response.get_json()
    return answer


def api_ids(client: FlaskClient, subject: str, set_key: str) -> list[int]:
    ids: list[int] = []
    page = 1
    while True:
        body = client.get(f"/api/v1/subjects/{subject}/entries?set={set_key}&sida={page}")
        assert body.status_code == 200, (subject, set_key)
        ids += [entry["id"] for entry in body.get_json()["entries"]]
        if page >= body.get_json()["pages"]:
            return ids
        page += 1


@pytest.mark.parametrize("day", DATES, ids=str)
def test_http_and_cli_agree_on_a_date(app: Flask, client: FlaskClient, day: date) -> None:
    over_http = http(client, f"?date={day.isoformat()}")
    assert over_http == cli(app, "--date", day.isoformat())
    assert over_http["date"] == day.isoformat()
    assert over_http["choices"] == {"hide_recent": False, "regional": []}


def test_http_and_cli_agree_under_the_visitors_choices(app: Flask, client: FlaskClient) -> None:
    token = client.get("/api/v1/csrf-token").get_json()["csrf_token"]
    headers = {"X-CSRF-Token": token}
    logged_in = client.post("/api/v1/login", json={"persona": "lars"}, headers=headers)
    assert logged_in.status_code == 200
    choices = {"hide_recent": True, "regional": ["delay_all", "show_unsigned_notes"]}
    assert client.post("/api/v1/choices", json=choices, headers=headers).status_code == 200
    over_http = http(client, "?date=2026-12-01")
    assert over_http["choices"] == choices
    by_cli = cli(
        app,
        "--date",
        "2026-12-01",
        "--hide-recent",
        "--regional",
        "delay_all",
        "--regional",
        "show_unsigned_notes",
    )
    assert over_http == by_cli
    # The choices change the answer (else this would prove nothing).
    assert by_cli["personas"] != cli(app, "--date", "2026-12-01")["personas"]


def test_without_a_date_the_visitors_demo_date(client: FlaskClient) -> None:
    token = client.get("/api/v1/csrf-token").get_json()["csrf_token"]
    assert http(client)["date"] == "2026-11-26"
    client.post("/api/v1/clock", json={"action": "plus14"}, headers={"X-CSRF-Token": token})
    assert http(client)["date"] == "2026-12-10"


@pytest.mark.parametrize("value", ["", "2026-13-01", "26-11-2026", "20261126", "1989-12-31"])
def test_a_malformed_date_is_named(client: FlaskClient, value: str) -> None:
    response = client.get(f"/api/v1/expectations?date={value}")
    assert response.status_code == 400
    assert (response.get_json()["error"], response.get_json()["parameter"]) == (
        "bad_request",
        "date",
    )


def test_the_oracle_names_the_entries_it_counts(client: FlaskClient) -> None:
    answer = http(client, "?date=2026-12-01")
    for persona in answer["personas"]:
        assert persona["entries"].keys() == persona["subjects"].keys(), persona["id"]
        for subject, counts in persona["subjects"].items():
            ids = persona["entries"][subject]
            assert {key: len(ids[key]) for key in counts} == counts, (persona["id"], subject)


@pytest.mark.parametrize("person", ["karin", "mikael", "hassan"])
def test_the_oracles_ids_are_the_lists_ids(make_app: Callable[..., Flask], person: str) -> None:
    day = date(2026, 12, 1)
    with make_app(day).test_client() as client:
        persona = next(p for p in http(client)["personas"] if p["id"] == person)
        token = client.get("/api/v1/csrf-token").get_json()["csrf_token"]
        client.post("/api/v1/login", json={"persona": person}, headers={"X-CSRF-Token": token})
        for subject, by_set in persona["entries"].items():
            for set_key, ids in by_set.items():
                assert api_ids(client, subject, set_key) == ids, (person, subject, set_key)
