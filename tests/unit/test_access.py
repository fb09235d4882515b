"""Tests of the Journalen access rules (demo/domain/access.py) against domain.md §1.

Every date is given explicitly: nothing here reads the wall clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from demo.domain.access import (
    PERMANENTLY_HIDDEN,
    SHOWN,
    WITHHELD_HEADINGS,
    Decision,
    EntryFacts,
    GuardianshipFacts,
    Hidden,
    IdentityKind,
    PersonFacts,
    Reason,
    VisibleText,
    age_on,
    birthday_in_year,
    entry_visibility,
    guardian_access,
    heading_of,
    journal_access,
    nth_birthday,
    own_access,
    stockholm_date,
    visible_details,
    visible_text,
)

ONE_DAY = timedelta(days=1)

# A child born on an ordinary day: 13 on 2023-05-10, 16 on 2026-05-10.
CHILD_BIRTH = date(2010, 5, 10)
CHILD_13TH = date(2023, 5, 10)
CHILD_16TH = date(2026, 5, 10)

CARE_UNIT = 7
OTHER_UNIT = 8


# --- Helpers -----------------------------------------------------------------


def person(
    birth_date: date = CHILD_BIRTH,
    id: str = "child",
    **facts: Any,
) -> PersonFacts:
    """A person with an ordinary personnummer unless `facts` say otherwise."""
    return PersonFacts(id=id, birth_date=birth_date, **facts)


def parent(id: str = "parent", **facts: Any) -> PersonFacts:
    """An adult (born 1980) who may be a guardian."""
    return person(date(1980, 3, 3), id=id, **facts)


def guardianship(guardian: PersonFacts, child: PersonFacts, **facts: Any) -> GuardianshipFacts:
    """The registration at Skatteverket of `guardian` as `child`'s guardian."""
    return GuardianshipFacts(guardian_id=guardian.id, child_id=child.id, **facts)


def guardian_decision(
    today: date,
    child: PersonFacts | None = None,
    guardian: PersonFacts | None = None,
    **guardianship_facts: Any,
) -> Decision:
    """A registered guardian's access to `child` on `today`."""
    child = child if child is not None else person()
    guardian = guardian if guardian is not None else parent()
    return guardian_access(
        guardian, child, guardianship(guardian, child, **guardianship_facts), today
    )


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# --- Dates: birthday_in_year, nth_birthday, age_on ---------------------------


@pytest.mark.parametrize(
    ("birth_date", "year", "expected"),
    [
        pytest.param(date(2010, 5, 10), 2023, date(2023, 5, 10), id="ordinary-day"),
        pytest.param(date(2010, 12, 31), 2024, date(2024, 12, 31), id="new-years-eve"),
        pytest.param(date(2010, 1, 1), 2024, date(2024, 1, 1), id="new-years-day"),
        pytest.param(date(2012, 2, 29), 2025, date(2025, 2, 28), id="29feb-common-year-is-28feb"),
        pytest.param(date(2012, 2, 29), 2028, date(2028, 2, 29), id="29feb-leap-year-is-29feb"),
        pytest.param(date(2012, 2, 29), 2100, date(2100, 2, 28), id="29feb-2100-not-leap"),
        pytest.param(date(1996, 2, 29), 2000, date(2000, 2, 29), id="29feb-2000-is-leap"),
        pytest.param(date(2011, 2, 28), 2012, date(2012, 2, 28), id="28feb-in-leap-year-stays"),
        pytest.param(date(2011, 3, 1), 2012, date(2012, 3, 1), id="1mar-in-leap-year-stays"),
    ],
)
def test_birthday_in_year(birth_date: date, year: int, expected: date) -> None:
    assert birthday_in_year(birth_date, year) == expected


@pytest.mark.parametrize(
    ("birth_date", "years", "expected"),
    [
        pytest.param(CHILD_BIRTH, 0, CHILD_BIRTH, id="0th-is-birth-day"),
        pytest.param(CHILD_BIRTH, 13, CHILD_13TH, id="13th-ordinary"),
        pytest.param(CHILD_BIRTH, 16, CHILD_16TH, id="16th-ordinary"),
        pytest.param(date(2012, 2, 29), 13, date(2025, 2, 28), id="29feb-13th-in-common-year"),
        pytest.param(date(2012, 2, 29), 16, date(2028, 2, 29), id="29feb-16th-in-leap-year"),
        pytest.param(date(2008, 2, 29), 16, date(2024, 2, 29), id="29feb-2008-16th-leap"),
        pytest.param(date(2008, 2, 29), 13, date(2021, 2, 28), id="29feb-2008-13th-common"),
    ],
)
def test_nth_birthday(birth_date: date, years: int, expected: date) -> None:
    assert nth_birthday(birth_date, years) == expected


