"""Every state change as JSON, beside the forms and the same change: CSRF as a tester
expects it, JSON errors that name the parameter in the visitor's language, no caching,
the personnummer and `until` as the pages show them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from demo.clock import DEFAULT_DEMO_DATE


@pytest.fixture
def guarded(make_app: Callable[..., Flask]) -> Iterator[FlaskClient]:
    """A client of an app with CSRF protection on, as a deployed demo has it."""
    with make_app(WTF_CSRF_ENABLED=True).test_client() as client:
        yield client


class ApiClient:
    """A tester's JSON client: one token from GET /api/v1/csrf-token for every POST."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client
        self.token = client.get("/api/v1/csrf-token").get_json()["csrf_token"]

    def post(self, path: str, body: object = None, **headers: str) -> TestResponse:
        return self.client.post(
            f"/api/v1/{path}", json=body, headers={"X-CSRF-Token": self.token, **headers}
        )


def ok(response: TestResponse) -> dict[str, Any]:
    assert response.status_code == 200, (response.status_code, response.get_data(as_text=True))
    assert response.is_json
    body: dict[str, Any] = response.get_json()
    return body


def error(response: TestResponse, status: int) -> dict[str, Any]:
    assert response.status_code == status, (response.status_code, response.get_data(as_text=True))
    assert response.is_json
    body: dict[str, Any] = response.get_json()
    assert body["status"] == status and isinstance(body["message"], str) and body["message"]
    return body


# --- CSRF as a tester expects it ------------------------------------------------------------


def test_one_token_serves_a_whole_visit_across_the_login_rotation(guarded: FlaskClient) -> None:
    """The token fetched before logging in keeps working after the session rotates, for
    JSON and for the forms alike (the issue's "Sidan har gått ut" on the next POST)."""
    tester = ApiClient(guarded)
    assert ok(tester.post("login", {"persona": "karin"}))["login_question"] is True
    assert ok(tester.post("login-question", {"hide_recent": True})) == {
        "hide_recent": True,
        "regional": [],
    }
    assert ok(tester.post("clock", {"action": "plus1"}))["demo_today"] == "2026-11-27"
    assert ok(tester.post("explain", {"explain": True})) == {"explain": True}
    form = guarded.post("/demo/datum", data={"atgard": "plus1", "csrf_token": tester.token})
    assert form.status_code == 302
    assert ok(tester.post("logout")) == {"logged_in": False}
    assert ok(tester.post("login", {"persona": "anna", "method": "freja"}))["person"]["id"] == (
        "anna"
    )
    login_form = guarded.post("/logga-in/bankid/gunnar", data={"csrf_token": tester.token})
    assert login_form.status_code == 302
    assert ok(tester.post("reset"))["logged_in"] is False
    assert ok(tester.post("explain", {"explain": False})) == {"explain": False}


def test_a_post_without_the_token_is_refused_in_json(guarded: FlaskClient) -> None:
    for path, body in (("login", {"persona": "anna"}), ("clock", {"action": "reset"})):
        refused = error(guarded.post(f"/api/v1/{path}", json=body), 400)
        assert (refused["error"], refused["parameter"]) == ("csrf_failed", "X-CSRF-Token")
        forged = guarded.post(f"/api/v1/{path}", json=body, headers={"X-CSRF-Token": "x"})
        assert error(forged, 400)["error"] == "csrf_failed"
    assert guarded.get("/api/v1/me").status_code == 401  # nothing happened


def test_the_forms_stay_protected_and_answer_html(guarded: FlaskClient) -> None:
    for path, form in (
        ("/logga-in/bankid/anna", {}),
        ("/demo/datum", {"atgard": "plus1"}),
        ("/demo/forklaring", {}),
    ):
        response = guarded.post(path, data=form)
        assert response.status_code == 400 and response.mimetype == "text/html", path
        assert "Sidan har gått ut" in response.get_data(as_text=True)


def test_another_cookies_token_is_refused(guarded: FlaskClient, app: Flask) -> None:
    """The token belongs to its cookie: one fetched by another visitor does not work."""
    other = ApiClient(app.test_client())  # an app without CSRF only hands out a token
    response = guarded.post(
        "/api/v1/login", json={"persona": "anna"}, headers={"X-CSRF-Token": other.token}
    )
    assert error(response, 400)["error"] == "csrf_failed"


# --- The changes, as the forms make them -----------------------------------------------------


