"""The tester contract: /healthz, DEMO_TODAY, /api/v1/personas; the CLI; bounded queries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event
from sqlalchemy.orm import Session

from demo.clock import DEFAULT_DEMO_DATE, parse_demo_today
from demo.db import writable_engine
from demo.models import SeedInfo
from tests.conftest import log_in


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
    assert response.get_json()["error"]["status"] == 404


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
def test_pages_issue_a_bounded_number_of_queries(
    app: Flask, client: FlaskClient, path: str
) -> None:
    log_in(client, "gunnar")
    with counted_queries(app) as statements:
        response = client.get(path)
    assert response.status_code == 200
    # The viewer, the guardianships, the subject (and its guardianship), the entries.
    assert len(statements) <= 6, statements


def test_cli_lists_personas(app: Flask) -> None:
    listing = app.test_cli_runner().invoke(args=["personas"])
    assert listing.exit_code == 0
    assert "anna" in listing.output and "own_under_16" in listing.output


def test_cli_seeds_a_new_world(make_app: Callable[..., Flask], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    app = make_app(DATABASE_URL=url)  # created and seeded on first start
    result = app.test_cli_runner().invoke(args=["seed", "--seed", "7", "--today", "2027-01-15"])
    assert result.exit_code == 0, result.output
    with Session(writable_engine(url)) as session:
        info = session.get(SeedInfo, 1)
    assert info is not None and (info.seed, info.today) == (7, date(2027, 1, 15))


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
        assert api.status_code == 500 and api.get_json()["error"]["status"] == 500
