"""Typing another person's address shows nothing of them: the Swedish 404 page."""

from __future__ import annotations

from pages import Journalen


def gunnars_first_note_id(journalen: Journalen) -> str:
    journalen.log_in_as("gunnar")
    notes = journalen.overview().expect_own("Gunnar Eriksson").open_set("anteckningar")
    ids = notes.expect_loaded("Anteckningar").entry_ids()
    assert ids, "Gunnar has no notes to borrow an id from"
    notes.log_out()
    return ids[0]


def test_anna_cannot_reach_other_journals_by_url(journalen: Journalen) -> None:
    gunnar_entry = gunnars_first_note_id(journalen)

    journalen.log_in_as("anna")
    journalen.overview().expect_own("Anna Lindqvist")

    journalen.open_not_found("/journal/karin/")
    journalen.open_not_found("/journal/liam/anteckningar/")
    journalen.open_not_found(f"/journal/anna/anteckningar/{gunnar_entry}")
    journalen.open_not_found(f"/journal/gunnar/anteckningar/{gunnar_entry}")


def test_blocked_guardian_cannot_reach_the_child_by_url(journalen: Journalen) -> None:
    journalen.log_in_as("johan")
    journalen.overview().expect_own("Johan Berg")

    journalen.open_not_found("/journal/liam/")
    journalen.open_not_found("/journal/liam/vaccinationer/")