@pytest.mark.parametrize(
    ("birth_date", "today", "expected_age"),
    [
        pytest.param(CHILD_BIRTH, CHILD_BIRTH - ONE_DAY, -1, id="day-before-birth"),
        pytest.param(date(1900, 1, 2), date(1900, 1, 1), -1, id="before-birth-oldest-date"),
        pytest.param(CHILD_BIRTH, CHILD_BIRTH, 0, id="day-of-birth"),
        pytest.param(CHILD_BIRTH, date(2011, 5, 9), 0, id="day-before-1st-birthday"),
        pytest.param(CHILD_BIRTH, date(2011, 5, 10), 1, id="1st-birthday"),
        pytest.param(CHILD_BIRTH, CHILD_13TH - ONE_DAY, 12, id="day-before-13th"),
        pytest.param(CHILD_BIRTH, CHILD_13TH, 13, id="13th-birthday"),
        pytest.param(CHILD_BIRTH, CHILD_16TH - ONE_DAY, 15, id="day-before-16th"),
        pytest.param(CHILD_BIRTH, CHILD_16TH, 16, id="16th-birthday"),
        pytest.param(date(2010, 12, 31), date(2023, 12, 30), 12, id="31dec-day-before-13th"),
        pytest.param(date(2010, 12, 31), date(2023, 12, 31), 13, id="31dec-13th"),
        pytest.param(date(2010, 12, 31), date(2024, 1, 1), 13, id="31dec-new-year-after-13th"),
        pytest.param(date(2012, 2, 29), date(2025, 2, 27), 12, id="29feb-day-before-13th"),
        pytest.param(date(2012, 2, 29), date(2025, 2, 28), 13, id="29feb-13-on-28feb-common"),
        pytest.param(date(2012, 2, 29), date(2025, 3, 1), 13, id="29feb-1mar-common"),
        pytest.param(date(2012, 2, 29), date(2028, 2, 28), 15, id="29feb-28feb-leap-still-15"),
        pytest.param(date(2012, 2, 29), date(2028, 2, 29), 16, id="29feb-16-on-29feb-leap"),
        pytest.param(date(2008, 2, 29), date(2024, 2, 28), 15, id="29feb-2008-day-before-16"),
        pytest.param(date(2008, 2, 29), date(2024, 2, 29), 16, id="29feb-2008-16-on-29feb"),
        pytest.param(date(2008, 2, 29), date(2021, 2, 27), 12, id="29feb-2008-day-before-13"),
        pytest.param(date(2008, 2, 29), date(2021, 2, 28), 13, id="29feb-2008-13-on-28feb"),
    ],
)
def test_age_on(birth_date: date, today: date, expected_age: int) -> None:
    assert age_on(birth_date, today) == expected_age


# --- Dates: stockholm_date ---------------------------------------------------


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        pytest.param(
            utc(2026, 11, 25, 22, 59, 59), date(2026, 11, 25), id="winter-2259-utc-same-day"
        ),
        pytest.param(
            utc(2026, 11, 25, 23, 0, 0), date(2026, 11, 26), id="winter-2300-utc-next-day"
        ),
        pytest.param(
            utc(2026, 7, 14, 21, 59, 59), date(2026, 7, 14), id="summer-2159-utc-same-day"
        ),
        pytest.param(utc(2026, 7, 14, 22, 0, 0), date(2026, 7, 15), id="summer-2200-utc-next-day"),
        pytest.param(utc(2026, 12, 31, 23, 0, 0), date(2027, 1, 1), id="new-year-in-stockholm"),
        pytest.param(
            datetime(2026, 11, 25, 18, 30, tzinfo=timezone(timedelta(hours=-5))),
            date(2026, 11, 26),
            id="new-york-evening-is-next-day-in-stockholm",
        ),
    ],
)
def test_stockholm_date(instant: datetime, expected: date) -> None:
    assert stockholm_date(instant) == expected


