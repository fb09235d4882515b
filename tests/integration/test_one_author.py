"""One author for every decision: the leaks that copies of the rules caused, and a guard
that no presenter computes an access or visibility decision again."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from demo.domain.access import OWN_ACCESS_AGE, Choices, nth_birthday
from tests.support import log_in

ROOT = Path(__file__).resolve().parents[2]
NOAH_BIRTH = date(2017, 7, 19)


def demo_date(client: FlaskClient) -> date:
    return date.fromisoformat(client.get("/api/v1/me").get_json()["demo_today"])


def test_next_birthday_never_reveals_a_child_the_viewer_may_not_see(
    app: Flask, client: FlaskClient
) -> None:
    """Fatima pressed "Nästa födelsedag som ändrar något" and landed on Noah's 13th birthday."""
    log_in(client, "fatima")
    noahs = {nth_birthday(NOAH_BIRTH, years) for years in range(0, OWN_ACCESS_AGE + 1)}
    yara = app.extensions["world"].people["yara"].birth_date
    days = []
    for _ in range(5):
        html = client.get("/journal/fatima/").get_data(as_text=True)
        if 'value="fodelsedag"' not in html:
            break  # offered only while there is such a day
        response = client.post("/demo/datum", data={"atgard": "fodelsedag", "tillbaka": "/"})
        assert response.status_code == 302
        days.append(demo_date(client))
    # Yara's 13th (access ends) and 16th (no longer listed); then nothing Fatima sees changes.
    assert days == [nth_birthday(yara, 13), nth_birthday(yara, 16)]
    assert not noahs & set(days)


def test_the_button_is_offered_only_when_a_birthday_changes_something(
    client: FlaskClient,
) -> None:
    log_in(client, "gunnar")  # 78, no children: nothing ahead changes
    html = client.get("/journal/gunnar/").get_data(as_text=True)
    assert 'value="fodelsedag"' not in html
    assert 'value="plus1"' in html


def _log_rows(html: str) -> list[tuple[str, str]]:
    """(time, unit name) of each access-log row on a page."""
    return re.findall(
        r'<tr data-testid="log-row">\s*<td[^>]*><time datetime="([^"]+)">.*?</td>\s*'
        r'<td data-label="[^"]*">([^<]+)</td>',
        html,
        flags=re.S,
    )


def _all_log_rows(client: FlaskClient, subject: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for page in range(1, 100):
        response = client.get(f"/journal/{subject}/vem-har-last?sida={page}")
        if response.status_code == 404:
            break
        rows += _log_rows(response.get_data(as_text=True))
    return rows


def test_the_access_log_reveals_no_care_a_delay_withholds(client: FlaskClient) -> None:
    """Hassan's log listed the psychiatric ward's recent "Dokumenterade" rows, with authors'
    names, for notes his journal withholds for 28 days."""
    log_in(client, "hassan")

    def ward_rows_since(day: date) -> list[str]:
        return [
            time
            for time, unit in _all_log_rows(client, "hassan")
            if "slutenvård" in unit and date.fromisoformat(time[:10]) >= day
        ]

    stay_began = date(2026, 11, 26) - timedelta(days=20)
    # The ward's notes wait 28 days; its care contact and diagnosis do not (Skåne delays
    # notes only), so their rows may show. The notes' rows may not: they are many more.
    during = ward_rows_since(stay_began)
    assert len(during) <= 2
    # Four weeks after the stay began its notes are shown, and so are their rows.
    client.post("/demo/datum", data={"atgard": "satt", "datum": "2026-12-31", "tillbaka": "/"})
    after = ward_rows_since(stay_began)
    assert set(during) < set(after) and len(after) > len(during) + 5


def test_every_access_log_row_documents_an_entry_the_viewer_is_shown(
    app: Flask, client: FlaskClient
) -> None:
    """Checked against the read model for every persona who reads a journal today."""
    world = app.extensions["world"]
    today = date(2026, 11, 26)
    checked = 0
    for person in world.personas:
        subject = world.subject(person, person.id, today)
        if not subject.decision.allowed:
            continue
        record = world.judged(subject, today, Choices())
        shown_ids = {entry.id for entry in record.everything.shown}
        assert {row.entry_id for row in record.log} <= shown_ids, person.id
        checked += len(record.log)
    assert checked > 100


# --- Nothing outside the rules decides ----------------------------------------------

# Rule functions and rule arithmetic that only demo/domain (and the read model, which
# hands the rules its facts) may use.
RULE_NAMES = re.compile(
    r"\b(own_access|guardian_access|journal_access|entry_visibility|nth_birthday|"
    r"birthday_in_year|covers_unit|unreviewed_delay|unit_note_delay)\(|"
    r"\.listed_for_guardian|PERMANENTLY_HIDDEN|delay_days\s*[-+<>]|timedelta\(days=policy"
)
TEMPLATE_ARITHMETIC = re.compile(
    r"nth_birthday|one_day|age_on|timedelta|listed_for_guardian|is_signed_on|"
    r"is_reviewed_on|selectattr\(\"decision|\.until\s*-|birth_date\s*[-+<>]"
)
PRESENTERS = [
    *sorted((ROOT / "demo" / "views").glob("*.py")),
    *sorted((ROOT / "demo" / "presenters").glob("*.py")),
    ROOT / "demo" / "templating.py",
    ROOT / "demo" / "cli.py",
    ROOT / "demo" / "app.py",
]


def test_no_view_or_presenter_computes_a_rule() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in PRESENTERS
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if RULE_NAMES.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []


def test_no_template_does_rule_arithmetic() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "templates").rglob("*.html"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if TEMPLATE_ARITHMETIC.search(line)
    ]
    assert offenders == []


def test_the_guards_catch_what_they_look_for() -> None:
    assert RULE_NAMES.search("decision = access.own_access(person, today)")
    assert RULE_NAMES.search("[c for c in children if c.decision.listed_for_guardian]")
    assert RULE_NAMES.search("if written + policy.delay_days > today")
    assert TEMPLATE_ARITHMETIC.search("{{ (decision.until - one_day)|long_date }}")
    assert not RULE_NAMES.search("days=visibility.delay_days,")
    assert not RULE_NAMES.search('"own_access": _decision(home.own),')


# --- Arrows that point one way -------------------------------------------------------


def _loaded_by(module: str) -> set[str]:
    """Top-level packages a fresh interpreter has loaded after importing `module`."""
    code = (
        f"import sys, {module}; print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return set(output.split())


def test_the_domain_imports_neither_flask_nor_sqlalchemy_nor_seed() -> None:
    for module in ("demo.domain.access", "demo.domain.policies", "demo.domain.scenarios"):
        loaded = _loaded_by(module)
        assert not loaded & {"flask", "sqlalchemy", "seed", "faker", "werkzeug"}, module


def test_the_store_loads_no_web_framework_and_no_generator() -> None:
    loaded = _loaded_by("demo.store.readmodel")
    assert "sqlalchemy" in loaded
    assert not loaded & {"flask", "seed", "faker"}


def test_the_web_app_never_loads_the_generator() -> None:
    loaded = _loaded_by("demo.app")
    assert "flask" in loaded
    assert not loaded & {"seed", "faker"}


def test_the_seed_loads_no_web_framework() -> None:
    loaded = _loaded_by("seed")
    assert "faker" in loaded
    assert not loaded & {"flask", "werkzeug"}
