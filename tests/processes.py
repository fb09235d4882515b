"""Helpers for tests that run servers as processes: a free port, waiting for a condition,
and what a process holds (its children, the connections it accepted), read from /proc."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until(check: Callable[[], object], timeout: float, what: str) -> None:
    """Poll `check` (an OSError counts as not yet) until it holds, or fail after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def children(pid: int) -> set[int]:
    """The process's direct children (Linux: /proc/<pid>/task/<pid>/children)."""
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return {int(child) for child in text.split()}


def _connection_inode(local_port: int, remote_port: int) -> int:
    """The inode of the socket at 127.0.0.1:`local_port` connected to `remote_port` on this
    machine (0 while the connection waits in the listening socket's queue, unaccepted)."""
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote = fields[1], fields[2]
        if int(local.rsplit(":", 1)[1], 16) == local_port and (
            int(remote.rsplit(":", 1)[1], 16) == remote_port
        ):
            return int(fields[9])
    return 0


def accepted_by(pids: set[int], server_port: int, client_port: int) -> int | None:
    """Which of the processes has accepted the connection from `client_port` to
    `server_port` (holds its server side), or None while none has."""
    inode = _connection_inode(server_port, client_port)
    if not inode:
        return None
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                if os.readlink(fd) == f"socket:[{inode}]":
                    return pid
            except OSError:
                continue  # closed meanwhile
    return None