def test_stockholm_date_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        stockholm_date(datetime(2026, 11, 25, 23, 0))  # noqa: DTZ001


def test_guardian_access_turns_at_stockholm_midnight_before_the_13th_birthday() -> None:
    child = person(date(2013, 12, 1))  # 13th birthday 2026-12-01, a winter day (UTC+1)
    last_moment = stockholm_date(utc(2026, 11, 30, 22, 59, 59))
    first_moment = stockholm_date(utc(2026, 11, 30, 23, 0, 0))

    assert guardian_decision(last_moment, child).allowed
    after = guardian_decision(first_moment, child)
    assert not after.allowed
    assert after.reason is Reason.CHILD_13_TO_15


# --- own_access --------------------------------------------------------------


def test_own_access_refused_the_day_before_the_16th_birthday() -> None:
    decision = own_access(person(), CHILD_16TH - ONE_DAY)
    assert decision == Decision(False, Reason.OWN_UNDER_16, from_date=CHILD_16TH)


def test_own_access_allowed_on_the_16th_birthday() -> None:
    decision = own_access(person(), CHILD_16TH)
    assert decision == Decision(True, Reason.OWN_16_OR_OLDER)
    assert decision.unit_ids is None


@pytest.mark.parametrize(
    "today",
    [
        pytest.param(CHILD_BIRTH, id="newborn"),
        pytest.param(CHILD_13TH - ONE_DAY, id="12"),
        pytest.param(CHILD_13TH, id="13th-birthday"),
    ],
)
def test_own_access_refused_under_16(today: date) -> None:
    decision = own_access(person(), today)
    assert not decision.allowed
    assert decision.reason is Reason.OWN_UNDER_16
    assert decision.from_date == CHILD_16TH


def test_own_access_29_february_child_turns_16_on_29_february_in_a_leap_year() -> None:
    child = person(date(2008, 2, 29))
    assert not own_access(child, date(2024, 2, 28)).allowed
    assert own_access(child, date(2024, 2, 29)).allowed


def test_own_access_29_february_child_turns_16_on_28_february_in_a_common_year() -> None:
    # A leapling's 16th birthday is in a common year only across a century: 2100 is not leap.
    child = person(date(2084, 2, 29))
    assert not own_access(child, date(2100, 2, 27)).allowed
    assert own_access(child, date(2100, 2, 28)).allowed


def test_own_access_before_birth_is_not_born() -> None:
    decision = own_access(person(), CHILD_BIRTH - ONE_DAY)
    assert not decision.allowed
    assert decision.reason is Reason.NOT_BORN


@pytest.mark.parametrize(
    ("facts", "reason"),
    [
        pytest.param(
            {"identity_kind": IdentityKind.SAMORDNINGSNUMMER},
            Reason.NO_PERSONNUMMER,
            id="samordningsnummer",
        ),
        pytest.param({"deceased": True}, Reason.DECEASED, id="deceased"),
        pytest.param({"account_sealed": True}, Reason.ACCOUNT_SEALED, id="sealed"),
    ],
)
def test_own_access_refused_for_an_adult(facts: dict[str, Any], reason: Reason) -> None:
    adult = parent(**facts)
    decision = own_access(adult, date(2026, 1, 15))
    assert not decision.allowed
    assert decision.reason is reason


def test_own_access_allowed_for_an_adult_with_protected_identity() -> None:
    decision = own_access(parent(protected_identity=True), date(2026, 1, 15))
    assert decision.allowed
    assert decision.reason is Reason.OWN_16_OR_OLDER


@pytest.mark.parametrize(
    "today",
    [
        pytest.param(CHILD_BIRTH + ONE_DAY, id="newborn"),
        pytest.param(CHILD_13TH - ONE_DAY, id="day-before-13th"),
    ],
)
def test_early_access_grant_does_not_open_before_13(today: date) -> None:
    decision = own_access(person(early_access_unit_id=CARE_UNIT), today)
    assert not decision.allowed
    assert decision.reason is Reason.OWN_UNDER_16


