"""A failed browser test leaves its trace and a screenshot of its page under
test-results/<test>/, and a passing one leaves nothing (e2e/conftest.py's `new_context`)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.support import run_pytest

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_a_failed_test_leaves_its_trace_and_screenshot(tmp_path: Path) -> None:
    output = tmp_path / "test-results"
    result = run_pytest(
        "e2e/failing_on_purpose.py", "-q", "--output", str(output), env={"PYTEST_ADDOPTS": ""}
    )
    assert "1 failed, 1 passed" in result.stdout, result.stdout + result.stderr

    kept = sorted(p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file())
    folder = "e2e-failing_on_purpose.py-test_fails_on_purpose-chromium"
    assert kept == [f"{folder}/page-1-1.png", f"{folder}/trace-1.zip"], kept
    assert (output / folder / "page-1-1.png").read_bytes().startswith(PNG_SIGNATURE)
    with zipfile.ZipFile(output / folder / "trace-1.zip") as trace:
        events = trace.read("trace.trace").decode()
    assert "/regioner" in events  # the page the test went to, in the trace viewer's record
