"""The read model: the seeded world read once, as frozen values, and judged by the rules.

The world never changes while the app serves it, and every verdict is a pure
function of (subject, the viewer's access, day, choices). So regions, units,
people and guardianships are read once per process (before gunicorn forks its
workers, with `--preload`); a person's entries and access log are read once
into a bounded cache; households and judged records are memoized. Everything
handed out is "as of a day": an entry's signature, review and reviewer appear
only once they have happened, so no presenter can show tomorrow's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property, lru_cache
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from demo.domain import access
from demo.domain.kinds import SetKey, UnitKind
from demo.domain.policies import policy_for
from demo.store.models import AccessLogEntry, CareProvider, CareUnit, Entry, Guardianship, Person
from demo.store.models import Region as RegionRow

# Bounded caches: a person's record (rows) and judged records (verdicts) per process.
RECORDS_CACHED = 256
JUDGED_CACHED = 512
HOUSEHOLDS_CACHED = 4096


# --- Reference data and people ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Provider:
    """Vårdgivare."""

    id: int
    hsa_id: str
    name: str
    region: Region


@dataclass(frozen=True, slots=True)
class Unit:
    """Vårdenhet."""

    id: int
    hsa_id: str
    name: str
    kind: UnitKind
    provider: Provider

    @property
    def region_id(self) -> str:
        return self.provider.region.id


@dataclass(frozen=True, slots=True)
class Citizen:
    """A person of the world, as pages show them and the rules see them."""

    id: str
    personnummer: str
    identity_kind: str
    given_name: str
    family_name: str
    sex: str
    birth_date: date
    region: Region
    persona_order: int | None
    extra: bool
    facts: access.PersonFacts

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def region_id(self) -> str:
        return self.region.id

    @property
    def is_persona(self) -> bool:
        return self.persona_order is not None

    @property
    def may_log_in_here(self) -> bool:
        """Offered a login in the demo: the cast, and extra patients for testers."""
        return self.is_persona or self.extra


# --- Entries as of a day -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntryView:
    """One entry as presenters may show it on a day: nothing from after that day."""

    id: int
    subject_id: str
    kind: SetKey
    category: access.Category
    document_time: datetime
    title: str
    author_name: str
    author_profession: str
    unit: Unit
    # None until signed (or reviewed) on or before the day.
    signed_at: datetime | None
    signed_by: str | None
    reviewed_at: datetime | None
    care_contact_id: int | None
    # The entry's fields as the citizen is shown them: text under a withheld heading is
    # left out here, once, by the rules (access.visible_details), and counted.
    details: dict[str, Any]
    withheld_paragraphs: int = 0

    @property
    def document_date(self) -> date:
        return self.document_time.date()

    @property
    def region_id(self) -> str:
        return self.unit.region_id


@dataclass(frozen=True, slots=True)
class _StoredEntry:
    """An entry as seeded, future signature and review included: never leaves this module."""

    facts: access.EntryFacts
    # The view once signed and reviewed (or never to be): shared by every later day.
    settled: EntryView

    def view_on(self, today: date) -> EntryView:
        signed = access.has_happened(self.facts.signed_on, today)
        reviewed = access.has_happened(self.facts.reviewed_on, today)
        view = self.settled
        if (signed or view.signed_at is None) and (reviewed or view.reviewed_at is None):
            return view
        details = view.details
        if not reviewed and "reviewed_by" in details:
            details = {key: value for key, value in details.items() if key != "reviewed_by"}
        return replace(
            view,
            signed_at=view.signed_at if signed else None,
            signed_by=view.signed_by if signed else None,
            reviewed_at=view.reviewed_at if reviewed else None,
            details=details,
        )


@dataclass(frozen=True, slots=True)
class LogRow:
    """A row of the access log: who read or wrote in the record, when and where."""

    id: int
    time: datetime
    unit: Unit
    staff_name: str
    staff_profession: str
    action: str
    entry_id: int


@dataclass(frozen=True)
class _Record:
    """A person's entries (newest first) and access log (newest first), as seeded."""

    entries: tuple[_StoredEntry, ...]
    by_id: dict[int, _StoredEntry]
    log: tuple[LogRow, ...]


# --- Verdicts ---------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """A person whose journal the viewer asked for, and the rules' answer."""

    person: Citizen
    decision: access.Decision
    is_self: bool


@dataclass(frozen=True)
class JudgedEntry:
    """An entry as of the day, with the rules' verdict for this viewer and choices."""

    entry: EntryView
    visibility: access.Visibility


@dataclass(frozen=True)
class SetVerdicts:
    """One information set (or all of them) of a subject, judged: shown and hidden."""

    shown: tuple[EntryView, ...]
    hidden: tuple[JudgedEntry, ...]

    @cached_property
    def units(self) -> list[Unit]:
        """The care units the shown entries come from, by name (for the unit filter)."""
        return sorted({e.unit.id: e.unit for e in self.shown}.values(), key=lambda u: u.name)


@dataclass(frozen=True)
class JudgedRecord:
    """A subject's whole record judged for one access decision, day and choices."""

    everything: SetVerdicts
    by_set: dict[str, SetVerdicts]
    visibility_by_id: dict[int, access.Visibility]
    log: tuple[LogRow, ...]
    counts: Counter[str] = field(default_factory=Counter)

    def of_set(self, set_key: str | None) -> SetVerdicts:
        if set_key is None:
            return self.everything
        return self.by_set.get(set_key, _NOTHING)

    def shown_entry(self, entry_id: int) -> EntryView | None:
        visibility = self.visibility_by_id.get(entry_id)
        if visibility is None or not visibility.shown:
            return None
        return self._shown_by_id.get(entry_id)

    @cached_property
    def _shown_by_id(self) -> dict[int, EntryView]:
        return {entry.id: entry for entry in self.everything.shown}


_NOTHING = SetVerdicts((), ())


# --- The world ----------------------------------------------------------------------


