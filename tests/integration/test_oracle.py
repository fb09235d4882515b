"""The oracle (`flask --app demo expectations`), the pages and the API agree.

For every persona, on the demo date and on two other dates (Ella's 13th
birthday, Teo's 16th): what the oracle says each reads, the overview pages'
counts and switcher, and the API's subjects and counts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from demo.cli import expectations_command
from demo.presenters import oracle
from demo.presenters.information_sets import INFORMATION_SETS
from seed.personas import CAST
from tests.support import log_in, overview_counts

DATES = (date(2026, 11, 26), date(2026, 12, 1), date(2026, 12, 3))
PERSONAS = [spec.id for spec in CAST if spec.persona]
SET_KEYS = [info_set.key for info_set in INFORMATION_SETS]


def run_oracle(app: Flask, *args: str) -> dict[str, Any]:
    result = app.test_cli_runner().invoke(expectations_command, list(args))
    assert result.exit_code == 0, result.output
    parsed: dict[str, Any] = json.loads(result.output)
    return parsed


@pytest.fixture(scope="module")
def oracle_cache() -> dict[date, dict[str, Any]]:
    """The CLI's answer per date, computed once per module."""
    return {}


@pytest.fixture
def expected(
    shared_app: Callable[..., Flask],
    oracle_cache: dict[date, dict[str, Any]],
) -> Callable[[date], dict[str, Any]]:
    def for_day(day: date) -> dict[str, Any]:
        if day not in oracle_cache:
            oracle_cache[day] = run_oracle(shared_app(day), "--date", day.isoformat())
        return oracle_cache[day]

    return for_day


def ids_in(html: str, prefix: str) -> set[str]:
    """The <id> of every data-testid="<prefix>-<id>" on the page ("child-" leaves
    out "child-unavailable-")."""
    return set(re.findall(rf'data-testid="{prefix}-((?!unavailable-)[^"]+)"', html))


@pytest.mark.parametrize("day", DATES, ids=str)
@pytest.mark.parametrize("person_id", PERSONAS)
def test_the_oracle_the_pages_and_the_api_agree(
    shared_app: Callable[..., Flask],
    expected: Callable[[date], dict[str, Any]],
    day: date,
    person_id: str,
) -> None:
    oracle_answer = expected(day)
    assert oracle_answer["date"] == day.isoformat()
    persona = next(p for p in oracle_answer["personas"] if p["id"] == person_id)
    with shared_app(day).test_client() as client:
        if not persona["can_log_in"]:
            assert client.post(f"/logga-in/bankid/{person_id}").status_code == 403
            assert not persona["reads_own_journal"] and persona["subjects"] == {}
            return
        log_in(client, person_id)
        client.post("/journal/val", data={"dolj_nya": "nej"})  # the default: hide nothing
        check_api(client, persona)
        check_pages(client, persona)


def check_api(client: FlaskClient, persona: dict[str, Any]) -> None:
    person_id = persona["id"]
    body = client.get("/api/v1/subjects").get_json()
    subjects = {s["person"]["id"]: s for s in body["subjects"]}
    assert subjects[person_id]["is_self"] is True
    assert subjects[person_id]["access"]["allowed"] is persona["reads_own_journal"]
    assert subjects[person_id]["access"]["reason"] == persona["own_journal"]["reason"]
    children = [s for s in body["subjects"] if not s["is_self"]]
    assert [c["person"]["id"] for c in children if c["access"]["allowed"]] == persona["acts_for"]
    assert [
        {"id": c["person"]["id"], "reason": c["access"]["reason"]}
        for c in children
        if not c["access"]["allowed"]
    ] == persona["refused_children"]
    for subject_id, counts in persona["subjects"].items():
        overview = client.get(f"/api/v1/subjects/{subject_id}")
        assert overview.status_code == 200, subject_id
        assert overview.get_json()["counts"] == counts, subject_id
        assert sorted(counts) == sorted(SET_KEYS)
    # Whatever the oracle leaves out, the API does not show.
    for subject_id in subjects.keys() - persona["subjects"].keys():
        assert client.get(f"/api/v1/subjects/{subject_id}").status_code in (403, 404), subject_id


