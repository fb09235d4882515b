"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temporary data directory.

`initdb` and `pg_ctl` run in a directory of their own on 127.0.0.1 and a free
port, with trust authentication on loopback only. PostgreSQL refuses to run as
root, so when the tests run as root (CI does) the server runs as `nobody`
through `runuser`, in a directory that user owns (pytest's own temporary
directories are private to root, hence `tempfile.mkdtemp` under /tmp).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.processes import free_port

SERVER_USER = "nobody"


def find_pg_bin() -> Path | None:
    """The directory holding initdb and pg_ctl: PG_BIN, the PATH, or Debian's newest."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    on_path = shutil.which("pg_ctl")
    if on_path:
        # Often a symlink into Debian's directory, which has the other binaries too.
        return Path(on_path).resolve().parent
    # Debian keeps the server binaries off the PATH, one directory per major version.
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
    )
    return found[-1].parent if found else None


class TemporaryPostgres:
    """One server, started by `start()` and removed (data and all) by `stop()`."""

    def __init__(self, pg_bin: Path) -> None:
        self.pg_bin = pg_bin
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="journalen-pg-"))
        self.data = self.directory / "data"
        self.log = self.directory / "server.log"
        self._as_root = os.geteuid() == 0

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", SERVER_USER, "--"] if self._as_root else []
        result = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, timeout=120, check=False
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(
                f"{' '.join(command)} failed ({result.returncode}):\n"
                f"{result.stdout}{result.stderr}{log}"
            )

    def start(self) -> None:
        if self._as_root:
            shutil.chown(self.directory, user=SERVER_USER)
        pg = str(self.pg_bin)
        self._run(
            f"{pg}/initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",  # a throwaway server: no fsync at creation
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories={self.directory} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            f"{pg}/pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start"
        )

    def create_database(self, name: str) -> str:
        """A new empty database; its SQLAlchemy URL."""
        import psycopg  # only where PostgreSQL is asked for

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.data.exists():
            with contextlib.suppress(RuntimeError):  # not running: nothing to stop
                self._run(f"{self.pg_bin}/pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.directory, ignore_errors=True)


def pg_bin_or_skip() -> Path:
    """The server binaries, else skip with the reason, or fail in CI (CI=true), which
    installs them: there a PostgreSQL test must never be skipped."""
    import pytest

    reason = no_server_reason()
    pg_bin = find_pg_bin()
    if reason is not None or pg_bin is None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {reason}")
        pytest.skip(str(reason))
    return pg_bin


def no_server_reason() -> str | None:
    """Why no server can be started here, or None when one can."""
    pg_bin = find_pg_bin()
    if pg_bin is None or not (pg_bin / "initdb").exists():
        return (
            "no PostgreSQL server binaries (initdb, pg_ctl) on PATH, in PG_BIN or under "
            "/usr/lib/postgresql: `apt-get install postgresql` (.ci/run does)"
        )
    return None
