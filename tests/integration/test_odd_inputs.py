"""Input nobody sends by accident: a JSON body nested past the parser, a body larger than
any of the demo's, odd values in a forged session. Each gets a 4xx or is ignored, never a
500."""

from __future__ import annotations

from flask.testing import FlaskClient

from demo.visitor import OWN_READS, REGIONAL
from tests.support import log_in


def token(client: FlaskClient) -> str:
    value: str = client.get("/api/v1/csrf-token").get_json()["csrf_token"]
    return value


def test_json_nested_past_the_parser_is_a_400_naming_the_body(client: FlaskClient) -> None:
    answer = client.post(
        "/api/v1/clock",
        data="[" * 20_000,  # within the size limit, far past the recursion limit
        content_type="application/json",
        headers={"X-CSRF-Token": token(client)},
    )
    assert answer.status_code == 400
    assert answer.get_json()["parameter"] == "body"


def test_a_body_larger_than_any_of_ours_is_a_413(client: FlaskClient) -> None:
    answer = client.post(
        "/api/v1/clock",
        data='{"action": "' + "x" * 100_000 + '"}',
        content_type="application/json",
    )
    assert answer.status_code == 413
    assert answer.get_json()["error"] == "too_large"
    page = client.post("/demo/datum", data={"atgard": "x" * 100_000})
    assert page.status_code == 413
    assert "För mycket data" in page.get_data(as_text=True)


def test_odd_values_in_a_forged_session_are_ignored(client: FlaskClient) -> None:
    log_in(client, "karin")
    with client.session_transaction() as session:
        session[OWN_READS] = "2026-11-26|karin|anteckningar/²\n2026-11-26|karin|lakemedel/" + (
            "9" * 5000
        )
        session[REGIONAL] = [{}, ["x"], 7, "show_unsigned_notes"]
    for path in ("/journal/karin/vem-har-last", "/journal/karin/anteckningar/", "/installningar"):
        assert client.get(path).status_code == 200, path
