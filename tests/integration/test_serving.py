"""Serving in production: ProxyFix behind one TLS-terminating proxy, readiness, the JSON
access log, gunicorn's settings, and `make serve`'s exact gunicorn command end to end."""

from __future__ import annotations

import http.cookiejar
import importlib
import json
import os
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask, request

from demo import gunicorn_config
from demo.access_log import access_record
from demo.config import BadSetting, from_environment
from tests.processes import accepted_by, children, free_port, wait_until

ROOT = Path(__file__).resolve().parents[2]
# What a TLS-terminating proxy in front sends (and what a client may forge).
FORWARDED = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-For": "203.0.113.7",
    "X-Forwarded-Host": "journalen-demo.example",
}


def with_probe(app: Flask) -> Flask:
    """The app with a route that says what it believes of the request."""

    def probe() -> dict[str, object]:
        return {"scheme": request.scheme, "remote_addr": request.remote_addr, "host": request.host}

    app.add_url_rule("/_probe", "probe", probe)
    return app


# --- ProxyFix: exactly the trusted proxies' headers --------------------------------------


def test_behind_the_trusted_proxy_the_app_knows_it_is_https(
    make_app: Callable[..., Flask],
) -> None:
    client = with_probe(make_app(DEMO_TRUSTED_PROXIES=1)).test_client()
    seen = client.get("/_probe", headers=FORWARDED).get_json()
    assert seen == {
        "scheme": "https",
        "remote_addr": "203.0.113.7",
        "host": "journalen-demo.example",
    }


def test_without_a_trusted_proxy_forwarded_headers_are_ignored(
    make_app: Callable[..., Flask],
) -> None:
    client = with_probe(make_app()).test_client()  # DEMO_TRUSTED_PROXIES defaults to 0
    seen = client.get("/_probe", headers=FORWARDED).get_json()
    assert seen == {"scheme": "http", "remote_addr": "127.0.0.1", "host": "localhost"}


def test_only_the_last_hop_is_trusted(make_app: Callable[..., Flask]) -> None:
    """A client's own X-Forwarded-For before the proxy's value is not believed."""
    client = with_probe(make_app(DEMO_TRUSTED_PROXIES=1)).test_client()
    headers = {**FORWARDED, "X-Forwarded-For": "198.51.100.1, 203.0.113.7"}
    assert client.get("/_probe", headers=headers).get_json()["remote_addr"] == "203.0.113.7"


def test_secure_cookie_and_hsts_behind_the_proxy_with_demo_https(
    monkeypatch: pytest.MonkeyPatch, make_app: Callable[..., Flask]
) -> None:
    monkeypatch.setenv("DEMO_HTTPS", "1")
    monkeypatch.setenv("DEMO_TRUSTED_PROXIES", "1")
    settings = from_environment("/nowhere")
    app = make_app(
        SESSION_COOKIE_SECURE=settings["SESSION_COOKIE_SECURE"],
        DEMO_TRUSTED_PROXIES=settings["DEMO_TRUSTED_PROXIES"],
    )
    response = app.test_client().post("/logga-in/bankid/anna", headers=FORWARDED)
    assert response.status_code == 302
    assert "Secure" in response.headers["Set-Cookie"]
    assert "max-age" in response.headers["Strict-Transport-Security"]


def test_a_form_posts_over_https_behind_the_proxy(make_app: Callable[..., Flask]) -> None:
    """Over https Flask-WTF wants a same-origin Referer: the forwarded host must be believed."""
    app = make_app(DEMO_TRUSTED_PROXIES=1, WTF_CSRF_ENABLED=True, SESSION_COOKIE_SECURE=True)
    client = app.test_client()
    token = client.get("/api/v1/csrf-token", headers=FORWARDED).get_json()["csrf_token"]
    referer = {"Referer": "https://journalen-demo.example/logga-in/bankid"}
    response = client.post(
        "/logga-in/bankid/anna", data={"csrf_token": token}, headers={**FORWARDED, **referer}
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:300]


