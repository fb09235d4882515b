"""JSON API v1: the same rules and the same session as the pages."""

from __future__ import annotations

from flask import Blueprint

from demo import access, records
from demo.clock import demo_today

bp = Blueprint("api", __name__, url_prefix="/api/v1")


@bp.get("/personas")
def personas() -> dict[str, object]:
    """The cast as of the demo date: who they are and what they may read."""
    today = demo_today()
    people = records.personas()
    guardian_of = records.children_ids_by_guardian(people)
    return {
        "demo_today": today.isoformat(),
        "personas": [
            {
                "id": person.id,
                "name": person.name,
                "personnummer": person.personnummer,
                "identity_kind": person.identity_kind,
                "birth_date": person.birth_date.isoformat(),
                "age": access.age_on(person.birth_date, today),
                "region": person.region.name,
                "region_id": person.region_id,
                "scenario": person.scenario,
                "shows": person.shows,
                "guardian_of": guardian_of[person.id],
                "can_read_own": access.own_access(person.facts(), today).allowed,
            }
            for person in people
        ],
    }
