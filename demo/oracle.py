"""The oracle: who should see what on a given day (`flask --app demo expectations`).

For front-end testers: what each persona of the picker should find on a day,
under the default choices (nothing hidden, no regional choices). It asks the
very functions the pages and the API ask (`records.subject_access`,
`records.children_of`, `records.counts_by_kind`), with the day passed in
instead of taken from a visitor's session, so it states their answers, not a
second opinion. Needs an app context (the database session).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from demo import access, records
from demo.db import db_session
from demo.information_sets import INFORMATION_SETS
from demo.models import Person, SeedInfo

# The choices a visitor has until they change them: nothing hidden, no regional choices.
DEFAULT_CHOICES = access.Choices()


def _counts(subject: records.SubjectAccess, today: date) -> dict[str, int]:
    """Entries shown per information set, every set listed (zeros too)."""
    counts = records.counts_by_kind(subject, today, DEFAULT_CHOICES)
    return {info_set.key: counts[info_set.key] for info_set in INFORMATION_SETS}


def _decision(decision: access.Decision) -> dict[str, Any]:
    return {
        "allowed": decision.allowed,
        "reason": decision.reason.value,
        "from_date": decision.from_date.isoformat() if decision.from_date else None,
        "until": decision.until.isoformat() if decision.until else None,
        # None: every care unit; otherwise only entries from these units are shown.
        "unit_ids": sorted(decision.unit_ids) if decision.unit_ids is not None else None,
    }


def persona_expectations(person: Person, today: date) -> dict[str, Any]:
    """What one person should see on `today` (see `expectations`)."""
    own = records.subject_access(person, person.id, today)
    assert own is not None
    login_refusal = access.login_refusal(person.facts())
    children = records.children_of(person, today)
    readable = [own] if own.decision.allowed else []
    readable += [child for child in children if child.decision.allowed]
    return {
        "id": person.id,
        "name": person.name,
        "can_log_in": login_refusal is None,
        "login_refusal": login_refusal.value if login_refusal is not None else None,
        "reads_own_journal": own.decision.allowed,
        "own_journal": _decision(own.decision),
        # The children they may act for, in the switcher's order (oldest first).
        "acts_for": [child.person.id for child in children if child.decision.allowed],
        # Children listed on their start page whose journal they may not read.
        "refused_children": [
            {"id": child.person.id, "reason": child.decision.reason.value}
            for child in children
            if child.decision.listed_for_guardian and not child.decision.allowed
        ],
        # Per subject they may read (themself first, then the children): entries shown per set.
        "subjects": {subject.person.id: _counts(subject, today) for subject in readable},
    }


def expectations(today: date) -> dict[str, Any]:
    """For each persona in the picker's order, what they should see on `today`.

    Whether they can log in and read their own journal (with the rules' reason
    code), the children they may act for, the children listed but refused
    (with the reason), and per readable subject the number of entries shown per
    information set under the default choices.
    """
    info = db_session().get(SeedInfo, 1)
    return {
        "date": today.isoformat(),
        "world": {
            "seed": info.seed if info is not None else None,
            "seeded_for": info.today.isoformat() if info is not None else None,
        },
        "choices": {
            "hide_recent": DEFAULT_CHOICES.hide_recent,
            "regional": sorted(choice.value for choice in DEFAULT_CHOICES.regional),
        },
        "information_sets": [info_set.key for info_set in INFORMATION_SETS],
        "personas": [persona_expectations(person, today) for person in records.personas()],
    }
