"""The integration tier runs twice: on SQLite (the session's world) and on PostgreSQL.

`database_url` is overridden here with two parameters. The PostgreSQL one
starts a throwaway server once per test session (tests/postgres.py) and seeds
the world into it once; tests that never ask for `database_url` (those that
build their own SQLite files) run once, as before. Without PostgreSQL's server
binaries the PostgreSQL runs are skipped with the reason, except in CI
(CI=true), where a missing server is a failure: CI installs one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.postgres import TemporaryPostgres, pg_bin_or_skip
from tests.support import seed_world


@pytest.fixture(scope="session")
def postgresql_world(request: pytest.FixtureRequest) -> Iterator[str]:
    """A PostgreSQL server for the test process, with the default world seeded into it."""
    server = TemporaryPostgres(pg_bin_or_skip())
    try:
        server.start()
        url = server.create_database("journalen_demo")
        seed_world(request.config, url)
        yield url
    finally:
        server.stop()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, database_url: str) -> str:
    """The world on each database: the top-level SQLite file, or the PostgreSQL server."""
    if request.param == "sqlite":
        return database_url
    return str(request.getfixturevalue("postgresql_world"))
