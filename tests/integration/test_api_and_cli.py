"""The tester contract: /healthz, DEMO_TODAY, /api/v1/personas; the CLI; bounded queries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event
from sqlalchemy.orm import Session

from demo.cli import personas_command, seed_command
from demo.clock import DEFAULT_DEMO_DATE, parse_demo_today
from demo.store.database import UnusableDatabase
from demo.store.engines import writable_engine
from demo.store.models import SeedInfo
from tests.support import log_in


def personas(client: FlaskClient) -> dict[str, dict[str, object]]:
    body = client.get("/api/v1/personas").get_json()
    return {p["id"]: p for p in body["personas"]}


def test_personas_api_has_the_contract_fields(client: FlaskClient) -> None:
    cast = personas(client)
    assert len(cast) == 20
    for persona in cast.values():
        assert {
            "id",
            "name",
            "personnummer",
            "birth_date",
            "age",
            "region",
            "scenario",
            "guardian_of",
            "can_read_own",
        } <= persona.keys()
    assert cast["karin"]["guardian_of"] == ["ella", "liam", "maja"]
    assert cast["fatima"]["guardian_of"] == ["noah", "yara"]
    assert cast["anna"]["can_read_own"] is True
    assert cast["maja"]["can_read_own"] is False
    assert cast["eva"]["can_read_own"] is False
    assert cast["tomasz"]["can_read_own"] is False
    assert cast["ella"]["age"] == 12


@pytest.mark.parametrize(
    ("today", "teo_reads", "teo_age"),
    [(date(2026, 12, 2), False, 15), (date(2026, 12, 3), True, 16)],
)
def test_personas_follow_demo_today(
    make_app: Callable[..., Flask], today: date, teo_reads: bool, teo_age: int
) -> None:
    with make_app(today).test_client() as client:
        teo = personas(client)["teo"]
        assert teo["can_read_own"] is teo_reads
        assert teo["age"] == teo_age
        assert client.get("/healthz").get_json()["demo_today"] == today.isoformat()


def test_demo_today_setting() -> None:
    assert parse_demo_today(None) == DEFAULT_DEMO_DATE
    assert parse_demo_today("") == DEFAULT_DEMO_DATE
    assert parse_demo_today("2027-02-28") == date(2027, 2, 28)
    assert parse_demo_today("live") == "live"
    with pytest.raises(ValueError):
        parse_demo_today("28/2/2027")


def test_api_errors_are_json(client: FlaskClient) -> None:
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.get_json()["status"] == 404


@contextmanager
def counted_queries(app: Flask) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, _params, _context, _many):  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = app.extensions["db_engine"]
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


@pytest.mark.parametrize(
    "path",
    [
        "/journal/gunnar/",
        "/journal/gunnar/provsvar/",
        "/journal/gunnar/provsvar/?sida=5",
        "/journal/gunnar/anteckningar/",
        "/journal/gunnar/diagnoser/",
    ],
)
def test_a_repeated_page_does_no_sql(app: Flask, client: FlaskClient, path: str) -> None:
    """The world is read once: the viewer, their household and the judged record come
    from the read model, so once a page has been served, serving it again asks nothing
    of the database."""
    log_in(client, "gunnar")
    assert client.get(path).status_code == 200
    with counted_queries(app) as statements:
        response = client.get(path)
    assert response.status_code == 200
    assert statements == []


def test_cli_lists_personas(app: Flask) -> None:
    listing = app.test_cli_runner().invoke(personas_command)
    assert listing.exit_code == 0
    maja = next(line for line in listing.output.splitlines() if line.startswith("maja "))
    assert "13-15" in maja and "förrän på 16-årsdagen, 24 maj 2028" in maja


def _seed_info(url: str) -> SeedInfo:
    with Session(writable_engine(url)) as session:
        info = session.get(SeedInfo, 1)
    assert info is not None
    return info


def test_cli_seeds_a_new_world(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    result = CliRunner().invoke(
        seed_command, ["--seed", "7", "--today", "2027-01-15"], env={"DATABASE_URL": url}
    )
    assert result.exit_code == 0, result.output
    info = _seed_info(url)
    assert (info.seed, info.today) == (7, date(2027, 1, 15))


def test_seed_if_missing_seeds_once_then_leaves_the_world_alone(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'world.sqlite'}"
    first = CliRunner().invoke(seed_command, ["--if-missing"], env={"DATABASE_URL": url})
    assert first.exit_code == 0 and "Seeded" in first.output, first.output
    fingerprint = _seed_info(url).fingerprint
    again = CliRunner().invoke(seed_command, ["--if-missing"], env={"DATABASE_URL": url})
    assert again.exit_code == 0 and "is seeded" in again.output, again.output
    assert fingerprint in again.output and _seed_info(url).fingerprint == fingerprint


def test_seed_if_missing_reseeds_a_stale_world_in_development_only(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'world.sqlite'}"
    CliRunner().invoke(seed_command, ["--seed", "1"], env={"DATABASE_URL": url})
    # DEMO_SEED=2 after a first start: the seed-1 world is stale now.
    production = CliRunner().invoke(
        seed_command,
        ["--if-missing"],
        env={"DATABASE_URL": url, "DEMO_SEED": "2", "DEMO_ENV": "production"},
    )
    assert production.exit_code != 0
    assert "seed 1" in production.output and "DEMO_SEED is 2" in production.output
    assert _seed_info(url).seed == 1  # refused, not replaced
    development = CliRunner().invoke(
        seed_command, ["--if-missing"], env={"DATABASE_URL": url, "DEMO_SEED": "2"}
    )
    assert development.exit_code == 0, development.output
    assert _seed_info(url).seed == 2


def test_the_app_refuses_a_world_of_another_seed(
    make_app: Callable[..., Flask], database_url: str
) -> None:
    with pytest.raises(UnusableDatabase, match="DEMO_SEED is 2") as stopped:
        make_app(DEMO_SEED=2)
    assert stopped.value.code != 0
    assert "seed --if-missing" in str(stopped.value)


def test_the_app_refuses_a_world_seeded_by_another_generator(
    make_app: Callable[..., Flask], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'world.sqlite'}"
    CliRunner().invoke(seed_command, [], env={"DATABASE_URL": url})
    with Session(writable_engine(url)) as session, session.begin():
        info = session.get(SeedInfo, 1)
        assert info is not None
        info.generator = "0" * 16  # as if a catalogue or a story had changed since
    with pytest.raises(UnusableDatabase, match="another version of the generator"):
        make_app(DATABASE_URL=url)


def test_the_fingerprint_names_the_world(tmp_path: Path) -> None:
    """Seed number, demo date and extra patients each give another world, another print."""
    prints: set[str] = set()
    for arguments in ([], ["--seed", "2"], ["--today", "2027-01-15"], ["--extra-patients", "1"]):
        url = f"sqlite:///{tmp_path / f'world-{len(prints)}.sqlite'}"
        result = CliRunner().invoke(seed_command, arguments, env={"DATABASE_URL": url})
        assert result.exit_code == 0, result.output
        prints.add(_seed_info(url).fingerprint)
    assert len(prints) == 4


def test_an_unexpected_error_shows_a_friendly_page_without_a_trace(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app()

    def broken() -> str:
        raise RuntimeError("secret internals")

    app.add_url_rule("/broken", view_func=broken)
    app.add_url_rule("/api/v1/broken", endpoint="api_broken", view_func=broken)
    with app.test_client() as client:
        page = client.get("/broken")
        assert page.status_code == 500
        assert "Något gick fel" in page.get_data(as_text=True)
        assert "secret internals" not in page.get_data(as_text=True)
        api = client.get("/api/v1/broken")
        assert api.status_code == 500 and api.get_json()["status"] == 500
