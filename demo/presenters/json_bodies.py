"""The JSON shapes the API and the oracle share: a person, an access decision, the
visitor's choices. One writer each, so /api/v1/* and `flask --app demo expectations`
(and /api/v1/expectations) never word the same fact two ways."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from demo.domain import access
from demo.i18n import personnummer
from demo.store.readmodel import Citizen


def iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def person_body(person: Citizen, today: date) -> dict[str, Any]:
    """Who a person is, as the pages show them (the personnummer with its hyphen)."""
    return {
        "id": person.id,
        "name": person.name,
        "personnummer": personnummer(person.personnummer),
        "personnummer_compact": person.personnummer,
        "identity_kind": person.identity_kind,
        "birth_date": person.birth_date.isoformat(),
        "age": access.age_on(person.birth_date, today),
        "region": person.region.name,
        "region_id": person.region_id,
    }


def decision_body(decision: access.Decision) -> dict[str, Any]:
    """An access decision: `until` is the first day without access, `last_day` the day
    before it (the pages' "till och med"), `from_date` the day a refusal ends."""
    return {
        "allowed": decision.allowed,
        "reason": decision.reason.value,
        # None: every care unit; otherwise only entries from these units are shown.
        "unit_ids": sorted(decision.unit_ids) if decision.unit_ids is not None else None,
        "from_date": iso(decision.from_date),
        "until": iso(decision.until),
        "last_day": iso(decision.last_day),
    }


def choices_body(choices: access.Choices) -> dict[str, Any]:
    return {
        "hide_recent": choices.hide_recent,
        "regional": sorted(choice.value for choice in choices.regional),
    }