def check_pages(client: FlaskClient, persona: dict[str, Any]) -> None:
    person_id = persona["id"]
    switcher = {person_id, *persona["acts_for"]} if persona["acts_for"] else set()
    for subject_id, counts in persona["subjects"].items():
        response = client.get(f"/journal/{subject_id}/")
        assert response.status_code == 200, subject_id
        html = response.get_data(as_text=True)
        assert overview_counts(html) == counts, subject_id
        assert ids_in(html, "subject") == switcher, subject_id
    own = client.get(f"/journal/{person_id}/")
    if not persona["reads_own_journal"]:
        assert own.status_code == 403
        assert f'data-reason="{persona["own_journal"]["reason"]}"' in own.get_data(as_text=True)
        return
    html = own.get_data(as_text=True)
    assert ids_in(html, "child") == set(persona["acts_for"])
    assert ids_in(html, "child-unavailable") == {c["id"] for c in persona["refused_children"]}


def test_the_oracle_lists_the_picker_in_order(make_app: Callable[..., Flask]) -> None:
    app = make_app()
    answer = run_oracle(app)  # no --date: the server's demo date
    assert answer["date"] == "2026-11-26"
    assert [p["id"] for p in answer["personas"]] == PERSONAS
    with app.test_client() as client:
        api = client.get("/api/v1/personas").get_json()["personas"]
    assert [p["id"] for p in api] == PERSONAS
    assert {p["id"]: p["can_read_own"] for p in api} == {
        p["id"]: p["reads_own_journal"] for p in answer["personas"]
    }
    assert answer["choices"] == {"hide_recent": False, "regional": []}
    assert answer["world"] == {
        "seed": 1,
        "seeded_for": "2026-11-26",
        "fingerprint": app.extensions["world_info"].fingerprint,
    }
    with app.test_client() as client:
        assert (
            client.get("/healthz").get_json()["world"]["fingerprint"]
            == (answer["world"]["fingerprint"])
        )


def test_the_oracle_tells_the_scenarios(expected: Callable[[date], dict[str, Any]]) -> None:
    """Spot checks against the README's table, so the oracle is not merely self-consistent."""

    def persona(day: date, person_id: str) -> dict[str, Any]:
        return next(p for p in expected(day)["personas"] if p["id"] == person_id)

    demo_day, ella_13, teo_16 = DATES
    assert persona(demo_day, "karin")["acts_for"] == ["ella", "liam"]
    assert persona(demo_day, "karin")["refused_children"] == [
        {"id": "maja", "reason": "child_13_to_15"}
    ]
    assert persona(ella_13, "karin")["acts_for"] == ["liam"]
    assert {"id": "ella", "reason": "child_13_to_15"} in persona(ella_13, "karin")[
        "refused_children"
    ]
    assert persona(demo_day, "johan")["acts_for"] == ["ella"]
    # Noah has protected identity: not shown to his guardian at all, not even as refused.
    assert (
        persona(demo_day, "fatima")["acts_for"],
        persona(demo_day, "fatima")["refused_children"],
    ) == (["yara"], [])
    assert persona(ella_13, "teo")["own_journal"] == {
        "allowed": False,
        "reason": "own_under_16",
        "from_date": "2026-12-03",
        "until": None,
        "last_day": None,
        "unit_ids": None,
    }
    assert persona(teo_16, "teo")["reads_own_journal"] is True
    assert set(persona(teo_16, "teo")["subjects"]) == {"teo"}
    tomasz = persona(demo_day, "tomasz")
    assert (tomasz["can_log_in"], tomasz["login_refusal"]) == (False, "no_personnummer")
    assert persona(demo_day, "eva")["own_journal"]["reason"] == "account_sealed"
    # Extended access: one care unit's entries about 14-year-old Elin.
    assert persona(demo_day, "peter")["acts_for"] == ["elin"]
    assert sum(persona(demo_day, "peter")["subjects"]["elin"].values()) > 0
    # A long record (Kalmar shows nothing written before 1 October 2015).
    assert sum(persona(demo_day, "gunnar")["subjects"]["gunnar"].values()) > 300


def test_the_function_and_the_command_agree(make_app: Callable[..., Flask]) -> None:
    app = make_app()
    computed = oracle.expectations(
        app.extensions["world"], app.extensions["world_info"], date(2026, 12, 3)
    )
    assert run_oracle(app, "--date", "2026-12-03") == json.loads(json.dumps(computed))


@pytest.mark.parametrize("bad", ["2026-13-01", "26/11/2026", "tomorrow", ""])
def test_a_bad_date_is_refused_clearly(make_app: Callable[..., Flask], bad: str) -> None:
    result = make_app().test_cli_runner().invoke(expectations_command, ["--date", bad])
    assert result.exit_code != 0
    assert "--date" in result.output and "Traceback" not in result.output
