"""Fixtures for every test tier (tests/ and e2e/): the seeded world and the catalogue."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hypothesis import settings

from demo.clock import DEFAULT_DEMO_DATE
from demo.store.engines import writable_engine
from seed import seed_database

# In CI the property tests run the same examples every time, so a landing is never
# decided by chance; on a developer's machine they explore new ones each run.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

TRANSLATIONS = Path(__file__).resolve().parent / "translations"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Compile each messages.po to .mo when it is missing or stale, so `pytest` needs no `make`."""
    for po_path in TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file)
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The default world, seeded once per test session into a temporary SQLite file."""
    url = f"sqlite:///{tmp_path_factory.mktemp('world') / 'journalen-demo.sqlite'}"
    engine = writable_engine(url)
    seed_database(engine, seed=1, today=DEFAULT_DEMO_DATE)
    engine.dispose()
    return url
