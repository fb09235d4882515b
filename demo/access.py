"""The rules of Journalen: who may read whose journal, and which entries.

Pure functions of plain values (dates, flags, ids). Nothing here imports Flask
or SQLAlchemy, so the pages, the API and explain mode all ask the same
functions and show the same truth. Each decision carries a reason code and,
where the answer changes on a known day, that day.

The national rules (domain.md §1), all dates in Europe/Stockholm:
- own access from the 16th birthday;
- a registered guardian reads a child's journal until the day before the
  13th birthday, unless blocked or either of them has protected identity;
- between 13 and 16 nobody does ("glappet"), except a head of unit's grant
  of extended guardian access or early own access, each for one care unit;
- a sealed account, a samordningsnummer or a deceased person: no access.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")

OWN_ACCESS_AGE = 16
GUARDIAN_ACCESS_ENDS_AGE = 13


# --- Dates -------------------------------------------------------------------


def stockholm_date(instant: datetime) -> date:
    """The calendar date in Sweden at an aware instant (access turns at 00:00 there)."""
    if instant.tzinfo is None:
        raise ValueError("instant must be timezone-aware")
    return instant.astimezone(STOCKHOLM).date()


def birthday_in_year(birth_date: date, year: int) -> date:
    """The day a person's birthday falls on in a given year.

    Lag (1930:173) om beräkning av lagstadgad tid: a period of years that ends
    in a month with no matching day ends on that month's last day, so someone
    born on 29 February has their birthday on 28 February in common years.
    """
    last_day = calendar.monthrange(year, birth_date.month)[1]
    return date(year, birth_date.month, min(birth_date.day, last_day))


def nth_birthday(birth_date: date, years: int) -> date:
    """The day a person turns `years` years old."""
    return birthday_in_year(birth_date, birth_date.year + years)


def age_on(birth_date: date, today: date) -> int:
    """Completed years on `today`; negative before birth is reported as -1."""
    if today < birth_date:
        return -1
    years = today.year - birth_date.year
    if today < birthday_in_year(birth_date, today.year):
        years -= 1
    return years


def next_access_change(viewer_birth: date, children_births: list[date], today: date) -> date | None:
    """The next day after `today` on which an age rule changes what the viewer reads:
    their own 16th birthday, or a child's 13th or 16th."""
    candidates = [nth_birthday(viewer_birth, OWN_ACCESS_AGE)]
    for birth in children_births:
        candidates += [
            nth_birthday(birth, GUARDIAN_ACCESS_ENDS_AGE),
            nth_birthday(birth, OWN_ACCESS_AGE),
        ]
    return min((day for day in candidates if day > today), default=None)


# --- The facts the rules look at -------------------------------------------


class IdentityKind(StrEnum):
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"


@dataclass(frozen=True)
class PersonFacts:
    """What the rules need to know of a person."""

    id: str
    birth_date: date
    identity_kind: IdentityKind = IdentityKind.PERSONNUMMER
    protected_identity: bool = False
    deceased: bool = False
    account_sealed: bool = False
    # A head of unit's grant of early own access (13–15) at one care unit.
    early_access_unit_id: int | None = None


@dataclass(frozen=True)
class GuardianshipFacts:
    """A guardianship registered at Skatteverket, as the rules see it."""

    guardian_id: str
    child_id: str
    blocked: bool = False
    # A head of unit's grant of extended access (13–15) at one care unit.
    extended_access_unit_id: int | None = None


# --- Decisions ---------------------------------------------------------------


