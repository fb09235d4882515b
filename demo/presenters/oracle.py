"""The oracle: who should see what on a given day (`flask --app demo expectations`, and
GET /api/v1/expectations over HTTP).

For front-end testers: what each persona of the picker should find on a day,
under a visitor's choices (by default nothing hidden, no regional choices). It
reads the very household and judged records the pages and the API read, with
the day and the choices passed in instead of taken from a visitor's session,
so it states their answers, not a second opinion.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from demo.domain import access
from demo.presenters.information_sets import INFORMATION_SETS
from demo.presenters.json_bodies import choices_body, decision_body
from demo.store.database import WorldInfo
from demo.store.readmodel import Citizen, Subject, World

# The choices a visitor has until they change them: nothing hidden, no regional choices.
DEFAULT_CHOICES = access.Choices()


def _counts(world: World, subject: Subject, today: date, choices: access.Choices) -> dict[str, int]:
    """Entries shown per information set, every set listed (zeros too)."""
    counts = world.judged(subject, today, choices).counts
    return {info_set.key: counts[info_set.key] for info_set in INFORMATION_SETS}


def _entry_ids(
    world: World, subject: Subject, today: date, choices: access.Choices
) -> dict[str, list[int]]:
    """The ids of the entries shown per information set, newest first as the lists show
    them, every set listed (empty ones too)."""
    judged = world.judged(subject, today, choices)
    return {
        info_set.key: [entry.id for entry in judged.of_set(info_set.key).shown]
        for info_set in INFORMATION_SETS
    }


def persona_expectations(
    world: World, person: Citizen, today: date, choices: access.Choices = DEFAULT_CHOICES
) -> dict[str, Any]:
    """What one person should see on `today` (see `expectations`)."""
    household = world.household(person.id, today)
    login_refusal = access.login_refusal(person.facts)
    readable = world.readable(person, today)
    return {
        "id": person.id,
        "name": person.name,
        "can_log_in": login_refusal is None,
        "login_refusal": login_refusal.value if login_refusal is not None else None,
        "reads_own_journal": household.own.allowed,
        "own_journal": decision_body(household.own),
        # The children they may act for, in the switcher's order (oldest first).
        "acts_for": [child.child_id for child in household.switchable],
        # Children listed on their start page whose journal they may not read.
        "refused_children": [
            {"id": child.child_id, "reason": child.decision.reason.value}
            for child in household.refused_listed
        ],
        # Per subject they may read (themself first, then the children): entries shown per set.
        "subjects": {
            subject.person.id: _counts(world, subject, today, choices) for subject in readable
        },
        # ... and which: the entry ids per set, newest first.
        "entries": {
            subject.person.id: _entry_ids(world, subject, today, choices) for subject in readable
        },
    }


def expectations(
    world: World, info: WorldInfo, today: date, choices: access.Choices = DEFAULT_CHOICES
) -> dict[str, Any]:
    """For each persona in the picker's order, what they should see on `today`.

    Whether they can log in and read their own journal (with the rules' reason
    code), the children they may act for, the children listed but refused
    (with the reason), and per readable subject the entries shown per
    information set (how many, and their ids) under `choices`.
    """
    return {
        "date": today.isoformat(),
        "world": {
            "seed": info.seed,
            "seeded_for": info.seeded_for.isoformat(),
            "fingerprint": info.fingerprint,
        },
        "choices": choices_body(choices),
        "information_sets": [info_set.key for info_set in INFORMATION_SETS],
        "personas": [
            persona_expectations(world, person, today, choices) for person in world.personas
        ],
    }
