"""Reading the seeded world through the rules: the one place pages and the API ask.

Each function loads what it needs in a bounded number of queries (never one
per entry) and lets `demo.access` decide; nothing here re-implements a rule.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import defer

from demo import access
from demo.db import db_session
from demo.explain import hidden_reason
from demo.models import AccessLogEntry, CareUnit, Entry, Guardianship, Person
from seed.policies import POLICIES

T = TypeVar("T")


@dataclass(frozen=True)
class SubjectAccess:
    """A person whose journal the viewer asked for, and the rules' answer."""

    person: Person
    decision: access.Decision
    is_self: bool


def get_person(person_id: str) -> Person | None:
    return db_session().get(Person, person_id)


def personas() -> list[Person]:
    """The cast offered in the picker, in order."""
    query = select(Person).where(Person.persona_order.is_not(None)).order_by(Person.persona_order)
    return list(db_session().scalars(query))


def children_ids_by_guardian(guardians: list[Person]) -> dict[str, list[str]]:
    """For each of these people, the ids of the children they are registered guardian of."""
    ids = [guardian.id for guardian in guardians]
    query = (
        select(Guardianship)
        .where(Guardianship.guardian_id.in_(ids))
        .order_by(Guardianship.guardian_id, Guardianship.child_id)
    )
    result: dict[str, list[str]] = {guardian_id: [] for guardian_id in ids}
    for guardianship in db_session().scalars(query):
        result[guardianship.guardian_id].append(guardianship.child_id)
    return result


def children_of(viewer: Person, today: date) -> list[SubjectAccess]:
    """The children registered with the viewer as guardian, each with the rules' answer."""
    query = (
        select(Guardianship, Person)
        .join(Person, Person.id == Guardianship.child_id)
        .where(Guardianship.guardian_id == viewer.id)
        .order_by(Person.birth_date)
    )
    return [
        SubjectAccess(
            child,
            access.guardian_access(viewer.facts(), child.facts(), guardianship.facts(), today),
            is_self=False,
        )
        for guardianship, child in db_session().execute(query).tuples()
    ]


def subject_access(viewer: Person, subject_id: str, today: date) -> SubjectAccess | None:
    """The viewer's access to one person's journal; None if the person does not exist."""
    subject = get_person(subject_id)
    if subject is None:
        return None
    guardianship = db_session().get(Guardianship, (viewer.id, subject.id))
    decision = access.journal_access(
        viewer.facts(),
        subject.facts(),
        guardianship.facts() if guardianship is not None else None,
        today,
    )
    return SubjectAccess(subject, decision, is_self=viewer.id == subject.id)


@dataclass(frozen=True)
class EntryFilter:
    """What the visitor narrowed a list to: a care unit and a period (inclusive)."""

    unit_id: int | None = None
    start: date | None = None
    end: date | None = None

    def matches(self, entry: Entry) -> bool:
        if self.unit_id is not None and entry.unit_id != self.unit_id:
            return False
        if self.start is not None and entry.document_date < self.start:
            return False
        return self.end is None or entry.document_date <= self.end


def policy_for(region_id: str) -> access.RegionPolicy:
    """The rules of the region whose unit wrote an entry."""
    return POLICIES.get(region_id, access.NATIONAL_FRAMEWORK)


@dataclass(frozen=True)
class JudgedEntry:
    """An entry with the rules' verdict on it for this viewer, day and choices."""

    entry: Entry
    visibility: access.Visibility

    @property
    def explanation(self) -> str:
        """Why it is not shown, in words (explain mode); empty when shown."""
        why = self.visibility.hidden_because
        if why is None:
            return ""
        return hidden_reason(
            why,
            self.entry.unit.provider.region.name,
            policy_for(self.entry.region_id),
            category=access.Category(self.entry.category),
            written=self.entry.document_date,
            shown_from=self.visibility.shown_from,
        )


def judge(
    entry: Entry, subject: SubjectAccess, today: date, choices: access.Choices
) -> access.Visibility:
    return access.entry_visibility(
        entry.facts(), subject.decision, today, policy_for(entry.region_id), choices
    )


