"""Which Chromium the browser tests drive: CHROMIUM_PATH, else what scripts/find-chromium
finds (Debian's chromium-headless-shell first, then chromium; as root it installs one)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

FIND_CHROMIUM = Path(__file__).resolve().parents[1] / "scripts" / "find-chromium"


def chromium_path() -> str:
    executable = os.environ.get("CHROMIUM_PATH")
    if not executable:
        found = subprocess.run([FIND_CHROMIUM], capture_output=True, text=True, check=False)
        if found.returncode != 0:
            pytest.fail(found.stderr.strip(), pytrace=False)
        executable = found.stdout.strip()
    if not (Path(executable).is_file() and os.access(executable, os.X_OK)):
        pytest.fail(
            f"No Chromium at {executable!r}. The browser tests drive the system's Chromium: "
            "install Debian's package `chromium-headless-shell` or `chromium` (or run "
            "scripts/find-chromium), or set CHROMIUM_PATH to a Chromium executable.",
            pytrace=False,
        )
    return executable
