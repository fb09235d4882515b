"""/regioner opens with the 21 regions side by side (issue "A demo that never breaks…",
"For trainers"): one row each, its cells the policy's values, every interpretation
labelled as one, in both languages; the per-region sections follow the table.
"""

from __future__ import annotations

import html
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from demo.domain.access import RegionalChoice, UnsignedNotes
from demo.domain.policies import (
    INTERPRETATION_COLUMNS,
    POLICIES,
    SOURCES,
    interpretations,
)
from demo.domain.regions import REGIONS
from demo.presenters.explain import describe_policy, interpretation_text, region_row

COLUMNS = ("notes", "results", "radrum", "choices", "start")


def table_of(regions_page: str) -> str:
    return regions_page.split('data-testid="regions-table"', 1)[1].split("</table>", 1)[0]


def rows_of(regions_page: str) -> dict[str, str]:
    table = table_of(regions_page)
    return dict(re.findall(r'<tr data-testid="row-([a-z-]+)">(.*?)</tr>', table, re.S))


def cells_of(row: str) -> dict[str, str]:
    return dict(
        re.findall(r'<td data-label="[^"]*" data-testid="cell-(\w+)">(.*?)</td>', row, re.S)
    )


def text_of(cell: str) -> str:
    """A cell's own words, without its tags."""
    return html.unescape(re.sub(r"\s*<small.*?</small>", "", cell, flags=re.S)).strip()


@pytest.fixture
def regions_page(client: FlaskClient) -> str:
    response = client.get("/regioner")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_page_opens_with_a_table_of_the_21_regions_before_their_sections(
    regions_page: str,
) -> None:
    table_at = regions_page.index('data-testid="regions-table"')
    assert table_at < regions_page.index('data-testid="region-blekinge"')
    table = table_of(regions_page)
    assert re.search(r"<caption>[^<]*sida vid sida[^<]*</caption>", table)
    headers = re.findall(r'<th scope="col">([^<]*)</th>', table)
    assert headers == [
        "Region",
        "Anteckningar",
        "Provsvar och andra svar",
        "Rådrum",
        "Dina val",
        "Startdatum",
    ]
    rows = rows_of(regions_page)
    assert list(rows) == [region.id for region in REGIONS] and len(rows) == 21
    for region in REGIONS:
        assert re.search(
            rf'<th scope="row"><a href="#{region.id}">{re.escape(region.name)}</a></th>',
            rows[region.id],
        )
        assert set(cells_of(rows[region.id])) == set(COLUMNS)


def test_each_rows_cells_are_the_policys_values(app: Flask, regions_page: str) -> None:
    rows = rows_of(regions_page)
    with app.test_request_context():
        for region in REGIONS:
            policy, source = POLICIES[region.id], SOURCES[region.id]
            expected = region_row(policy, source)
            cells = cells_of(rows[region.id])
            interpreted = {INTERPRETATION_COLUMNS[i] for i in interpretations(region.id)}
            for column in COLUMNS:
                cell = getattr(expected, column)
                assert text_of(cells[column]) == cell.text, (region.id, column)
                # Tags: where the source says nothing, and where the demo interprets it.
                assert ('data-testid="tag-framework"' in cells[column]) is (
                    column in source.no_information
                ), (region.id, column)
                assert ('data-testid="tag-interpretation"' in cells[column]) is (
                    column in interpreted
                ), (region.id, column)


@pytest.mark.parametrize("region_id", sorted(POLICIES))
def test_the_cells_say_what_the_policy_holds(regions_page: str, region_id: str) -> None:
    """Checked against the policy's fields, not against the presenter that words them."""
    policy = POLICIES[region_id]
    cells = {
        column: text_of(words)
        for column, words in cells_of(rows_of(regions_page)[region_id]).items()
    }
    after_delay = policy.unsigned_notes is UnsignedNotes.AFTER_DELAY
    assert ("osignerade efter 14 dagar" in cells["notes"]) is after_delay
    assert ("om du väljer det" in cells["notes"]) is (
        policy.unsigned_notes is UnsignedNotes.PATIENT_CHOICE
    )
    assert ("visas inte" in cells["results"]) is bool(policy.results_not_shown)
    assert ("när de vidimerats" in cells["results"]) is any(
        days is None for _category, days in policy.unreviewed_results
    )
    delays = bool(
        after_delay
        or policy.unit_kind_note_delays
        or policy.result_delays
        or any(days for _category, days in policy.unreviewed_results)
    )
    assert (cells["radrum"] == "Inget") is not delays
    assert ("28 dagar" in cells["radrum"]) is bool(policy.unit_kind_note_delays)
    assert cells["choices"].startswith("Dölja uppgifter nyare än 14 dagar")
    assert ("se osignerade anteckningar" in cells["choices"]) is (
        RegionalChoice.SHOW_UNSIGNED_NOTES in policy.regional_choices
    )
    assert ("rådrum för alla uppgifter" in cells["choices"]) is (
        RegionalChoice.DELAY_ALL in policy.regional_choices
    )
    assert ("rådrum för signerade anteckningar" in cells["choices"]) is (
        RegionalChoice.DELAY_SIGNED_NOTES in policy.regional_choices
    )
    starts = {
        "kronoberg": "1 januari 2015 (anteckningar)",
        "kalmar": "1 oktober 2015",
        "jamtland-harjedalen": "15 januari 2018",
    }
    assert cells["start"] == starts.get(region_id, "Inte publicerat i våra källor")


def test_each_section_names_its_interpretations_as_interpretations(
    app: Flask, regions_page: str
) -> None:
    with app.test_request_context():
        for region in REGIONS:
            section = regions_page.split(f'data-testid="region-{region.id}"', 1)[1].split(
                "</section>", 1
            )[0]
            section = html.unescape(section)
            policy = POLICIES[region.id]
            expected = [interpretation_text(i, policy) for i in interpretations(region.id)]
            found = re.findall(r'<li data-testid="interpretation">(.*?)</li>', section, re.S)
            assert found == expected, region.id
            assert ("Tolkning, inte källans ord" in section) is bool(expected), region.id
            assert describe_policy(policy)["start"] in section, region.id
    assert (
        regions_page.count("Regionens startdatum i Journalen är inte publicerat i våra källor.")
        == 18
    )


def test_the_regions_named_in_the_issue_are_labelled_interpretations(regions_page: str) -> None:
    rows = rows_of(regions_page)
    for region_id in (
        "stockholm",
        "halland",
        "vastmanland",
        "ostergotland",
        "blekinge",
        "norrbotten",
    ):
        assert 'data-testid="tag-interpretation"' in cells_of(rows[region_id])["results"], region_id


def test_the_table_in_english(client: FlaskClient) -> None:
    regions_page = client.get("/regioner?lang=en").get_data(as_text=True)
    table = table_of(regions_page)
    assert re.search(r"<caption>All regions side by side", table)
    headers = re.findall(r'<th scope="col">([^<]*)</th>', table)
    assert headers == [
        "Region",
        "Notes",
        "Test results and other answers",
        "Waiting period (rådrum)",
        "Your choices",
        "Start date",
    ]
    rows = rows_of(regions_page)
    assert len(rows) == 21
    words = " ".join(text_of(cell) for row in rows.values() for cell in cells_of(row).values())
    for swedish in ("osignerade", "Inte publicerat", "direkt", "Dölja", "vidimerade", "dagar"):
        assert swedish not in words, swedish
    assert "Not published in our sources" in words and "1 October 2015" in words
    assert "(interpretation)" in table