@pytest.mark.parametrize(
    "today",
    [
        pytest.param(CHILD_13TH, id="13th-birthday"),
        pytest.param(date(2024, 9, 1), id="14"),
        pytest.param(CHILD_16TH - ONE_DAY, id="day-before-16th"),
    ],
)
def test_early_access_grant_opens_one_unit_from_13_to_16(today: date) -> None:
    decision = own_access(person(early_access_unit_id=CARE_UNIT), today)
    assert decision == Decision(
        True, Reason.OWN_EARLY_ACCESS, unit_ids=frozenset({CARE_UNIT}), until=CHILD_16TH
    )
    assert decision.covers_unit(CARE_UNIT)
    assert not decision.covers_unit(OTHER_UNIT)


def test_early_access_grant_gives_way_to_full_access_at_16() -> None:
    decision = own_access(person(early_access_unit_id=CARE_UNIT), CHILD_16TH)
    assert decision.allowed
    assert decision.reason is Reason.OWN_16_OR_OLDER
    assert decision.unit_ids is None
    assert decision.covers_unit(OTHER_UNIT)


def test_early_access_grant_does_not_open_a_sealed_account() -> None:
    decision = own_access(person(early_access_unit_id=CARE_UNIT, account_sealed=True), CHILD_13TH)
    assert not decision.allowed


# --- guardian_access ---------------------------------------------------------


@pytest.mark.parametrize(
    "today",
    [
        pytest.param(CHILD_BIRTH, id="day-of-birth"),
        pytest.param(date(2016, 8, 20), id="age-6"),
        pytest.param(CHILD_13TH - ONE_DAY, id="day-before-13th"),
    ],
)
def test_guardian_reads_a_child_under_13(today: date) -> None:
    decision = guardian_decision(today)
    assert decision == Decision(True, Reason.GUARDIAN_CHILD_UNDER_13, until=CHILD_13TH)
    assert decision.unit_ids is None
    assert decision.listed_for_guardian


@pytest.mark.parametrize(
    "today",
    [
        pytest.param(CHILD_13TH, id="13th-birthday"),
        pytest.param(date(2024, 9, 1), id="14"),
        pytest.param(CHILD_16TH - ONE_DAY, id="day-before-16th"),
    ],
)
def test_guardian_refused_in_the_gap_13_to_15(today: date) -> None:
    decision = guardian_decision(today)
    assert not decision.allowed
    assert decision.reason is Reason.CHILD_13_TO_15
    assert decision.listed_for_guardian


def test_guardian_refused_from_the_16th_birthday() -> None:
    decision = guardian_decision(CHILD_16TH)
    assert not decision.allowed
    assert decision.reason is Reason.CHILD_16_OR_OLDER
    assert not decision.listed_for_guardian


def test_guardian_of_a_29_february_child_loses_access_on_28_february() -> None:
    child = person(date(2012, 2, 29))
    assert guardian_decision(date(2025, 2, 27), child).allowed
    assert guardian_decision(date(2025, 2, 28), child).reason is Reason.CHILD_13_TO_15


def test_guardian_before_the_child_is_born() -> None:
    decision = guardian_decision(CHILD_BIRTH - ONE_DAY)
    assert not decision.allowed
    assert decision.reason is Reason.NOT_BORN


def test_guardian_of_a_deceased_child_is_refused() -> None:
    decision = guardian_decision(date(2015, 1, 1), person(deceased=True))
    assert not decision.allowed
    assert decision.reason is Reason.DECEASED
    assert not decision.listed_for_guardian


def test_parent_without_registered_guardianship_is_not_a_guardian() -> None:
    decision = guardian_access(parent(), person(), None, date(2015, 1, 1))
    assert not decision.allowed
    assert decision.reason is Reason.NOT_GUARDIAN
    assert not decision.listed_for_guardian


@pytest.mark.parametrize(
    ("registered_guardian", "registered_child"),
    [
        pytest.param("someone-else", "child", id="other-guardian-same-child"),
        pytest.param("parent", "sibling", id="same-guardian-other-child"),
        pytest.param("someone-else", "sibling", id="other-people-altogether"),
    ],
)
def test_guardianship_between_other_people_grants_nothing(
    registered_guardian: str, registered_child: str
) -> None:
    unrelated = GuardianshipFacts(guardian_id=registered_guardian, child_id=registered_child)
    decision = guardian_access(parent(), person(), unrelated, date(2015, 1, 1))
    assert not decision.allowed
    assert decision.reason is Reason.NOT_GUARDIAN


def test_blocking_is_per_guardian() -> None:
    child = person()
    mother, father = parent("mother"), parent("father")
    today = date(2015, 1, 1)

    blocked = guardian_access(mother, child, guardianship(mother, child, blocked=True), today)
    unblocked = guardian_access(father, child, guardianship(father, child), today)

    assert not blocked.allowed
    assert blocked.reason is Reason.GUARDIAN_BLOCKED
    assert not blocked.listed_for_guardian
    assert unblocked.allowed
    assert unblocked.listed_for_guardian


def test_child_with_protected_identity_is_shown_to_no_guardian() -> None:
    decision = guardian_decision(date(2015, 1, 1), person(protected_identity=True))
    assert not decision.allowed
    assert decision.reason is Reason.CHILD_PROTECTED_IDENTITY
    assert not decision.listed_for_guardian


def test_guardian_with_protected_identity_cannot_act_for_a_child() -> None:
    decision = guardian_decision(date(2015, 1, 1), guardian=parent(protected_identity=True))
    assert not decision.allowed
    assert decision.reason is Reason.GUARDIAN_PROTECTED_IDENTITY
    assert not decision.listed_for_guardian


@pytest.mark.parametrize(
    "today",
    [
        pytest.param(CHILD_13TH, id="13th-birthday"),
        pytest.param(CHILD_16TH - ONE_DAY, id="day-before-16th"),
    ],
)
def test_extended_access_opens_one_unit_from_13_to_16(today: date) -> None:
    decision = guardian_decision(today, extended_access_unit_id=CARE_UNIT)
    assert decision == Decision(
        True,
        Reason.GUARDIAN_EXTENDED_ACCESS,
        unit_ids=frozenset({CARE_UNIT}),
        until=CHILD_16TH,
    )
    assert decision.listed_for_guardian
    assert decision.covers_unit(CARE_UNIT)
    assert not decision.covers_unit(OTHER_UNIT)


def test_extended_access_grant_does_not_narrow_access_under_13() -> None:
    decision = guardian_decision(CHILD_13TH - ONE_DAY, extended_access_unit_id=CARE_UNIT)
    assert decision == Decision(True, Reason.GUARDIAN_CHILD_UNDER_13, until=CHILD_13TH)
    assert decision.unit_ids is None


def test_extended_access_ends_on_the_16th_birthday() -> None:
    decision = guardian_decision(CHILD_16TH, extended_access_unit_id=CARE_UNIT)
    assert not decision.allowed
    assert decision.reason is Reason.CHILD_16_OR_OLDER


@pytest.mark.parametrize(
    ("child_facts", "guardian_facts", "reason"),
    [
        pytest.param({}, {"blocked": True}, Reason.GUARDIAN_BLOCKED, id="blocked"),
        pytest.param(
            {"protected_identity": True}, {}, Reason.CHILD_PROTECTED_IDENTITY, id="child-protected"
        ),
    ],
)
def test_extended_access_does_not_override_a_refusal(
    child_facts: dict[str, Any], guardian_facts: dict[str, Any], reason: Reason
) -> None:
    decision = guardian_decision(
        CHILD_13TH, person(**child_facts), extended_access_unit_id=CARE_UNIT, **guardian_facts
    )
    assert not decision.allowed
    assert decision.reason is reason


# --- journal_access ----------------------------------------------------------


def test_journal_access_for_oneself_is_own_access() -> None:
    child = person()
    decision = journal_access(child, child, None, CHILD_16TH)
    assert decision.reason is Reason.OWN_16_OR_OLDER
    assert journal_access(child, child, None, CHILD_13TH).reason is Reason.OWN_UNDER_16


def test_journal_access_for_a_child_is_guardian_access() -> None:
    child, guardian = person(), parent()
    registration = guardianship(guardian, child)
    under_13 = journal_access(guardian, child, registration, CHILD_13TH - ONE_DAY)
    gap = journal_access(guardian, child, registration, CHILD_13TH)
    assert under_13.reason is Reason.GUARDIAN_CHILD_UNDER_13
    assert gap.reason is Reason.CHILD_13_TO_15


def test_journal_access_for_another_adult_is_refused() -> None:
    decision = journal_access(parent("a"), parent("b"), None, date(2026, 1, 1))
    assert not decision.allowed
    assert decision.reason is Reason.NOT_GUARDIAN


# --- entry_visibility and Decision.covers_unit -------------------------------

TODAY = date(2026, 3, 1)
FULL_ACCESS = Decision(True, Reason.OWN_16_OR_OLDER)
ONE_UNIT_ACCESS = Decision(
    True, Reason.OWN_EARLY_ACCESS, unit_ids=frozenset({CARE_UNIT}), until=date(2027, 1, 1)
)


def entry(**facts: Any) -> EntryFacts:
    defaults: dict[str, Any] = {"unit_id": CARE_UNIT, "document_date": date(2026, 2, 1)}
    return EntryFacts(**(defaults | facts))


@pytest.mark.parametrize(
    ("the_entry", "access", "expected"),
    [
        pytest.param(entry(), FULL_ACCESS, SHOWN, id="ordinary-entry-shown"),
        pytest.param(entry(document_date=TODAY), FULL_ACCESS, SHOWN, id="dated-today-shown"),
        pytest.param(entry(voided=True), FULL_ACCESS, Hidden.VOIDED, id="voided-hidden"),
        pytest.param(
            entry(approved_for_patient=False),
            FULL_ACCESS,
            Hidden.NOT_APPROVED_FOR_PATIENT,
            id="not-approved-hidden",
        ),
        pytest.param(
            entry(unit_id=OTHER_UNIT),
            ONE_UNIT_ACCESS,
            Hidden.OUTSIDE_GRANTED_UNIT,
            id="outside-granted-unit-hidden",
        ),
        pytest.param(entry(), ONE_UNIT_ACCESS, SHOWN, id="inside-granted-unit-shown"),
        pytest.param(entry(unit_id=OTHER_UNIT), FULL_ACCESS, SHOWN, id="any-unit-with-full-access"),
        pytest.param(
            entry(voided=True, approved_for_patient=False, unit_id=OTHER_UNIT),
            ONE_UNIT_ACCESS,
            Hidden.VOIDED,
            id="voided-named-first",
        ),
    ],
)
def test_entry_visibility(the_entry: EntryFacts, access: Decision, expected: object) -> None:
    visibility = entry_visibility(the_entry, access, TODAY)
    if expected is SHOWN:
        assert visibility.shown
        assert visibility.hidden_because is None
    else:
        assert not visibility.shown
        assert visibility.hidden_because is expected
        assert visibility.shown_from is None


def test_future_entry_is_not_yet_written_and_shown_from_its_date() -> None:
    tomorrow = TODAY + ONE_DAY
    visibility = entry_visibility(entry(document_date=tomorrow), FULL_ACCESS, TODAY)
    assert not visibility.shown
    assert visibility.hidden_because is Hidden.NOT_YET_WRITTEN
    assert visibility.shown_from == tomorrow


def test_covers_unit() -> None:
    assert FULL_ACCESS.covers_unit(CARE_UNIT)
    assert FULL_ACCESS.covers_unit(OTHER_UNIT)
    assert ONE_UNIT_ACCESS.covers_unit(CARE_UNIT)
    assert not ONE_UNIT_ACCESS.covers_unit(OTHER_UNIT)
    assert not Decision(True, Reason.OWN_EARLY_ACCESS, unit_ids=frozenset()).covers_unit(CARE_UNIT)


# --- Properties --------------------------------------------------------------

birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
any_days = st.dates(min_value=date(1900, 1, 1), max_value=date(2130, 12, 31))
leaplings = (
    st.integers(min_value=1900, max_value=2100)
    .filter(lambda y: y % 4 == 0 and (y % 100 != 0 or y % 400 == 0))
    .map(lambda y: date(y, 2, 29))
)


@st.composite
def birth_and_day(draw: st.DrawFn) -> tuple[date, date]:
    """A birth date and a day, often near the 13th and 16th birthdays."""
    birth_date = draw(st.one_of(birth_dates, leaplings))
    near = st.sampled_from([0, 13, 16]).flatmap(
        lambda n: st.integers(-3, 3).map(lambda d: nth_birthday(birth_date, n) + timedelta(d))
    )
    childhood = st.integers(-400, 17 * 366).map(lambda d: birth_date + timedelta(d))
    today = draw(st.one_of(near, childhood, any_days))
    return birth_date, today


@settings(max_examples=300)
@given(st.one_of(birth_dates, leaplings), any_days, any_days)
def test_age_is_monotonic_in_today(birth_date: date, day1: date, day2: date) -> None:
    earlier, later = sorted((day1, day2))
    assert age_on(birth_date, earlier) <= age_on(birth_date, later)


@settings(max_examples=300)
@given(st.one_of(birth_dates, leaplings), st.integers(min_value=1, max_value=120))
def test_age_turns_n_exactly_on_the_nth_birthday(birth_date: date, n: int) -> None:
    birthday = nth_birthday(birth_date, n)
    assert age_on(birth_date, birthday) == n
    assert age_on(birth_date, birthday - ONE_DAY) == n - 1


@settings(max_examples=300)
@given(birth_and_day())
def test_guardian_access_iff_born_and_under_13(birth_and_today: tuple[date, date]) -> None:
    birth_date, today = birth_and_today
    decision = guardian_decision(today, person(birth_date))
    assert decision.allowed == (birth_date <= today < nth_birthday(birth_date, 13))


@settings(max_examples=300)
@given(birth_and_day())
def test_own_access_iff_16_or_older(birth_and_today: tuple[date, date]) -> None:
    birth_date, today = birth_and_today
    decision = own_access(person(birth_date), today)
    assert decision.allowed == (today >= nth_birthday(birth_date, 16))


@settings(max_examples=300)
@given(st.one_of(birth_dates, leaplings), st.data())
def test_nobody_has_access_in_the_gap(birth_date: date, data: st.DataObject) -> None:
    thirteenth, sixteenth = nth_birthday(birth_date, 13), nth_birthday(birth_date, 16)
    offset = data.draw(st.integers(0, (sixteenth - thirteenth).days - 1), label="days after 13")
    today = thirteenth + timedelta(days=offset)
    child = person(birth_date)

    assert not own_access(child, today).allowed
    assert not guardian_decision(today, child).allowed


@settings(max_examples=300)
@given(birth_and_day())
def test_own_and_guardian_access_never_overlap(birth_and_today: tuple[date, date]) -> None:
    birth_date, today = birth_and_today
    child = person(birth_date)
    assert not (own_access(child, today).allowed and guardian_decision(today, child).allowed)


@pytest.mark.parametrize(
    "guardian",
    [
        PersonFacts("g", date(1980, 1, 1), identity_kind=IdentityKind.SAMORDNINGSNUMMER),
        PersonFacts("g", date(1980, 1, 1), deceased=True),
    ],
    ids=["samordningsnummer", "deceased"],
)
def test_guardian_who_cannot_log_in_has_no_access(guardian: PersonFacts) -> None:
    child = PersonFacts("c", date(2015, 1, 1))
    decision = guardian_access(guardian, child, GuardianshipFacts("g", "c"), date(2020, 1, 1))
    assert not decision.allowed
    assert decision.reason in {Reason.NO_PERSONNUMMER, Reason.DECEASED}


def test_sealed_child_is_not_promised_access_at_16() -> None:
    sealed = PersonFacts("s", date(2010, 5, 10), account_sealed=True, early_access_unit_id=7)
    for day in (date(2024, 1, 1), date(2026, 5, 10)):
        decision = own_access(sealed, day)
        assert decision == Decision(False, Reason.ACCOUNT_SEALED)


# --- Withheld headings (domain.md §3): the paragraph goes, the rest of the note stays ------


