"""JSON API v1: the same rules, the same session and the same filters as the pages.

A front-end tester logs in through the pages (or a scenario link) and then
reads the same journal here. Every answer is computed by the functions the
pages use (the read model over demo/domain/access.py); nothing here decides access.
The OpenAPI 3.1 description is demo/presenters/openapi.py, served at /api/v1/openapi.json.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from flask import Blueprint, abort, current_app, request
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf.csrf import generate_csrf
from werkzeug.wrappers import Response

from demo import visitor
from demo.clock import clock_is_moved, demo_today, server_today
from demo.domain import access
from demo.domain.policies import POLICIES, SOURCES
from demo.domain.regions import REGIONS
from demo.domain.scenarios import BY_ID as SCENARIOS
from demo.errors import BadParameter, UnknownName, api_error
from demo.presenters import oracle
from demo.presenters.explain import (
    describe_policy,
    explain_waiting,
    never_shown_counts,
    refusal_rule,
)
from demo.presenters.information_sets import BY_KEY, INFORMATION_SETS
from demo.presenters.json_bodies import choices_body, decision_body, iso, person_body
from demo.presenters.openapi import openapi_document
from demo.presenters.personas import persona_cards
from demo.store.readmodel import Citizen, EntryView, Subject
from demo.views import state_changes
from demo.views.shared import (
    PAGE_SIZE,
    JournalRefused,
    open_list,
    readable_subject,
    visible_entry,
    world,
)
from demo.views.state_changes import ClockAction, LoginRefused

bp = Blueprint("api", __name__, url_prefix="/api/v1")


class NotLoggedIn(Exception):
    pass


def _viewer() -> Citizen:
    if not current_user.is_authenticated:
        raise NotLoggedIn
    person: Citizen = current_user.person
    return person


@bp.errorhandler(NotLoggedIn)
def not_logged_in(_error: NotLoggedIn) -> tuple[Response, int]:
    return api_error(401, "not_logged_in", _("Logga in för att läsa journalen."))


@bp.errorhandler(JournalRefused)
def refused(error: JournalRefused) -> tuple[Response, int]:
    decision = error.subject.decision
    return api_error(
        403,
        decision.reason.value,
        _("Ingen åtkomst till journalen."),
        access=decision_body(decision),
    )


@bp.errorhandler(LoginRefused)
def login_refused(error: LoginRefused) -> tuple[Response, int]:
    return api_error(403, error.reason.value, refusal_rule(error.reason), parameter="persona")


# --- Serialisation -------------------------------------------------------------------


def _subject(subject: Subject, today: date) -> dict[str, Any]:
    return {
        "person": person_body(subject.person, today),
        "is_self": subject.is_self,
        "access": decision_body(subject.decision),
    }


def _entry(entry: EntryView, *, with_details: bool = True) -> dict[str, Any]:
    """An entry as of the day: its signature and review only once they have happened."""
    body: dict[str, Any] = {
        "id": entry.id,
        "set": entry.kind,
        "category": entry.category,
        "title": entry.title,
        "document_time": entry.document_time.isoformat(),
        "author": {"name": entry.author_name, "profession": entry.author_profession},
        "unit": {"id": entry.unit.id, "name": entry.unit.name, "hsa_id": entry.unit.hsa_id},
        "provider": {"name": entry.unit.provider.name, "hsa_id": entry.unit.provider.hsa_id},
        "region": {"id": entry.region_id, "name": entry.unit.provider.region.name},
        "signed": {"at": iso(entry.signed_at), "by": entry.signed_by}
        if entry.signed_at is not None
        else None,
        "reviewed_at": iso(entry.reviewed_at),
        "care_contact_id": entry.care_contact_id,
    }
    if with_details:
        body["details"] = entry.details
    return body


# --- Endpoints -----------------------------------------------------------------------


@bp.get("/personas")
def personas() -> dict[str, Any]:
    """The cast as of the visitor's demo date: who they are and what they may read."""
    today = demo_today()
    return {
        "demo_today": today.isoformat(),
        "personas": [
            {
                **person_body(card.person, today),
                "group": card.group.value,
                "scenario": card.about,
                "shows": card.shows,
                "today": card.today_text,
                "guardian_of": sorted(world().children_ids(card.person.id)),
                "can_read_own": world().household(card.person.id, today).own.allowed,
            }
            for card in persona_cards(world(), today)
        ],
    }


@bp.get("/me")
def me() -> dict[str, Any]:
    """The logged-in person, their demo date and their choices (all session state)."""
    return _me(_viewer())


def _me(person: Citizen) -> dict[str, Any]:
    today = demo_today()
    return {
        "person": person_body(person, today),
        "demo_today": today.isoformat(),
        "server_demo_today": server_today().isoformat(),
        "own_access": decision_body(world().household(person.id, today).own),
        "choices": choices_body(visitor.choices()),
        "explain": visitor.explain_mode(),
    }


