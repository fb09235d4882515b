"""JSON API v1: the same rules, the same session and the same filters as the pages.

A front-end tester logs in through the pages (or a scenario link) and then
reads the same journal here. Every answer is computed by the functions the
pages use (the read model over demo/domain/access.py); nothing here decides access.
The OpenAPI 3.1 description is demo/presenters/openapi.py, served at /api/v1/openapi.json.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from flask import Blueprint, abort, request
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf.csrf import generate_csrf
from werkzeug.wrappers import Response

from demo import visitor
from demo.clock import demo_today, server_today
from demo.domain import access
from demo.domain.policies import POLICIES, SOURCES
from demo.domain.regions import REGIONS
from demo.errors import api_error
from demo.presenters.explain import describe_policy, explain_waiting, never_shown_counts
from demo.presenters.information_sets import BY_KEY, INFORMATION_SETS
from demo.presenters.openapi import openapi_document
from demo.store.readmodel import Citizen, EntryView, Subject
from demo.views.shared import (
    PAGE_SIZE,
    JournalRefused,
    open_list,
    readable_subject,
    visible_entry,
    world,
)

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
        403, decision.reason.value, _("Ingen åtkomst till journalen."), access=_decision(decision)
    )


# --- Serialisation -------------------------------------------------------------------


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _person(person: Citizen, today: date) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "personnummer": person.personnummer,
        "identity_kind": person.identity_kind,
        "birth_date": person.birth_date.isoformat(),
        "age": access.age_on(person.birth_date, today),
        "region": person.region.name,
        "region_id": person.region_id,
    }


def _decision(decision: access.Decision) -> dict[str, Any]:
    return {
        "allowed": decision.allowed,
        "reason": decision.reason.value,
        "unit_ids": sorted(decision.unit_ids) if decision.unit_ids is not None else None,
        "from_date": _iso(decision.from_date),
        "until": _iso(decision.until),
    }


def _subject(subject: Subject, today: date) -> dict[str, Any]:
    return {
        "person": _person(subject.person, today),
        "is_self": subject.is_self,
        "access": _decision(subject.decision),
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
        "signed": {"at": _iso(entry.signed_at), "by": entry.signed_by}
        if entry.signed_at is not None
        else None,
        "reviewed_at": _iso(entry.reviewed_at),
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
    people = world().personas
    return {
        "demo_today": today.isoformat(),
        "personas": [
            {
                **_person(person, today),
                "scenario": person.scenario,
                "shows": person.shows,
                "guardian_of": sorted(world().children_ids(person.id)),
                "can_read_own": world().household(person.id, today).own.allowed,
            }
            for person in people
        ],
    }


@bp.get("/me")
def me() -> dict[str, Any]:
    """The logged-in person, their demo date and their choices (all session state)."""
    person = _viewer()
    today = demo_today()
    choices = visitor.choices()
    return {
        "person": _person(person, today),
        "demo_today": today.isoformat(),
        "server_demo_today": server_today().isoformat(),
        "own_access": _decision(world().household(person.id, today).own),
        "choices": {
            "hide_recent": choices.hide_recent,
            "regional": sorted(choice.value for choice in choices.regional),
        },
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
        abort(400, description="set")
    opened = open_list(subject_id, set_key)
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
                "shown_from": _iso(judged.visibility.shown_from),
                "explanation": judged.explanation,
            }
            for judged in explain_waiting(opened.hidden)
        ]
        body["never_shown"] = {
            why.value: count for why, count in never_shown_counts(opened.hidden).items()
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
        "results_shown": policy.results_shown,
        "result_delay_days": policy.result_delay_days,
        "unreviewed_results": {c.value: d for c, d in policy.unreviewed_results},
        "unreviewed_results_default": policy.unreviewed_results_default,
        "notes_from": _iso(policy.notes_from),
        "hidden_unit_kinds": sorted(policy.hidden_unit_kinds),
        "regional_choices": sorted(choice.value for choice in policy.regional_choices),
    }


@bp.get("/csrf-token")
def csrf_token() -> dict[str, str]:
    """A CSRF token for this session, for a test client that posts the pages' forms."""
    return {"csrf_token": generate_csrf()}


@bp.get("/openapi.json")
def openapi() -> dict[str, Any]:
    return openapi_document()
