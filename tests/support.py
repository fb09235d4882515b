"""Helpers the test modules share (fixtures live in the conftest.py files; helpers here,
imported as `from tests.support import ...`, never from a conftest)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from sqlalchemy import Engine, MetaData, text

from demo.clock import DEFAULT_DEMO_DATE
from demo.store.engines import read_only_engine, writable_engine
from demo.store.models import Base

ROOT = Path(__file__).resolve().parents[1]
# Data the tests read, kept in the project (tests/data/README.md says where it is from).
TEST_DATA = Path(__file__).resolve().parent / "data"
# The demo date the world is built around (demo.clock.DEFAULT_DEMO_DATE), written out.
DEMO_DATE = date(2026, 11, 26)
# The information sets in which Anna, the adult with a full record, has entries.
ANNAS_SETS = (
    "anteckningar",
    "diagnoser",
    "vaccinationer",
    "provsvar",
    "lakemedel",
    "remisser",
    "vardkontakter",
    "uppmarksamhet",
    "rontgen",
)


def run_pytest(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """A pytest run of its own, in a subprocess, with `env` added to this one's environment:
    for the tests about a run (what it leaves behind, how it is scheduled)."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def log_in(client: FlaskClient, person_id: str) -> None:
    """Log in as a persona through the picker's form, as a visitor does."""
    response = client.post(f"/logga-in/bankid/{person_id}")
    assert response.status_code == 302, response.status_code


# A journal entry on a list page, and its id.
ENTRY_ID = re.compile(r'data-testid="entry"[^>]*data-entry-id="(\d+)"')
_COUNT = re.compile(r'data-testid="count-([\w-]+)">([^<]*)<')
_COUNT_TEXT = re.compile(r"\s*(?:(\d+) uppgift(?:er)?|(Inga uppgifter))\s*")


def overview_counts(html: str) -> dict[str, int]:
    """The overview's count per information set (`data-testid="count-<set>"`): "12 uppgifter",
    "1 uppgift" or "Inga uppgifter" (0). Any other wording fails."""
    counts = {}
    for key, shown in _COUNT.findall(html):
        match = _COUNT_TEXT.fullmatch(shown)
        assert match, f"count-{key}: {shown!r}"
        counts[key] = int(match.group(1)) if match.group(1) else 0
    return counts


Fingerprint = dict[str, tuple[int, str]]


@cache
def _fingerprint_reader(database_url: str) -> tuple[Engine, tuple[tuple[str, str], ...]]:
    """A read-only engine on the database (as the app reads it), and each of its tables
    (reflected, so a table no model names is covered too) with its ordering columns."""
    engine = read_only_engine(database_url)
    tables = MetaData()
    tables.reflect(engine)
    return engine, tuple(
        (name, ", ".join(c.name for c in (list(t.primary_key.columns) or list(t.columns))))
        for name, t in sorted(tables.tables.items())
    )


def database_fingerprint(database_url: str) -> Fingerprint:
    """Row count and a checksum of every table of a seeded database (SQLite or PostgreSQL)."""
    engine, tables = _fingerprint_reader(database_url)
    result = {}
    with engine.connect() as connection:
        for name, order in tables:
            rows = connection.exec_driver_sql(f"SELECT * FROM {name} ORDER BY {order}").all()
            digest = hashlib.sha256(repr([tuple(row) for row in rows]).encode()).hexdigest()
            result[name] = (len(rows), digest)
    return result


# What each database seeded in this test process looked like right after seeding, by URL.
SEEDED = pytest.StashKey[dict[str, Fingerprint]]()


def seed_world(config: pytest.Config, database_url: str) -> None:
    """Seed the default world (seed 1, the default demo date) into an empty database, and
    remember its fingerprint (the `seeded_fingerprint` fixture)."""
    from seed import seed_database  # the generator: only the tests and the CLI load it

    engine = writable_engine(database_url)
    try:
        seed_database(engine, seed=1, today=DEFAULT_DEMO_DATE)
    finally:
        engine.dispose()
    config.stash.setdefault(SEEDED, {})[database_url] = database_fingerprint(database_url)


def dump(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in primary-key order."""
    with engine.connect() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(
                    text(f"SELECT * FROM {table.name} ORDER BY 1, 2")  # noqa: S608 - our own names
                )
            ]
            for table in Base.metadata.sorted_tables
        }


# --- Reading a page as a browser's test would: by test id ------------------------------------

_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


@dataclass
class Element:
    """An element of a parsed page: its tag, attributes, children and text."""

    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)
    parent: Element | None = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        """The text content, white space collapsed (as Playwright's to_have_text compares)."""
        return " ".join(self._text().split())

    def _text(self) -> str:
        return "".join(c if isinstance(c, str) else c._text() for c in self.children)

    def elements(self) -> Iterator[Element]:
        """This element and every element inside it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.elements()

    def by_test_id(self, test_id: str) -> list[Element]:
        return [e for e in self.elements() if e.attrs.get("data-testid") == test_id]

    def one(self, test_id: str) -> Element:
        """The one element with the test id (fails on none or several)."""
        found = self.by_test_id(test_id)
        assert len(found) == 1, f"{len(found)} elements with data-testid={test_id!r}"
        return found[0]

    def by_tag(self, tag: str) -> list[Element]:
        return [e for e in self.elements() if e.tag == tag]

    def labelled(self, label: str) -> Element:
        """The form control a <label> with this text names (by its `for`)."""
        (target,) = [e.attrs["for"] for e in self.by_tag("label") if e.text == label]
        (control,) = [e for e in self.elements() if e.attrs.get("id") == target]
        return control


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.open: list[Element] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs}, parent=self.open[-1])
        self.open[-1].children.append(element)
        if tag not in _VOID:
            self.open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs}, parent=self.open[-1])
        self.open[-1].children.append(element)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.open) - 1, 0, -1):  # tolerate an unclosed <p> or <li>
            if self.open[depth].tag == tag:
                del self.open[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.open[-1].children.append(data)


def parse_html(html: str) -> Element:
    """The page as a tree of elements (html.parser: no browser, no scripts run)."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


# --- Compiled templates, shared by every app of a test process -------------------------------


class SharedBytecodeCache(BytecodeCache):
    """Jinja's compiled templates kept in memory for every app of this process.

    The tests create an app per test (thousands of them), and each app's Jinja environment
    would compile every template it renders anew: most of a test's time. All of them are
    made by the same create_app, so the same template compiles to the same code; Jinja
    checks each template's source checksum before using its cached code."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


def share_compiled_templates() -> None:
    """Every Flask app made in this process from now on shares one SharedBytecodeCache."""
    if not isinstance(Flask.jinja_options.get("bytecode_cache"), SharedBytecodeCache):
        Flask.jinja_options = {**Flask.jinja_options, "bytecode_cache": SharedBytecodeCache()}