class Reason(StrEnum):
    """Why access was granted or refused. Stable codes, used by the API too."""

    # Granted
    OWN_16_OR_OLDER = "own_16_or_older"
    OWN_EARLY_ACCESS = "own_early_access"
    GUARDIAN_CHILD_UNDER_13 = "guardian_child_under_13"
    GUARDIAN_EXTENDED_ACCESS = "guardian_extended_access"
    # Refused
    OWN_UNDER_16 = "own_under_16"
    NOT_BORN = "not_born"
    NO_PERSONNUMMER = "no_personnummer"
    DECEASED = "deceased"
    ACCOUNT_SEALED = "account_sealed"
    NOT_GUARDIAN = "not_guardian"
    GUARDIAN_BLOCKED = "guardian_blocked"
    CHILD_PROTECTED_IDENTITY = "child_protected_identity"
    GUARDIAN_PROTECTED_IDENTITY = "guardian_protected_identity"
    CHILD_13_TO_15 = "child_13_to_15"
    CHILD_16_OR_OLDER = "child_16_or_older"


# Refusals after which the real service does not list the child at all on the
# guardian's start page: the child simply is not there.
_UNLISTED_REASONS = frozenset(
    {
        Reason.NOT_GUARDIAN,
        Reason.NOT_BORN,
        Reason.GUARDIAN_BLOCKED,
        Reason.CHILD_PROTECTED_IDENTITY,
        Reason.GUARDIAN_PROTECTED_IDENTITY,
        Reason.CHILD_16_OR_OLDER,
        Reason.DECEASED,
    }
)


@dataclass(frozen=True)
class Decision:
    """The answer to "may this viewer read this subject's journal today?"."""

    allowed: bool
    reason: Reason
    # None: every care unit; otherwise only entries from these units.
    unit_ids: frozenset[int] | None = None
    # The day access begins (refusals that end on a known day).
    from_date: date | None = None
    # The first day access no longer holds (grants that end on a known day).
    until: date | None = None

    @property
    def listed_for_guardian(self) -> bool:
        """Whether the child appears on the guardian's start page at all."""
        return self.reason not in _UNLISTED_REASONS

    def covers_unit(self, unit_id: int) -> bool:
        return self.unit_ids is None or unit_id in self.unit_ids


def login_refusal(person: PersonFacts) -> Reason | None:
    """Why the person cannot log in to 1177 at all, or None when they can.

    Logging in needs a Swedish e-ID, which needs a personnummer; a deceased
    person's account is closed.
    """
    if person.deceased:
        return Reason.DECEASED
    if person.identity_kind is not IdentityKind.PERSONNUMMER:
        return Reason.NO_PERSONNUMMER
    return None


def own_access(person: PersonFacts, today: date) -> Decision:
    """May the person read their own journal on `today`?"""
    refusal = login_refusal(person)
    if refusal is not None:
        return Decision(False, refusal)
    if today < person.birth_date:
        return Decision(False, Reason.NOT_BORN)
    if person.account_sealed:
        return Decision(False, Reason.ACCOUNT_SEALED)
    sixteenth = nth_birthday(person.birth_date, OWN_ACCESS_AGE)
    if today < sixteenth:
        if person.early_access_unit_id is not None and today >= nth_birthday(
            person.birth_date, GUARDIAN_ACCESS_ENDS_AGE
        ):
            return Decision(
                True,
                Reason.OWN_EARLY_ACCESS,
                unit_ids=frozenset({person.early_access_unit_id}),
                until=sixteenth,
            )
        return Decision(False, Reason.OWN_UNDER_16, from_date=sixteenth)
    return Decision(True, Reason.OWN_16_OR_OLDER)


