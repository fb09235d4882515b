"""gunicorn's settings for `make serve` and the container (`-c python:demo.gunicorn_config`).

Some can be changed from the environment (DEMO_BIND, DEMO_WORKERS, ...): see docs/deploying.md.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from demo.access_log import JsonAccessLogger


def available_cores() -> int:
    """The cores this process may use: its CPU affinity, capped by a cgroup v2 CPU quota.

    os.cpu_count() would count the whole machine in a container with a CPU limit.
    """
    cores = len(os.sched_getaffinity(0))
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()
        if quota != "max":
            cores = min(cores, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, cores)


def workers_for(cores: int) -> int:
    """One worker a core, at least two (so one slow answer never stalls the node).

    The pages are rendered in Python from the in-memory read model: CPU-bound, so
    more processes than cores only add memory (about 86 MB each, docs/deploying.md).
    """
    return max(2, cores)


def _number(name: str, default: int) -> int:
    value = os.environ.get(name) or str(default)
    try:
        number = int(value)
    except ValueError:
        raise SystemExit(f"{name} must be a whole number, not {value!r}") from None
    if number < 1:
        raise SystemExit(f"{name} must be 1 or more, not {number}")
    return number


bind = [os.environ.get("DEMO_BIND") or "127.0.0.1:8000"]
workers = _number("DEMO_WORKERS", workers_for(available_cores()))
# Sync workers: a request is CPU work under the GIL, so threads would add no throughput;
# it is what `make bench-floor` measured; a proxy in front (DEMO_TRUSTED_PROXIES) buffers
# slow clients and holds the visitors' keep-alive connections.
worker_class = "sync"
# The world is read once in the master (demo.create_app) and shared by the forked workers.
preload_app = True
# A worker silent this long is killed and replaced; a journal page takes milliseconds.
timeout = _number("DEMO_TIMEOUT", 30)
# On SIGTERM the workers finish their in-flight requests for up to this long (below
# Kubernetes' default terminationGracePeriodSeconds of 30).
graceful_timeout = _number("DEMO_GRACEFUL_TIMEOUT", 20)
# Used by threaded workers only: the sync worker closes each connection after its answer.
keepalive = 5
# ProxyFix in the app decides the scheme from DEMO_TRUSTED_PROXIES alone; gunicorn's own
# X-Forwarded-Proto handling (which trusts 127.0.0.1) would let a local client claim https.
forwarded_allow_ips = ""
secure_scheme_headers: dict[str, str] = {}
# The workers' heartbeat files in memory, not on a container's (perhaps read-only) disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# The access log: JSON a line on stdout (demo/access_log.py); gunicorn's own log on stderr.
logger_class = JsonAccessLogger
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("DEMO_LOG_LEVEL") or "info"
proc_name = "journalen-demo"
# No management socket in $HOME: nothing here uses it, and a container's home may be read-only.
control_socket_disable = True
