"""No page and no API answer shows what stands under a withheld heading (domain.md §3),
to anyone: own journals and guardians' views of a child alike.

The withheld paragraphs are found here from the seeded rows themselves, independently of
the rules module, and every answer that could show them is fetched for every persona who
may read the entry: the entry page and its print view, the list and its print view (all
pages), and the API's list and entry answers, with explain mode off and on. Explain mode
counts the paragraphs under "Visas aldrig", never with their text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from demo.domain.access import WITHHELD_HEADINGS, Choices
from demo.store.engines import read_only_engine
from demo.store.models import Entry
from demo.store.readmodel import Subject, World
from tests.support import log_in

DEMO_DATE = date(2026, 11, 26)


@dataclass(frozen=True)
class Withheld:
    """An entry as seeded, with the paragraphs under withheld headings in its text fields."""

    entry_id: int
    subject_id: str
    kind: str
    paragraphs: tuple[str, ...]

    @property
    def forbidden(self) -> set[str]:
        """What must never reach an answer: each heading with its colon, and the text
        under it."""
        found = set()
        for paragraph in self.paragraphs:
            heading, _colon, text = paragraph.partition(":")
            found.add(heading.strip() + ":")
            if text.strip():
                found.add(text.strip())
        return found


def withheld_paragraphs(text: str) -> list[str]:
    """Paragraphs (blank-line separated) that open with a withheld heading and a colon."""
    headings = tuple(heading.casefold() + ":" for heading in WITHHELD_HEADINGS)
    return [p.strip() for p in text.split("\n\n") if p.strip().casefold().startswith(headings)]


@pytest.fixture(scope="module")
def seeded_withheld(database_url: str) -> dict[int, Withheld]:
    """Every entry of the world whose seeded text holds a withheld paragraph."""
    engine = read_only_engine(database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(Entry.id, Entry.subject_id, Entry.kind, Entry.details)
            ).all()
    finally:
        engine.dispose()
    found: dict[int, Withheld] = {}
    for entry_id, subject_id, kind, details in rows:
        paragraphs = [
            paragraph
            for value in (details or {}).values()
            if isinstance(value, str)
            for paragraph in withheld_paragraphs(value)
        ]
        if paragraphs:
            found[entry_id] = Withheld(entry_id, subject_id, kind, tuple(paragraphs))
    return found


def decoded(client: FlaskClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return html.unescape(response.get_data(as_text=True))


def every_page(client: FlaskClient, first: str) -> Iterator[tuple[str, str]]:
    """A paged answer, page by page until the first page past the end (a 404)."""
    joiner = "&" if "?" in first else "?"
    number = 1
    while (response := client.get(f"{first}{joiner}sida={number}")).status_code == 200:
        yield f"{first} page {number}", html.unescape(response.get_data(as_text=True))
        number += 1
    assert response.status_code == 404 and number > 1, (first, number, response.status_code)


def answers(
    client: FlaskClient, subject_id: str, entries: list[Withheld]
) -> Iterator[tuple[str, str]]:
    """Every answer that could carry the entries' text: (where, decoded text)."""
    for set_key in sorted({entry.kind for entry in entries}):
        yield from every_page(client, f"/journal/{subject_id}/{set_key}/")
        yield from every_page(client, f"/journal/{subject_id}/{set_key}/?utskrift=1")
        yield from every_page(client, f"/api/v1/subjects/{subject_id}/entries?set={set_key}")
    for entry in entries:
        for path in (
            f"/journal/{subject_id}/{entry.kind}/{entry.entry_id}",
            f"/journal/{subject_id}/{entry.kind}/{entry.entry_id}?utskrift=1",
            f"/api/v1/subjects/{subject_id}/entries/{entry.entry_id}",
        ):
            yield path, decoded(client, path)


def shown_withheld(world: World, subject: Subject, seeded: dict[int, Withheld]) -> list[Withheld]:
    """The subject's entries with withheld text that the viewer is shown today."""
    shown = world.judged(subject, DEMO_DATE, Choices()).everything.shown
    return [seeded[entry.id] for entry in shown if entry.id in seeded]


