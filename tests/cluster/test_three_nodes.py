"""Three gunicorn nodes behind nginx on 127.0.0.1: one visitor moves between them, and
50 visitors keep reading while one node is drained and another killed.

Every visitor's state is in a cookie signed with the shared SECRET_KEY and the
world is read-only and deterministic, so any node can answer any request. Run
on SQLite (each node seeded its own file with `flask --app demo seed`) and on
one shared PostgreSQL (tests/postgres.py). The balancer is Debian's nginx:
round-robin, retrying GETs on the next node after a connection error, a
timeout, a 502 or a 503; nginx never resends a POST once it reached a node,
so a POST lost with a killed node is counted and reported, not hidden.

The load lasts CLUSTER_SECONDS (60 by default), each visitor pausing CLUSTER_PAUSE
seconds on average between clicks (0.15 by default). Everything listens on
127.0.0.1 only, and every process started here is killed at the end.
"""

from __future__ import annotations

import http.client
import http.cookiejar
import json
import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.postgres import TemporaryPostgres, pg_bin_or_skip
from tests.processes import children, free_port, wait_until

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent  # the venv's flask and gunicorn
SECONDS = float(os.environ.get("CLUSTER_SECONDS") or 60)
# A visitor's mean pause between clicks (CLUSTER_PAUSE seconds): 0.15, 250-300 requests/s
# from the 50; `make test` sets 0.6 (a quarter of the load) for its 15 s smoke run.
PAUSE = float(os.environ.get("CLUSTER_PAUSE") or 0.15)
VISITORS = 50
PERSONAS = ("anna", "gunnar", "lars", "sara", "mikael", "sofia", "hassan", "karin")
PAGES = ("", "anteckningar/", "provsvar/", "diagnoser/")
SECRET_KEY = secrets.token_hex(32)  # one key for all three nodes, new each run

# Under pytest-xdist (`make test`), both clusters on one worker, one after the other: never
# two loads at once on a 2-core machine.
pytestmark = pytest.mark.xdist_group("cluster")


def find_nginx() -> str:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else "")
    if not nginx:
        if os.environ.get("CI"):
            pytest.fail("nginx is required in CI: `apt-get install nginx-light` (.ci/run does)")
        pytest.skip("no nginx: `apt-get install nginx-light` (.ci/run does)")
    return nginx


# --- the cluster -------------------------------------------------------------------


def get_json(url: str, timeout: float = 5) -> dict[str, object]:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read())


