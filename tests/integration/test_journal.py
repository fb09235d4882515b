"""The journal pages through the Flask test client: every page and every refusal."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient

from demo.presenters.information_sets import INFORMATION_SETS
from tests.support import ANNAS_SETS, log_in, overview_counts


def entry_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-testid="entry"[^>]*data-entry-id="(\d+)"', html)]


def test_start_page_explains_the_demo(client: FlaskClient) -> None:
    html = client.get("/").get_data(as_text=True)
    assert "DEMO – fiktiva uppgifter" in html
    assert 'lang="sv"' in html
    assert "Logga in" in html


def test_every_page_carries_the_demo_banner(client: FlaskClient) -> None:
    log_in(client, "anna")
    for path in (
        "/",
        "/logga-in",
        "/logga-in/bankid",
        "/journal/anna/",
        "/journal/anna/diagnoser/",
    ):
        assert "DEMO – fiktiva uppgifter" in client.get(path).get_data(as_text=True), path


def test_healthz(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert (body["status"], body["demo_today"], body["world"]["seed"]) == ("ok", "2026-11-26", 1)
    assert len(body["world"]["fingerprint"]) == 16


def test_picker_lists_every_persona_with_personnummer(client: FlaskClient) -> None:
    html = client.get("/logga-in/bankid").get_data(as_text=True)
    for persona in (
        "anna",
        "karin",
        "johan",
        "ella",
        "liam",
        "maja",
        "teo",
        "sara",
        "fatima",
        "noah",
        "elin",
        "alva",
        "peter",
        "mikael",
        "lars",
        "hassan",
        "sofia",
        "gunnar",
        "eva",
        "tomasz",
    ):
        assert f'data-testid="persona-{persona}"' in html
    assert 'data-testid="persona-yara"' not in html  # a family member, not in the cast
    assert "19810323-2388" in html


def test_unknown_e_id_method_is_404(client: FlaskClient) -> None:
    assert client.get("/logga-in/passkey").status_code == 404


def test_journal_needs_login(client: FlaskClient) -> None:
    response = client.get("/journal/anna/")
    assert response.status_code == 302
    assert "/logga-in" in response.headers["Location"]


def test_login_and_logout(client: FlaskClient) -> None:
    log_in(client, "anna")
    assert client.get("/journal/").headers["Location"].endswith("/journal/anna/")
    html = client.get("/journal/anna/").get_data(as_text=True)
    assert "Inloggad som" in html and "Anna Lindqvist" in html
    response = client.post("/logga-ut")
    assert response.status_code == 302
    assert client.get("/journal/anna/").status_code == 302


def test_logging_in_as_an_unknown_person_is_404(client: FlaskClient) -> None:
    assert client.post("/logga-in/bankid/nobody").status_code == 404
    assert client.post("/logga-in/bankid/yara").status_code == 404  # not a persona


def test_login_is_a_post(client: FlaskClient) -> None:
    assert client.get("/logga-in/bankid/anna").status_code == 405


def test_samordningsnummer_cannot_log_in(client: FlaskClient) -> None:
    response = client.post("/logga-in/bankid/tomasz")
    assert response.status_code == 403
    html = response.get_data(as_text=True)
    assert 'data-testid="no-access"' in html and 'data-reason="no_personnummer"' in html
    assert client.get("/journal/tomasz/").status_code == 302  # still not logged in


def test_overview_counts_every_set_and_links_to_lists(client: FlaskClient) -> None:
    log_in(client, "anna")
    html = client.get("/journal/anna/").get_data(as_text=True)
    for info_set in INFORMATION_SETS:
        assert f'data-testid="count-{info_set.key}"' in html
    for key in ANNAS_SETS:
        assert f'data-testid="set-{key}"' in html, key


def test_overview_counts_equal_the_lists(client: FlaskClient) -> None:
    log_in(client, "anna")
    html = client.get("/journal/anna/").get_data(as_text=True)
    for key, count in overview_counts(html).items():
        seen = 0
        page = 1
        while True:
            response = client.get(f"/journal/anna/{key}/?sida={page}")
            if response.status_code == 404:
                break
            seen += len(entry_ids(response.get_data(as_text=True)))
            page += 1
        assert seen == count, key


def test_list_is_newest_first_and_entries_open(client: FlaskClient) -> None:
    log_in(client, "anna")
    html = client.get("/journal/anna/anteckningar/").get_data(as_text=True)
    times = re.findall(r'entry__meta"><time datetime="([^"]+)"', html)
    assert times == sorted(times, reverse=True) and len(times) > 3
    first = entry_ids(html)[0]
    detail = client.get(f"/journal/anna/anteckningar/{first}")
    assert detail.status_code == 200
    assert 'data-entry-kind="anteckningar"' in detail.get_data(as_text=True)


def test_entry_under_the_wrong_set_is_404(client: FlaskClient) -> None:
    log_in(client, "anna")
    first = entry_ids(client.get("/journal/anna/anteckningar/").get_data(as_text=True))[0]
    assert client.get(f"/journal/anna/diagnoser/{first}").status_code == 404


def test_voided_and_unapproved_entries_are_never_shown(client: FlaskClient, app: Flask) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from demo.store.models import Entry

    with Session(app.extensions["db_engine"]) as session:
        hidden = session.scalars(
            select(Entry.id).where(
                Entry.subject_id == "anna",
                (Entry.voided.is_(True)) | (Entry.approved_for_patient.is_(False)),
            )
        ).all()
    assert len(hidden) == 2
    log_in(client, "anna")
    listed: list[int] = []
    page = 1
    while (response := client.get(f"/journal/anna/anteckningar/?sida={page}")).status_code == 200:
        listed += entry_ids(response.get_data(as_text=True))
        page += 1
    for entry_id in hidden:
        assert entry_id not in listed
        assert client.get(f"/journal/anna/anteckningar/{entry_id}").status_code == 404


def test_guardian_sees_young_children_not_the_14_year_old(client: FlaskClient) -> None:
    log_in(client, "karin")
    html = client.get("/journal/karin/").get_data(as_text=True)
    assert 'data-testid="subject-ella"' in html and 'data-testid="subject-liam"' in html
    assert 'data-testid="subject-maja"' not in html
    assert 'data-testid="child-unavailable-maja"' in html
    assert "24 maj 2028" in html  # Maja's 16th birthday
    child = client.get("/journal/liam/").get_data(as_text=True)
    assert "Du agerar för Liam Berg" in child
    assert 'data-testid="count-vaccinationer"' in child
    refused = client.get("/journal/maja/")
    assert refused.status_code == 403
    assert 'data-reason="child_13_to_15"' in refused.get_data(as_text=True)


def test_blocked_guardian_does_not_see_the_child(client: FlaskClient) -> None:
    log_in(client, "johan")
    html = client.get("/journal/johan/").get_data(as_text=True)
    assert 'data-testid="subject-ella"' in html
    assert "liam" not in html.lower()
    assert client.get("/journal/liam/").status_code == 404
    assert client.get("/journal/liam/vaccinationer/").status_code == 404


def test_protected_child_is_shown_to_no_guardian(client: FlaskClient) -> None:
    log_in(client, "fatima")
    html = client.get("/journal/fatima/").get_data(as_text=True)
    assert 'data-testid="subject-yara"' in html
    assert "Noah" not in html
    assert client.get("/journal/noah/").status_code == 404


def test_extended_access_shows_one_unit_only(client: FlaskClient, app: Flask) -> None:
    from sqlalchemy.orm import Session

    from demo.store.models import Guardianship

    with Session(app.extensions["db_engine"]) as session:
        guardianship = session.get(Guardianship, ("peter", "elin"))
        assert guardianship is not None
        unit_id = guardianship.extended_access_unit_id
    log_in(client, "peter")
    html = client.get("/journal/elin/").get_data(as_text=True)
    assert 'data-testid="limited-access"' in html
    notes = client.get("/journal/elin/anteckningar/").get_data(as_text=True)
    assert entry_ids(notes)
    assert set(re.findall(r'<option value="(\d+)"', notes)) == {str(unit_id)}
    assert "Inga uppgifter" in client.get("/journal/elin/").get_data(as_text=True)


def test_early_own_access_shows_one_unit_only(client: FlaskClient, app: Flask) -> None:
    from sqlalchemy.orm import Session

    from demo.store.models import Person

    with Session(app.extensions["db_engine"]) as session:
        alva = session.get(Person, "alva")
        assert alva is not None and alva.early_access_unit_id is not None
        unit_id = alva.early_access_unit_id
    log_in(client, "alva")
    html = client.get("/journal/alva/").get_data(as_text=True)
    assert 'data-testid="limited-access"' in html and "tidig åtkomst" in html
    notes = client.get("/journal/alva/anteckningar/").get_data(as_text=True)
    assert entry_ids(notes)
    assert set(re.findall(r'<option value="(\d+)"', notes)) == {str(unit_id)}
    assert "Inga uppgifter" in html  # her childhood's vaccinations are not shown


def test_a_14_year_old_is_told_from_when(client: FlaskClient) -> None:
    log_in(client, "maja")
    response = client.get("/journal/maja/")
    assert response.status_code == 403
    html = response.get_data(as_text=True)
    assert 'data-testid="no-access"' in html and "24 maj 2028" in html


def test_sealed_account_is_refused(client: FlaskClient) -> None:
    log_in(client, "eva")
    response = client.get("/journal/eva/")
    assert response.status_code == 403
    assert 'data-reason="account_sealed"' in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("today", "ella_allowed"),
    [(date(2026, 11, 30), True), (date(2026, 12, 1), False)],
    ids=["day-before-13th-birthday", "13th-birthday"],
)
def test_guardian_access_ends_on_the_13th_birthday(
    make_app: Callable[..., Flask], today: date, ella_allowed: bool
) -> None:
    with make_app(today).test_client() as client:
        log_in(client, "karin")
        html = client.get("/journal/karin/").get_data(as_text=True)
        assert ('data-testid="subject-ella"' in html) is ella_allowed
        assert client.get("/journal/ella/").status_code == (200 if ella_allowed else 403)


@pytest.mark.parametrize(
    ("today", "status"),
    [(date(2026, 12, 2), 403), (date(2026, 12, 3), 200)],
    ids=["day-before-16th-birthday", "16th-birthday"],
)
def test_own_access_begins_on_the_16th_birthday(
    make_app: Callable[..., Flask], today: date, status: int
) -> None:
    with make_app(today).test_client() as client:
        log_in(client, "teo")
        assert client.get("/journal/teo/").status_code == status


def test_url_tampering_never_reaches_another_record(client: FlaskClient) -> None:
    log_in(client, "anna")
    for other in ("karin", "ella", "liam", "gunnar", "noah", "yara", "nobody"):
        assert client.get(f"/journal/{other}/").status_code == 404, other
        assert client.get(f"/journal/{other}/anteckningar/").status_code == 404, other
    log_in(client, "gunnar")
    gunnar_entry = entry_ids(client.get("/journal/gunnar/anteckningar/").get_data(as_text=True))[0]
    log_in(client, "anna")
    assert client.get(f"/journal/anna/anteckningar/{gunnar_entry}").status_code == 404
    assert client.get(f"/journal/gunnar/anteckningar/{gunnar_entry}").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "sida=0",
        "sida=abc",
        "sida=-1",
        "sida=99999999999",
    ],
)
def test_bad_list_parameters_are_400_in_swedish(client: FlaskClient, query: str) -> None:
    log_in(client, "anna")
    response = client.get(f"/journal/anna/anteckningar/?{query}")
    assert response.status_code == 400
    assert "Felaktig förfrågan" in response.get_data(as_text=True)


@pytest.mark.parametrize("query", ["fran=2026-13-01", "till=igår", "enhet=x"])
def test_bad_filters_are_400_beside_the_form_in_swedish(client: FlaskClient, query: str) -> None:
    log_in(client, "anna")
    response = client.get(f"/journal/anna/anteckningar/?{query}")
    assert response.status_code == 400
    assert "Filtret kan inte användas:" in response.get_data(as_text=True)


def test_unknown_set_and_page_past_the_end_are_404(client: FlaskClient) -> None:
    log_in(client, "anna")
    assert client.get("/journal/anna/hemligt/").status_code == 404
    assert client.get("/journal/anna/anteckningar/0").status_code == 404
    assert client.get(f"/journal/anna/anteckningar/{2**64}").status_code == 404
    assert client.get("/journal/%00/").status_code == 404
    assert client.get("/journal/anna/anteckningar/?sida=500").status_code == 404


def test_filter_by_unit_and_period(client: FlaskClient) -> None:
    log_in(client, "gunnar")
    html = client.get("/journal/gunnar/provsvar/").get_data(as_text=True)
    unit = re.findall(r'<option value="(\d+)"', html)[0]
    filtered = client.get(f"/journal/gunnar/provsvar/?enhet={unit}").get_data(as_text=True)
    assert entry_ids(filtered)
    period = client.get("/journal/gunnar/provsvar/?fran=2025-01-01&till=2025-12-31")
    dates = re.findall(r'entry__meta"><time datetime="(\d{4})', period.get_data(as_text=True))
    assert dates and set(dates) == {"2025"}


def test_long_record_is_paginated(client: FlaskClient) -> None:
    log_in(client, "gunnar")
    first = client.get("/journal/gunnar/provsvar/").get_data(as_text=True)
    second = client.get("/journal/gunnar/provsvar/?sida=2").get_data(as_text=True)
    assert len(entry_ids(first)) == 20
    assert 'data-testid="next-page"' in first
    assert not set(entry_ids(first)) & set(entry_ids(second))


def test_forms_without_a_csrf_token_are_refused(make_app: Callable[..., Flask]) -> None:
    with make_app(WTF_CSRF_ENABLED=True).test_client() as client:
        response = client.post("/logga-in/bankid/anna")
        assert response.status_code == 400
        assert "Sidan har gått ut" in response.get_data(as_text=True)
        assert client.get("/journal/anna/").status_code == 302  # not logged in