def test_logging_in_as_json_is_logging_in(client: FlaskClient) -> None:
    tester = ApiClient(client)
    body = ok(tester.post("login", {"persona": "karin"}))
    assert body["person"] == ok(client.get("/api/v1/me"))["person"]
    assert body["login_question"] is True
    assert client.get("/journal/karin/").status_code == 200
    assert client.get("/journal/liam/").status_code == 200
    # Eva's account is sealed: she logs in, but there is nothing to hide, so no question.
    assert ok(tester.post("login", {"persona": "eva"}))["login_question"] is False


def test_login_refusals_and_unknown_names(client: FlaskClient) -> None:
    tester = ApiClient(client)
    refused = error(tester.post("login", {"persona": "tomasz"}), 403)
    assert (refused["error"], refused["parameter"]) == ("no_personnummer", "persona")
    for body, parameter in (
        ({"persona": "nobody"}, "persona"),
        ({"persona": "yara"}, "persona"),  # not in the cast
        ({"persona": "anna", "method": "sms"}, "method"),
    ):
        missing = error(tester.post("login", body), 404)
        assert (missing["error"], missing["parameter"]) == ("not_found", parameter), body
    assert client.get("/api/v1/me").status_code == 401


@pytest.mark.parametrize(
    ("path", "body", "parameter"),
    [
        ("login", {}, "persona"),
        ("login", {"persona": 7}, "persona"),
        ("login", {"persona": "anna", "password": "x"}, "password"),
        ("login", ["anna"], "body"),
        ("login-question", {"hide_recent": "ja"}, "hide_recent"),
        ("login-question", {}, "hide_recent"),
        ("choices", {"regional": "delay_all"}, "regional"),
        ("choices", {"regional": ["delay_all", "show_everything"]}, "regional"),
        ("choices", {"regional": [1]}, "regional"),
        ("choices", {"hide_recent": None}, "hide_recent"),
        ("clock", {"action": "tomorrow"}, "action"),
        ("clock", {"action": "set"}, "date"),
        ("clock", {"action": "set", "date": "2026-02-30"}, "date"),
        ("clock", {"action": "set", "date": "26/11/2026"}, "date"),
        ("clock", {"action": "set", "date": "1900-01-01"}, "date"),
        ("clock", {"action": "plus1", "date": "2026-12-01"}, "date"),
        ("clock", {"action": "next_change"}, "action"),  # Gunnar: nothing changes ahead
        ("explain", {"explain": 1}, "explain"),
        ("explain", {}, "explain"),
    ],
)
def test_bad_bodies_answer_400_naming_the_field(
    client: FlaskClient, path: str, body: object, parameter: str
) -> None:
    tester = ApiClient(client)
    ok(tester.post("login", {"persona": "gunnar"}))
    before = ok(client.get("/api/v1/me"))
    answer = error(tester.post(path, body), 400)
    assert (answer["error"], answer["parameter"]) == ("bad_request", parameter)
    assert ok(client.get("/api/v1/me")) == before  # nothing changed


def test_a_body_that_is_not_json_is_named(client: FlaskClient) -> None:
    tester = ApiClient(client)
    response = client.post(
        "/api/v1/login",
        data="persona=anna",
        content_type="application/x-www-form-urlencoded",
        headers={"X-CSRF-Token": tester.token},
    )
    assert error(response, 400)["parameter"] == "body"


def test_choices_need_a_login_and_keep_what_is_left_out(client: FlaskClient) -> None:
    tester = ApiClient(client)
    assert error(tester.post("choices", {"hide_recent": True}), 401)["error"] == "not_logged_in"
    assert error(tester.post("login-question", {"hide_recent": True}), 401)
    ok(tester.post("login", {"persona": "lars"}))
    assert ok(tester.post("choices", {"regional": ["delay_all"]})) == {
        "hide_recent": False,
        "regional": ["delay_all"],
    }
    assert ok(tester.post("choices", {"hide_recent": True})) == {
        "hide_recent": True,
        "regional": ["delay_all"],
    }
    assert ok(client.get("/api/v1/me"))["choices"] == {
        "hide_recent": True,
        "regional": ["delay_all"],
    }
    # The settings form makes the same change.
    client.post("/installningar", data={"dolj_nya": "nej", "regionalt_val": "show_unsigned_notes"})
    assert ok(client.get("/api/v1/me"))["choices"] == {
        "hide_recent": False,
        "regional": ["show_unsigned_notes"],
    }


