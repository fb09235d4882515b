"""TESTING.md's TypeScript worked example (e2e/typescript) passes against a live demo.

It is a tester's own project: @playwright/test from npm (pinned in its package.json and
package-lock.json), Debian's Chromium through CHROMIUM_PATH. `npm ci` runs when
node_modules is missing or older than the lock file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from e2e.chromium import chromium_path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "e2e" / "typescript"


def _installed() -> None:
    """node_modules as the lock file says (npm ci), unless it is there already."""
    if shutil.which("npm") is None:
        pytest.fail("npm is needed: `make servers` installs Debian's nodejs and npm (as root)")
    marker = EXAMPLE / "node_modules" / ".package-lock.json"
    lock = EXAMPLE / "package-lock.json"
    if marker.exists() and marker.stat().st_mtime >= lock.stat().st_mtime:
        return
    result = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund"],
        cwd=EXAMPLE,
        env={**os.environ, "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_typescript_example_in_testing_md_passes(base_url: str, tmp_path: Path) -> None:
    _installed()
    result = subprocess.run(
        # Its artifacts in a folder of this run's own, not in the source tree.
        ["npx", "playwright", "test", "--reporter=line", "--output", str(tmp_path)],
        cwd=EXAMPLE,
        env={
            **os.environ,
            "BASE_URL": base_url,
            "CHROMIUM_PATH": chromium_path(),
            "CI": "1",  # no interactive report server on failure
        },
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout, result.stdout
