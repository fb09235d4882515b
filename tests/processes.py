"""Helpers for tests that run servers as processes: a free port, waiting for a condition,
and what a process holds (its children, its open sockets), read from /proc."""

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


def sockets_held(pid: int) -> int:
    """How many sockets the process has open."""
    fds = Path(f"/proc/{pid}/fd")
    held = 0
    for fd in fds.iterdir():
        try:
            held += os.readlink(fd).startswith("socket:")
        except OSError:
            continue  # closed meanwhile
    return held