def guardian_access(
    guardian: PersonFacts,
    child: PersonFacts,
    guardianship: GuardianshipFacts | None,
    today: date,
) -> Decision:
    """May `guardian` read `child`'s journal on `today`?

    `guardianship` is the registration at Skatteverket between the two, or
    None when there is none (a parent who is not a registered guardian).
    """
    if guardianship is None or (guardianship.guardian_id, guardianship.child_id) != (
        guardian.id,
        child.id,
    ):
        return Decision(False, Reason.NOT_GUARDIAN)
    refusal = login_refusal(guardian)
    if refusal is not None:
        return Decision(False, refusal)
    if child.deceased:
        return Decision(False, Reason.DECEASED)
    if today < child.birth_date:
        return Decision(False, Reason.NOT_BORN)
    thirteenth = nth_birthday(child.birth_date, GUARDIAN_ACCESS_ENDS_AGE)
    sixteenth = nth_birthday(child.birth_date, OWN_ACCESS_AGE)
    if today >= sixteenth:
        return Decision(False, Reason.CHILD_16_OR_OLDER)
    if guardian.protected_identity:
        return Decision(False, Reason.GUARDIAN_PROTECTED_IDENTITY)
    if child.protected_identity:
        return Decision(False, Reason.CHILD_PROTECTED_IDENTITY)
    if guardianship.blocked:
        return Decision(False, Reason.GUARDIAN_BLOCKED)
    if today < thirteenth:
        return Decision(True, Reason.GUARDIAN_CHILD_UNDER_13, until=thirteenth)
    if guardianship.extended_access_unit_id is not None:
        return Decision(
            True,
            Reason.GUARDIAN_EXTENDED_ACCESS,
            unit_ids=frozenset({guardianship.extended_access_unit_id}),
            until=sixteenth,
        )
    return Decision(False, Reason.CHILD_13_TO_15)


# --- Providers' rules and the citizen's choices -------------------------------


class Category(StrEnum):
    """What kind of entry a provider's rule speaks of."""

    NOTE = "note"
    LAB = "lab"  # clinical chemistry
    MICROBIOLOGY = "microbiology"
    RADIOLOGY = "radiology"
    REFERRAL_ANSWER = "referral_answer"
    OTHER = "other"


RESULT_CATEGORIES = frozenset(
    {Category.LAB, Category.MICROBIOLOGY, Category.RADIOLOGY, Category.REFERRAL_ANSWER}
)


class UnsignedNotes(StrEnum):
    """When a region shows a note nobody has signed yet."""

    AT_ONCE = "at_once"
    AFTER_DELAY = "after_delay"  # after the region's delay, signed or not
    PATIENT_CHOICE = "patient_choice"  # if the citizen chose to see them; else once signed


class RegionalChoice(StrEnum):
    """Choices a region lets the citizen make in settings (session state)."""

    SHOW_UNSIGNED_NOTES = "show_unsigned_notes"  # Skåne
    DELAY_ALL = "delay_all"  # Uppsala: the citizen chooses rådrum
    DELAY_SIGNED_NOTES = "delay_signed_notes"  # Örebro


# "Uppgifter nyare än 14 dagar": the national framework's choice, and the usual rådrum.
STANDARD_DELAY_DAYS = 14


@dataclass(frozen=True)
class RegionPolicy:
    """One region's rules for what the citizen sees and when (domain.md §3).

    The defaults are the national framework: everything shown as soon as it
    is entered; the citizen may choose to hide entries newer than 14 days.
    """

    region_id: str
    delay_days: int = STANDARD_DELAY_DAYS
    unsigned_notes: UnsignedNotes = UnsignedNotes.AT_ONCE
    # Notes from units of these kinds wait this many days, signed or not.
    unit_kind_note_delays: tuple[tuple[str, int], ...] = ()
    results_shown: bool = True
    # Days every result waits, reviewed or not (Blekinge).
    result_delay_days: int = 0
    # Per result category: days an unreviewed result waits (0: shown at once;
    # None: shown only once reviewed). Categories not named use the default.
    unreviewed_results: tuple[tuple[Category, int | None], ...] = ()
    unreviewed_results_default: int | None = 0
    # Notes written before this day are not shown (Kronoberg).
    notes_from: date | None = None
    # Care units of these kinds are never shown (Skåne: child psychiatry).
    hidden_unit_kinds: frozenset[str] = frozenset()
    regional_choices: frozenset[RegionalChoice] = frozenset()

    def unit_note_delay(self, unit_kind: str) -> int:
        return dict(self.unit_kind_note_delays).get(unit_kind, 0)

    def unreviewed_delay(self, category: Category) -> int | None:
        return dict(self.unreviewed_results).get(category, self.unreviewed_results_default)


