"""Which world a database holds, and whether the app may serve it.

The app never writes: it opens the database read-only and checks the recorded
fingerprint against the code it runs (demo/store/fingerprint.py). A missing,
unseeded, stale or corrupt database stops the start with a message that says
what to run; the seed command (`flask --app demo seed --if-missing`) is the
only writer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from demo.store.engines import printable, read_only_engine, sqlite_file
from demo.store.fingerprint import generator_digest
from demo.store.models import SeedInfo

SEED_HINT = "Run `flask --app demo seed --if-missing` (`make run` does) to seed it."


class UnusableDatabase(SystemExit):
    """Raised at start-up when the database cannot be served: a clear message, exit 1."""


@dataclass(frozen=True)
class WorldInfo:
    """What the seed step recorded about the world it wrote."""

    seed: int
    seeded_for: date
    extra_patients: int
    long_record: int
    generator: str
    fingerprint: str


def read_world_info(engine: Engine, database_url: str) -> WorldInfo | None:
    """The recorded world, or None when the database holds none (or an older shape)."""
    try:
        if not inspect(engine).has_table(SeedInfo.__tablename__):
            return None
        columns = {column["name"] for column in inspect(engine).get_columns("seed_info")}
        if "fingerprint" not in columns:
            return None  # seeded by an older version of the demo
        with Session(engine) as session:
            info = session.get(SeedInfo, 1)
    except DatabaseError as error:
        # A corrupt file is not silently replaced: someone should look at it.
        raise UnusableDatabase(
            f"journalen-demo cannot use the database at {printable(database_url)}: "
            f"{error.orig}. Remove the file (or run `flask --app demo reset-db`) to start afresh."
        ) from None
    if info is None:
        return None
    return WorldInfo(
        info.seed,
        info.today,
        info.extra_patients,
        info.long_record,
        info.generator,
        info.fingerprint,
    )


def stale_because(info: WorldInfo | None, seed: int) -> str | None:
    """Why the database does not hold the world this code and seed number make, or None."""
    if info is None:
        return "it holds no seeded world"
    if info.seed != seed:
        return f"it holds the world of seed {info.seed}, but DEMO_SEED is {seed}"
    if info.generator != generator_digest():
        return (
            "it was seeded by another version of the generator or its reference data "
            f"({info.generator}; this code is {generator_digest()})"
        )
    return None


def open_world(database_url: str, seed: int) -> tuple[Engine, WorldInfo]:
    """A read-only engine on a database that holds this code's world for `seed`."""
    path = sqlite_file(database_url)
    if path is not None and not path.exists():
        raise UnusableDatabase(
            f"journalen-demo has no database at {printable(database_url)}. {SEED_HINT}"
        )
    engine = read_only_engine(database_url)
    info = read_world_info(engine, database_url)
    problem = stale_because(info, seed)
    if problem is not None or info is None:
        engine.dispose()
        raise UnusableDatabase(
            f"journalen-demo will not serve the database at {printable(database_url)}: "
            f"{problem}. {SEED_HINT}"
        )
    return engine, info