@bp.get("/subjects")
def subjects() -> dict[str, Any]:
    """Whose journal the viewer may act for: themself and the children listed for them."""
    person = _viewer()
    today = demo_today()
    own = world().subject(person, person.id, today)
    assert own is not None
    children = world().listed_children(person, today)
    return {"subjects": [_subject(s, today) for s in [own, *children]]}


@bp.get("/subjects/<subject_id>")
def subject_overview(subject_id: str) -> dict[str, Any]:
    """One subject with the number of entries shown per information set (the overview)."""
    _viewer()
    today = demo_today()
    subject = readable_subject(subject_id, today)
    counts = world().judged(subject, today, visitor.choices()).counts
    return {
        **_subject(subject, today),
        "counts": {info_set.key: counts[info_set.key] for info_set in INFORMATION_SETS},
    }


@bp.get("/subjects/<subject_id>/entries")
def entries(subject_id: str) -> dict[str, Any]:
    """Entries shown, newest first, with the pages' filters and paging (`set` narrows)."""
    _viewer()
    set_key = request.args.get("set") or None
    if set_key is not None and set_key not in BY_KEY:
        raise BadParameter("set", _("Okänd informationsmängd: %(value)s.", value=set_key[:100]))
    opened = open_list(subject_id, set_key)
    if opened.problem is not None:
        raise BadParameter(opened.problem.parameter, opened.problem.message)
    body: dict[str, Any] = {
        "subject": _subject(opened.subject, opened.today),
        "set": set_key,
        "page": opened.number,
        "pages": opened.pages,
        "page_size": PAGE_SIZE,
        "total": len(opened.matching),
        "entries": [_entry(entry) for entry in opened.entries],
    }
    if visitor.explain_mode():
        body["hidden"] = [
            {
                **_entry(judged.entry, with_details=False),
                "hidden_because": judged.visibility.hidden_because.value
                if judged.visibility.hidden_because
                else None,
                "shown_from": iso(judged.visibility.shown_from),
                "explanation": judged.explanation,
            }
            for judged in explain_waiting(opened.hidden)
        ]
        body["never_shown"] = {
            why.value: count
            for why, count in never_shown_counts(opened.hidden, opened.matching).items()
        }
    return body


@bp.get("/subjects/<subject_id>/entries/<int:entry_id>")
def entry(subject_id: str, entry_id: int) -> dict[str, Any]:
    _viewer()
    today = demo_today()
    subject = readable_subject(subject_id, today)
    found = visible_entry(subject, entry_id, today)
    if found is None:
        abort(404)
    return _entry(found)


@bp.get("/regions")
def regions() -> dict[str, Any]:
    """Each region's rules: the policy the demo applies, in words, and the source's words."""
    return {
        "regions": [
            {
                "id": region.id,
                "name": region.name,
                "policy": _policy(POLICIES[region.id]),
                "description": describe_policy(POLICIES[region.id]),
                "source": {
                    "radrum": SOURCES[region.id].radrum,
                    "notes": SOURCES[region.id].notes,
                    "results": SOURCES[region.id].results,
                    "no_information": sorted(SOURCES[region.id].no_information),
                },
            }
            for region in REGIONS
        ]
    }


def _policy(policy: access.RegionPolicy) -> dict[str, Any]:
    return {
        "delay_days": policy.delay_days,
        "unsigned_notes": policy.unsigned_notes.value,
        "unit_kind_note_delays": dict(policy.unit_kind_note_delays),
        "results_not_shown": sorted(c.value for c in policy.results_not_shown),
        "result_delays": {c.value: d for c, d in policy.result_delays},
        "unreviewed_results": {c.value: d for c, d in policy.unreviewed_results},
        "unreviewed_results_default": policy.unreviewed_results_default,
        "notes_from": iso(policy.notes_from),
        "entries_from": iso(policy.entries_from),
        "hidden_unit_kinds": sorted(policy.hidden_unit_kinds),
        "regional_choices": sorted(choice.value for choice in policy.regional_choices),
    }


@bp.get("/expectations")
def expectations() -> dict[str, Any]:
    """The oracle (as `flask --app demo expectations`): who should see what on `date`
    (the visitor's demo date if left out) under the visitor's choices."""
    day = _day(request.args["date"], "date") if "date" in request.args else demo_today()
    info = current_app.extensions["world_info"]
    return oracle.expectations(world(), info, day, visitor.choices())


@bp.get("/csrf-token")
def csrf_token() -> dict[str, str]:
    """A CSRF token for this cookie: the X-CSRF-Token header of every POST (or a form's
    csrf_token field). It stays valid across logging in and out."""
    return {"csrf_token": generate_csrf()}


# --- State changes: the forms' changes as JSON (demo/views/state_changes.py) ------------

_MISSING = object()
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _body(*fields: str) -> dict[str, Any]:
    """The request's JSON object with these fields (an endpoint without fields takes no
    body, or an empty object); a field the endpoint does not know answers 400 naming it."""
    if not request.get_data() and not fields:
        return {}
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # nested deeper than the parser goes: no body of ours
        body = None
    if not isinstance(body, dict):
        raise BadParameter("body", _("Skicka ett JSON-objekt med Content-Type: application/json."))
    for name in body:
        if name not in fields:
            raise BadParameter(str(name)[:100], _("Okänt fält: %(name)s.", name=str(name)[:100]))
    return body