@pytest.mark.parametrize(("value", "expected"), [(None, 0), ("", 0), ("0", 0), ("1", 1), ("2", 2)])
def test_trusted_proxies_setting(
    monkeypatch: pytest.MonkeyPatch, value: str | None, expected: int
) -> None:
    if value is None:
        monkeypatch.delenv("DEMO_TRUSTED_PROXIES", raising=False)
    else:
        monkeypatch.setenv("DEMO_TRUSTED_PROXIES", value)
    assert from_environment("/nowhere")["DEMO_TRUSTED_PROXIES"] == expected


@pytest.mark.parametrize("value", ["yes", "-1", "1.5"])
def test_an_unreadable_trusted_proxies_setting_stops_the_start(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("DEMO_TRUSTED_PROXIES", value)
    with pytest.raises(BadSetting, match="DEMO_TRUSTED_PROXIES"):
        from_environment("/nowhere")


# --- Readiness --------------------------------------------------------------------------


def test_readyz_names_the_same_world_as_healthz(app: Flask) -> None:
    client = app.test_client()
    ready = client.get("/readyz")
    assert ready.status_code == 200
    body = ready.get_json()
    assert body["status"] == "ready"
    assert body["world"] == client.get("/healthz").get_json()["world"]
    assert body["world"]["fingerprint"] == app.extensions["world_info"].fingerprint


class _NoPersonas:
    personas = ()


class _Broken:
    def __init__(self, world: Any) -> None:
        self.personas = world.personas
        self.household = world.household
        self.subject = world.subject

    def judged(self, *args: object) -> None:
        raise RuntimeError("the record cannot be read")


@pytest.mark.parametrize(
    ("replace", "reason"),
    [
        (lambda world: None, "not loaded"),
        (lambda world: _NoPersonas(), "no personas"),
        (_Broken, "could not judge"),
    ],
    ids=["no read model", "no personas", "judging fails"],
)
def test_readyz_answers_503_with_a_reason(
    app: Flask, replace: Callable[[Any], Any], reason: str
) -> None:
    app.extensions["world"] = replace(app.extensions["world"])
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "not ready" and reason in body["reason"]
    assert body["world"]["fingerprint"] == app.extensions["world_info"].fingerprint


# --- The access log and gunicorn's settings ----------------------------------------------


def test_the_access_record_has_no_query_string_nor_personnummer() -> None:
    environ = {
        "REMOTE_ADDR": "203.0.113.7",
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/journal/19121212-1212/",
        "QUERY_STRING": "sida=2&personnummer=191212121212",
        "HTTP_COOKIE": "session=very-secret",
        "HTTP_USER_AGENT": "probe 201212121212",
    }
    record = access_record("404 NOT FOUND", 123, environ, 0.0125)
    assert set(record) == {
        "time",
        "remote_addr",
        "method",
        "path",
        "status",
        "bytes",
        "duration_ms",
        "user_agent",
    }
    assert record["path"] == "/journal/[personnummer]/"
    assert record["user_agent"] == "probe [personnummer]"
    assert (record["status"], record["bytes"], record["duration_ms"]) == (404, 123, 12.5)
    line = json.dumps(record)
    assert "secret" not in line and "sida" not in line
    assert "19121212" not in line and "201212121212" not in line


def test_workers_follow_the_cores_or_demo_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [gunicorn_config.workers_for(cores) for cores in (1, 2, 4, 16)] == [2, 2, 4, 16]
    try:
        monkeypatch.setenv("DEMO_WORKERS", "5")
        monkeypatch.setenv("DEMO_BIND", "0.0.0.0:9000")
        settings = importlib.reload(gunicorn_config)
        assert (settings.workers, settings.bind) == (5, ["0.0.0.0:9000"])
        assert settings.preload_app is True and settings.worker_class == "sync"
        assert settings.graceful_timeout < 30  # Kubernetes' default grace period
        monkeypatch.setenv("DEMO_WORKERS", "many")
        with pytest.raises(SystemExit, match="DEMO_WORKERS"):
            importlib.reload(gunicorn_config)
    finally:
        monkeypatch.delenv("DEMO_WORKERS")
        monkeypatch.delenv("DEMO_BIND")
        importlib.reload(gunicorn_config)


# --- `make serve`'s gunicorn command, end to end -------------------------------------------

GUNICORN = [
    str(Path(sys.executable).parent / "gunicorn"),
    "-c",
    "python:demo.gunicorn_config",
    "demo:create_app()",
]


@pytest.fixture
def served(database_url: str, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """gunicorn as `make serve` runs it, on a free port, stopped (or killed) afterwards."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEMO_BIND": f"127.0.0.1:{port}",
        "DEMO_WORKERS": "2",
    }
    env.pop("DEMO_TRUSTED_PROXIES", None)
    with (tmp_path / "stdout").open("wb") as out, (tmp_path / "stderr").open("wb") as err:
        server = subprocess.Popen(GUNICORN, cwd=ROOT, env=env, stdout=out, stderr=err)
    base = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        if server.poll() is not None:
            pytest.fail(f"gunicorn stopped: {(tmp_path / 'stderr').read_text()[-2000:]}")
        with urllib.request.urlopen(f"{base}/readyz", timeout=2) as answer:
            return answer.status == 200

    try:
        wait_until(ready, 60, "gunicorn to be ready")
        yield server, base
    finally:
        if server.poll() is None:
            server.kill()
        server.wait(timeout=10)


def test_make_serve_entry_point_end_to_end(
    served: tuple[subprocess.Popen[bytes], str], tmp_path: Path
) -> None:
    server, base = served
    port = int(base.rsplit(":", 1)[1])
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with browser.open(f"{base}/api/v1/csrf-token", timeout=5) as answer:
        token = json.load(answer)["csrf_token"]
    # A client's own X-Forwarded-Proto is ignored (no trusted proxy; gunicorn's handling,
    # which trusts 127.0.0.1, is off): were it believed, Flask-WTF would refuse this
    # Referer-less POST as https.
    login = urllib.request.Request(
        f"{base}/logga-in/bankid/anna",
        data=f"csrf_token={token}".encode(),
        headers={"X-Forwarded-Proto": "https"},
    )
    with browser.open(login, timeout=5) as answer:
        assert answer.status == 200  # followed the redirect into the journal
    with browser.open(f"{base}/journal/anna/anteckningar/?sida=1", timeout=5) as answer:
        assert answer.status == 200
        headers = answer.headers
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Cache-Control"] == "no-store"
    cookie = next(c.value for c in jar if c.name == "session" and c.value is not None)

    # SIGTERM with a request in flight (its headers half sent): it is still answered.
    workers = children(server.pid)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
        slow.sendall(b"GET /journal/anna/?sida=1 HTTP/1.1\r\nHost: localhost\r\n")
        # A worker has accepted it (holds its server side) and is reading the headers.
        client_port = slow.getsockname()[1]
        wait_until(lambda: accepted_by(workers, port, client_port), 10, "a worker to accept")
        server.send_signal(signal.SIGTERM)
        wait_until(
            lambda: "Handling signal: term" in (tmp_path / "stderr").read_text(),
            10,
            "gunicorn to take the SIGTERM",
        )
        slow.sendall(b"Cookie: session=" + cookie.encode() + b"\r\nConnection: close\r\n\r\n")
        answer_bytes = b""
        while chunk := slow.recv(65536):
            answer_bytes += chunk
    assert answer_bytes.startswith(b"HTTP/1.1 200 "), answer_bytes[:200]
    assert server.wait(timeout=gunicorn_config.graceful_timeout + 5) == 0

    lines = (tmp_path / "stdout").read_text().splitlines()
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    paths = [record["path"] for record in records]
    assert "/journal/anna/anteckningar/" in paths and "/journal/anna/" in paths
    assert all("?" not in path and "sida" not in path for path in paths)
    logs = (tmp_path / "stdout").read_text() + (tmp_path / "stderr").read_text()
    assert cookie not in logs and token not in logs
