"""Every route × every persona × every subject (and a sample of entries), checked against
the rules module.

Each endpoint of the app's URL map is classified in ROUTES; a route nobody has
classified fails `test_every_route_is_classified`. The expectations are computed here,
independently of the views, from the database rows through `demo.domain.access`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import pytest
from flask import Flask, url_for
from flask.testing import FlaskClient
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from demo.clock import DEFAULT_DEMO_DATE
from demo.domain import access
from demo.domain.policies import POLICIES
from demo.presenters.information_sets import INFORMATION_SETS
from demo.store.models import Entry, Guardianship, Person
from seed.personas import CAST
from tests.support import log_in, overview_counts

PAGE_SIZE = 20
DATES = (DEFAULT_DEMO_DATE, date(2026, 12, 1), date(2026, 12, 3))
UNKNOWN_SUBJECT = "nobody"

# How each endpoint is checked:
# - "static":             files under /static, for everyone
# - "public":             GET, no login, 200 for everyone
# - "public-named":       GET, no login, a named public thing (an e-ID method, a
#                         scenario): 200 for a known name, 404 otherwise
# - "public-post":        POST only, no login needed (demo controls, logging in, a
#                         scenario link's confirming click)
# - "login":              GET, login required, about the viewer themself
# - "login-home":         GET, login required, redirects to the viewer's own overview
# - "login-post":         POST only, login required
# - "subject":            GET with <subject_id>: follows access.journal_access
# - "subject+set":        ... and a set key
# - "subject+set+entry":  ... and an entry id: follows access.entry_visibility
# - "api-public":         JSON GET, no login, 200 for everyone
# - "api-login":          JSON GET about the viewer: 401 logged out, 200 logged in
# - "api-subject":        JSON GET with <subject_id>: 401 logged out, else as "subject"
# - "api-subject+list":   ... the entries of a subject (?set= narrows)
# - "api-subject+entry":  ... one entry of a subject
# - "api-public-post":    JSON POST, no login needed (logging in, the clock, explain mode...)
# - "api-login-post":     JSON POST, login required: 401 logged out
Kind = Literal[
    "api-public",
    "api-login",
    "api-subject",
    "api-subject+list",
    "api-subject+entry",
    "api-public-post",
    "api-login-post",
    "static",
    "public",
    "public-named",
    "public-post",
    "login",
    "login-home",
    "login-post",
    "subject",
    "subject+set",
    "subject+set+entry",
]

ROUTES: dict[str, Kind] = {
    "static": "static",
    "start.index": "public",
    "start.healthz": "public",
    "start.readyz": "public",
    "regions.regions_page": "public",
    "api.personas": "api-public",
    "api.regions": "api-public",
    "api.openapi": "api-public",
    "api.csrf_token": "api-public",
    "api.expectations": "api-public",
    "api.login": "api-public-post",
    "api.clock": "api-public-post",
    "api.explain": "api-public-post",
    "api.start_scenario": "api-public-post",
    "api.logout": "api-public-post",
    "api.reset": "api-public-post",
    "api.login_question": "api-login-post",
    "api.choices": "api-login-post",
    "api.me": "api-login",
    "api.subjects": "api-login",
    "api.subject_overview": "api-subject",
    "api.entries": "api-subject+list",
    "api.entry": "api-subject+entry",
    "auth.choose_method": "public",
    "auth.choose_persona": "public-named",
    "auth.log_in": "public-post",
    "controls.move_clock": "public-post",
    "controls.toggle_explain": "public-post",
    "controls.confirm_reset": "public",
    "controls.reset": "public-post",
    "language.choose_language": "public-post",
    "scenarios.catalogue": "public",
    "scenarios.confirm": "public-named",
    "scenarios.start": "public-post",
    "scenarios.show_step": "public-post",
    "scenarios.stop_following": "public-post",
    "auth.log_out": "login-post",
    "settings.login_question": "login",
    "settings.settings_page": "login",
    "settings.answer_login_question": "login-post",
    "settings.save_settings": "login-post",
    "journal.home": "login-home",
    "journal.overview": "subject",
    "journal.access_log": "subject",
    "journal.entry_list": "subject+set",
    "journal.entry_detail": "subject+set+entry",
}

# A concrete URL for each endpoint (subject routes use Anna, who reads her own journal).
SAMPLE_ARGS: dict[str, dict[str, object]] = {
    "static": {"filename": "css/site.css"},
    "auth.choose_persona": {"method": "bankid"},
    "auth.log_in": {"method": "bankid", "person_id": "anna"},
    "scenarios.confirm": {"scenario_id": "ella-fyller-13"},
    "scenarios.start": {"scenario_id": "ella-fyller-13"},
    "scenarios.show_step": {"scenario_id": "ella-fyller-13"},
    "scenarios.stop_following": {"scenario_id": "ella-fyller-13"},
    "api.start_scenario": {"scenario_id": "ella-fyller-13"},
    "journal.overview": {"subject_id": "anna"},
    "journal.entry_list": {"subject_id": "anna", "set_key": "anteckningar"},
    "journal.entry_detail": {"subject_id": "anna", "set_key": "anteckningar", "entry_id": 1},
    "api.subject_overview": {"subject_id": "anna"},
    "api.entries": {"subject_id": "anna"},
    "api.entry": {"subject_id": "anna", "entry_id": 1},
}

# A valid JSON body for each JSON POST route (none: no body).
SAMPLE_JSON: dict[str, dict[str, object]] = {
    "api.login": {"persona": "anna"},
    "api.clock": {"action": "plus1"},
    "api.explain": {"explain": True},
    "api.login_question": {"hide_recent": False},
    "api.choices": {"hide_recent": False},
}

# A valid form for each POST route.
SAMPLE_FORM: dict[str, dict[str, str]] = {
    "controls.move_clock": {"atgard": "plus1"},
    "scenarios.show_step": {"steg": "1"},
    "language.choose_language": {"lang": "sv"},
    "settings.answer_login_question": {"dolj_nya": "nej"},
    "settings.save_settings": {"dolj_nya": "nej"},
}


# --- The world, read straight from the database ------------------------------------------


@dataclass(frozen=True)
class EntryRow:
    id: int
    subject_id: str
    kind: str
    facts: access.EntryFacts
    policy: access.RegionPolicy


@dataclass(frozen=True)
class World:
    people: dict[str, access.PersonFacts]
    personas: list[str]
    guardianships: dict[tuple[str, str], access.GuardianshipFacts]
    entries: dict[str, list[EntryRow]]  # by subject

    def decision(self, viewer: str, subject: str, today: date) -> access.Decision:
        return access.journal_access(
            self.people[viewer],
            self.people[subject],
            self.guardianships.get((viewer, subject)),
            today,
        )

    def subject_status(self, viewer: str, subject: str, today: date) -> int:
        if subject not in self.people:
            return 404
        decision = self.decision(viewer, subject, today)
        if decision.allowed:
            return 200
        if viewer == subject or decision.listed_for_guardian:
            return 403
        return 404

    def shown(self, viewer: str, entry: EntryRow, today: date) -> bool:
        decision = self.decision(viewer, entry.subject_id, today)
        if not decision.allowed:
            return False
        return access.entry_visibility(
            entry.facts, decision, today, entry.policy, access.Choices()
        ).shown

    def can_log_in(self, person_id: str) -> bool:
        return person_id in self.personas and access.login_refusal(self.people[person_id]) is None


@pytest.fixture(scope="module")
def world(database_url: str) -> Iterator[World]:
    engine = create_engine(database_url)
    with Session(engine) as session:
        people = {p.id: p.facts() for p in session.scalars(select(Person))}
        personas = list(
            session.scalars(
                select(Person.id)
                .where(Person.persona_order.is_not(None))
                .order_by(Person.persona_order)
            )
        )
        guardianships = {
            (g.guardian_id, g.child_id): g.facts() for g in session.scalars(select(Guardianship))
        }
        entries: dict[str, list[EntryRow]] = defaultdict(list)
        for e in session.scalars(select(Entry).order_by(Entry.id)).unique():
            region = e.unit.provider.region_id
            entries[e.subject_id].append(
                EntryRow(
                    e.id,
                    e.subject_id,
                    e.kind,
                    e.facts(),
                    POLICIES.get(region, access.NATIONAL_FRAMEWORK),
                )
            )
    engine.dispose()
    yield World(people, personas, guardianships, dict(entries))


def viewers(world: World) -> list[str]:
    return [p for p in world.personas if world.can_log_in(p)]


def entry_sample(world: World, subject: str) -> list[EntryRow]:
    """Every 7th entry of the subject, plus every entry that some rule hides from a reader
    with full access on one of the dates (voided, not approved, unsigned, unreviewed,
    delayed, a unit never shown...)."""
    full = access.Decision(True, access.Reason.OWN_16_OR_OLDER)
    return [
        row
        for index, row in enumerate(world.entries.get(subject, []))
        if index % 7 == 0
        or any(not access.entry_visibility(row.facts, full, day, row.policy).shown for day in DATES)
    ]


# --- Helpers -------------------------------------------------------------------------------

ENTRY_ID = re.compile(r'data-testid="entry"[^>]*data-entry-id="(\d+)"')
RESULT_COUNT = re.compile(r'data-testid="result-count">(\d+)')


def url_of(app: Flask, endpoint: str, **args: object) -> str:
    """A concrete URL of the endpoint: SAMPLE_ARGS, else Anna as the subject."""
    (rule,) = app.url_map.iter_rules(endpoint=endpoint)
    defaults: dict[str, object] = {"subject_id": "anna"} if "subject_id" in rule.arguments else {}
    values: dict[str, Any] = {**defaults, **SAMPLE_ARGS.get(endpoint, {}), **args}
    with app.test_request_context():
        return url_for(endpoint, **values)


def rule_methods(app: Flask, endpoint: str) -> set[str]:
    rules = [r for r in app.url_map.iter_rules() if r.endpoint == endpoint]
    assert rules, endpoint
    return set().union(*(r.methods or set() for r in rules))


def has_get_sibling(app: Flask, endpoint: str) -> bool:
    """Whether another endpoint answers GET on the same URL (POST /journal/val vs GET)."""
    rules = {r.rule for r in app.url_map.iter_rules() if r.endpoint == endpoint}
    return any(
        r.rule in rules and r.endpoint != endpoint and "GET" in (r.methods or set())
        for r in app.url_map.iter_rules()
    )


# --- The classification itself -------------------------------------------------------------


def test_every_route_is_classified(app: Flask) -> None:
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    unclassified = sorted(endpoints - set(ROUTES))
    stale = sorted(set(ROUTES) - endpoints)
    assert not unclassified, (
        f"routes nobody has classified in ROUTES (tests/integration/test_access_matrix.py): "
        f"{unclassified} — say who may call each and how it is checked"
    )
    assert not stale, f"ROUTES names endpoints the app no longer has: {stale}"


def test_classification_matches_the_url_map(app: Flask) -> None:
    """The kind says which methods and arguments the route has; keep them in step."""
    for endpoint, kind in ROUTES.items():
        methods = rule_methods(app, endpoint)
        args = set().union(*(r.arguments for r in app.url_map.iter_rules(endpoint=endpoint)))
        if kind.endswith("post"):
            assert "POST" in methods and "GET" not in methods, endpoint
        else:
            assert "GET" in methods and "POST" not in methods, endpoint
        assert ("subject_id" in args) == ("subject" in kind), endpoint
        assert ("set_key" in args) == kind.startswith("subject+set"), endpoint
        assert ("entry_id" in args) == kind.endswith("entry"), endpoint
        assert kind.startswith("api") == url_of(app, endpoint).startswith("/api/"), endpoint


# --- Logged out ----------------------------------------------------------------------------


def test_logged_out_every_route(app: Flask) -> None:
    for endpoint, kind in ROUTES.items():
        url = url_of(app, endpoint)
        client = app.test_client()  # a fresh visitor each time: the login route logs in
        if kind.startswith("api") and kind.endswith("post"):
            assert client.get(url).status_code == 405, endpoint
            response = client.post(url, json=SAMPLE_JSON.get(endpoint))
            expected = 200 if kind == "api-public-post" else 401
            assert (response.status_code, response.is_json) == (expected, True), endpoint
            continue
        if kind.endswith("post"):
            if not has_get_sibling(app, endpoint):
                assert client.get(url).status_code == 405, endpoint
            response = client.post(url, data=SAMPLE_FORM.get(endpoint, {}))
            assert response.status_code == 302, (endpoint, response.status_code)
            location = response.headers["Location"]
            if kind == "login-post":
                assert location.startswith("/logga-in?next="), (endpoint, location)
            else:
                assert not location.startswith("/logga-in"), (endpoint, location)
            continue
        response = client.get(url)
        if kind in ("public", "public-named", "static", "api-public"):
            assert response.status_code == 200, (endpoint, response.status_code)
        elif kind.startswith("api"):
            assert response.status_code == 401, (endpoint, response.status_code)
            assert response.get_json()["error"] == "not_logged_in", endpoint
        else:
            assert response.status_code == 302, (endpoint, response.status_code)
            assert response.headers["Location"].startswith("/logga-in?next="), endpoint


def test_logged_out_subject_routes_redirect_for_every_subject(
    client: FlaskClient, world: World
) -> None:
    for subject in [*world.people, UNKNOWN_SUBJECT]:
        for path in (
            f"/journal/{subject}/",
            f"/journal/{subject}/anteckningar/",
            f"/journal/{subject}/anteckningar/1",
        ):
            response = client.get(path)
            assert response.status_code == 302, path
            assert response.headers["Location"].startswith("/logga-in?next="), path
        for path in (
            f"/api/v1/subjects/{subject}",
            f"/api/v1/subjects/{subject}/entries",
            f"/api/v1/subjects/{subject}/entries/1",
        ):
            response = client.get(path)
            assert response.status_code == 401, path
            assert subject not in response.get_data(as_text=True) or subject == "nobody", path


def test_public_routes_answer_for_unknown_variants(client: FlaskClient) -> None:
    assert client.get("/logga-in/freja").status_code == 200
    assert client.get("/logga-in/okand").status_code == 404
    assert client.get("/scenarier/okant").status_code == 404
    assert client.post("/scenarier/okant").status_code == 404
    assert client.get("/static/no-such-file.css").status_code == 404


def test_who_may_log_in(client: FlaskClient, world: World) -> None:
    for person in world.people:
        response = client.post(f"/logga-in/bankid/{person}")
        if world.can_log_in(person):
            assert response.status_code == 302, person
            client.post("/logga-ut")
        elif person in world.personas:
            assert response.status_code == 403, person  # tomasz: no personnummer
        else:
            assert response.status_code == 404, person  # yara: not in the cast


# --- Logged in: every viewer × every subject × sampled entries ------------------------------
#
# The full matrix runs on the default date, one test per viewer (so it balances across
# xdist workers). On the other dates, the rules' answers are computed for every (viewer,
# subject, information set) and the pages are checked wherever an answer differs from the
# default date's, and on a sample of those that do not.


def _check_login_routes(app: Flask, client: FlaskClient, viewer: str) -> None:
    for endpoint, kind in ROUTES.items():
        url = url_of(app, endpoint)
        if kind in ("public", "public-named", "static", "login", "api-public", "api-login"):
            assert client.get(url).status_code == 200, (viewer, endpoint)
        elif kind == "login-home":
            response = client.get(url)
            assert response.status_code == 302, (viewer, endpoint)
            assert response.headers["Location"] == f"/journal/{viewer}/", (viewer, endpoint)
        elif kind.endswith("post") and not has_get_sibling(app, endpoint):
            assert client.get(url).status_code == 405, (viewer, endpoint)


def _check_overview(
    client: FlaskClient, world: World, viewer: str, subject: str, day: date
) -> None:
    response = client.get(f"/journal/{subject}/")
    expected = world.subject_status(viewer, subject, day)
    assert response.status_code == expected, (day, viewer, subject, response.status_code)
    if expected == 200:
        counts = overview_counts(response.get_data(as_text=True))
        want = Counter(
            e.kind for e in world.entries.get(subject, []) if world.shown(viewer, e, day)
        )
        assert counts == {s.key: want[s.key] for s in INFORMATION_SETS}, (day, viewer, subject)


def _check_subject_pages(
    app: Flask, client: FlaskClient, world: World, viewer: str, subject: str, day: date
) -> None:
    """Every other route of kind "subject" answers as the overview does."""
    expected = world.subject_status(viewer, subject, day)
    for endpoint, kind in ROUTES.items():
        if kind == "subject" and endpoint != "journal.overview":
            response = client.get(url_of(app, endpoint, subject_id=subject))
            assert response.status_code == expected, (endpoint, day, viewer, subject)


def _largest_set(world: World, subject: str) -> str:
    """The set with most entries (a stable choice), else the notes."""
    kinds = Counter(e.kind for e in world.entries.get(subject, []))
    return kinds.most_common(1)[0][0] if kinds else "anteckningar"


def _check_list(
    client: FlaskClient, world: World, viewer: str, subject: str, day: date, set_key: str
) -> None:
    rows = world.entries.get(subject, [])
    response = client.get(f"/journal/{subject}/{set_key}/")
    expected = world.subject_status(viewer, subject, day)
    assert response.status_code == expected, (day, viewer, subject, set_key)
    if expected == 200:
        html = response.get_data(as_text=True)
        visible = {e.id for e in rows if e.kind == set_key and world.shown(viewer, e, day)}
        on_page = {int(i) for i in ENTRY_ID.findall(html)}
        assert on_page <= visible, (day, viewer, subject, sorted(on_page - visible))
        assert len(on_page) == min(PAGE_SIZE, len(visible)), (day, viewer, subject)
        total = RESULT_COUNT.search(html)
        assert total is not None and total.group(1) == str(len(visible)), (day, viewer, subject)


def _check_entries(
    client: FlaskClient,
    world: World,
    viewer: str,
    subject: str,
    day: date,
    sets: frozenset[str] | None = None,
    every: int = 1,
) -> None:
    """The sampled entries (of `sets` only, when given) answer as the rules say."""
    status = world.subject_status(viewer, subject, day)
    sample = [e for e in entry_sample(world, subject) if sets is None or e.kind in sets][::every]
    if status != 200:
        sample = sample[:1]  # a refused subject refuses every entry alike
    wrong_set_checked = False
    for entry in sample:
        response = client.get(f"/journal/{subject}/{entry.kind}/{entry.id}")
        if status != 200:
            assert response.status_code == status, (day, viewer, subject, entry.id)
            continue
        expected = 200 if world.shown(viewer, entry, day) else 404
        assert response.status_code == expected, (day, viewer, subject, entry.id)
        if expected == 200 and not wrong_set_checked:
            # The same entry under another set key names nothing.
            other = "diagnoser" if entry.kind != "diagnoser" else "anteckningar"
            assert client.get(f"/journal/{subject}/{other}/{entry.id}").status_code == 404
            wrong_set_checked = True


def _check_api(
    client: FlaskClient,
    world: World,
    viewer: str,
    subject: str,
    day: date,
    sets: frozenset[str] | None = None,
    every: int = 1,
) -> None:
    """The JSON API answers as the pages do (401 is for logged-out visitors only)."""
    expected = world.subject_status(viewer, subject, day)
    rows = world.entries.get(subject, [])
    response = client.get(f"/api/v1/subjects/{subject}")
    assert response.status_code == expected, ("api", day, viewer, subject)
    if expected == 200:
        want = Counter(e.kind for e in rows if world.shown(viewer, e, day))
        counts = response.get_json()["counts"]
        assert counts == {s.key: want[s.key] for s in INFORMATION_SETS}, (day, viewer, subject)
    elif expected == 403:
        body = response.get_json()
        assert body["access"]["allowed"] is False
        assert body["error"] == world.decision(viewer, subject, day).reason.value
    if expected == 404:
        return  # not there at all: the pages' checks above cover the rest
    response = client.get(f"/api/v1/subjects/{subject}/entries")
    assert response.status_code == expected, ("api list", day, viewer, subject)
    if expected == 200:
        body = response.get_json()
        visible = {e.id for e in rows if world.shown(viewer, e, day)}
        assert body["total"] == len(visible), (day, viewer, subject)
        on_page = {e["id"] for e in body["entries"]}
        assert on_page <= visible and len(on_page) == min(PAGE_SIZE, len(visible))
    sample = [e for e in entry_sample(world, subject) if sets is None or e.kind in sets][::every]
    for entry in sample if expected == 200 else sample[:1]:
        response = client.get(f"/api/v1/subjects/{subject}/entries/{entry.id}")
        want_status = expected
        if expected == 200:
            want_status = 200 if world.shown(viewer, entry, day) else 404
        assert response.status_code == want_status, ("api entry", day, viewer, entry.id)


def _check_wrong_subject(
    client: FlaskClient, world: World, viewer: str, day: date, subjects: list[str]
) -> None:
    """Someone else's entry id under a subject the viewer may read: 404, never the entry."""
    readable = [s for s in subjects if world.subject_status(viewer, s, day) == 200]
    for subject in readable:
        others = [o for o in world.entries if o != subject]
        for number, other in enumerate(others):
            rows = world.entries[other]
            entry = rows[len(rows) // 2]
            paths = [f"/journal/{subject}/{entry.kind}/{entry.id}"]
            if number % 4 == 0:
                paths.append(f"/api/v1/subjects/{subject}/entries/{entry.id}")
            for path in paths:
                assert client.get(path).status_code == 404, (day, viewer, path)


def _check_subject(
    app: Flask,
    client: FlaskClient,
    world: World,
    viewer: str,
    subject: str,
    day: date,
    every: int = 1,
) -> None:
    """Everything the matrix checks of one subject, for one viewer on one day (of the
    sampled entries, every `every`th)."""
    _check_overview(client, world, viewer, subject, day)
    _check_subject_pages(app, client, world, viewer, subject, day)
    _check_list(client, world, viewer, subject, day, _largest_set(world, subject))
    _check_entries(client, world, viewer, subject, day, every=every)
    _check_api(client, world, viewer, subject, day, every=every)


def _answer(
    world: World, viewer: str, subject: str, day: date
) -> tuple[int, dict[str, frozenset[int]]]:
    """What the rules answer about a subject: the status, and the entries shown per set."""
    status = world.subject_status(viewer, subject, day)
    shown: dict[str, set[int]] = {s.key: set() for s in INFORMATION_SETS}
    if status == 200:
        for entry in world.entries.get(subject, []):
            if world.shown(viewer, entry, day):
                shown[entry.kind].add(entry.id)
    return status, {key: frozenset(ids) for key, ids in shown.items()}


@dataclass(frozen=True)
class Changes:
    """How a viewer's answers on `day` differ from the default date's."""

    subjects: list[str]  # the subject's status differs: every check of the subject
    sets: dict[str, frozenset[str]]  # same status, the entries shown differ in these sets
    unchanged: list[str]  # every answer is the same


def changes_on(world: World, viewer: str, day: date) -> Changes:
    subjects, unchanged = [], []
    sets: dict[str, frozenset[str]] = {}
    for subject in [*world.people, UNKNOWN_SUBJECT]:
        (status, shown), (status_then, shown_then) = (
            _answer(world, viewer, subject, day),
            _answer(world, viewer, subject, DEFAULT_DEMO_DATE),
        )
        if status != status_then:
            subjects.append(subject)
        elif differing := frozenset(k for k in shown if shown[k] != shown_then[k]):
            sets[subject] = differing
        else:
            unchanged.append(subject)
    return Changes(subjects, sets, unchanged)


def unchanged_sample(world: World, changes: Changes, viewer: str, day: date) -> list[str]:
    """Of the subjects whose answers do not change, one of each status (read, refused, not
    there), a different one for each viewer and day."""
    offset = sum(map(ord, viewer)) + day.toordinal()
    by_status: dict[int, list[str]] = defaultdict(list)
    for subject in changes.unchanged:
        by_status[world.subject_status(viewer, subject, day)].append(subject)
    return [subjects[offset % len(subjects)] for _, subjects in sorted(by_status.items())]


# The viewers: the personas who can log in (test_the_matrix_has_every_viewer keeps this true).
VIEWERS = [
    p.id
    for p in CAST
    if p.persona and not p.deceased and p.identity_kind is access.IdentityKind.PERSONNUMMER
]
OTHER_DATES = [day for day in DATES if day != DEFAULT_DEMO_DATE]


def test_the_matrix_has_every_viewer(world: World) -> None:
    assert sorted(VIEWERS) == sorted(viewers(world))


@pytest.mark.parametrize("viewer", VIEWERS)
def test_access_matrix(shared_app: Callable[..., Flask], world: World, viewer: str) -> None:
    """On the default date: every route, every subject, sampled entries, for one viewer."""
    app = shared_app(DEFAULT_DEMO_DATE)
    subjects = [*world.people, UNKNOWN_SUBJECT]
    with app.test_client() as client:
        log_in(client, viewer)
        _check_login_routes(app, client, viewer)
        for subject in subjects:
            _check_subject(app, client, world, viewer, subject, DEFAULT_DEMO_DATE)
        _check_wrong_subject(client, world, viewer, DEFAULT_DEMO_DATE, list(world.people))


@pytest.mark.parametrize("day", OTHER_DATES, ids=[d.isoformat() for d in OTHER_DATES])
@pytest.mark.parametrize("viewer", VIEWERS)
def test_access_matrix_where_the_date_changes_the_answer(
    shared_app: Callable[..., Flask], world: World, viewer: str, day: date
) -> None:
    """On another date: every subject whose status differs from the default date's, every
    set whose entries shown differ, and a sample of the subjects whose answers do not."""
    changes = changes_on(world, viewer, day)
    sample = unchanged_sample(world, changes, viewer, day)
    assert sample or not changes.unchanged, (viewer, day)
    app = shared_app(day)
    with app.test_client() as client:
        log_in(client, viewer)
        for subject in changes.subjects:
            _check_subject(app, client, world, viewer, subject, day)
        for subject in sample:  # unchanged: a fifth of the sampled entries is enough
            _check_subject(app, client, world, viewer, subject, day, every=5)
        for subject, sets in changes.sets.items():
            _check_overview(client, world, viewer, subject, day)
            for set_key in sorted(sets):
                _check_list(client, world, viewer, subject, day, set_key)
            _check_entries(client, world, viewer, subject, day, sets)
            _check_api(client, world, viewer, subject, day, sets)
        _check_wrong_subject(client, world, viewer, day, [*changes.subjects, *sample])


def test_the_matrix_exercises_every_answer(world: World) -> None:
    """Read, refused with a reason, not there at all: each on the default date; and each
    other date changes some answer (else its test would check only the sample)."""
    answers = {
        world.subject_status(viewer, subject, DEFAULT_DEMO_DATE)
        for viewer in viewers(world)
        for subject in [*world.people, UNKNOWN_SUBJECT]
    }
    assert answers == {200, 403, 404}, answers
    for day in OTHER_DATES:
        changed = [changes_on(world, viewer, day) for viewer in viewers(world)]
        assert any(c.subjects for c in changed), day
        assert any(c.sets for c in changed), day


def test_matrix_expectations_match_the_cast(world: World) -> None:
    """A few hand-known answers, so the matrix cannot pass by computing nonsense."""
    on = DEFAULT_DEMO_DATE
    assert world.subject_status("karin", "liam", on) == 200
    assert world.subject_status("johan", "liam", on) == 404  # blocked: not listed
    assert world.subject_status("karin", "maja", on) == 403  # 13–15: listed, refused
    assert world.subject_status("fatima", "noah", on) == 404  # protected identity
    assert world.subject_status("fatima", "yara", on) == 200
    assert world.subject_status("anna", "karin", on) == 404  # not guardian
    assert world.subject_status("teo", "teo", on) == 403
    assert world.subject_status("teo", "teo", date(2026, 12, 3)) == 200
    assert world.subject_status("karin", "ella", date(2026, 12, 1)) == 403
    assert world.subject_status("eva", "eva", on) == 403  # sealed
    assert world.subject_status("peter", "elin", on) == 200  # extended access, one unit
    assert not world.can_log_in("tomasz") and not world.can_log_in("yara")
