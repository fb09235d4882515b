"""JSON API v1: the same answers as the pages, and the OpenAPI document it is held to."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance

from demo.presenters.openapi import openapi_document
from tests.support import log_in


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


def undescribed(node: Any, where: str) -> Iterator[str]:
    """Where in the document a field, a parameter, a body or an answer has no description."""
    if isinstance(node, dict):
        for name, schema in node.get("properties", {}).items():
            if "description" not in schema:
                yield f"{where}.properties.{name}"
        parameters = node.get("parameters")
        for parameter in parameters if isinstance(parameters, list) else []:
            if "description" not in parameter:
                yield f"{where}.parameters.{parameter['name']}"
        body = node.get("requestBody")
        if "responses" in node and body is not None and "description" not in body:
            yield f"{where}.requestBody"  # (an operation's body, not a link's)
        for status, response in node.get("responses", {}).items():
            if "description" not in response:
                yield f"{where}.responses.{status}"
        for key, value in node.items():
            yield from undescribed(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from undescribed(value, f"{where}[{index}]")


def test_every_field_parameter_body_and_answer_is_described() -> None:
    document = openapi_document()
    assert not list(undescribed(document, "#")), list(undescribed(document, "#"))
    for name, schema in document["components"]["schemas"].items():
        assert "description" in schema, name
    decision = document["components"]["schemas"]["Decision"]["properties"]
    assert "first day without access" in decision["until"]["description"]
    assert "till och med" in decision["last_day"]["description"]
    # The check reads what it should: a field without a description is found.
    assert list(undescribed({"properties": {"x": {"type": "string"}}}, "#")) == ["#.properties.x"]


def test_every_post_is_described_with_its_csrf_token(app: Flask) -> None:
    paths = openapi_document()["paths"]
    posts = [path for path, item in paths.items() if "post" in item]
    assert len(posts) >= 8
    for path in posts:
        security = paths[path]["post"]["security"]
        assert all("csrf" in requirement for requirement in security), path
    routes = {
        re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("api.") and "POST" in (rule.methods or set())
    }
    assert routes == set(posts)


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
        assert response.get_json()["error"] == "not_logged_in"


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
        "last_day": None,
    }
    assert subjects["ella"]["access"]["until"] == "2026-12-01"
    refused = client.get("/api/v1/subjects/maja/entries")
    assert refused.status_code == 403
    assert refused.get_json()["error"] == "child_13_to_15"
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
        assert response.get_json()["error"] == "bad_request"


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
    assert regions["norrbotten"]["policy"]["results_not_shown"] == ["lab", "microbiology"]
    assert regions["skane"]["policy"]["unit_kind_note_delays"] == {"psykiatri_sluten": 28}


# --- The contract: the live API against its OpenAPI document ----------------------------
#
# CSRF stays on: every POST carries the token from GET /api/v1/csrf-token in X-CSRF-Token,
# as TESTING.md tells a tester to.

schema = schemathesis.openapi.from_dict(openapi_document())
# The tests send the session cookie and the CSRF token themselves (both cookies below).
schema.config.generation.update(with_security_parameters=False)
# Probes without credentials: the logged-out cookie below covers them, in-process.
EXCLUDED = [ignored_auth]
# Operations a request valid by the schema can still get a documented 400 from: a period
# that ends before it begins or a unit the list does not have (entries); `set` without a
# date, a date with another action, a day past the clock's range, no next change (clock).
SEMANTIC_400 = {"GET /api/v1/subjects/{subject_id}/entries", "POST /api/v1/clock"}


def checks_skipped(case: Any) -> list[Any]:
    if case.operation.label in SEMANTIC_400:
        return [*EXCLUDED, positive_data_acceptance]
    return EXCLUDED


@pytest.fixture(scope="module")
def contract_app(database_url: str) -> Flask:
    from demo import create_app

    return create_app({"TESTING": True, "DATABASE_URL": database_url})


@pytest.fixture(scope="module")
def sessions(contract_app: Flask) -> dict[str, str]:
    """A token and two session cookies it is valid for: logged out, and Karin logged in."""
    client = contract_app.test_client()
    token = client.get("/api/v1/csrf-token").get_json()["csrf_token"]
    logged_out = client.get_cookie("session")
    response = client.post(
        "/api/v1/login", json={"persona": "karin"}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 200, response.get_json()
    logged_in = client.get_cookie("session")
    assert logged_out is not None and logged_in is not None
    return {"token": token, "logged_out": logged_out.value, "logged_in": logged_in.value}


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_live_api_keeps_its_contract(
    case: Any, contract_app: Flask, sessions: dict[str, str]
) -> None:
    # (Cookies as cookies: Werkzeug's client replaces a Cookie header with its own jar.)
    for cookie in (sessions["logged_out"], sessions["logged_in"]):
        response = case.call(
            app=contract_app,
            cookies={"session": cookie},
            headers={"X-CSRF-Token": sessions["token"]},
        )
        assert response.status_code < 500
        case.validate_response(response, excluded_checks=checks_skipped(case))


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    """Sequences that follow the document's links (log in, then read the person's own
    journal), with one cookie jar and one CSRF token for the whole sequence."""

    app: Flask

    def setup(self) -> None:
        self.client = self.app.test_client()
        self.token = self.client.get("/api/v1/csrf-token").get_json()["csrf_token"]

    def get_call_kwargs(self, case: Any) -> dict[str, Any]:
        return {"app": self.app, "session": self.client, "headers": {"X-CSRF-Token": self.token}}

    def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
        assert response.status_code < 500
        case.validate_response(response, excluded_checks=checks_skipped(case))


def test_linked_sequences_keep_the_contract(contract_app: Flask) -> None:
    Workflow.app = contract_app
    Workflow.run(
        settings=settings(
            max_examples=10,
            stateful_step_count=4,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
