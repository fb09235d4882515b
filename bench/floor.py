"""How close the demo's journal pages come to the floor: a bare Flask page of the same size.

Run it with `bench/floor` (or `make bench-floor`). It seeds a world of its own in a
temporary directory, starts two gunicorn servers on 127.0.0.1 with the same
settings (the floor, `bench/floor_app.py`, and the demo), logs in as Gunnar (the
longest persona record) and as `extra-00001` (the long record), and drives each
page with wrk. It prints figures; it asserts nothing, and exits 0 whatever they are.

Settings (environment): VENV (.venv), BENCH_SECONDS (8, per page), BENCH_WARMUP
(1 second of unmeasured load before each page), BENCH_CONNECTIONS (50),
BENCH_THREADS (2, wrk's), BENCH_WORKERS (2, gunicorn's sync workers),
BENCH_EXTRA_PATIENTS (1000), BENCH_LONG_RECORD (5000 entries for extra-00001;
0 leaves its pages out), BENCH_FLOOR_BYTES (the floor page's size; by default
the size of Gunnar's overview).
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
LUA = ROOT / "bench" / "floor.lua"
HOST = "127.0.0.1"  # all traffic stays on this machine
DEMO_TODAY = "2026-11-26"  # the default demo date, which the personas' records are built around
LONG_RECORD_ID = "extra-00001"
# The goal: a journal page serves at least half the floor's requests/s, with a
# p99 at most twice the floor's.
GOAL_RPS_SHARE = 0.5
GOAL_P99_FACTOR = 2.0


class BenchError(Exception):
    """Something the benchmark cannot go on without: a clear message, exit 1."""


def say(message: str) -> None:
    print(f"bench-floor: {message}", flush=True)


def env_int(name: str, default: int, minimum: int = 0) -> int:
    raw = os.environ.get(name) or str(default)
    try:
        value = int(raw)
    except ValueError:
        raise BenchError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise BenchError(f"{name} must be at least {minimum}")
    return value


@dataclass(frozen=True)
class Settings:
    venv: Path
    seconds: int
    warmup: int
    connections: int
    threads: int
    workers: int
    extra_patients: int
    long_record: int
    floor_bytes: int | None

    @classmethod
    def from_environment(cls) -> Settings:
        floor_bytes = os.environ.get("BENCH_FLOOR_BYTES")
        return cls(
            venv=Path(os.environ.get("VENV") or ROOT / ".venv").absolute(),
            seconds=env_int("BENCH_SECONDS", 8, minimum=1),
            warmup=env_int("BENCH_WARMUP", 1),
            connections=env_int("BENCH_CONNECTIONS", 50, minimum=1),
            threads=env_int("BENCH_THREADS", 2, minimum=1),
            workers=env_int("BENCH_WORKERS", 2, minimum=1),
            extra_patients=env_int("BENCH_EXTRA_PATIENTS", 1000),
            long_record=env_int("BENCH_LONG_RECORD", 5000),
            floor_bytes=env_int("BENCH_FLOOR_BYTES", 0, minimum=1) if floor_bytes else None,
        )


# --- HTTP, with the standard library only ---------------------------------------------


@dataclass(frozen=True)
class Answer:
    status: int
    location: str | None
    body: bytes


class Visitor:
    """One browser-like session: its cookies, kept by hand, and redirects followed by hand.

    http.client rather than urllib: urllib honours http_proxy, and this
    traffic must go straight to 127.0.0.1.
    """

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    @property
    def cookie_header(self) -> str:
        return "; ".join(f"{name}={value}" for name, value in self.cookies.items())

    def request(self, method: str, path: str, form: Mapping[str, str] | None = None) -> Answer:
        headers = {}
        if self.cookies:
            headers["Cookie"] = self.cookie_header
        body = None
        if form is not None:
            body = urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection(HOST, self.port, timeout=120)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            answer = Answer(response.status, response.getheader("Location"), response.read())
            self._keep_cookies(response.msg.get_all("Set-Cookie") or [])
        finally:
            connection.close()
        return answer

    def _keep_cookies(self, set_cookies: list[str]) -> None:
        for header in set_cookies:
            jar: SimpleCookie = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)  # Flask deletes a cookie this way
                else:
                    self.cookies[name] = morsel.coded_value

    def follow(self, method: str, path: str, form: Mapping[str, str] | None = None) -> str:
        """Make a request and follow its redirects; return the path of the page landed on."""
        answer = self.request(method, path, form)
        for _ in range(10):
            if answer.location is None or not 300 <= answer.status < 400:
                break
            target = urlsplit(answer.location)
            if target.hostname not in (None, HOST):
                raise BenchError(f"redirected off this machine: {answer.location}")
            path = target.path + (f"?{target.query}" if target.query else "")
            answer = self.request("GET", path)
        if answer.status != 200:
            raise BenchError(f"{method} {path} ended in HTTP {answer.status}")
        return path

    def csrf_token(self) -> str:
        # Logging in starts the session afresh, so a token is fetched before each form.
        answer = self.request("GET", "/api/v1/csrf-token")
        if answer.status != 200:
            raise BenchError(f"GET /api/v1/csrf-token: HTTP {answer.status}")
        token: str = json.loads(answer.body)["csrf_token"]
        return token

    def json(self, path: str) -> Any:
        answer = self.request("GET", path)
        if answer.status != 200:
            raise BenchError(f"GET {path}: HTTP {answer.status}")
        return json.loads(answer.body)

    def log_in(self, person_id: str) -> None:
        landed = self.follow(
            "POST", f"/logga-in/bankid/{person_id}", {"csrf_token": self.csrf_token()}
        )
        if urlsplit(landed).path == "/journal/val":
            # The 14-day question: "no", show everything.
            landed = self.follow(
                "POST", landed, {"dolj_nya": "nej", "csrf_token": self.csrf_token()}
            )
        if urlsplit(landed).path != f"/journal/{person_id}/":
            raise BenchError(f"logging in as {person_id} landed on {landed}, not the overview")


# --- gunicorn --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


class Server:
    """A gunicorn on 127.0.0.1 with the settings both servers share: sync workers, --preload."""

    def __init__(
        self,
        name: str,
        settings: Settings,
        app: str,
        env: Mapping[str, str],
        log: Path,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.port = free_port()
        self.log = log
        args = [str(settings.venv / "bin" / "gunicorn"), "--preload", "--log-level", "warning"]
        args += ["--workers", str(settings.workers), "--worker-class", "sync"]
        args += ["--bind", f"{HOST}:{self.port}", *extra_args, app]
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                args, cwd=ROOT, env=dict(env), stdout=out, stderr=subprocess.STDOUT
            )

    def wait_ready(self, path: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break  # it stopped: its log says why
            try:
                if Visitor(self.port).request("GET", path).status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        log = self.log.read_text(errors="replace")[-3000:]
        raise BenchError(f"the {self.name} server did not answer GET {path}; its log:\n{log}")

    def memory(self) -> tuple[Memory, list[Memory]]:
        """The master's and each worker's memory, now."""
        master = self.process.pid
        return Memory.of(master), [Memory.of(pid) for pid in children(master)]

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)  # gunicorn's graceful stop
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        # The command name may hold spaces and parentheses: fields follow the last ')'.
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return sorted(found)


@dataclass(frozen=True)
class Memory:
    pid: int
    rss_mb: float
    pss_mb: float | None  # the process's share of pages shared after --preload's fork

    @classmethod
    def of(cls, pid: int) -> Memory:
        return cls(pid, _kb(Path(f"/proc/{pid}/status"), "VmRSS") / 1024, _pss_mb(pid))


def _kb(path: Path, field: str) -> float:
    for line in path.read_text().splitlines():
        if line.startswith(f"{field}:"):
            return float(line.split()[1])
    raise BenchError(f"no {field} in {path}")


def _pss_mb(pid: int) -> float | None:
    try:
        return _kb(Path(f"/proc/{pid}/smaps_rollup"), "Pss") / 1024
    except (OSError, BenchError):
        return None


# --- wrk -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    name: str
    port: int
    path: str
    cookie: str
    body_bytes: int


@dataclass(frozen=True)
class Measured:
    page: Page
    rps: float
    p50_ms: float
    p99_ms: float
    non2xx: int
    statuses: dict[str, int]
    socket_errors: int  # connect, read and write errors and timeouts

    def rps_share(self, floor: Measured) -> float:
        return self.rps / floor.rps if floor.rps else 0.0

    def p99_factor(self, floor: Measured) -> float:
        return self.p99_ms / floor.p99_ms if floor.p99_ms else float("inf")


def run_wrk(settings: Settings, page: Page, seconds: int) -> dict[str, Any]:
    url = f"http://{HOST}:{page.port}{page.path}"
    args = ["wrk", "--threads", str(settings.threads), "--connections", str(settings.connections)]
    # A timeout far above any page's latency (50 connections queue on 2 workers), so a
    # slow page shows in the percentiles rather than as timeouts.
    args += ["--duration", f"{seconds}s", "--timeout", "30s", "--script", str(LUA)]
    args += ["--header", f"Cookie: {page.cookie}", url]
    done = subprocess.run(args, capture_output=True, text=True, timeout=seconds + 90, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("WRK_RESULT "):
            result: dict[str, Any] = json.loads(line.removeprefix("WRK_RESULT "))
            return result
    raise BenchError(f"wrk gave no result for {url}:\n{done.stdout}{done.stderr}")


def measure(settings: Settings, page: Page) -> Measured:
    if settings.warmup:
        run_wrk(settings, page, settings.warmup)  # the first requests of a worker fill caches
    result = run_wrk(settings, page, settings.seconds)
    measured = Measured(
        page=page,
        rps=result["rps"],
        p50_ms=result["p50_ms"],
        p99_ms=result["p99_ms"],
        non2xx=result["non2xx"],
        statuses=result["statuses"],
        socket_errors=sum(
            result[key] for key in ("connect_errors", "read_errors", "write_errors", "timeouts")
        ),
    )
    say(
        f"  {page.name:<34} {measured.rps:8.1f} req/s  p50 {measured.p50_ms:7.1f} ms  "
        f"p99 {measured.p99_ms:7.1f} ms"
    )
    return measured


# --- the journal pages -----------------------------------------------------------------


def journal_pages(port: int, person_id: str) -> tuple[Visitor, list[Page]]:
    """Log in as `person_id`; their overview, notes and results lists, and one note."""
    visitor = Visitor(port)
    visitor.log_in(person_id)
    base = f"/journal/{person_id}"
    paths = [
        ("overview", f"{base}/"),
        ("notes list", f"{base}/anteckningar/"),
        ("results list", f"{base}/provsvar/"),
    ]
    notes = visitor.request("GET", f"{base}/anteckningar/").body.decode()
    first_note = re.search(rf'href="({re.escape(base)}/anteckningar/\d+)"', notes)
    if first_note is None:
        say(f"no note link on {base}/anteckningar/; leaving the entry page out")
    else:
        paths.append(("one note", first_note.group(1)))
    pages = []
    for name, path in paths:
        # The cookie after the login: wrk sends this one session with every request.
        answer = visitor.request("GET", path)
        if answer.status != 200:
            say(f"warning: GET {path} as {person_id} answers HTTP {answer.status}")
        pages.append(
            Page(f"{person_id} {name}", port, path, visitor.cookie_header, len(answer.body))
        )
    return visitor, pages


def entry_count(visitor: Visitor, person_id: str) -> int:
    counts: dict[str, int] = visitor.json(f"/api/v1/subjects/{person_id}")["counts"]
    return sum(counts.values())


def count_extra_patients(database: Path) -> str:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT count(*) FROM people WHERE id LIKE 'extra-%'")
            return str(row.fetchone()[0])
    except sqlite3.Error as error:
        return f"? ({error})"


# --- the run ---------------------------------------------------------------------------


def seed(settings: Settings, env: Mapping[str, str]) -> bool:
    """Seed the world; True if it holds the long record."""
    flask = str(settings.venv / "bin" / "flask")
    base = [flask, "--app", "demo", "seed", "--extra-patients", str(settings.extra_patients)]
    attempts = []
    if settings.long_record and settings.extra_patients:
        attempts.append((base + ["--long-record", str(settings.long_record)], True))
    attempts.append((base, False))
    for args, long_record in attempts:
        say(f"seeding: {' '.join(args[1:])}")
        started = time.monotonic()
        done = subprocess.run(
            args, cwd=ROOT, env=dict(env), capture_output=True, text=True, timeout=1800, check=False
        )
        if done.returncode == 0:
            say(f"seeded in {time.monotonic() - started:.0f} s")
            return long_record
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-5:])
        if long_record:
            say(
                f"seeding with --long-record {settings.long_record} failed (the option may not "
                f"exist yet):\n{tail}\nbench-floor: carrying on without the long record: "
                f"{LONG_RECORD_ID}'s pages are left out"
            )
        else:
            raise BenchError(f"seeding failed:\n{tail}")
    return False


def demo_environment(database: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("FLASK_DEBUG", "FLASK_APP", "SECRET_KEY", "DEMO_SEED"):
        env.pop(name, None)  # the world and settings `make run` has, not the caller's
    env.update(
        DATABASE_URL=f"sqlite:///{database}",  # an absolute path: four slashes
        DEMO_TODAY=DEMO_TODAY,
        DEMO_ENV="development",
        DEMO_HTTPS="0",  # a plain-HTTP session cookie, which wrk and this script can send
    )
    return env


def print_report(settings: Settings, floor: Measured, pages: list[Measured]) -> None:
    print()
    print(
        f"== journal pages against the floor: wrk {settings.threads} threads x "
        f"{settings.connections} connections, {settings.seconds} s a page; gunicorn "
        f"{settings.workers} sync workers, --preload =="
    )
    rows = [floor, *pages]
    name = max(len(row.page.name) for row in rows)
    path = max(len(row.page.path) for row in rows)
    header = (
        f"{'page':<{name}} {'path':<{path}} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'req/s %':>8} {'p99 x':>7} {'bytes':>8} {'non-2xx':>8} {'errors':>7}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row.page.name:<{name}} {row.page.path:<{path}} {row.rps:8.1f} "
            f"{row.p50_ms:8.1f} {row.p99_ms:8.1f} {row.rps_share(floor):8.0%} "
            f"{row.p99_factor(floor):6.1f}x {row.page.body_bytes:8d} {row.non2xx:8d} "
            f"{row.socket_errors:7d}"
        )
    for row in rows:
        if row.statuses:
            print(f"  {row.page.name}: non-2xx by status {row.statuses}")
    print()
    print(
        f"goal: every journal page >= {GOAL_RPS_SHARE:.0%} of the floor's req/s "
        f"({GOAL_RPS_SHARE * floor.rps:.0f}) and p99 <= {GOAL_P99_FACTOR:g}x the floor's "
        f"({GOAL_P99_FACTOR * floor.p99_ms:.1f} ms); informational, nothing fails"
    )
    for row in pages:
        share, factor = row.rps_share(floor), row.p99_factor(floor)
        verdict = "PASS" if share >= GOAL_RPS_SHARE and factor <= GOAL_P99_FACTOR else "SHORT"
        print(
            f"  {verdict:<5}  {row.page.name:<{name}} {share:5.0%} of the req/s, "
            f"p99 {factor:5.1f}x the floor's"
        )


def print_memory(name: str, server: Server) -> None:
    master, workers = server.memory()

    def mb(memory: Memory) -> str:
        pss = f", PSS {memory.pss_mb:.1f}" if memory.pss_mb is not None else ""
        return f"{memory.rss_mb:.1f}{pss}"

    print(f"  {name:<6} master (pid {master.pid}): {mb(master)}")
    for worker in workers:
        print(f"  {name:<6} worker (pid {worker.pid}): {mb(worker)}")


def run(settings: Settings, work: Path) -> None:
    database = work / "world.sqlite"
    env = demo_environment(database)
    has_long_record = seed(settings, env)

    servers: list[Server] = []
    try:
        demo = Server("demo", settings, "demo:create_app()", env, work / "demo.log")
        servers.append(demo)
        demo.wait_ready("/healthz")
        say(f"demo on http://{HOST}:{demo.port}")

        gunnar, pages = journal_pages(demo.port, "gunnar")
        counts = {"gunnar": entry_count(gunnar, "gunnar")}
        if has_long_record:
            extra, extra_pages = journal_pages(demo.port, LONG_RECORD_ID)
            pages += extra_pages
            counts[LONG_RECORD_ID] = entry_count(extra, LONG_RECORD_ID)

        floor_bytes = settings.floor_bytes or pages[0].body_bytes  # Gunnar's overview
        floor_env = {k: v for k, v in os.environ.items() if not k.startswith(("FLASK_", "DEMO_"))}
        floor_server = Server(
            "floor",
            settings,
            f"floor_app:create_app({floor_bytes})",
            floor_env,
            work / "floor.log",
            ("--pythonpath", str(ROOT / "bench")),
        )
        servers.append(floor_server)
        floor_server.wait_ready("/")
        say(f"floor on http://{HOST}:{floor_server.port}, a {floor_bytes}-byte page")
        # The floor gets the same Cookie header, so both read requests of the same size.
        floor_page = Page(
            "floor",
            floor_server.port,
            "/",
            pages[0].cookie,
            len(Visitor(floor_server.port).request("GET", "/").body),
        )

        load_before = Path("/proc/loadavg").read_text().split()[0]
        say(f"measuring {1 + len(pages)} pages, {settings.warmup} + {settings.seconds} s each")
        floor = measure(settings, floor_page)
        measured = [measure(settings, page) for page in pages]

        print_report(settings, floor, measured)
        print()
        print("memory after the run, MB (VmRSS, and PSS: shared pages split among their sharers):")
        print_memory("demo", demo)
        print_memory("floor", floor_server)
        print()
        shown = ", ".join(f"{person_id} {count}" for person_id, count in counts.items())
        left_out = "" if has_long_record else f"; no long record, {LONG_RECORD_ID}'s pages left out"
        print(
            f"world: {settings.extra_patients} extra patients asked for, "
            f"{count_extra_patients(database)} in the database{left_out}"
        )
        print(f"entries shown (the sum of /api/v1/subjects/<id> counts): {shown}")
        print(
            f"machine: {os.cpu_count()} cores, 1-minute load average {load_before} before "
            "the run (wrk shares the cores with gunicorn)"
        )
    finally:
        for server in servers:
            server.stop()


@contextmanager
def work_directory() -> Iterator[Path]:
    work = Path(tempfile.mkdtemp(prefix="journalen-floor.", dir=os.environ.get("TMPDIR")))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds through the `finally`s: servers stop, files go


def main() -> int:
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    # Ctrl-C stops the run even when started from a script that ignores SIGINT (`&`):
    # wrk and gunicorn stop on it regardless, so the script must not carry on.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    if shutil.which("wrk") is None:
        print("bench-floor: wrk not found; install it with: apt-get install wrk", file=sys.stderr)
        return 1
    try:
        settings = Settings.from_environment()
        for tool in ("gunicorn", "flask"):
            if not (settings.venv / "bin" / tool).exists():
                raise BenchError(
                    f"{settings.venv}/bin/{tool} not found; install with: "
                    f"{settings.venv}/bin/pip install -e '.[bench]'"
                )
        with work_directory() as work:
            run(settings, work)
    except BenchError as error:
        print(f"bench-floor: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench-floor: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