def note(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


ORDINARY = ("Kontaktorsak: Hälsobesök.", "Bedömning: Frisk.", "Åtgärd: Nytt besök om ett år.")


@pytest.mark.parametrize("heading", WITHHELD_HEADINGS)
def test_a_paragraph_under_a_withheld_heading_is_left_out_and_the_rest_kept(heading: str) -> None:
    text = note(ORDINARY[0], f"{heading}: Uppgift som inte visas.", *ORDINARY[1:])
    assert visible_text(text) == VisibleText(note(*ORDINARY), withheld=1)


@pytest.mark.parametrize("position", [0, 1, 2, 3])
def test_the_withheld_paragraph_goes_wherever_it_stands(position: int) -> None:
    paragraphs = list(ORDINARY)
    paragraphs.insert(position, "Tredje person: Närstående berättar.")
    assert visible_text(note(*paragraphs)) == VisibleText(note(*ORDINARY), withheld=1)


def test_every_withheld_paragraph_is_counted() -> None:
    text = note("Tidiga hypoteser: A.", ORDINARY[0], "Våldsutsatt: B.", "Tredje person: C.")
    assert visible_text(text) == VisibleText(ORDINARY[0], withheld=3)


def test_a_note_of_nothing_but_a_withheld_paragraph_shows_no_text() -> None:
    assert visible_text("Oro för att barn far illa: Ingen oro framkommer.") == VisibleText("", 1)


def test_a_text_with_no_withheld_heading_is_returned_untouched() -> None:
    text = note(*ORDINARY) + "\n"
    assert visible_text(text) == VisibleText(text, withheld=0)


@pytest.mark.parametrize(
    "line",
    [
        "tidiga hypoteser: gemener",
        "TREDJE PERSON: versaler",
        "  Våldsutsatt : mellanslag före kolon",
        "Oro för att barn far illa:utan mellanslag",
    ],
)
def test_a_withheld_heading_is_recognised_in_any_case_and_spacing(line: str) -> None:
    assert visible_text(note(ORDINARY[0], line)) == VisibleText(ORDINARY[0], withheld=1)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Inga tidiga hypoteser: ordet står inte först.",  # not the heading itself
        "Tidiga hypoteserna: en annan rubrik.",  # a longer word is another heading
        "Bedömning: tidiga hypoteser diskuterades inte.",  # the words inside a paragraph
        "Tredje personen kom inte.",  # no heading at all
    ],
)
def test_only_the_heading_itself_withholds(paragraph: str) -> None:
    text = note(ORDINARY[0], paragraph)
    assert visible_text(text) == VisibleText(text, withheld=0)


def test_a_withheld_heading_on_a_later_line_cuts_the_paragraph_from_there() -> None:
    text = "Status: Blodtryck normalt.\nTredje person: Maken berättar.\nMer om det."
    assert visible_text(text) == VisibleText("Status: Blodtryck normalt.", withheld=1)


@pytest.mark.parametrize("lone", ["Våldsutsatt", "Våldsutsatt:"])
def test_a_lone_heading_takes_its_paragraphs_up_to_the_next_heading(lone: str) -> None:
    text = note(ORDINARY[0], lone, "Frågor om våld ställda.", "Hon berättar mer.", *ORDINARY[1:])
    assert visible_text(text) == VisibleText(note(*ORDINARY), withheld=3)


def test_a_lone_heading_at_the_end_withholds_what_follows_to_the_end() -> None:
    text = note(ORDINARY[0], "Tredje person", "Grannen berättar.")
    assert visible_text(text) == VisibleText(ORDINARY[0], withheld=2)


def test_headings_are_the_words_before_a_colon_at_the_start_of_a_line() -> None:
    assert heading_of("Oro för att barn far illa: Ingen oro.") == "Oro för att barn far illa"
    assert heading_of("Kl 14:30 ringer patienten.") is None
    assert heading_of("Ingen rubrik här.") is None


def test_every_text_field_of_an_entry_is_judged_and_the_rest_kept() -> None:
    details = {
        "text": note(ORDINARY[0], "Tredje person: A."),
        "answer": note("Svar: Normalt.", "Tidiga hypoteser: B."),
        "dose_number": 2,
        "analyses": [{"name": "Hb"}],
    }
    seen = visible_details(details)
    assert seen.details == {
        "text": ORDINARY[0],
        "answer": "Svar: Normalt.",
        "dose_number": 2,
        "analyses": [{"name": "Hb"}],
    }
    assert seen.withheld == 2
    assert details["text"] == note(ORDINARY[0], "Tredje person: A.")  # the input is untouched


def test_withheld_paragraphs_are_never_shown_by_any_day() -> None:
    assert Hidden.WITHHELD_HEADING in PERMANENTLY_HIDDEN


@given(st.lists(st.sampled_from([*ORDINARY, *(f"{h}: hemligt {h}" for h in WITHHELD_HEADINGS)])))
def test_no_withheld_heading_ever_survives(paragraphs: list[str]) -> None:
    seen = visible_text(note(*paragraphs))
    assert "hemligt" not in seen.text
    assert all(f"{h}:" not in seen.text for h in WITHHELD_HEADINGS)
    assert seen.withheld == sum(p.endswith(tuple(WITHHELD_HEADINGS)) for p in paragraphs)
