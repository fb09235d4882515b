"""What every persona of the picker sees right after logging in, on 26 November 2026, as
the pages say it (Flask's test client: these are facts of the server's pages).

Each persona has one entry here; a persona without one fails `test_every_persona_has_one`.
The browser walks the login itself (e2e/test_personas.py) for one persona of each kind.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from demo.presenters.information_sets import INFORMATION_SETS
from tests.support import ANNAS_SETS, Element, overview_counts, parse_html

Seen = Callable[[FlaskClient, str], None]


def landing(client: FlaskClient, person_id: str, *, can_read: bool) -> tuple[int, str]:
    """Log in from the picker; answer the 14-day question ("Visa alla uppgifter") where it is
    asked; the status and markup of the page the visitor lands on."""
    response = client.post(f"/logga-in/bankid/{person_id}")
    if response.status_code == 302 and can_read:
        assert response.headers["Location"] == "/journal/val", response.headers["Location"]
        question = parse_html(client.get("/journal/val").get_data(as_text=True))
        assert question.by_tag("h1")[0].text == "Vill du se uppgifter som är nyare än 14 dagar?"
        response = client.post("/journal/val", data={"dolj_nya": "nej"})
    if response.status_code == 302:
        assert not can_read or response.headers["Location"] == f"/journal/{person_id}/"
        response = client.get(response.headers["Location"])
    return response.status_code, response.get_data(as_text=True)


def heading(page: Element) -> str:
    (h1,) = page.by_tag("h1")
    return h1.text


def own_overview(name: str, *non_empty_sets: str) -> Seen:
    """The persona reads their own journal; the sets named have entries; a count for each set."""

    def seen(client: FlaskClient, person_id: str) -> None:
        status, html = landing(client, person_id, can_read=True)
        assert status == 200
        page = parse_html(html)
        assert heading(page) == "Din journal"
        assert page.one("logged-in-as").text == name
        assert page.by_test_id("acting-for") == []
        counts = overview_counts(html)
        assert set(counts) == {info_set.key for info_set in INFORMATION_SETS}
        for set_key in non_empty_sets:
            assert counts[set_key] > 0, set_key

    return seen


def refused_own_journal(name: str, sixteenth_birthday: str) -> Seen:
    """Under 16: logged in, but the own journal is refused until the 16th birthday. With
    nothing to read, there is no 14-day question: straight to the refusal."""

    def seen(client: FlaskClient, person_id: str) -> None:
        status, html = landing(client, person_id, can_read=False)
        assert status == 403
        page = parse_html(html)
        assert page.one("no-access").attrs["data-reason"] == "own_under_16"
        assert page.one("logged-in-as").text == name
        assert heading(page) == "Du kan inte läsa din journal"
        assert page.one("access-from").text == f"Du får tillgång den {sixteenth_birthday}."

    return seen


def anna(client: FlaskClient, person_id: str) -> None:
    own_overview("Anna Lindqvist", *ANNAS_SETS)(client, person_id)


def karin(client: FlaskClient, person_id: str) -> None:
    own_overview("Karin Berg")(client, person_id)
    page = parse_html(client.get("/journal/karin/").get_data(as_text=True))
    assert len(page.by_test_id("subject-karin")) == 1
    assert page.one("subject-ella").text == "Ella Berg"
    assert page.one("subject-liam").text == "Liam Berg"
    assert page.by_test_id("subject-maja") == []
    unavailable = page.one("child-unavailable-maja").parent
    assert unavailable is not None and "24 maj 2028" in unavailable.text


def johan(client: FlaskClient, person_id: str) -> None:
    own_overview("Johan Berg")(client, person_id)
    html = client.get("/journal/johan/").get_data(as_text=True)
    page = parse_html(html)
    page.one("subject-ella")
    assert page.by_test_id("subject-liam") == []
    assert "Liam" not in page.by_tag("body")[0].text


def fatima(client: FlaskClient, person_id: str) -> None:
    own_overview("Fatima Haddad")(client, person_id)
    page = parse_html(client.get("/journal/fatima/").get_data(as_text=True))
    assert page.one("subject-yara").text == "Yara Haddad"
    assert page.by_test_id("subject-noah") == []
    assert "Noah" not in page.by_tag("body")[0].text


def one_unit_only(client: FlaskClient, subject: str, name: str) -> None:
    """Extended or early access: the overview says only one care unit is shown, and the
    notes' unit filter offers that one unit."""
    page = parse_html(client.get(f"/journal/{subject}/").get_data(as_text=True))
    page.one("limited-access")
    if name:
        assert heading(page) == f"Journal för {name}"
        assert f"Du agerar för {name}" in page.one("acting-for").text
    notes = parse_html(client.get(f"/journal/{subject}/anteckningar/").get_data(as_text=True))
    assert heading(notes).startswith("Anteckningar")
    assert notes.by_test_id("entry"), "no notes shown"
    units = [o for o in notes.labelled("Vårdenhet").by_tag("option") if o.attrs.get("value")]
    assert len(units) == 1, [o.text for o in units]