def judged_entries(
    subject: SubjectAccess,
    today: date,
    choices: access.Choices,
    kind: str | None = None,
    *,
    with_details: bool = True,
) -> list[JudgedEntry]:
    """All the subject's entries (of one set), newest first, each judged (one query)."""
    query = select(Entry).where(Entry.subject_id == subject.person.id)
    if kind is not None:
        query = query.where(Entry.kind == kind)
    query = query.order_by(Entry.document_time.desc(), Entry.id.desc())
    if not with_details:
        query = query.options(defer(Entry.details))
    return [
        JudgedEntry(entry, judge(entry, subject, today, choices))
        for entry in db_session().scalars(query).unique()
    ]


def visible_entries(
    subject: SubjectAccess, today: date, choices: access.Choices, kind: str | None = None
) -> list[Entry]:
    """The subject's entries the viewer is shown today, newest first."""
    return [j.entry for j in judged_entries(subject, today, choices, kind) if j.visibility.shown]


def counts_by_kind(subject: SubjectAccess, today: date, choices: access.Choices) -> Counter[str]:
    """How many entries of each information set the viewer is shown today."""
    return Counter(
        j.entry.kind
        for j in judged_entries(subject, today, choices, with_details=False)
        if j.visibility.shown
    )


@dataclass(frozen=True)
class Listing:
    """One information set of a subject, as the viewer sees it today."""

    shown: list[Entry]  # every entry shown, newest first
    matching: list[Entry]  # those the filter keeps
    hidden: list[JudgedEntry]  # not shown (yet), the filter applied: for explain mode

    @property
    def waiting(self) -> list[JudgedEntry]:
        """Hidden entries that a day, a signature or a review will show (explain mode
        lists them one by one)."""
        return [
            j for j in self.hidden if j.visibility.hidden_because not in access.PERMANENTLY_HIDDEN
        ]

    @property
    def never_shown(self) -> Counter[access.Hidden]:
        """Entries no day will show, counted per reason: explain mode says how many and
        why, never what they are (the citizen may not know that)."""
        return Counter(
            j.visibility.hidden_because
            for j in self.hidden
            if j.visibility.hidden_because in access.PERMANENTLY_HIDDEN
        )

    def page_count(self, size: int) -> int:
        return page_count(len(self.matching), size)

    def page(self, number: int, size: int) -> list[Entry] | None:
        return page_of(self.matching, number, size)


def page_count(items: int, size: int) -> int:
    """How many pages `items` fill; an empty list still has its one (empty) page."""
    return max(1, -(-items // size))


def page_of(items: list[T], number: int, size: int) -> list[T] | None:
    """Page `number` (from 1) of `items`, or None past the last page."""
    if not 1 <= number <= page_count(len(items), size):
        return None
    return items[(number - 1) * size : number * size]


def list_entries(
    subject: SubjectAccess,
    today: date,
    choices: access.Choices,
    kind: str | None,
    entry_filter: EntryFilter,
) -> Listing:
    judged = judged_entries(subject, today, choices, kind)
    shown = [j.entry for j in judged if j.visibility.shown]
    return Listing(
        shown=shown,
        matching=[entry for entry in shown if entry_filter.matches(entry)],
        hidden=[j for j in judged if not j.visibility.shown and entry_filter.matches(j.entry)],
    )


def units_of(entries: list[Entry]) -> list[CareUnit]:
    """The care units the entries come from, by name (for the unit filter)."""
    units = {entry.unit.id: entry.unit for entry in entries}
    return sorted(units.values(), key=lambda unit: unit.name)


# The largest id a database integer holds; a larger one in a URL names no entry.
LARGEST_ID = 2**63 - 1


def visible_entry(
    subject: SubjectAccess, entry_id: int, today: date, choices: access.Choices
) -> Entry | None:
    """One entry, if it is the subject's and the viewer is shown it today."""
    if not 0 < entry_id <= LARGEST_ID:
        return None
    entry = db_session().get(Entry, entry_id)
    if entry is None or entry.subject_id != subject.person.id:
        return None
    if not judge(entry, subject, today, choices).shown:
        return None
    return entry


def access_log(subject: SubjectAccess, today: date) -> list[AccessLogEntry]:
    """Who wrote in and read the subject's record, newest first, as far as the viewer may know."""
    query = (
        select(AccessLogEntry)
        .where(AccessLogEntry.subject_id == subject.person.id)
        .order_by(AccessLogEntry.time.desc(), AccessLogEntry.id.desc())
    )
    return [
        row
        for row in db_session().scalars(query).unique()
        if access.log_row_visible(
            row.unit_id,
            row.unit.kind,
            row.time.date(),
            subject.decision,
            today,
            policy_for(row.unit.provider.region_id),
        )
    ]
