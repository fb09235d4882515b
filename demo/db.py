"""The database: one engine per app, one session per request, read-only at run time.

The seeded world never changes while the app serves it. A SQLite database is
opened with `mode=ro`, so no bug in a page can write to it; only `seed/`
(through `writable_engine`) writes.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from demo.clock import DEFAULT_DEMO_DATE
from demo.models import SeedInfo
from seed import SCHEMA_VERSION, seed_database


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
        return create_engine(database_url)
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")

    @event.listens_for(engine, "connect")
    def _query_only(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Belt and braces: even a connection opened some other way refuses writes.
        dbapi_connection.execute("PRAGMA query_only = ON")

    return engine


def is_seeded(engine: Engine) -> bool:
    """Whether the database holds a complete world of the current shape."""
    if not inspect(engine).has_table(SeedInfo.__tablename__):
        return False
    with Session(engine) as session:
        info = session.get(SeedInfo, 1)
        return info is not None and info.schema_version == SCHEMA_VERSION


def init_app(app: Flask) -> None:
    engine = read_only_engine(app.config["DATABASE_URL"])
    app.extensions["db_sessionmaker"] = sessionmaker(engine, expire_on_commit=False)
    app.extensions["db_engine"] = engine
    app.teardown_appcontext(_close_session)


def db_session() -> Session:
    """The request's database session (opened on first use)."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["db_sessionmaker"]()
    session: Session = g.db_session
    return session


def _close_session(_error: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


def ensure_seeded(app: Flask) -> None:
    """Create and seed the database on first run (`make run` on a fresh machine)."""
    url = app.config["DATABASE_URL"]
    engine = writable_engine(url)
    try:
        if not is_seeded(engine):
            app.logger.info("Seeding the demo database at %s", url)
            seed_database(engine, app.config["DEMO_SEED"], DEFAULT_DEMO_DATE)
    except DatabaseError as error:
        # A corrupt file is not silently replaced: someone should look at it.
        raise UnusableDatabase(
            f"journalen-demo cannot use the database at {make_url(url).render_as_string()}: "
            f"{error.orig}. Remove the file (or run `flask --app demo reset-db`) to start afresh."
        ) from None
    finally:
        engine.dispose()


class UnusableDatabase(SystemExit):
    """Raised at start-up when the database exists but cannot be read."""
