"""Fixtures for the unit and integration tests: a fresh app and client per test on the
world seeded once per session (`database_url`, in the conftest.py at the top)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from demo import create_app
from demo.clock import DEFAULT_DEMO_DATE

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


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
