"""TESTING.md's worked example runs as written against a live demo."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_the_worked_example_in_testing_md_passes(base_url: str, tmp_path: Path) -> None:
    # Its own --output: pytest-playwright empties that folder when a run starts.
    result = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", str(EXAMPLES), "-q", "-p", "no:cacheprovider"),
            *("--output", str(tmp_path / "test-results")),
        ],
        env={**os.environ, "BASE_URL": base_url},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout
