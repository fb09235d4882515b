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
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from demo.domain.kinds import UnitKind

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


class LifeStage(StrEnum):
    """The three ages the rules tell apart (the persona picker groups by them)."""

    CHILD = "child"  # before the 13th birthday: guardians read the journal
    GAP = "13_to_15"  # from the 13th birthday to the day before the 16th: nobody does
    OWN = "16_or_older"  # from the 16th birthday: the person reads it


def life_stage(birth_date: date, today: date) -> LifeStage:
    if today >= nth_birthday(birth_date, OWN_ACCESS_AGE):
        return LifeStage.OWN
    if today >= nth_birthday(birth_date, GUARDIAN_ACCESS_ENDS_AGE):
        return LifeStage.GAP
    return LifeStage.CHILD


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
    # A child in the 13–15 gap: the day the guardian's access ended (the 13th
    # birthday) and the day the child's own access begins (the 16th).
    ended_on: date | None = None
    subject_own_access_from: date | None = None

    @property
    def last_day(self) -> date | None:
        """The last day a grant that ends holds ("till och med"), or None."""
        return self.until - timedelta(days=1) if self.until is not None else None

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
    return Decision(
        False, Reason.CHILD_13_TO_15, ended_on=thirteenth, subject_own_access_from=sixteenth
    )


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

# What the source page's word "provsvar" names (domain.md §3, "Reading the table"):
# laboratory results, that is clinical chemistry and microbiology; not X-ray reports
# (röntgensvar) and not referral answers (remissvar).
LABORATORY_RESULTS = frozenset({Category.LAB, Category.MICROBIOLOGY})

# Care units of these kinds are never shown in Journalen, in any region (domain.md §3:
# "some units are never shown (e.g. Barnahus, LSS, forensic psychiatry ...)"). A region
# may add kinds of its own (Skåne: child and youth psychiatry, RegionPolicy.hidden_unit_kinds).
NEVER_SHOWN_UNIT_KINDS = frozenset({UnitKind.BARNAHUS, UnitKind.LSS, UnitKind.RATTSPSYKIATRI})


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
    unit_kind_note_delays: tuple[tuple[UnitKind, int], ...] = ()
    # Result categories a region never shows (Norrbotten: "provsvar inte visas").
    results_not_shown: frozenset[Category] = frozenset()
    # Per result category: days a result waits, reviewed or not (Blekinge's provsvar).
    result_delays: tuple[tuple[Category, int], ...] = ()
    # Per result category: days an unreviewed result waits (0: shown at once;
    # None: shown only once reviewed). Categories not named use the default: the
    # national framework's 0, since a row that names some kinds says nothing of the
    # others (domain.md §3).
    unreviewed_results: tuple[tuple[Category, int | None], ...] = ()
    unreviewed_results_default: int | None = 0
    # Notes written before this day are not shown (Kronoberg).
    notes_from: date | None = None
    # Entries of every kind written before this day are not shown: the region's start
    # date in Journalen, where our sources give one without naming kinds (Kalmar,
    # Jämtland Härjedalen).
    entries_from: date | None = None
    # Care units of these kinds are never shown (Skåne: child psychiatry).
    hidden_unit_kinds: frozenset[UnitKind] = frozenset()
    regional_choices: frozenset[RegionalChoice] = frozenset()

    def unit_note_delay(self, unit_kind: UnitKind | str) -> int:
        return next((days for kind, days in self.unit_kind_note_delays if kind == unit_kind), 0)

    def unreviewed_delay(self, category: Category) -> int | None:
        return dict(self.unreviewed_results).get(category, self.unreviewed_results_default)

    def result_delay(self, category: Category) -> int:
        """Days a result of this category waits, reviewed or not (0: no such delay)."""
        return dict(self.result_delays).get(category, 0)

    def shows_results(self, category: Category) -> bool:
        return category not in self.results_not_shown

    def result_rule(self, category: Category) -> ResultRule:
        """What this region does with results of one category, as values (the regions
        page and its table word these; entry_visibility applies the same fields)."""
        if not self.shows_results(category):
            return ResultRule(shown=False)
        return ResultRule(
            delay_days=self.result_delay(category),
            unreviewed_delay=self.unreviewed_delay(category),
        )

    @property
    def named_result_categories(self) -> frozenset[Category]:
        """The result categories the region's own rules speak of (the rest: the framework)."""
        return (
            self.results_not_shown
            | {category for category, _days in self.result_delays}
            | {category for category, _days in self.unreviewed_results}
        )

    def start_date(self, category: Category) -> date | None:
        """The first day whose entries of this category are shown (None: none known)."""
        starts = [self.entries_from]
        if category is Category.NOTE:
            starts.append(self.notes_from)
        known = [day for day in starts if day is not None]
        return max(known) if known else None


@dataclass(frozen=True)
class ResultRule:
    """One region's rule for one category of results.

    `shown`: False where the region never shows them; `delay_days`: days every result
    waits, reviewed or not; `unreviewed_delay`: days an unreviewed result waits (0: at
    once; None: only once reviewed)."""

    shown: bool = True
    delay_days: int = 0
    unreviewed_delay: int | None = 0


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
    # Not an entry but a paragraph of one: text under a withheld heading (see
    # `visible_text`); explain mode counts these paragraphs among "visas aldrig".
    WITHHELD_HEADING = "withheld_heading"
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
        Hidden.WITHHELD_HEADING,
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
    unit_kind: UnitKind | str = ""
    # The day it was (or will be) signed or reviewed; None: not so far.
    signed_on: date | None = None
    reviewed_on: date | None = None
    approved_for_patient: bool = True
    voided: bool = False


class Release(StrEnum):
    """What will show a waiting entry (explain mode words it; the API gives the code)."""

    WRITTEN = "written"  # the day it is written (the clock was moved back)
    SIGNATURE = "signature"  # its signature, on the day it is signed
    REVIEW = "review"  # its review (vidimering), on the day it is reviewed
    DELAY = "delay"  # a delay of `delay_days` running out


@dataclass(frozen=True)
class Visibility:
    shown: bool
    hidden_because: Hidden | None = None
    # The day a hidden entry will be shown, when that day is known.
    shown_from: date | None = None
    # What shows it, and the delay in days that applies to it (where one does);
    # an explanation of the verdict, so not part of its equality.
    released_by: Release | None = field(default=None, compare=False)
    delay_days: int | None = field(default=None, compare=False)
    # The citizen's choice that holds it back, or that would show it at once.
    choice: RegionalChoice | None = field(default=None, compare=False)

    @property
    def waiting(self) -> bool:
        """Hidden now, but a day, a signature or a review will show it."""
        return not self.shown and self.hidden_because not in PERMANENTLY_HIDDEN

    @property
    def never_shown(self) -> bool:
        return not self.shown and self.hidden_because in PERMANENTLY_HIDDEN


SHOWN = Visibility(True)


@dataclass(frozen=True)
class _Wait:
    """One condition an entry waits for: the day it is met (None: not known), and why."""

    day: date | None
    why: Hidden
    released_by: Release
    delay_days: int | None = None
    choice: RegionalChoice | None = None


def _delay_or_event(
    written: date, delay_days: int, event_on: date | None, why: Hidden, event: Release
) -> _Wait:
    """Shown after a delay, or sooner if the event (signature, review) comes first."""
    by_delay = written + timedelta(days=delay_days)
    if event_on is not None and event_on < by_delay:
        return _Wait(event_on, why, event, delay_days)
    return _Wait(by_delay, why, Release.DELAY, delay_days)


def _waits(entry: EntryFacts, policy: RegionPolicy, choices: Choices) -> list[_Wait]:
    """Every condition the entry waits for."""
    written = entry.document_date
    delay = policy.delay_days
    waits = [_Wait(written, Hidden.NOT_YET_WRITTEN, Release.WRITTEN)]
    if entry.category is Category.NOTE:
        if policy.unsigned_notes is UnsignedNotes.AFTER_DELAY:
            waits.append(
                _delay_or_event(
                    written, delay, entry.signed_on, Hidden.UNSIGNED_NOTE, Release.SIGNATURE
                )
            )
        elif policy.unsigned_notes is UnsignedNotes.PATIENT_CHOICE and not _chosen(
            RegionalChoice.SHOW_UNSIGNED_NOTES, policy, choices
        ):
            waits.append(
                _Wait(
                    entry.signed_on,
                    Hidden.UNSIGNED_NOTE,
                    Release.SIGNATURE,
                    choice=RegionalChoice.SHOW_UNSIGNED_NOTES,
                )
            )
        unit_delay = policy.unit_note_delay(entry.unit_kind)
        if unit_delay:
            waits.append(
                _Wait(
                    written + timedelta(days=unit_delay),
                    Hidden.UNIT_DELAY,
                    Release.DELAY,
                    unit_delay,
                )
            )
        if _chosen(RegionalChoice.DELAY_SIGNED_NOTES, policy, choices):
            waits.append(_choice_delay(written, delay, RegionalChoice.DELAY_SIGNED_NOTES))
    if entry.category in RESULT_CATEGORIES:
        result_delay = policy.result_delay(entry.category)
        if result_delay:
            waits.append(
                _Wait(
                    written + timedelta(days=result_delay),
                    Hidden.RESULT_DELAY,
                    Release.DELAY,
                    result_delay,
                )
            )
        unreviewed_delay = policy.unreviewed_delay(entry.category)
        if unreviewed_delay is None:
            waits.append(_Wait(entry.reviewed_on, Hidden.UNREVIEWED_RESULT, Release.REVIEW))
        elif unreviewed_delay:
            waits.append(
                _delay_or_event(
                    written,
                    unreviewed_delay,
                    entry.reviewed_on,
                    Hidden.UNREVIEWED_RESULT,
                    Release.REVIEW,
                )
            )
    if _chosen(RegionalChoice.DELAY_ALL, policy, choices):
        waits.append(_choice_delay(written, delay, RegionalChoice.DELAY_ALL))
    if choices.hide_recent:
        waits.append(
            _Wait(
                written + timedelta(days=STANDARD_DELAY_DAYS),
                Hidden.HIDE_RECENT_CHOICE,
                Release.DELAY,
                STANDARD_DELAY_DAYS,
            )
        )
    return waits


def _choice_delay(written: date, delay: int, choice: RegionalChoice) -> _Wait:
    return _Wait(
        written + timedelta(days=delay),
        Hidden.REGIONAL_CHOICE_DELAY,
        Release.DELAY,
        delay,
        choice,
    )


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
    choices. A hidden entry says why, what will show it and, when that day is
    known (a delay, a signature or review to come), from which day; an entry
    waiting for a signature or a review that is not planned has no such day.
    """
    if entry.voided:
        return Visibility(False, Hidden.VOIDED)
    if not entry.approved_for_patient:
        return Visibility(False, Hidden.NOT_APPROVED_FOR_PATIENT)
    if not access.covers_unit(entry.unit_id):
        return Visibility(False, Hidden.OUTSIDE_GRANTED_UNIT)
    if entry.unit_kind in NEVER_SHOWN_UNIT_KINDS or entry.unit_kind in policy.hidden_unit_kinds:
        return Visibility(False, Hidden.UNIT_NEVER_SHOWN)
    if entry.category in RESULT_CATEGORIES and not policy.shows_results(entry.category):
        return Visibility(False, Hidden.RESULTS_NOT_SHOWN)
    start = policy.start_date(entry.category)
    if start is not None and entry.document_date < start:
        return Visibility(False, Hidden.BEFORE_REGION_START)
    pending = [
        wait for wait in _waits(entry, policy, choices) if wait.day is None or wait.day > today
    ]
    if not pending:
        return SHOWN
    unknown = [wait for wait in pending if wait.day is None]
    # An unknown day outlasts every known one; otherwise the latest day shows it.
    last = unknown[0] if unknown else max(pending, key=lambda wait: wait.day or today)
    return Visibility(
        False,
        last.why,
        shown_from=last.day,
        released_by=last.released_by,
        delay_days=last.delay_days,
        choice=last.choice,
    )


def has_happened(day: date | None, today: date) -> bool:
    """Whether a signature or review planned for `day` has happened by `today`.

    The seeded world holds signatures and reviews still to come (they happen as
    the demo clock moves); what has not happened yet is never shown."""
    return day is not None and day <= today


# --- Withheld headings: the parts of a note that are never shown --------------------

# domain.md §3: "entries under certain headings are withheld ("Tidiga hypoteser",
# "Våldsutsatt", "Tredje person", "Oro för att barn far illa")". A note in the record
# systems is written under headings (sökord), and what a heading holds is decided per
# heading: the real service leaves out the paragraph under a withheld heading and shows
# the rest of the note. Not the whole note, for two reasons: the heading, not the note,
# is what the provider marked as sensitive (an early hypothesis, a third person's words,
# a question about violence), while the note's other headings (Kontaktorsak, Status,
# Bedömning, Åtgärd) are ordinary record text the citizen has a right to read; and a
# whole note is withheld by another flag, "approved for the patient" (domain.md §3, §4),
# which the rules already apply. Hiding every note with such a heading would also hide
# every BVC and school health visit, which record "Oro för att barn far illa" by routine.
WITHHELD_HEADINGS: tuple[str, ...] = (
    "Tidiga hypoteser",
    "Våldsutsatt",
    "Tredje person",
    "Oro för att barn far illa",
)
_WITHHELD = frozenset(heading.casefold() for heading in WITHHELD_HEADINGS)
# A heading opens a line: a few words, then a colon ("Bedömning: ...").
_HEADING = re.compile(r"^\s*([^\W\d_]+(?:[ /-][^\W\d_]+){0,6})\s*:")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def heading_of(line: str) -> str | None:
    """The heading a line opens with ("Bedömning: ..." -> "Bedömning"), or None."""
    found = _HEADING.match(line)
    return found.group(1) if found else None


def _opens_withheld(line: str) -> bool:
    """Whether a line opens with a withheld heading, with its colon or standing alone."""
    heading = heading_of(line)
    if heading is None:
        heading = line.strip()
    return heading.casefold() in _WITHHELD


def _lone_heading(line: str) -> bool:
    """A heading with nothing after it on its line: its text follows in the next paragraphs."""
    return not line.split(":", 1)[1].strip() if ":" in line else True


@dataclass(frozen=True)
class VisibleText:
    """A text as the citizen is shown it, and how many paragraphs were left out."""

    text: str
    withheld: int = 0


def visible_text(text: str) -> VisibleText:
    """The text without what stands under a withheld heading (see WITHHELD_HEADINGS).

    Paragraphs are separated by blank lines. A paragraph whose first line opens with a
    withheld heading ("Tredje person: ...") is left out; so is the rest of a paragraph from
    a line that does. A withheld heading standing alone on its line also takes the
    paragraphs after it, up to the next paragraph that opens with a heading of its own.
    Leaving out too much is the safe way to be wrong: nothing under a withheld heading is
    ever shown."""
    folded = text.casefold()
    if not any(heading in folded for heading in _WITHHELD):
        return VisibleText(text)  # the common case, decided without splitting
    kept: list[str] = []
    withheld = 0
    under_lone_heading = False
    for paragraph in _PARAGRAPH_BREAK.split(text):
        lines = paragraph.split("\n")
        if under_lone_heading:
            if heading_of(lines[0]) is None:
                withheld += 1
                continue
            under_lone_heading = False
        cut = next((i for i, line in enumerate(lines) if _opens_withheld(line)), None)
        if cut is None:
            kept.append(paragraph)
            continue
        withheld += 1
        if cut:
            kept.append("\n".join(lines[:cut]))
        under_lone_heading = cut == len(lines) - 1 and _lone_heading(lines[cut])
    if not withheld:
        return VisibleText(text)
    return VisibleText("\n\n".join(kept), withheld)


@dataclass(frozen=True)
class VisibleDetails:
    """An entry's own fields as the citizen is shown them (see `visible_details`)."""

    details: dict[str, Any]
    withheld: int = 0


def visible_details(details: Mapping[str, Any]) -> VisibleDetails:
    """An entry's fields with every text's withheld paragraphs left out.

    Every text field is judged, not only a note's `text`: a heading is withheld wherever
    it is written (a referral answer, a care plan), and the read model hands pages and
    the API only what this returns."""
    changed: dict[str, str] = {}
    withheld = 0
    for key, value in details.items():
        if isinstance(value, str):
            seen = visible_text(value)
            if seen.withheld:
                changed[key], withheld = seen.text, withheld + seen.withheld
    return VisibleDetails({**details, **changed}, withheld)


def log_row_visible(row_day: date, documented: Visibility, today: date) -> bool:
    """Whether a row of the access log ("who read or wrote, when, where") is shown.

    Each row documents an entry, and reveals no more than that entry does: a row
    is shown once it has happened and only while the entry itself is shown to the
    viewer (not from another unit under a one-unit grant, not from a unit never
    shown, not while a delay, a missing signature or a choice holds it back)."""
    return row_day <= today and documented.shown


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


# --- A household: whose journals a viewer may open, and when that changes -------


@dataclass(frozen=True)
class ChildAccess:
    """One child registered with the viewer as guardian, and the rules' answer."""

    child_id: str
    decision: Decision