class World:
    """The seeded world, read once, with the rules' verdicts memoized."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        with Session(engine) as session:
            self.regions = {
                row.id: Region(row.id, row.name) for row in session.scalars(select(RegionRow))
            }
            providers = {
                row.id: Provider(row.id, row.hsa_id, row.name, self.regions[row.region_id])
                for row in session.scalars(select(CareProvider))
            }
            self.units = {
                row.id: Unit(
                    row.id, row.hsa_id, row.name, UnitKind(row.kind), providers[row.provider_id]
                )
                for row in session.scalars(select(CareUnit))
            }
            self.people = {
                row.id: Citizen(
                    id=row.id,
                    personnummer=row.personnummer,
                    identity_kind=row.identity_kind,
                    given_name=row.given_name,
                    family_name=row.family_name,
                    sex=row.sex,
                    birth_date=row.birth_date,
                    region=self.regions[row.region_id],
                    persona_order=row.persona_order,
                    extra=row.extra,
                    facts=row.facts(),
                )
                for row in session.scalars(select(Person))
            }
            guardianships = list(session.scalars(select(Guardianship)))
        children: dict[str, list[tuple[access.PersonFacts, access.GuardianshipFacts]]] = {}
        for guardianship in guardianships:
            child = self.people[guardianship.child_id]
            children.setdefault(guardianship.guardian_id, []).append(
                (child.facts, guardianship.facts())
            )
        # Oldest first, as the switcher lists them.
        self._children = {
            guardian: tuple(sorted(kids, key=lambda kid: (kid[0].birth_date, kid[0].id)))
            for guardian, kids in children.items()
        }
        self.personas = tuple(
            sorted(
                (person for person in self.people.values() if person.is_persona),
                key=lambda person: person.persona_order or 0,
            )
        )
        self._record: Callable[[str], _Record] = lru_cache(maxsize=RECORDS_CACHED)(
            self._load_record
        )
        self.household: Callable[[str, date], access.Household] = lru_cache(
            maxsize=HOUSEHOLDS_CACHED
        )(self._household)
        self._judged: Callable[[str, access.Decision, date, access.Choices], JudgedRecord] = (
            lru_cache(maxsize=JUDGED_CACHED)(self._judge)
        )

    # --- People and households -------------------------------------------------------

    def person(self, person_id: str) -> Citizen | None:
        return self.people.get(person_id)

    def children_ids(self, guardian_id: str) -> list[str]:
        """The ids of the children registered with this person as guardian, oldest first."""
        return [child.id for child, _ in self._children.get(guardian_id, ())]

    def _household(self, viewer_id: str, today: date) -> access.Household:
        viewer = self.people[viewer_id]
        return access.household(viewer.facts, self._children.get(viewer_id, ()), today)

    def subject(self, viewer: Citizen, subject_id: str, today: date) -> Subject | None:
        """The viewer's access to one person's journal; None if the person does not exist."""
        person = self.people.get(subject_id)
        if person is None:
            return None
        decision = self.household(viewer.id, today).decision_for(subject_id, viewer.id)
        return Subject(person, decision, is_self=viewer.id == subject_id)

    def listed_children(self, viewer: Citizen, today: date) -> list[Subject]:
        """The children the viewer's start page lists, with the rules' answer."""
        return [
            Subject(self.people[child.child_id], child.decision, is_self=False)
            for child in self.household(viewer.id, today).listed
        ]

    def readable(self, viewer: Citizen, today: date) -> list[Subject]:
        """The journals the viewer may read today: their own (if allowed), then each child's."""
        home = self.household(viewer.id, today)
        own = [Subject(viewer, home.own, is_self=True)] if home.own.allowed else []
        return own + [
            Subject(self.people[child.child_id], child.decision, is_self=False)
            for child in home.switchable
        ]

    def regions_in(self, subjects: list[Subject], today: date) -> frozenset[str]:
        """The regions whose entries these journals show the viewer, now or once they wait
        no longer: where a region's own choices can make any difference to them."""
        regions: set[str] = set()
        for subject in subjects:
            record = self.judged(subject, today, access.Choices()).everything
            regions |= {entry.region_id for entry in record.shown}
            regions |= {j.entry.region_id for j in record.hidden if j.visibility.waiting}
        return frozenset(regions)

    # --- Records ----------------------------------------------------------------------

    def judged(self, subject: Subject, today: date, choices: access.Choices) -> JudgedRecord:
        """The subject's record as the viewer sees it today (memoized)."""
        return self._judged(subject.person.id, subject.decision, today, choices)

    def entry_count(self, person_id: str) -> int:
        return len(self._record(person_id).entries)

    def _load_record(self, person_id: str) -> _Record:
        with Session(self._engine) as session:
            rows = session.execute(
                select(Entry.__table__)
                .where(Entry.subject_id == person_id)
                .order_by(Entry.document_time.desc(), Entry.id.desc())
            ).all()
            log_rows = session.execute(
                select(AccessLogEntry.__table__)
                .where(AccessLogEntry.subject_id == person_id)
                .order_by(AccessLogEntry.time.desc(), AccessLogEntry.id.desc())
            ).all()
        entries = tuple(self._stored(row) for row in rows)
        log = tuple(
            LogRow(
                row.id,
                row.time,
                self.units[row.unit_id],
                row.staff_name,
                row.staff_profession,
                row.action,
                row.entry_id,
            )
            for row in log_rows
        )
        return _Record(entries, {e.settled.id: e for e in entries}, log)

    def _stored(self, row: Any) -> _StoredEntry:
        unit = self.units[row.unit_id]
        category = access.Category(row.category)
        facts = access.EntryFacts(
            unit_id=row.unit_id,
            document_date=row.document_time.date(),
            category=category,
            unit_kind=unit.kind,
            signed_on=row.signed_at.date() if row.signed_at else None,
            reviewed_on=row.reviewed_at.date() if row.reviewed_at else None,
            approved_for_patient=row.approved_for_patient,
            voided=row.voided,
        )
        visible = access.visible_details(row.details or {})
        settled = EntryView(
            id=row.id,
            subject_id=row.subject_id,
            kind=SetKey(row.kind),
            category=category,
            document_time=row.document_time,
            title=row.title,
            author_name=row.author_name,
            author_profession=row.author_profession,
            unit=unit,
            signed_at=row.signed_at,
            signed_by=row.signed_by,
            reviewed_at=row.reviewed_at,
            care_contact_id=row.care_contact_id,
            details=visible.details,
            withheld_paragraphs=visible.withheld,
        )
        return _StoredEntry(facts, settled)

    def _judge(
        self, person_id: str, decision: access.Decision, today: date, choices: access.Choices
    ) -> JudgedRecord:
        record = self._record(person_id)
        shown: dict[str, list[EntryView]] = {}
        hidden: dict[str, list[JudgedEntry]] = {}
        all_shown: list[EntryView] = []
        all_hidden: list[JudgedEntry] = []
        visibility_by_id: dict[int, access.Visibility] = {}
        for stored in record.entries:
            kind = stored.settled.kind
            visibility = access.entry_visibility(
                stored.facts, decision, today, policy_for(stored.settled.region_id), choices
            )
            visibility_by_id[stored.settled.id] = visibility
            view = stored.view_on(today)
            if visibility.shown:
                shown.setdefault(kind, []).append(view)
                all_shown.append(view)
            else:
                judged = JudgedEntry(view, visibility)
                hidden.setdefault(kind, []).append(judged)
                all_hidden.append(judged)
        by_set = {
            key: SetVerdicts(tuple(shown.get(key, ())), tuple(hidden.get(key, ())))
            for key in {*shown, *hidden}
        }
        log = tuple(
            row
            for row in record.log
            if access.log_row_visible(row.time.date(), visibility_by_id[row.entry_id], today)
        )
        return JudgedRecord(
            everything=SetVerdicts(tuple(all_shown), tuple(all_hidden)),
            by_set=by_set,
            visibility_by_id=visibility_by_id,
            log=log,
            counts=Counter({key: len(entries) for key, entries in shown.items()}),
        )
