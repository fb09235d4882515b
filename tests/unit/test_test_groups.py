"""`make test`'s `--dist loadgroup` keeps an `xdist_group` on one worker, as the three-node
test needs (its nodes start once per database, not once per test). pytest 9.2 broke that
without an error (pytest-dev/pytest-xdist#1386): this runs a small suite on two workers."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support import run_pytest

GROUPED = """
import pytest

pytestmark = pytest.mark.xdist_group("together")


@pytest.mark.parametrize("n", range(6))
def test_grouped(n):
    pass
"""

LOOSE = GROUPED.replace('pytestmark = pytest.mark.xdist_group("together")', "")


def test_a_group_runs_on_one_worker(tmp_path: Path) -> None:
    (tmp_path / "test_grouped.py").write_text(GROUPED)
    (tmp_path / "test_loose.py").write_text(LOOSE.replace("test_grouped", "test_loose"))
    (tmp_path / "pytest.ini").write_text("[pytest]\n")  # its own rootdir, none of our settings
    result = run_pytest(
        *("-p", "xdist", "-n", "2", "--dist", "loadgroup", "-v"),
        cwd=tmp_path,
        # xdist alone: the other plugins take seconds to load and play no part here.
        env={"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    ran = re.findall(r"^\[(gw\d)\] .*PASSED (\S+)", result.stdout, re.M)
    grouped = [(worker, test) for worker, test in ran if "::test_grouped" in test]
    assert len(grouped) == 6 and len(ran) == 12, result.stdout
    # The scheduler keeps together what carries the group's name in its id (each worker
    # adds it): on pytest 9.2 no id carried it and the group was shared out like the rest.
    assert all(test.endswith("@together") for _, test in grouped), grouped
    assert len({worker for worker, _ in grouped}) == 1, grouped