def _field(body: dict[str, Any], name: str, kind: type, default: Any = _MISSING) -> Any:
    """A field of the body of the given JSON type, or `default` when it is left out."""
    if name not in body:
        if default is _MISSING:
            raise BadParameter(name, _("Fältet %(name)s saknas.", name=name))
        return default
    value = body[name]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise BadParameter(name)
    return value


def _day(raw: str, name: str) -> date:
    """A day written YYYY-MM-DD within the demo clock's range."""
    try:
        day = date.fromisoformat(raw) if ISO_DAY.fullmatch(raw) else None
    except ValueError:
        day = None
    if day is None or not visitor.EARLIEST_DATE <= day <= visitor.LATEST_DATE:
        raise BadParameter(
            name,
            _(
                "Skriv ett datum som ÅÅÅÅ-MM-DD mellan %(earliest)s och %(latest)s.",
                earliest=visitor.EARLIEST_DATE.isoformat(),
                latest=visitor.LATEST_DATE.isoformat(),
            ),
        )
    return day


@bp.post("/login")
def login() -> dict[str, Any]:
    """Log in as a persona (the picker's button after the e-ID step)."""
    body = _body("persona", "method")
    method = _field(body, "method", str, "bankid")
    person = state_changes.log_in(method, _field(body, "persona", str))
    return {**_me(person), "login_question": state_changes.asks_login_question(person)}


@bp.post("/login-question")
def login_question() -> dict[str, Any]:
    """Answer the 14-day question the pages ask after logging in."""
    _viewer()
    state_changes.answer_login_question(_field(_body("hide_recent"), "hide_recent", bool))
    return choices_body(visitor.choices())


@bp.post("/choices")
def choices() -> dict[str, Any]:
    """The settings page's choices; a field left out keeps its value."""
    _viewer()
    body = _body("hide_recent", "regional")
    current = visitor.choices()
    hide_recent = _field(body, "hide_recent", bool, current.hide_recent)
    regional = set(current.regional)
    if "regional" in body:
        values = _field(body, "regional", list)
        if not all(isinstance(value, str) for value in values):
            raise BadParameter("regional")
        regional = state_changes.regional_choices(values, "regional")
    state_changes.save_settings(hide_recent, regional)
    return choices_body(visitor.choices())


@bp.post("/clock")
def clock() -> dict[str, Any]:
    """Set, advance or reset the visitor's demo clock."""
    body = _body("action", "date")
    try:
        action = ClockAction(_field(body, "action", str))
    except ValueError:
        raise BadParameter("action") from None
    day = _day(_field(body, "date", str), "date") if "date" in body else None
    if day is not None and action is not ClockAction.SET:
        raise BadParameter("date", _("Ett datum hör bara till action set."))
    moved = state_changes.move_clock(action, day)
    return {
        "demo_today": moved.after.isoformat(),
        "previous_demo_today": moved.before.isoformat(),
        "server_demo_today": server_today().isoformat(),
        "moved": clock_is_moved(),
        "message": " ".join(moved.sentences()),
        "changes": [
            {
                "subject_id": change.subject_id,
                "before": decision_body(change.before) if change.before else None,
                "after": decision_body(change.after) if change.after else None,
                "message": state_changes.change_message(change, moved.after > moved.before),
            }
            for change in moved.changes
        ],
    }


@bp.post("/explain")
def explain() -> dict[str, bool]:
    """Explain mode on or off (a demo addition)."""
    state_changes.set_explain_mode(_field(_body("explain"), "explain", bool))
    return {"explain": visitor.explain_mode()}


@bp.post("/scenarios/<scenario_id>")
def start_scenario(scenario_id: str) -> dict[str, Any]:
    """A scenario link's confirming click: log in with its date, choices and explain mode."""
    _body()
    scenario = SCENARIOS.get(scenario_id)
    if scenario is None:
        raise UnknownName("scenario_id")
    person = state_changes.start_scenario(scenario)
    return {
        "scenario": scenario.id,
        # A persona who cannot log in (the scenario shows the refusal) is not logged in.
        "me": _me(person) if current_user.is_authenticated else None,
        "path": state_changes.scenario_path(scenario),
    }


@bp.post("/logout")
def logout() -> dict[str, bool]:
    """Log out (the language chosen and the CSRF token stay)."""
    _body()
    state_changes.log_out()
    return {"logged_in": False}


@bp.post("/reset")
def reset() -> dict[str, Any]:
    """End the visit: nothing of it is left but the CSRF token."""
    _body()
    state_changes.end_visit()
    return {"logged_in": False, "demo_today": server_today().isoformat()}


@bp.get("/openapi.json")
def openapi() -> dict[str, Any]:
    return openapi_document()
