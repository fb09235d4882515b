"""TESTING.md's worked example runs as written against a live demo."""

from __future__ import annotations

from pathlib import Path

from tests.support import run_pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_the_worked_example_in_testing_md_passes(base_url: str, tmp_path: Path) -> None:
    # Its own --output: pytest-playwright empties that folder when a run starts.
    result = run_pytest(
        str(EXAMPLES), "-q", "--output", str(tmp_path / "test-results"), env={"BASE_URL": base_url}
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout
