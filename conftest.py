"""Fixtures for every test tier (tests/ and e2e/): the seeded world and the catalogue."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hypothesis import settings

from tests.support import SEEDED, Fingerprint, seed_world, share_compiled_templates

# In CI the property tests run the same examples every time, so a landing is never
# decided by chance; on a developer's machine they explore new ones each run.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = ROOT / "translations"


def pytest_configure(config: pytest.Config) -> None:
    share_compiled_templates()  # compiled once per process, not once per test's app


def _start_early(item: pytest.Item) -> int:
    """The long tests first, so that two xdist workers finish together: the cluster test,
    the accessibility tour, the other browser tests, the property tests, then the rest."""
    path = Path(str(item.path)).resolve()
    if ROOT / "tests" / "cluster" in path.parents:
        return 0
    if path == ROOT / "e2e" / "test_accessibility_tour.py":
        return 1
    if ROOT / "e2e" in path.parents:
        return 2
    if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
        return 3
    return 4


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=_start_early)  # stable: each group keeps its order (a shuffle comes after)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Compile each messages.po to .mo when it is missing or stale, so `pytest` needs no `make`."""
    for po_path in TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file)
        # Written aside and moved into place: another test process may be reading it.
        partial = mo_path.with_name(f"{mo_path.name}.{os.getpid()}")
        with partial.open("wb") as mo_file:
            write_mo(mo_file, catalog)
        partial.replace(mo_path)


@pytest.fixture(scope="session")
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The default world, seeded once per test process (each xdist worker has its own: seeding
    takes under a second) into a temporary SQLite file."""
    url = f"sqlite:///{tmp_path_factory.mktemp('world') / 'journalen-demo.sqlite'}"
    seed_world(request.config, url)
    return url


@pytest.fixture
def seeded_fingerprint(request: pytest.FixtureRequest, database_url: str) -> Fingerprint:
    """`database_url`'s fingerprint (tests.support.database_fingerprint) taken right after
    it was seeded, before any test could read it: what it must still be."""
    return request.config.stash[SEEDED][database_url]