NATIONAL_FRAMEWORK = RegionPolicy(region_id="")


@dataclass(frozen=True)
class Choices:
    """What the citizen chose this session (never stored anywhere else)."""

    # Asked at each login: hide entries newer than 14 days.
    hide_recent: bool = False
    regional: frozenset[RegionalChoice] = frozenset()


# --- Entries -----------------------------------------------------------------


class Hidden(StrEnum):
    """Why an entry is not shown (the entry-level counterpart of Reason)."""

    VOIDED = "voided"
    NOT_APPROVED_FOR_PATIENT = "not_approved_for_patient"
    OUTSIDE_GRANTED_UNIT = "outside_granted_unit"
    UNIT_NEVER_SHOWN = "unit_never_shown"
    RESULTS_NOT_SHOWN = "results_not_shown"
    BEFORE_REGION_START = "before_region_start"
    NOT_YET_WRITTEN = "not_yet_written"
    UNSIGNED_NOTE = "unsigned_note"
    UNIT_DELAY = "unit_delay"
    RESULT_DELAY = "result_delay"
    UNREVIEWED_RESULT = "unreviewed_result"
    REGIONAL_CHOICE_DELAY = "regional_choice_delay"
    HIDE_RECENT_CHOICE = "hide_recent_choice"


# Hidden for good: no date will ever show these entries.
PERMANENTLY_HIDDEN = frozenset(
    {
        Hidden.VOIDED,
        Hidden.NOT_APPROVED_FOR_PATIENT,
        Hidden.OUTSIDE_GRANTED_UNIT,
        Hidden.UNIT_NEVER_SHOWN,
        Hidden.RESULTS_NOT_SHOWN,
        Hidden.BEFORE_REGION_START,
    }
)


@dataclass(frozen=True)
class EntryFacts:
    """What the rules need to know of one journal entry."""

    unit_id: int
    document_date: date
    category: Category = Category.OTHER
    unit_kind: str = ""
    # The day it was (or will be) signed or reviewed; None: not so far.
    signed_on: date | None = None
    reviewed_on: date | None = None
    approved_for_patient: bool = True
    voided: bool = False


@dataclass(frozen=True)
class Visibility:
    shown: bool
    hidden_because: Hidden | None = None
    # The day a hidden entry will be shown, when that day is known.
    shown_from: date | None = None


SHOWN = Visibility(True)


def _earliest(*days: date | None) -> date | None:
    known = [day for day in days if day is not None]
    return min(known) if known else None


def _waits(
    entry: EntryFacts, policy: RegionPolicy, choices: Choices
) -> list[tuple[date | None, Hidden]]:
    """Every condition the entry waits for: (the day it is met or None if unknown, why)."""
    written = entry.document_date
    delay = timedelta(days=policy.delay_days)
    waits: list[tuple[date | None, Hidden]] = [(written, Hidden.NOT_YET_WRITTEN)]
    if entry.category is Category.NOTE:
        if policy.unsigned_notes is UnsignedNotes.AFTER_DELAY:
            waits.append((_earliest(entry.signed_on, written + delay), Hidden.UNSIGNED_NOTE))
        elif policy.unsigned_notes is UnsignedNotes.PATIENT_CHOICE and not _chosen(
            RegionalChoice.SHOW_UNSIGNED_NOTES, policy, choices
        ):
            waits.append((entry.signed_on, Hidden.UNSIGNED_NOTE))
        unit_delay = policy.unit_note_delay(entry.unit_kind)
        if unit_delay:
            waits.append((written + timedelta(days=unit_delay), Hidden.UNIT_DELAY))
        if _chosen(RegionalChoice.DELAY_SIGNED_NOTES, policy, choices):
            waits.append((written + delay, Hidden.REGIONAL_CHOICE_DELAY))
    if entry.category in RESULT_CATEGORIES:
        if policy.result_delay_days:
            waits.append((written + timedelta(days=policy.result_delay_days), Hidden.RESULT_DELAY))
        unreviewed_delay = policy.unreviewed_delay(entry.category)
        if unreviewed_delay is None:
            waits.append((entry.reviewed_on, Hidden.UNREVIEWED_RESULT))
        elif unreviewed_delay:
            waits.append(
                (
                    _earliest(entry.reviewed_on, written + timedelta(days=unreviewed_delay)),
                    Hidden.UNREVIEWED_RESULT,
                )
            )
    if _chosen(RegionalChoice.DELAY_ALL, policy, choices):
        waits.append((written + delay, Hidden.REGIONAL_CHOICE_DELAY))
    if choices.hide_recent:
        waits.append((written + timedelta(days=STANDARD_DELAY_DAYS), Hidden.HIDE_RECENT_CHOICE))
    return waits