class Node:
    """One gunicorn node: the checked-in config when there is one, a process group of its own
    (so SIGKILL takes the master and its workers at once, as a crashed machine would)."""

    def __init__(self, number: int, database_url: str, directory: Path) -> None:
        self.number = number
        self.database_url = database_url
        self.port = free_port()
        self.log = directory / f"node{number}.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        bind = f"127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "SECRET_KEY": SECRET_KEY,
            "DEMO_ENV": "development",
            "DEMO_HTTPS": "0",
            "DEMO_BIND": bind,
            "DEMO_WORKERS": "2",
            "DEMO_TRUSTED_PROXIES": "1",
        }
        if (ROOT / "demo" / "gunicorn_config.py").exists():
            command = [str(BIN / "gunicorn"), "-c", "python:demo.gunicorn_config"]
        else:
            command = [str(BIN / "gunicorn"), "-w", "2", "--preload", "-b", bind]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [*command, "demo:create_app()"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_until(self.healthy, 60, f"node {self.number} on {bind} (log: {self.log})")

    def healthy(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            raise AssertionError(f"node {self.number} exited: {self.log.read_text()[-3000:]}")
        return get_json(f"{self.url}/healthz", timeout=2)["status"] == "ok"

    def drain(self) -> float:
        """SIGTERM to the master: in-flight requests finish, then it exits. Seconds taken."""
        assert self.process is not None
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=40)
        return time.monotonic() - started

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


class Balancer:
    """nginx in the foreground with its own config, pid file and logs in a temp dir."""

    def __init__(self, nginx: str, nodes: list[Node], directory: Path) -> None:
        self.nginx = nginx
        self.nodes = nodes
        self.directory = directory
        self.port = free_port()
        self.config = directory / "nginx.conf"
        self.down: set[int] = set()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def write_config(self) -> None:
        d = self.directory
        servers = "\n".join(
            f"    server 127.0.0.1:{node.port} max_fails=1 fail_timeout=2s"
            f"{' down' if node.number in self.down else ''};"
            for node in self.nodes
        )
        # As root the workers would run as nobody, who cannot enter pytest's private temp dir.
        user = "user root;" if os.geteuid() == 0 else ""
        self.config.write_text(f"""{user}
daemon off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {d}/body;
  proxy_temp_path {d}/proxy;
  fastcgi_temp_path {d}/fastcgi;
  uwsgi_temp_path {d}/uwsgi;
  scgi_temp_path {d}/scgi;
  upstream nodes {{
{servers}
  }}
  server {{
    listen 127.0.0.1:{self.port};
    location / {{
      proxy_pass http://nodes;
      # GETs go to the next node on a refused or reset connection, a timeout, a 502/503;
      # without `non_idempotent`, a POST that reached a node is never sent again.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;
      proxy_read_timeout 30s;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Which node(s) answered: a list when nginx tried more than one.
      add_header X-Upstream $upstream_addr always;
    }}
  }}
}}
""")

    def start(self) -> None:
        self.write_config()
        subprocess.run([self.nginx, "-t", "-q", "-c", str(self.config)], check=True)
        self.process = subprocess.Popen(
            [self.nginx, "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=(self.directory / "nginx-stderr.log").open("wb"),
            start_new_session=True,
        )
        wait_until(lambda: get_json(f"{self.url}/healthz")["status"] == "ok", 20, "nginx")

    def set_down(self, number: int, down: bool) -> None:
        """Take a node out of (or back into) rotation: a reload, as an operator drains."""
        assert self.process is not None
        (self.down.add if down else self.down.discard)(number)
        master = self.process.pid
        old_workers = children(master)
        self.write_config()
        self.process.send_signal(signal.SIGHUP)
        # The new configuration holds once every old worker has finished what it held
        # and exited, and new ones serve in their place.
        wait_until(
            lambda: not children(master) & old_workers and children(master),
            20,
            "nginx to reload",
        )

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


@dataclass
class Cluster:
    nodes: list[Node]
    balancer: Balancer
    database: str


def seed(database_url: str, log: Path) -> subprocess.Popen[bytes]:
    """`flask --app demo seed`, as an operator seeds a node's database."""
    with log.open("wb") as out:
        return subprocess.Popen(
            [str(BIN / "flask"), "--app", "demo", "seed"],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": database_url},
            stdout=out,
            stderr=subprocess.STDOUT,
        )


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def cluster(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Cluster]:
    nginx = find_nginx()
    directory = tmp_path_factory.mktemp(f"cluster-{request.param}")
    server: TemporaryPostgres | None = None
    nodes: list[Node] = []
    balancer: Balancer | None = None
    try:
        if request.param == "postgresql":
            server = TemporaryPostgres(pg_bin_or_skip())
            server.start()
            urls = [server.create_database("journalen_demo")] * 3  # one shared database
        else:
            urls = [f"sqlite:///{directory / f'node{n}.sqlite'}" for n in (1, 2, 3)]
        seeding = [seed(url, directory / f"seed{n}.log") for n, url in enumerate(set(urls))]
        for n, process in enumerate(seeding):
            assert process.wait(timeout=120) == 0, (directory / f"seed{n}.log").read_text()
        nodes = [Node(n, url, directory) for n, url in zip((1, 2, 3), urls, strict=True)]
        for node in nodes:
            node.start()
        balancer = Balancer(nginx, nodes, directory)
        balancer.start()
        yield Cluster(nodes, balancer, request.param)
    finally:
        if balancer is not None:
            balancer.stop()
        for node in nodes:
            node.kill()
        if server is not None:
            server.stop()


# --- a visitor ---------------------------------------------------------------------


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # a 302 is an answer to count, not to follow


class Visitor:
    """A browser of sorts: its own cookie jar, no redirects followed."""

    def __init__(self) -> None:
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirects()
        )

    def request(
        self, url: str, form: dict[str, str] | None = None, timeout: float = 30
    ) -> tuple[int | str, bytes, str]:
        """(status, body, the X-Upstream header); HTTP errors are answers too, and so is an
        answer cut off in the middle of its body (status CUT_OFF)."""
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self.opener.open(url, data=data, timeout=timeout) as response:
                upstream = response.headers.get("X-Upstream", "")
                try:
                    return response.status, response.read(), upstream
                except http.client.IncompleteRead as cut:
                    return CUT_OFF, cut.partial, upstream
        except urllib.error.HTTPError as error:
            return error.code, error.read(), error.headers.get("X-Upstream", "")

    def token(self, base: str) -> str:
        status, body, _ = self.request(f"{base}/api/v1/csrf-token")
        assert status == 200, status
        return str(json.loads(body)["csrf_token"])

    def post(self, base: str, path: str, **form: str) -> int | str:
        status, _, _ = self.request(f"{base}{path}", {"csrf_token": self.token(base), **form})
        return status

    def me(self, base: str) -> dict[str, object]:
        status, body, _ = self.request(f"{base}/api/v1/me")
        assert status == 200, (base, status)
        return json.loads(body)


def test_a_visitor_moves_between_nodes_with_everything_intact(cluster: Cluster) -> None:
    one, two, three = (node.url for node in cluster.nodes)
    visitor = Visitor()
    assert visitor.post(one, "/logga-in/bankid/karin") == 302
    assert visitor.post(two, "/demo/datum", atgard="plus1", tillbaka="/") == 302
    assert visitor.post(three, "/demo/forklaring", tillbaka="/") == 302
    seen = [visitor.me(base) for base in (one, two, three, cluster.balancer.url)]
    for me in seen:
        assert me["person"]["id"] == "karin"  # type: ignore[index]
        assert me["demo_today"] == "2026-11-27"  # moved one day on node 2
        assert me["explain"] is True  # turned on at node 3
        assert me["choices"] == seen[0]["choices"]
    status, _, _ = visitor.request(f"{three}/journal/karin/")
    assert status == 200


def test_every_node_serves_the_same_world(cluster: Cluster) -> None:
    worlds = [get_json(f"{node.url}/healthz")["world"] for node in cluster.nodes]
    assert len({json.dumps(world, sort_keys=True) for world in worlds}) == 1, worlds


# --- many visitors, one node drained, one killed -----------------------------------


# An answer whose body stopped short: its node died while sending it. nginx cannot send a
# GET again once it has started answering, so a SIGKILL can cut off what was in flight.
CUT_OFF = "cut off"


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses: Counter[str] = field(default_factory=Counter)
    get_errors: list[str] = field(default_factory=list)
    posts_ok: int = 0
    posts_lost: list[str] = field(default_factory=list)
    retried: int = 0  # answers for which nginx tried more than one node
    drain_window: list[tuple[str, int]] = field(default_factory=list)
    draining: bool = False
    killed_at: float | None = None  # when node 3 was SIGKILLed (time.monotonic())
    cut_by_the_kill: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # "127.0.0.1:port": "node 2"

    def via(self, upstream: str) -> str:
        """Which node(s) nginx tried, by name."""
        tried = [
            self.names.get(address.strip(), address.strip()) for address in upstream.split(",")
        ]
        return " then ".join(tried) if upstream else "no node"

    def record(self, method: str, path: str, status: int | str, upstream: str) -> None:
        with self.lock:
            self.statuses[f"{method} {status}"] += 1
            self.retried += "," in upstream
            if self.draining:
                self.drain_window.append((method, status if isinstance(status, int) else 0))
            if (
                method == "GET"
                and status == CUT_OFF
                and self.via(upstream) == "node 3"
                and self.killed_at is not None
                and time.monotonic() - self.killed_at < 5
            ):
                # In flight on the node killed a moment ago: what a crash does, reported.
                self.cut_by_the_kill.append(path)
            elif method == "GET" and status != 200:
                self.get_errors.append(f"GET {path}: {status} via {self.via(upstream)}")
            elif method == "POST":
                if status == 302:
                    self.posts_ok += 1
                else:
                    self.posts_lost.append(f"POST {path}: {status} via {self.via(upstream)}")


def call(
    visitor: Visitor, tally: Tally, base: str, path: str, form: dict[str, str] | None = None
) -> tuple[int | str, bytes]:
    """One request, recorded: its status, or the error that stood in for one."""
    status: int | str
    try:
        status, body, upstream = visitor.request(f"{base}{path}", form)
    except (OSError, http.client.HTTPException) as error:  # a reset, a timeout, a bad answer
        status, body, upstream = type(error).__name__, b"", ""
    tally.record("GET" if form is None else "POST", path, status, upstream)
    return status, body


def visit(base: str, person: str, deadline: float, tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    visitor = Visitor()
    token = ""
    logged_in = False
    while time.monotonic() < deadline:
        if not token:
            status, body = call(visitor, tally, base, "/api/v1/csrf-token")
            token = str(json.loads(body)["csrf_token"]) if status == 200 else ""
        elif not logged_in:
            status, _ = call(
                visitor, tally, base, f"/logga-in/bankid/{person}", {"csrf_token": token}
            )
            logged_in = status == 302
            token = ""  # a fresh token after login
        elif rng.random() < 0.1:
            action = rng.choice(("plus1", "aterstall"))
            form = {"csrf_token": token, "atgard": action, "tillbaka": "/"}
            call(visitor, tally, base, "/demo/datum", form)
        else:
            call(visitor, tally, base, f"/journal/{person}/{rng.choice(PAGES)}")
        time.sleep(rng.uniform(PAUSE / 3, PAUSE * 5 / 3))  # a visitor reads between clicks


def test_fifty_visitors_survive_a_drain_and_a_kill(
    cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    nodes, balancer = cluster.nodes, cluster.balancer
    tally = Tally(names={f"127.0.0.1:{node.port}": f"node {node.number}" for node in nodes})
    started = time.monotonic()
    deadline = started + SECONDS
    visitors = [
        threading.Thread(
            target=visit,
            args=(balancer.url, PERSONAS[n % len(PERSONAS)], deadline, tally, n),
            daemon=True,
        )
        for n in range(VISITORS)
    ]
    for thread in visitors:
        thread.start()
    events: list[str] = []
    killed_at = float("inf")
    try:
        time.sleep(SECONDS * 0.2)
        # The drain, as an operator does it: out of rotation, then SIGTERM; what the node
        # holds finishes, then it exits; restarted and back in rotation.
        tally.draining = True
        balancer.set_down(2, True)
        took = nodes[1].drain()
        tally.draining = False
        events.append(f"node 2 drained by SIGTERM, exited in {took:.1f} s")
        nodes[1].start()
        balancer.set_down(2, False)
        events.append("node 2 restarted")
        time.sleep(max(0.0, started + SECONDS * 0.55 - time.monotonic()))
        # The crash: no warning to the balancer; it finds out from refused connections.
        killed_at = tally.killed_at = time.monotonic()
        nodes[2].kill()
        events.append(f"node 3 killed by SIGKILL after {killed_at - started:.1f} s")
        time.sleep(1.0)  # down for a second: the balancer meets refused connections
        nodes[2].start()
        events.append("node 3 restarted")
    finally:
        for thread in visitors:
            thread.join(timeout=SECONDS + 60)
    fingerprints = {
        str(get_json(f"{node.url}/healthz")["world"]["fingerprint"])  # type: ignore[index]
        for node in nodes
    }
    requests = sum(tally.statuses.values())
    drain_errors = [r for r in tally.drain_window if r[1] not in (200, 302)]
    report = "\n".join(
        [
            f"cluster of 3 nodes ({cluster.database}) behind nginx, {VISITORS} visitors, "
            f"{SECONDS:.0f} s:",
            *(f"  {event}" for event in events),
            f"  requests: {requests} ({requests / SECONDS:.0f}/s); "
            + ", ".join(f"{k}: {v}" for k, v in sorted(tally.statuses.items())),
            f"  answered after nginx retried on another node: {tally.retried}",
            f"  visitor-visible GET errors: {len(tally.get_errors)}",
            f"  GETs cut off mid-answer by the kill (in flight on node 3): "
            f"{len(tally.cut_by_the_kill)}",
            f"  requests during the drain: {len(tally.drain_window)}, "
            f"errors among them: {len(drain_errors)}",
            f"  POSTs: {tally.posts_ok} answered 302, {len(tally.posts_lost)} lost"
            + "".join(f"\n    lost: {cause}" for cause in tally.posts_lost[:20]),
            f"  world fingerprint on every node: {', '.join(sorted(fingerprints))}",
        ]
    )
    with capsys.disabled():  # the report is shown without -s too
        print(f"\n{report}", flush=True)
    assert requests > VISITORS * 5, report
    # The kill came while the visitors were still visiting (a short CLUSTER_SECONDS must
    # leave room for the drain and the restart before it).
    assert killed_at < deadline - 1, report
    assert tally.get_errors == [], report
    assert drain_errors == [], report
    # Every POST is accounted for: answered 302 or listed as lost with its cause.
    posts = sum(v for k, v in tally.statuses.items() if k.startswith("POST"))
    assert posts == tally.posts_ok + len(tally.posts_lost), report
    assert len(fingerprints) == 1, report