def peter(client: FlaskClient, person_id: str) -> None:
    own_overview("Peter Johansson")(client, person_id)
    one_unit_only(client, "elin", "Elin Johansson")


def alva(client: FlaskClient, person_id: str) -> None:
    own_overview("Alva Lindgren")(client, person_id)
    one_unit_only(client, "alva", "")


def eva(client: FlaskClient, person_id: str) -> None:
    status, html = landing(client, person_id, can_read=False)
    assert status == 403
    page = parse_html(html)
    assert page.one("no-access").attrs["data-reason"] == "account_sealed"
    assert heading(page) == "Du kan inte läsa din journal"
    assert "förseglat" in page.one("no-access").text


def tomasz(client: FlaskClient, person_id: str) -> None:
    # Refused at the login itself: no 14-day question, nobody logged in.
    status, html = landing(client, person_id, can_read=False)
    assert status == 403
    page = parse_html(html)
    assert page.one("no-access").attrs["data-reason"] == "no_personnummer"
    assert heading(page) == "Tomasz Nowak kan inte logga in"
    assert not [b for b in page.by_tag("button") if b.text == "Logga ut"]
    assert client.get("/api/v1/me").status_code == 401


SEEN: dict[str, Seen] = {
    "anna": anna,
    "karin": karin,
    "johan": johan,
    "ella": refused_own_journal("Ella Berg", "1 december 2029"),
    "liam": refused_own_journal("Liam Berg", "21 april 2038"),
    "noah": refused_own_journal("Noah Haddad", "19 juli 2033"),
    "maja": refused_own_journal("Maja Berg", "24 maj 2028"),
    "teo": refused_own_journal("Teo Nilsson", "3 december 2026"),
    "sara": own_overview("Sara Ahmed"),
    "fatima": fatima,
    "elin": refused_own_journal("Elin Johansson", "24 september 2028"),
    "alva": alva,
    "peter": peter,
    "mikael": own_overview("Mikael Svensson", "anteckningar", "provsvar"),
    "lars": own_overview("Lars Vikström", "anteckningar", "provsvar"),
    "hassan": own_overview("Hassan Ali"),
    "sofia": own_overview("Sofia Lund", "modravard"),
    "gunnar": own_overview("Gunnar Eriksson", "provsvar", "lakemedel", "diagnoser"),
    "eva": eva,
    "tomasz": tomasz,
}


def test_every_persona_has_one(client: FlaskClient) -> None:
    cast = {persona["id"] for persona in client.get("/api/v1/personas").get_json()["personas"]}
    assert cast, "the API lists no personas"
    assert cast == SEEN.keys(), sorted(cast ^ SEEN.keys())


@pytest.mark.parametrize("person_id", SEEN)
def test_what_the_persona_sees_after_logging_in(client: FlaskClient, person_id: str) -> None:
    SEEN[person_id](client, person_id)
