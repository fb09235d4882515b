"""JSON API v1: the same answers as the pages, and the OpenAPI document it is held to."""

from __future__ import annotations

import re
from typing import Any

import pytest
import schemathesis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate

from demo.presenters.openapi import openapi_document
from tests.conftest import log_in


def test_the_openapi_document_is_valid_openapi_3_1(client: FlaskClient) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    assert document["openapi"] == "3.1.0"
    validate(document)


def test_every_api_route_is_described(app: Flask) -> None:
    described = set(openapi_document()["paths"])
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("api.") and rule.endpoint != "api.openapi":
            path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
            assert path in described, path


def test_protected_endpoints_answer_401_when_logged_out(client: FlaskClient) -> None:
    for path in (
        "/api/v1/me",
        "/api/v1/subjects",
        "/api/v1/subjects/anna",
        "/api/v1/subjects/anna/entries",
        "/api/v1/subjects/anna/entries/1",
    ):
        response = client.get(path)
        assert response.status_code == 401, path
        assert response.get_json()["error"]["code"] == "not_logged_in"


def page_ids(client: FlaskClient, subject: str, set_key: str) -> list[int]:
    ids: list[int] = []
    page = 1
    while (response := client.get(f"/journal/{subject}/{set_key}/?sida={page}")).status_code == 200:
        ids += [
            int(i) for i in re.findall(r'data-entry-id="(\d+)"', response.get_data(as_text=True))
        ]
        page += 1
    return ids


def api_ids(client: FlaskClient, subject: str, set_key: str) -> list[int]:
    ids: list[int] = []
    page = 1
    while True:
        body = client.get(
            f"/api/v1/subjects/{subject}/entries?set={set_key}&sida={page}"
        ).get_json()
        ids += [entry["id"] for entry in body["entries"]]
        if page >= body["pages"]:
            return ids
        page += 1


@pytest.mark.parametrize("person", ["anna", "mikael", "lars", "gunnar"])
def test_the_api_lists_what_the_pages_list(client: FlaskClient, person: str) -> None:
    log_in(client, person)
    counts = client.get(f"/api/v1/subjects/{person}").get_json()["counts"]
    for set_key, count in counts.items():
        assert api_ids(client, person, set_key) == page_ids(client, person, set_key), set_key
        assert len(api_ids(client, person, set_key)) == count


def test_guardian_subjects_and_refusals(client: FlaskClient) -> None:
    log_in(client, "karin")
    subjects = {s["person"]["id"]: s for s in client.get("/api/v1/subjects").get_json()["subjects"]}
    assert set(subjects) == {"karin", "ella", "liam", "maja"}
    assert subjects["maja"]["access"] == {
        "allowed": False,
        "reason": "child_13_to_15",
        "unit_ids": None,
        "from_date": None,
        "until": None,
    }
    assert subjects["ella"]["access"]["until"] == "2026-12-01"
    refused = client.get("/api/v1/subjects/maja/entries")
    assert refused.status_code == 403
    assert refused.get_json()["error"]["code"] == "child_13_to_15"
    assert client.get("/api/v1/subjects/noah").status_code == 404
    log_in(client, "johan")
    assert client.get("/api/v1/subjects/liam/entries").status_code == 404


def test_filters_and_bad_parameters(client: FlaskClient) -> None:
    log_in(client, "gunnar")
    body = client.get(
        "/api/v1/subjects/gunnar/entries?set=provsvar&fran=2025-01-01&till=2025-12-31"
    ).get_json()
    assert body["total"] > 0
    assert all(e["document_time"].startswith("2025") for e in body["entries"])
    for query in ("set=nonsense", "sida=0", "fran=2025-13-01", "enhet=abc"):
        response = client.get(f"/api/v1/subjects/gunnar/entries?{query}")
        assert response.status_code == 400, query
        assert response.get_json()["error"]["code"] == "bad_request"


def test_explain_mode_adds_the_hidden_entries(client: FlaskClient) -> None:
    log_in(client, "mikael")
    plain = client.get("/api/v1/subjects/mikael/entries?set=anteckningar").get_json()
    assert "hidden" not in plain
    client.post("/demo/forklaring", data={"tillbaka": "/"})
    explained = client.get("/api/v1/subjects/mikael/entries?set=anteckningar").get_json()
    hidden = explained["hidden"]
    assert hidden and all(h["hidden_because"] == "unsigned_note" for h in hidden)
    assert "details" not in hidden[0]  # the content stays hidden, only the reason shows
    assert client.get(f"/api/v1/subjects/mikael/entries/{hidden[0]['id']}").status_code == 404


def test_me_reports_the_session_state(client: FlaskClient) -> None:
    log_in(client, "anna")
    client.post("/demo/datum", data={"atgard": "plus14"})
    me = client.get("/api/v1/me").get_json()
    assert me["person"]["id"] == "anna"
    assert (me["demo_today"], me["server_demo_today"]) == ("2026-12-10", "2026-11-26")


def test_regions_endpoint_carries_the_policies(client: FlaskClient) -> None:
    regions = {r["id"]: r for r in client.get("/api/v1/regions").get_json()["regions"]}
    assert len(regions) == 21
    assert regions["norrbotten"]["policy"]["results_shown"] is False
    assert regions["skane"]["policy"]["unit_kind_note_delays"] == {"psykiatri_sluten": 28}


# --- The contract: the live API against its OpenAPI document ----------------------------

schema = schemathesis.openapi.from_dict(openapi_document())


@pytest.fixture(scope="module")
def contract_app(database_url: str) -> Flask:
    from demo import create_app

    return create_app({"TESTING": True, "DATABASE_URL": database_url})


@pytest.fixture(scope="module")
def session_cookie(contract_app: Flask) -> str:
    client = contract_app.test_client()
    token = client.get("/api/v1/csrf-token").get_json()["csrf_token"]
    assert client.post("/logga-in/bankid/karin", data={"csrf_token": token}).status_code == 302
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_live_api_keeps_its_contract(
    case: Any, contract_app: Flask, session_cookie: str
) -> None:
    for cookie in (None, session_cookie):
        headers = {"Cookie": f"session={cookie}"} if cookie else {}
        response = case.call(app=contract_app, headers=headers)
        assert response.status_code < 500
        case.validate_response(response)