def test_the_14_day_answer_hides_what_the_form_hides(client: FlaskClient) -> None:
    tester = ApiClient(client)
    ok(tester.post("login", {"persona": "mikael"}))
    shown = ok(client.get("/api/v1/subjects/mikael"))["counts"]
    ok(tester.post("login-question", {"hide_recent": True}))
    by_json = ok(client.get("/api/v1/subjects/mikael"))["counts"]
    client.post("/journal/val", data={"dolj_nya": "nej"})
    assert ok(client.get("/api/v1/subjects/mikael"))["counts"] == shown
    client.post("/journal/val", data={"dolj_nya": "ja"})
    assert ok(client.get("/api/v1/subjects/mikael"))["counts"] == by_json != shown


def test_the_clock_as_json_says_what_the_form_says(client: FlaskClient) -> None:
    tester = ApiClient(client)
    ok(tester.post("login", {"persona": "karin"}))
    ok(tester.post("clock", {"action": "set", "date": "2026-11-30"}))
    moved = ok(tester.post("clock", {"action": "next_change"}))
    assert (moved["previous_demo_today"], moved["demo_today"]) == ("2026-11-30", "2026-12-01")
    assert moved["moved"] is True and moved["server_demo_today"] == "2026-11-26"
    (change,) = moved["changes"]
    assert change["subject_id"] == "ella"
    assert change["before"]["reason"] == "guardian_child_under_13"
    assert change["after"]["reason"] == "child_13_to_15"
    assert moved["message"] == f"Demodatum: 1 december 2026. {change['message']}"
    # The form, from the same day, flashes the same words on the next page.
    ok(tester.post("clock", {"action": "set", "date": "2026-11-30"}))
    client.post("/demo/datum", data={"atgard": "fodelsedag", "tillbaka": "/journal/karin/"})
    page = client.get("/journal/karin/").get_data(as_text=True)
    assert change["message"] in page.replace("&#39;", "'")
    reset = ok(tester.post("clock", {"action": "reset"}))
    assert (reset["demo_today"], reset["moved"]) == ("2026-11-26", False)
    assert ok(tester.post("clock", {"action": "plus14"}))["demo_today"] == "2026-12-10"


def test_explain_mode_as_json_is_the_toggle(client: FlaskClient) -> None:
    tester = ApiClient(client)
    ok(tester.post("login", {"persona": "mikael"}))
    path = "/api/v1/subjects/mikael/entries?set=anteckningar"
    assert "hidden" not in ok(client.get(path))
    assert ok(tester.post("explain", {"explain": True})) == {"explain": True}
    assert ok(tester.post("explain", {"explain": True})) == {"explain": True}  # idempotent
    assert ok(client.get(path))["hidden"]
    client.post("/demo/forklaring", data={"tillbaka": "/"})  # the form toggles it off
    assert ok(client.get("/api/v1/me"))["explain"] is False


def test_a_scenario_as_json_sets_up_what_the_link_does(client: FlaskClient) -> None:
    tester = ApiClient(client)
    started = ok(tester.post("scenarios/ella-fyller-13"))
    assert started["scenario"] == "ella-fyller-13"
    assert started["me"]["person"]["id"] == "karin"
    assert started["me"]["demo_today"] == "2026-11-30"
    assert client.get(started["path"]).status_code == 200
    assert error(tester.post("scenarios/no-such-scenario"), 404)["parameter"] == "scenario_id"


def test_logging_out_and_the_reset_end_the_visit(client: FlaskClient) -> None:
    tester = ApiClient(client)
    ok(tester.post("login", {"persona": "anna"}))
    ok(tester.post("clock", {"action": "plus14"}))
    assert ok(tester.post("logout")) == {"logged_in": False}
    assert client.get("/api/v1/me").status_code == 401
    assert ok(tester.post("logout")) == {"logged_in": False}  # and again: nothing to do
    ok(tester.post("login", {"persona": "anna"}))
    ok(tester.post("clock", {"action": "plus14"}))
    assert ok(tester.post("reset")) == {"logged_in": False, "demo_today": "2026-11-26"}
    assert ok(client.get("/api/v1/personas"))["demo_today"] == "2026-11-26"


# --- Errors in the visitor's language, naming the parameter ------------------------------


