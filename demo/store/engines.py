"""Engines for the seeded database: read-only at run time, writable only for the seed step.

The seeded world never changes while the app serves it. A SQLite database is
opened with `mode=ro` (and `PRAGMA query_only`), a PostgreSQL one with every
transaction read-only by default (`default_transaction_read_only`), so no bug
in a page can write to it; only the seed command (through `writable_engine`)
writes.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url


def sqlite_file(database_url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def writable_engine(database_url: str) -> Engine:
    path = sqlite_file(database_url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return create_engine(database_url)


def read_only_engine(database_url: str) -> Engine:
    path = sqlite_file(database_url)
    if path is None:
        if make_url(database_url).get_backend_name() == "postgresql":
            # The server itself refuses writes ("cannot execute … in a read-only
            # transaction"): a session default set at connect time, for every connection.
            return create_engine(
                database_url, connect_args={"options": "-c default_transaction_read_only=on"}
            )
        return create_engine(database_url)
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")

    @event.listens_for(engine, "connect")
    def _query_only(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Belt and braces: even a connection opened some other way refuses writes.
        dbapi_connection.execute("PRAGMA query_only = ON")

    return engine


def printable(database_url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(database_url).render_as_string(hide_password=True)
