"""Plain words (a demo addition): terms in the record open to a definition, in both languages."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from demo.presenters.glossary import GLOSSARY
from tests.support import log_in


def first_entry(client: FlaskClient, subject: str, set_key: str) -> str:
    html = client.get(f"/journal/{subject}/{set_key}/").get_data(as_text=True)
    match = re.search(r'data-entry-id="(\d+)"', html)
    assert match is not None
    return client.get(f"/journal/{subject}/{set_key}/{match.group(1)}").get_data(as_text=True)


@pytest.mark.parametrize(
    ("person", "set_key", "terms"),
    [
        ("anna", "diagnoser", {"icd10", "signerad", "vardenhet"}),
        ("gunnar", "provsvar", {"vidimerad", "referensintervall"}),
        ("anna", "lakemedel", {"atc"}),
        ("anna", "remisser", {"remissvar"}),
    ],
)
def test_entry_pages_explain_their_terms(
    client: FlaskClient, person: str, set_key: str, terms: set[str]
) -> None:
    log_in(client, person)
    html = first_entry(client, person, set_key)
    for key in terms:
        block = html.split(f'data-testid="term-{key}"')[1].split("</details>")[0]
        assert "Vad betyder" in block
        assert str(GLOSSARY[key].definition)[:30] in block.replace("&#39;", "'")


def test_an_epikris_is_explained(client: FlaskClient) -> None:
    log_in(client, "anna")
    html = client.get("/journal/anna/anteckningar/?sida=1").get_data(as_text=True)
    pages = int(m.group(1)) if (m := re.search(r"Sida 1 av (\d+)", html)) else 1
    for page in range(1, pages + 1):
        listing = client.get(f"/journal/anna/anteckningar/?sida={page}").get_data(as_text=True)
        for entry_id in re.findall(r'data-entry-id="(\d+)"', listing):
            detail = client.get(f"/journal/anna/anteckningar/{entry_id}").get_data(as_text=True)
            if re.search(r"<dd[^>]*>Epikris", detail):
                assert 'data-testid="term-epikris"' in detail
                return
    raise AssertionError("Anna's record has no epikris to explain")


def test_terms_are_explained_in_english_too(client: FlaskClient) -> None:
    log_in(client, "anna")
    client.post("/sprak", data={"lang": "en", "tillbaka": "/"})
    html = first_entry(client, "anna", "diagnoser")
    assert '<html lang="en">' in html
    assert "What does “ICD-10-SE” mean?" in html
    assert "classification of diseases" in html


def test_the_regions_page_explains_radrum(client: FlaskClient) -> None:
    html = client.get("/regioner").get_data(as_text=True)
    assert 'data-testid="term-radrum"' in html and "En väntetid" in html