def _chosen(choice: RegionalChoice, policy: RegionPolicy, choices: Choices) -> bool:
    """A regional choice counts only where that region offers it."""
    return choice in policy.regional_choices and choice in choices.regional


def entry_visibility(
    entry: EntryFacts,
    access: Decision,
    today: date,
    policy: RegionPolicy = NATIONAL_FRAMEWORK,
    choices: Choices = Choices(),
) -> Visibility:
    """Is this entry shown today, to a viewer whose access to the subject is `access`?

    The caller has already checked `access.allowed`; this decides per entry,
    under the rules of the region whose unit wrote it and the citizen's
    choices. A hidden entry says why, and from which day it will be shown
    when that day is known (a delay); an entry waiting for a signature or a
    review that has not happened has no such day.
    """
    if entry.voided:
        return Visibility(False, Hidden.VOIDED)
    if not entry.approved_for_patient:
        return Visibility(False, Hidden.NOT_APPROVED_FOR_PATIENT)
    if not access.covers_unit(entry.unit_id):
        return Visibility(False, Hidden.OUTSIDE_GRANTED_UNIT)
    if entry.unit_kind in policy.hidden_unit_kinds:
        return Visibility(False, Hidden.UNIT_NEVER_SHOWN)
    if entry.category in RESULT_CATEGORIES and not policy.results_shown:
        return Visibility(False, Hidden.RESULTS_NOT_SHOWN)
    if (
        entry.category is Category.NOTE
        and policy.notes_from is not None
        and entry.document_date < policy.notes_from
    ):
        return Visibility(False, Hidden.BEFORE_REGION_START)
    pending = [
        (day, why) for day, why in _waits(entry, policy, choices) if day is None or day > today
    ]
    if not pending:
        return SHOWN
    if any(day is None for day, _ in pending):
        why = next(why for day, why in pending if day is None)
        return Visibility(False, why)
    day, why = max(pending, key=lambda wait: wait[0] or today)
    return Visibility(False, why, shown_from=day)


def log_row_visible(
    unit_id: int,
    unit_kind: str,
    day: date,
    access: Decision,
    today: date,
    policy: RegionPolicy = NATIONAL_FRAMEWORK,
) -> bool:
    """Whether a row of the access log is shown: it may not reveal care the viewer
    could not read (another unit under a one-unit grant, a unit never shown)."""
    return (
        day <= today and access.covers_unit(unit_id) and unit_kind not in policy.hidden_unit_kinds
    )


def journal_access(
    viewer: PersonFacts,
    subject: PersonFacts,
    guardianship: GuardianshipFacts | None,
    today: date,
) -> Decision:
    """May `viewer` read `subject`'s journal: their own, or as a guardian."""
    if viewer.id == subject.id:
        return own_access(viewer, today)
    return guardian_access(viewer, subject, guardianship, today)
