"""The list's filter: a value it cannot apply is a 400 that says which field and why, on the
page beside the form and in the API, whether it is malformed, an unknown unit or a period
that ends before it begins."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from tests.support import log_in

LIST = "/journal/gunnar/provsvar/"


def problem(html: str) -> tuple[str, str] | None:
    """The filter problem a page shows: (parameter, text), or None."""
    found = re.search(
        r'data-testid="filter-problem" data-parameter="([a-z]+)">(.*?)</p>', html, re.S
    )
    return (found.group(1), re.sub(r"<[^>]+>", "", found.group(2))) if found else None


def listed(html: str) -> list[str]:
    return re.findall(r'data-testid="entry" data-entry-kind="[a-z]+" data-entry-id="(\d+)"', html)


@pytest.mark.parametrize(
    ("query", "parameter", "words"),
    [
        ("enhet=abc", "enhet", "Välj en vårdenhet i listan."),
        ("enhet=99999", "enhet", "Välj en vårdenhet i listan."),  # a number, but no such unit
        ("fran=2025-13-01", "fran", "ÅÅÅÅ-MM-DD"),
        ("till=igår", "till", "ÅÅÅÅ-MM-DD"),
        ("fran=2025-12-31&till=2025-01-01", "till", "Perioden slutar innan den börjar"),
    ],
)
def test_a_filter_that_cannot_be_applied_says_why(
    client: FlaskClient, query: str, parameter: str, words: str
) -> None:
    log_in(client, "gunnar")
    page = client.get(f"{LIST}?{query}")
    assert page.status_code == 400
    html = page.get_data(as_text=True)
    shown = problem(html)
    assert shown is not None and shown[0] == parameter and words in shown[1]
    assert listed(html) == []  # nothing listed as if the filter had matched nothing
    assert f'id="{parameter}" name="{parameter}" aria-invalid="true"' in html
    assert "Inga uppgifter matchar filtret." not in html


def test_the_api_names_the_parameter_at_fault(client: FlaskClient) -> None:
    log_in(client, "gunnar")
    for query, parameter in (
        ("enhet=99999", "enhet"),
        ("enhet=abc", "enhet"),
        ("fran=2025-12-31&till=2025-01-01", "till"),
    ):
        answer = client.get(f"/api/v1/subjects/gunnar/entries?set=provsvar&{query}")
        assert answer.status_code == 400, query
        assert answer.get_json()["parameter"] == parameter, query


def test_a_unit_the_form_offers_filters_and_one_day_periods_work(client: FlaskClient) -> None:
    log_in(client, "gunnar")
    html = client.get(LIST).get_data(as_text=True)
    offered = re.findall(r'<option value="(\d+)"', html)
    assert offered
    filtered = client.get(f"{LIST}?enhet={offered[0]}")
    assert filtered.status_code == 200 and problem(filtered.get_data(as_text=True)) is None
    same_day = client.get(f"{LIST}?fran=2025-06-01&till=2025-06-01")
    assert same_day.status_code == 200  # from and to on one day is a period, not a reversal


def test_the_problem_is_in_english_in_english(client: FlaskClient) -> None:
    log_in(client, "gunnar")
    html = client.get(f"{LIST}?fran=2025-12-31&till=2025-01-01&lang=en").get_data(as_text=True)
    shown = problem(html)
    assert shown is not None and "The period ends before it begins" in shown[1]
