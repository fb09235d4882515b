"""TESTING.md is complete and true: every test id the templates emit is in its list (and
every id listed is emitted), and its API recipe runs as written against a live server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from demo import create_app

ROOT = Path(__file__).resolve().parents[2]
TESTING_MD = ROOT / "TESTING.md"
TEMPLATES = ROOT / "templates"

TEST_ID = re.compile(r'data-testid="([^"]*)"')
JINJA_EXPRESSION = re.compile(r"\{\{.*?\}\}")
JINJA_NAME = re.compile(r"^\{\{\s*(\w+)\s*\}\}$")
# A test id as written literally: lowercase words joined by hyphens.
ID_SHAPED = re.compile(r"""["']([a-z0-9]+(?:-[a-z0-9]+)+)["']""")


def pattern_of(test_id: str) -> str:
    """`count-{{ info_set.key }}` and `count-<set>` alike read `count-*`."""
    return re.sub(r"<[^>]+>", "*", JINJA_EXPRESSION.sub("*", test_id))


def values_of_variable(template: str, name: str) -> set[str]:
    """The id-shaped string literals a `{% for %}` or `{% set %}` binding `name` gives it,
    for a test id that is a variable as a whole (`data-testid="{{ testid }}"`)."""
    values: set[str] = set()
    for statement in re.findall(r"\{%-?\s*(?:for|set)\s(.*?)-?%\}", template, flags=re.S):
        targets = statement.split(" in ", 1)[0] if " in " in statement else statement
        if re.search(rf"\b{name}\b", targets.split("=", 1)[0]):
            values |= set(ID_SHAPED.findall(statement))
    return values


def emitted_test_ids() -> dict[str, set[str]]:
    """Every test id the templates can emit, as a pattern, with the templates emitting it."""
    emitted: dict[str, set[str]] = {}
    for path in sorted(TEMPLATES.rglob("*.html")):
        template = path.read_text(encoding="utf-8")
        where = str(path.relative_to(ROOT))
        for raw in TEST_ID.findall(template):
            assert "{%" not in raw, f"{where}: a test id built with a statement: {raw}"
            variable = JINJA_NAME.match(raw)
            names = {raw}
            if variable:
                names = values_of_variable(template, variable.group(1))
                assert names, f"{where}: cannot tell which test ids {raw} stands for"
            for name in names:
                emitted.setdefault(pattern_of(name), set()).add(where)
    return emitted


def documented_test_ids() -> set[str]:
    """The test ids in the first column of TESTING.md's selectors table."""
    section = TESTING_MD.read_text(encoding="utf-8").split("## Selectors", 1)[1]
    section = section.split("\n## ", 1)[0]
    documented = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            # Attributes written beside an id, "`demo-date` (`datetime`)", are not ids.
            first_column = re.sub(r"\(.*?\)", "", line.split("|")[1])
            documented |= {pattern_of(name) for name in re.findall(r"`([^`]+)`", first_column)}
    return documented


def test_the_scan_reads_patterns_and_variables() -> None:
    assert pattern_of("count-{{ info_set.key }}") == pattern_of("count-<set>") == "count-*"
    assert pattern_of("term-{{ key }}") == "term-*"
    template = (
        '{% for a, label, testid in ((1, _("Förra"), "step-previous"), (2, "x", "step-next")) %}'
        '<button data-testid="{{ testid }}">{% endfor %}'
    )
    assert values_of_variable(template, "testid") == {"step-previous", "step-next"}
    assert values_of_variable(template, "other") == set()


def test_every_test_id_the_templates_emit_is_documented() -> None:
    emitted = emitted_test_ids()
    documented = documented_test_ids()
    assert len(emitted) > 40, "the scan found too few test ids to be reading the templates"
    undocumented = {
        name: sorted(where) for name, where in emitted.items() if name not in documented
    }
    assert not undocumented, (
        f"test ids the templates emit that TESTING.md's selectors table does not list: "
        f"{undocumented}"
    )


def test_every_documented_test_id_is_emitted() -> None:
    stale = sorted(documented_test_ids() - set(emitted_test_ids()))
    assert not stale, f"TESTING.md lists test ids no template emits: {stale}"


# --- The recipe, as written ------------------------------------------------------------------


def recipe(name: str) -> str:
    """The Python block after `<!-- recipe: name -->` in TESTING.md."""
    found = re.search(
        rf"<!-- recipe: {name} -->\n```python\n(.*?)```",
        TESTING_MD.read_text(encoding="utf-8"),
        flags=re.S,
    )
    assert found is not None, f"TESTING.md has no recipe {name!r}"
    return found.group(1)


@pytest.fixture
def live_server(database_url: str) -> Iterator[str]:
    """The demo on a free port with CSRF protection on, as a deployed demo has it."""
    app = create_app({"DATABASE_URL": database_url})
    assert app.config.get("WTF_CSRF_ENABLED", True)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="recipe-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_the_api_recipe_runs_as_written(live_server: str, tmp_path: Path) -> None:
    script = tmp_path / "recipe.py"
    script.write_text(recipe("api"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)],
        env={**os.environ, "BASE_URL": live_server},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    last_day, vaccinations, moved = result.stdout.splitlines()
    assert last_day == "Karin reads Ella's journal till och med 2026-11-30"
    assert vaccinations.isdigit() and int(vaccinations) > 0
    assert moved == (
        "Demodatum: 1 december 2026. Ella har fyllt 13: du kan inte längre läsa journalen för Ella."
    )
