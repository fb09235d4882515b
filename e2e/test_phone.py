"""On a small phone (360×640), light and dark: one journey, each page checked by axe
and free of sideways scrolling (see `phone_journalen`)."""

from __future__ import annotations

from e2e.pages import Journalen


def test_karin_reads_a_liam_entry_on_a_phone(phone_journalen: Journalen) -> None:
    phone_journalen.resume_as("karin")
    overview = phone_journalen.overview().expect_own("Karin Berg")
    liam = overview.switch_to("liam").expect_child("Liam Berg")
    vaccinations = liam.open_set("vaccinationer").expect_loaded("Vaccinationer")
    vaccinations.open_entry(0)