@dataclass(frozen=True)
class Household:
    """Everything the viewer may know of their own and their children's access today.

    Pages, the API, the oracle and the demo tools read this; none of them asks
    a child's decision again, so none can leak a child the service would not list.
    """

    own: Decision
    # Every registered child, oldest first (unlisted ones too: only `listed` is shown).
    children: tuple[ChildAccess, ...]
    # The next day on which anything the viewer can see of this changes, or None.
    next_change: date | None

    @property
    def listed(self) -> tuple[ChildAccess, ...]:
        """Children on the viewer's start page (the 13–15 gap listed as a demo addition)."""
        return tuple(child for child in self.children if child.decision.listed_for_guardian)

    @property
    def switchable(self) -> tuple[ChildAccess, ...]:
        """Children whose journal the viewer may act for today."""
        return tuple(child for child in self.children if child.decision.allowed)

    @property
    def refused_listed(self) -> tuple[ChildAccess, ...]:
        """Children listed whose journal the viewer may not read (with the reason)."""
        return tuple(child for child in self.listed if not child.decision.allowed)

    @property
    def can_read_anything(self) -> bool:
        return self.own.allowed or bool(self.switchable)

    def decision_for(self, subject_id: str, viewer_id: str) -> Decision:
        """The viewer's access to one subject: their own, a child's, or nobody's."""
        if subject_id == viewer_id:
            return self.own
        for child in self.children:
            if child.child_id == subject_id:
                return child.decision
        return Decision(False, Reason.NOT_GUARDIAN)


def explains_refusal(decision: Decision, is_self: bool) -> bool:
    """Whether a refusal is explained to the viewer (a page that says why), rather than
    answered as if the person did not exist: one's own refusals always are, a child's
    only when the service lists that child."""
    return not decision.allowed and (is_self or decision.listed_for_guardian)


def _household_on(
    viewer: PersonFacts,
    children: Sequence[tuple[PersonFacts, GuardianshipFacts]],
    today: date,
) -> tuple[Decision, tuple[ChildAccess, ...]]:
    own = own_access(viewer, today)
    return own, tuple(
        ChildAccess(child.id, guardian_access(viewer, child, guardianship, today))
        for child, guardianship in children
    )


def _what_the_viewer_sees(own: Decision, children: tuple[ChildAccess, ...]) -> object:
    """The part of a household the viewer can see: a change elsewhere is no change."""
    return (
        own,
        tuple((c.child_id, c.decision) for c in children if c.decision.listed_for_guardian),
    )


def household(
    viewer: PersonFacts,
    children: Sequence[tuple[PersonFacts, GuardianshipFacts]],
    today: date,
) -> Household:
    """The viewer's own access and each registered child's, as of `today`.

    `children` are the children registered with the viewer as guardian, with
    the registration, oldest first. `next_change` is the first day after
    `today` on which what the viewer sees changes (their own 13th or 16th
    birthday, a listed child's 13th or 16th); a child the viewer may never
    see (protected identity, blocked) changes nothing the viewer can see, so
    their birthdays are never revealed this way.
    """
    own, child_access = _household_on(viewer, children, today)
    seen_today = _what_the_viewer_sees(own, child_access)
    candidates = {
        nth_birthday(person.birth_date, years)
        for person in (viewer, *(child for child, _ in children))
        for years in (0, GUARDIAN_ACCESS_ENDS_AGE, OWN_ACCESS_AGE)
    }
    next_change = next(
        (
            day
            for day in sorted(day for day in candidates if day > today)
            if _what_the_viewer_sees(*_household_on(viewer, children, day)) != seen_today
        ),
        None,
    )
    return Household(own, child_access, next_change)


@dataclass(frozen=True)
class AccessChange:
    """Something the viewer can see of their household that differs between two days:
    their own access, or a listed child's (None: not listed on that day)."""

    subject_id: str
    before: Decision | None
    after: Decision | None


def household_changes(
    viewer_id: str, before: Household, after: Household
) -> tuple[AccessChange, ...]:
    """What changed for the viewer between two days (the demo clock says it), own access
    first, then each child in order; a child the viewer may never see changes nothing."""
    changes = []
    if before.own != after.own:
        changes.append(AccessChange(viewer_id, before.own, after.own))
    listed_before = {child.child_id: child.decision for child in before.listed}
    listed_after = {child.child_id: child.decision for child in after.listed}
    for child in after.children:  # every registered child, in order
        was, now = listed_before.get(child.child_id), listed_after.get(child.child_id)
        if was != now:
            changes.append(AccessChange(child.child_id, was, now))
    return tuple(changes)
