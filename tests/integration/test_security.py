"""Hardening: headers and cookies, production settings, a read-only and sound database,
session integrity."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text
from sqlalchemy.exc import InternalError, OperationalError

from demo import create_app
from demo.config import BadSetting, from_environment
from demo.security import UnsafeConfiguration
from demo.store.database import UnusableDatabase
from tests.support import log_in


def test_every_answer_carries_the_security_headers(client: FlaskClient) -> None:
    for path in ("/", "/logga-in", "/api/v1/personas", "/healthz", "/no-such-page"):
        headers = client.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp, path
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"
        assert "camera=()" in headers["Permissions-Policy"]


def test_journal_pages_are_not_cached(client: FlaskClient) -> None:
    log_in(client, "anna")
    assert client.get("/journal/anna/").headers["Cache-Control"] == "no-store"


def test_session_cookie_is_httponly_and_lax(client: FlaskClient) -> None:
    response = client.post("/logga-in/bankid/anna")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # plain http on a developer's machine


def test_secure_cookie_and_hsts_when_configured_for_https(make_app: Callable[..., Flask]) -> None:
    client = make_app(SESSION_COOKIE_SECURE=True).test_client()
    response = client.post("/logga-in/bankid/anna")
    assert "Secure" in response.headers["Set-Cookie"]
    assert "max-age" in response.headers["Strict-Transport-Security"]


@pytest.mark.parametrize(
    "unsafe",
    [
        {"SECRET_KEY": "journalen-demo-local-development-only"},
        {"SECRET_KEY": "short"},
        {"SECRET_KEY": "x" * 40, "DEBUG": True},
    ],
    ids=["built-in key", "short key", "debug on"],
)
def test_production_refuses_unsafe_settings(database_url: str, unsafe: dict[str, object]) -> None:
    with pytest.raises(UnsafeConfiguration, match="refuses to start in production"):
        create_app({"DATABASE_URL": database_url, "PRODUCTION": True, **unsafe})


def test_production_starts_with_safe_settings(database_url: str) -> None:
    app = create_app({"DATABASE_URL": database_url, "PRODUCTION": True, "SECRET_KEY": "k" * 40})
    assert app.test_client().get("/healthz").status_code == 200


def test_production_setting_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, database_url: str
) -> None:
    monkeypatch.setenv("DEMO_ENV", "production")
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(UnsafeConfiguration):
        create_app()
    monkeypatch.setenv("SECRET_KEY", "s" * 48)
    app = create_app()
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_errors_show_no_stack_trace_in_production(database_url: str) -> None:
    app = create_app({"DATABASE_URL": database_url, "PRODUCTION": True, "SECRET_KEY": "k" * 40})

    def broken() -> str:
        raise ValueError("internal detail")

    app.add_url_rule("/broken", view_func=broken)
    response = app.test_client().get("/broken")
    assert response.status_code == 500
    assert "internal detail" not in response.get_data(as_text=True)
    assert "Traceback" not in response.get_data(as_text=True)


def test_the_database_is_read_only_at_run_time(app: Flask) -> None:
    """On both databases (tests/integration/conftest.py): SQLite opened with mode=ro says
    "readonly database", PostgreSQL's read-only default "read-only transaction"."""
    engine = app.extensions["db_engine"]
    with (
        engine.connect() as connection,
        pytest.raises((OperationalError, InternalError), match=r"read-?only"),
    ):
        connection.execute(text("DELETE FROM entries"))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM entries")).scalar_one() > 1000


def test_a_missing_database_stops_the_start_and_says_how_to_seed(tmp_path: Path) -> None:
    """The factory writes nothing (gunicorn workers would race on a fresh volume)."""
    path = tmp_path / "new" / "world.sqlite"
    with pytest.raises(UnusableDatabase, match="seed --if-missing") as stopped:
        create_app({"DATABASE_URL": f"sqlite:///{path}"})
    assert stopped.value.code != 0
    assert not path.exists()


def test_a_corrupt_database_stops_the_start_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(UnusableDatabase, match="cannot use the database") as stopped:
        create_app({"DATABASE_URL": f"sqlite:///{path}"})
    assert stopped.value.code != 0
    assert path.read_bytes().startswith(b"this is not a database")  # left for someone to look at


def test_a_tampered_session_cookie_starts_the_visitor_afresh(client: FlaskClient) -> None:
    log_in(client, "anna")
    assert client.get("/journal/anna/").status_code == 200
    cookie = client.get_cookie("session")
    assert cookie is not None
    value = cookie.value
    tampered = value[:-3] + ("AAA" if not value.endswith("AAA") else "BBB")
    client.set_cookie("session", tampered)
    response = client.get("/journal/anna/")
    assert response.status_code == 302 and "/logga-in" in response.headers["Location"]


def test_a_session_signed_with_another_key_is_refused(
    make_app: Callable[..., Flask],
) -> None:
    other = make_app(SECRET_KEY="another-key-" + "x" * 30).test_client()
    log_in(other, "anna")
    forged = other.get_cookie("session")
    assert forged is not None
    client = make_app().test_client()
    client.set_cookie("session", forged.value)
    assert client.get("/journal/anna/").status_code == 302


def test_the_largest_session_stays_well_under_4_kb(client: FlaskClient) -> None:
    log_in(client, "karin")
    client.post("/journal/val", data={"dolj_nya": "ja"})
    client.post(
        "/installningar",
        data={
            "dolj_nya": "ja",
            "regionalt_val": ["show_unsigned_notes", "delay_all", "delay_signed_notes"],
        },
    )
    client.post("/demo/datum", data={"atgard": "satt", "datum": "2099-12-31"})
    client.post("/demo/forklaring", data={"tillbaka": "/" + "x" * 3000})
    client.get("/journal/ingen/")  # a 404 page: nothing more stored
    client.get("/journal/karin/")  # a page with forms: the CSRF token is stored too
    client.post("/logga-ut")
    client.get("/journal/karin/")  # flashes "log in to read"
    cookie = client.get_cookie("session")
    assert cookie is not None
    assert len(cookie.value) < 1500, len(cookie.value)
    log_in(client, "karin")
    client.post("/demo/datum", data={"atgard": "satt", "datum": "2099-12-31"})
    client.get("/journal/karin/")
    cookie = client.get_cookie("session")
    assert cookie is not None
    assert len(cookie.value) < 1500, len(cookie.value)


@pytest.mark.parametrize(
    ("variable", "value"),
    [("DEMO_TODAY", "yesterday"), ("DEMO_TODAY", "2026-02-30"), ("DEMO_SEED", "one")],
)
def test_an_unreadable_setting_stops_the_start_with_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(BadSetting, match=variable) as stopped:
        create_app()
    assert stopped.value.code != 0


def test_empty_settings_count_as_unset(monkeypatch: pytest.MonkeyPatch, database_url: str) -> None:
    monkeypatch.setenv("DEMO_TODAY", "")
    monkeypatch.setenv("DEMO_SEED", "")
    monkeypatch.setenv("SECRET_KEY", "")
    app = create_app({"DATABASE_URL": database_url})
    assert app.config["DEMO_SEED"] == 1 and app.config["SECRET_KEY"]
    monkeypatch.setenv("DATABASE_URL", "")
    settings = from_environment("/somewhere/instance")
    assert settings["DATABASE_URL"] == "sqlite:////somewhere/instance/journalen-demo.sqlite"