def test_errors_follow_accept_language_then_the_chosen_language(client: FlaskClient) -> None:
    path = "/api/v1/subjects/gunnar/entries?set=nonsense"
    assert error(client.get("/api/v1/me"), 401)["message"] == "Logga in för att läsa journalen."
    english = error(client.get("/api/v1/me", headers={"Accept-Language": "en-GB,en;q=0.8"}), 401)
    assert english["message"] == "Log in to read the health record."
    ApiClient(client).post("login", {"persona": "gunnar"})
    assert error(client.get(path), 400)["message"] == "Okänd informationsmängd: nonsense."
    assert error(client.get(path, headers={"Accept-Language": "en"}), 400)["message"] == (
        "Unknown information set: nonsense."
    )
    client.post("/sprak", data={"lang": "en", "tillbaka": "/"})  # the pages' language switch
    assert error(client.get(path), 400)["message"] == "Unknown information set: nonsense."
    assert error(client.get(path + "&lang=sv"), 400)["message"] == (
        "Okänd informationsmängd: nonsense."
    )
    # The pages themselves stay Swedish whatever the browser asks, until the visitor chooses.
    fresh = client.application.test_client()
    page = fresh.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert 'lang="sv"' in page


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("set=nonsense", "set"),
        ("sida=0", "sida"),
        ("fran=2025-13-01", "fran"),
        ("enhet=abc", "enhet"),
    ],
)
def test_a_bad_query_parameter_is_named(client: FlaskClient, query: str, parameter: str) -> None:
    ApiClient(client).post("login", {"persona": "gunnar"})
    body = error(client.get(f"/api/v1/subjects/gunnar/entries?{query}"), 400)
    assert (body["error"], body["parameter"]) == ("bad_request", parameter)


def test_an_unknown_api_path_and_method_answer_json(client: FlaskClient) -> None:
    assert error(client.get("/api/v1/nothing-here"), 404)["error"] == "not_found"
    assert error(client.get("/api/v1/login"), 405)["error"] == "method_not_allowed"


# --- Caching, the personnummer, `until` ------------------------------------------------------


def test_every_api_answer_is_no_store(client: FlaskClient) -> None:
    tester = ApiClient(client)
    answers = [
        client.get("/api/v1/personas"),
        client.get("/api/v1/openapi.json"),
        client.get("/api/v1/csrf-token"),
        client.get("/api/v1/me"),  # an error too
        client.get("/api/v1/expectations?date=2026-12-01"),
        tester.post("login", {"persona": "anna"}),
        client.get("/api/v1/subjects/anna/entries"),
        tester.post("clock", {"action": "nonsense"}),
    ]
    for response in answers:
        assert response.headers["Cache-Control"] == "no-store", response.request.path


def test_the_personnummer_is_shown_as_the_pages_show_it(client: FlaskClient) -> None:
    personas = {p["id"]: p for p in ok(client.get("/api/v1/personas"))["personas"]}
    karin = personas["karin"]
    assert (karin["personnummer"], karin["personnummer_compact"]) == (
        "19830624-2382",
        "198306242382",
    )
    assert personas["tomasz"]["identity_kind"] == "samordningsnummer"
    ApiClient(client).post("login", {"persona": "karin"})
    for subject in ok(client.get("/api/v1/subjects"))["subjects"]:
        person = subject["person"]
        if not subject["access"]["allowed"]:
            continue
        page = client.get(f"/journal/{person['id']}/anteckningar/?utskrift=1").get_data(
            as_text=True
        )
        printed = re.search(r'data-testid="print-personnummer">([^<]+)<', page)
        assert printed is not None, person["id"]
        assert printed.group(1) == person["personnummer"], person["id"]
        assert person["personnummer_compact"] == person["personnummer"].replace("-", "")


def test_until_is_the_first_day_without_access_and_last_day_the_pages_day(
    client: FlaskClient,
) -> None:
    """Ella turns 13 on 1 December 2026: Karin reads her journal up to and including
    30 November ("till och med 30 november 2026"), and `until` is the 1st."""
    ApiClient(client).post("login", {"persona": "karin"})
    ella = next(
        s for s in ok(client.get("/api/v1/subjects"))["subjects"] if s["person"]["id"] == "ella"
    )
    assert (ella["access"]["until"], ella["access"]["last_day"]) == ("2026-12-01", "2026-11-30")
    page = client.get("/journal/ella/").get_data(as_text=True)
    assert "till och med 30 november 2026" in page
    assert DEFAULT_DEMO_DATE.isoformat() == "2026-11-26"
