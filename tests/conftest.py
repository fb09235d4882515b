"""Fixtures for the unit and integration tests: apps and clients on the world seeded once
per test process (`database_url`, in the conftest.py at the top; the integration tier runs
on SQLite and on PostgreSQL, tests/integration/conftest.py).

Helpers the test modules share are in tests/support.py, not here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient

from demo import create_app
from demo.clock import DEFAULT_DEMO_DATE


def _test_app(database_url: str, today: date = DEFAULT_DEMO_DATE, **config: object) -> Flask:
    return create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "DEMO_TODAY": today,
            "WTF_CSRF_ENABLED": False,
            **config,
        }
    )


@pytest.fixture
def make_app(database_url: str) -> Callable[..., Flask]:
    """`make_app(today=..., **config)`: a new app of its own on the test's database."""

    def make(today: date = DEFAULT_DEMO_DATE, **config: object) -> Flask:
        return _test_app(database_url, today, **config)

    return make


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Flask:
    """A new app, the test's own, on the default demo date."""
    return make_app()


@pytest.fixture(scope="session")
def _shared_apps() -> dict[tuple[str, date], Flask]:
    return {}


@pytest.fixture
def shared_app(
    database_url: str, _shared_apps: dict[tuple[str, date], Flask]
) -> Callable[..., Flask]:
    """`shared_app(today=...)`: the one app of this process on the test's database and demo
    date, shared by the tests that only send it requests, as a server is shared by its
    visitors (an app is never changed by the requests it answers): building an app for
    each of a thousand tests was most of their time."""

    def on(today: date = DEFAULT_DEMO_DATE) -> Flask:
        if (database_url, today) not in _shared_apps:
            _shared_apps[database_url, today] = _test_app(database_url, today)
        return _shared_apps[database_url, today]

    return on


@pytest.fixture
def client(
    request: pytest.FixtureRequest, shared_app: Callable[..., Flask]
) -> Iterator[FlaskClient]:
    """A visitor: a test client with its own cookies, on the default demo date.

    Its app is the test's `app` when the test (or one of its fixtures) asks for that, or
    sets the environment (`monkeypatch`) the app reads at its creation. Otherwise it is
    the process's `shared_app()`."""
    if {"app", "monkeypatch"} & set(request.fixturenames):
        chosen: Flask = request.getfixturevalue("app")
    else:
        chosen = shared_app()
    with chosen.test_client() as test_client:
        yield test_client
