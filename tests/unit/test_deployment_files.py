"""The Containerfile and the Kubernetes manifests pass their linters.

hadolint and kubernetes-validate are pinned in the [test] extra; a missing one fails the test,
never skips it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MANIFESTS = sorted((ROOT / "deploy" / "kubernetes").glob("*.yaml"))
# A version whose schemas kubernetes-validate bundles (it validates offline).
KUBERNETES_VERSION = "1.37.0"


def tool(name: str) -> str:
    """The tool beside this Python (the venv's), else on PATH; missing fails the test."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is not installed: pip install -e '.[test]'"
    return found


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_containerfile_passes_hadolint() -> None:
    result = run(tool("hadolint"), "--no-color", "Containerfile")
    assert result.returncode == 0, result.stdout + result.stderr


def test_kubernetes_manifests_are_valid() -> None:
    names = {path.name for path in MANIFESTS}
    assert {"deployment.yaml", "service.yaml", "hpa.yaml", "secret.example.yaml"} <= names
    result = run(
        tool("kubernetes-validate"),
        "--strict",
        "--kubernetes-version",
        KUBERNETES_VERSION,
        *(str(path.relative_to(ROOT)) for path in MANIFESTS),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("passed") == len(MANIFESTS), result.stdout


def test_the_container_runs_what_make_serve_runs() -> None:
    containerfile = (ROOT / "Containerfile").read_text()
    assert 'CMD ["/app/scripts/serve"]' in containerfile
    assert "scripts/serve" in (ROOT / "Makefile").read_text()
    serve = (ROOT / "scripts" / "serve").read_text()
    assert "seed --if-missing" in serve
    assert "gunicorn\" -c python:demo.gunicorn_config 'demo:create_app()'" in serve
