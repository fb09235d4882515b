"""Logging in through the start page, on 26 November 2026: one persona of each kind.

The picker shows the cast of `GET /api/v1/personas`; each journey here walks from the
start page through the picker (and the 14-day question) to what the persona sees. What
every persona sees after logging in is tests/integration/test_personas_after_login.py's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.request import urlopen

import pytest
from playwright.sync_api import expect

from demo.presenters.information_sets import INFORMATION_SETS
from e2e.pages import Journalen
from tests.support import ANNAS_SETS

Journey = Callable[[Journalen], None]


def refused_own_journal(name: str, sixteenth_birthday: str) -> Journey:
    """Under 16: logged in, but the own journal is refused until the 16th birthday.

    With nothing to read, there is no 14-day question: straight to the refusal."""

    def journey(app: Journalen) -> None:
        refusal = app.refusal().expect_loaded("own_under_16")
        expect(app.page.get_by_test_id("logged-in-as")).to_have_text(name)
        expect(refusal.heading).to_have_text("Du kan inte läsa din journal")
        expect(refusal.page.get_by_test_id("access-from")).to_have_text(
            f"Du får tillgång den {sixteenth_birthday}."
        )

    return journey


def anna(app: Journalen) -> None:
    app.answer_login_question()
    overview = app.overview().expect_own("Anna Lindqvist")
    for set_key in ANNAS_SETS:
        assert overview.entry_count(set_key) > 0, set_key
    # A count for every set, with or without entries.
    for info_set in INFORMATION_SETS:
        expect(overview.count(info_set.key)).to_be_visible()


def karin(app: Journalen) -> None:
    app.answer_login_question()
    overview = app.overview().expect_own("Karin Berg")
    expect(overview.subject("karin")).to_be_visible()
    expect(overview.subject("ella")).to_have_text("Ella Berg")
    expect(overview.subject("liam")).to_have_text("Liam Berg")
    expect(overview.subject("maja")).to_have_count(0)
    expect(overview.unavailable_child("maja")).to_be_visible()
    expect(overview.unavailable_child("maja").locator("xpath=..")).to_contain_text("24 maj 2028")


def maja(app: Journalen) -> None:
    refused_own_journal("Maja Berg", "24 maj 2028")(app)


def peter(app: Journalen) -> None:
    app.answer_login_question()
    overview = app.overview().expect_own("Peter Johansson")
    elin = overview.switch_to("elin").expect_child("Elin Johansson")
    expect(elin.limited_access).to_be_visible()
    notes = elin.open_set("anteckningar").expect_loaded("Anteckningar")
    expect(notes.entries.first).to_be_visible()
    assert len(notes.unit_names()) == 1, notes.unit_names()


def eva(app: Journalen) -> None:
    refusal = app.refusal().expect_loaded("account_sealed")
    expect(refusal.heading).to_have_text("Du kan inte läsa din journal")
    expect(refusal.no_access).to_contain_text("förseglat")


def tomasz(app: Journalen) -> None:
    # Refused at the login itself: no 14-day question.
    refusal = app.refusal().expect_loaded("no_personnummer")
    expect(refusal.heading).to_have_text("Tomasz Nowak kan inte logga in")
    expect(app.page.get_by_role("button", name="Logga ut")).to_have_count(0)


# One persona of each kind of journey: a reader with every set, a guardian, a teenager
# refused her own journal, a guardian with extended access to one unit, a sealed account,
# a login refused. What each of the 20 sees after logging in is checked in
# tests/integration/test_personas_after_login.py.
JOURNEYS: dict[str, Journey] = {
    "anna": anna,
    "karin": karin,
    "maja": maja,
    "peter": peter,
    "eva": eva,
    "tomasz": tomasz,
}


def test_the_picker_shows_the_cast_of_the_api(journalen: Journalen) -> None:
    with urlopen(f"{journalen.base_url}/api/v1/personas") as response:
        cast = {persona["id"] for persona in json.load(response)["personas"]}
    assert cast, "the API lists no personas"
    picker = journalen.start().log_in().choose("BankID")
    shown = {
        (card.get_attribute("data-testid") or "").removeprefix("persona-")
        for card in picker.personas.all()
    }
    assert shown == cast, f"the picker shows {sorted(shown)}, the API lists {sorted(cast)}"
    assert not JOURNEYS.keys() - cast, f"journeys for no persona: {sorted(JOURNEYS.keys() - cast)}"


@pytest.mark.parametrize("person_id", JOURNEYS)
def test_persona_logs_in_and_sees_their_scenario(journalen: Journalen, person_id: str) -> None:
    journalen.start().log_in().choose("BankID").log_in_as(person_id)
    JOURNEYS[person_id](journalen)