def test_no_page_or_api_answer_shows_withheld_text_to_anyone(
    app: Flask, seeded_withheld: dict[int, Withheld]
) -> None:
    world: World = app.extensions["world"]
    checked: dict[tuple[str, str], int] = {}  # (viewer, subject): entries checked
    for person in world.personas:
        readable = world.readable(person, DEMO_DATE)
        if not readable:
            continue  # cannot log in, or reads nothing (sealed, under 16): no text to leak
        for explain in (False, True):
            with app.test_client() as client:
                log_in(client, person.id)
                if explain:
                    client.post("/demo/forklaring", data={"tillbaka": "/"})
                for subject in readable:
                    entries = shown_withheld(world, subject, seeded_withheld)
                    forbidden = set().union(*(entry.forbidden for entry in entries))
                    for where, text in answers(client, subject.person.id, entries):
                        leaked = sorted(words for words in forbidden if words in text)
                        assert not leaked, (person.id, subject.person.id, explain, where, leaked)
                    checked[(person.id, subject.person.id)] = len(entries)
    # Not vacuous: guardians' views of BVC and school notes, and own journals, were checked.
    assert checked[("karin", "liam")] > 0 and checked[("karin", "ella")] > 0
    assert checked[("johan", "ella")] > 0 and checked[("fatima", "yara")] > 0
    own = [count for (viewer, subject), count in checked.items() if viewer == subject]
    assert sum(1 for count in own if count) >= 3, checked


def test_the_rest_of_a_note_with_a_withheld_paragraph_is_shown(
    app: Flask, client: FlaskClient, seeded_withheld: dict[int, Withheld]
) -> None:
    world: World = app.extensions["world"]
    karin = world.person("karin")
    assert karin is not None
    subject = world.subject(karin, "liam", DEMO_DATE)
    assert subject is not None
    entry = shown_withheld(world, subject, seeded_withheld)[0]
    log_in(client, "karin")
    text = decoded(client, f"/journal/liam/{entry.kind}/{entry.entry_id}")
    paragraphs = re.findall(r'<div class="note-text"[^>]*>(.*?)</div>', text, re.S)[0]
    shown = re.findall(r"<p>(.*?)</p>", paragraphs, re.S)
    assert len(shown) >= 2  # the note's other headings stay
    assert all(not p.startswith(tuple(WITHHELD_HEADINGS)) for p in shown)
    assert any(p.startswith("Kontaktorsak:") for p in shown)


def test_explain_mode_counts_withheld_paragraphs_as_never_shown_without_their_text(
    app: Flask, client: FlaskClient, seeded_withheld: dict[int, Withheld]
) -> None:
    world: World = app.extensions["world"]
    karin = world.person("karin")
    assert karin is not None
    subject = world.subject(karin, "liam", DEMO_DATE)
    assert subject is not None
    entries = [
        e for e in shown_withheld(world, subject, seeded_withheld) if e.kind == "anteckningar"
    ]
    expected = sum(len(entry.paragraphs) for entry in entries)
    assert expected > 0
    log_in(client, "karin")
    client.post("/demo/forklaring", data={"tillbaka": "/"})

    listing = decoded(client, "/journal/liam/anteckningar/")
    counted = re.findall(
        r'data-testid="never-shown" data-hidden-because="withheld_heading" data-count="(\d+)">'
        r"([^<]*)</li>",
        listing,
    )
    assert [int(count) for count, _words in counted] == [expected]
    section = listing.split('data-testid="explain-hidden"', 1)[1]
    assert "Visas aldrig" in section.split("never-shown", 1)[0]
    words = counted[0][1]
    assert "visas aldrig" in words and all(f"”{h}”" in words for h in WITHHELD_HEADINGS)

    api = client.get("/api/v1/subjects/liam/entries?set=anteckningar").get_json()
    assert api["never_shown"]["withheld_heading"] == expected

    one = entries[0]
    page = decoded(client, f"/journal/liam/anteckningar/{one.entry_id}")
    assert re.search(
        rf'data-hidden-because="withheld_heading" data-count="{len(one.paragraphs)}"', page
    )
    for words in one.forbidden:
        assert words not in page

    # Without explain mode, nothing tells that anything was left out.
    client.post("/demo/forklaring", data={"tillbaka": "/"})
    assert "withheld_heading" not in decoded(client, f"/journal/liam/anteckningar/{one.entry_id}")
    assert (
        "never_shown" not in client.get("/api/v1/subjects/liam/entries?set=anteckningar").get_json()
    )
