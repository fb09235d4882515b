"""Fixtures shared by the unit and integration tests.

The world is seeded once per test session into a temporary SQLite file; each
test gets a fresh app and client on it (the app opens it read-only).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import settings

from demo import create_app
from demo.clock import DEFAULT_DEMO_DATE
from demo.db import writable_engine
from seed import seed_database

# In CI the property tests run the same examples every time, so a landing is never
# decided by chance; on a developer's machine they explore new ones each run.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"


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
    url = f"sqlite:///{tmp_path_factory.mktemp('world') / 'journalen-demo.sqlite'}"
    engine = writable_engine(url)
    seed_database(engine, seed=1, today=DEFAULT_DEMO_DATE)
    engine.dispose()
    return url


@pytest.fixture
def make_app(database_url: str) -> Callable[..., Flask]:
    def make(today: date = DEFAULT_DEMO_DATE, **config: object) -> Flask:
        return create_app(
            {
                "TESTING": True,
                "DATABASE_URL": database_url,
                "DEMO_TODAY": today,
                "WTF_CSRF_ENABLED": False,
                **config,
            }
        )

    return make


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Flask:
    return make_app()


@pytest.fixture
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as test_client:
        yield test_client


def log_in(client: FlaskClient, person_id: str) -> None:
    """Log in as a persona through the picker's form, as a visitor does."""
    response = client.post(f"/logga-in/bankid/{person_id}")
    assert response.status_code == 302, response.status_code
