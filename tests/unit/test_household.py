"""The rules' derived decisions: a household, what releases a waiting entry, access-log rows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from demo.domain.access import (
    NATIONAL_FRAMEWORK,
    Category,
    Choices,
    Decision,
    EntryFacts,
    GuardianshipFacts,
    Hidden,
    PersonFacts,
    Reason,
    RegionalChoice,
    RegionPolicy,
    Release,
    UnsignedNotes,
    Visibility,
    entry_visibility,
    explains_refusal,
    has_happened,
    household,
    household_changes,
    log_row_visible,
)
from demo.domain.kinds import UnitKind

ONE_DAY = timedelta(days=1)
TODAY = date(2026, 11, 26)
PARENT = PersonFacts("parent", date(1985, 3, 1))
# Turns 13 on 19 July 2030, 16 on 19 July 2033 (Noah's dates in the seeded world).
HIDDEN_CHILD = PersonFacts("hidden", date(2017, 7, 19), protected_identity=True)
# Turns 13 on 1 December 2026.
CHILD = PersonFacts("child", date(2013, 12, 1))
# Born on 29 February: the 13th birthday falls on 28 February 2021.
LEAP_CHILD = PersonFacts("leap", date(2008, 2, 29))


def registered(
    *children: PersonFacts, blocked: bool = False
) -> list[tuple[PersonFacts, GuardianshipFacts]]:
    return [(child, GuardianshipFacts("parent", child.id, blocked=blocked)) for child in children]


def test_a_child_the_viewer_may_never_see_changes_nothing_they_can_see() -> None:
    """The leak: "next birthday that changes something" landed on a protected child's 13th."""
    only_hidden = household(PARENT, registered(HIDDEN_CHILD), TODAY)
    assert only_hidden.listed == () and only_hidden.switchable == ()
    assert only_hidden.next_change is None
    both = household(PARENT, registered(HIDDEN_CHILD, CHILD), TODAY)
    assert both.next_change == date(2026, 12, 1)
    after = household(PARENT, registered(HIDDEN_CHILD, CHILD), date(2026, 12, 1))
    # From then on only the visible child's 16th birthday changes anything.
    assert after.next_change == date(2029, 12, 1)
    assert date(2030, 7, 19) not in {both.next_change, after.next_change}


def test_a_blocked_guardian_learns_no_birthday_of_that_child() -> None:
    assert household(PARENT, registered(CHILD, blocked=True), TODAY).next_change is None


@pytest.mark.parametrize(
    ("today", "switchable", "refused"),
    [
        (date(2026, 11, 30), ("child",), ()),  # the day before the 13th birthday
        (date(2026, 12, 1), (), ("child",)),  # the day of it: listed, refused
        (date(2029, 11, 30), (), ("child",)),  # the day before the 16th
        (date(2029, 12, 1), (), ()),  # from 16 the child is not listed at all
    ],
)
def test_whom_a_guardian_may_act_for_at_the_birthdays(
    today: date, switchable: tuple[str, ...], refused: tuple[str, ...]
) -> None:
    home = household(PARENT, registered(CHILD, HIDDEN_CHILD), today)
    assert tuple(c.child_id for c in home.switchable) == switchable
    assert tuple(c.child_id for c in home.refused_listed) == refused
    assert "hidden" not in {c.child_id for c in home.listed}


def test_a_29_february_child_changes_on_28_february_in_a_common_year() -> None:
    assert household(PARENT, registered(LEAP_CHILD), date(2021, 2, 27)).next_change == date(
        2021, 2, 28
    )
    assert household(PARENT, registered(LEAP_CHILD), date(2021, 2, 28)).switchable == ()
    assert household(PARENT, registered(LEAP_CHILD), date(2021, 2, 27)).switchable != ()


def test_ones_own_16th_birthday_is_a_change() -> None:
    teen = PersonFacts("teen", date(2010, 12, 3))
    home = household(teen, [], TODAY)
    assert not home.own.allowed and home.next_change == date(2026, 12, 3)
    assert household(teen, [], date(2026, 12, 3)).own.allowed
    assert household(teen, [], date(2026, 12, 3)).next_change is None


def test_the_household_answers_for_any_subject() -> None:
    home = household(PARENT, registered(CHILD, HIDDEN_CHILD), TODAY)
    assert home.decision_for("parent", "parent") == home.own
    assert home.decision_for("child", "parent").reason is Reason.GUARDIAN_CHILD_UNDER_13
    assert home.decision_for("hidden", "parent").reason is Reason.CHILD_PROTECTED_IDENTITY
    assert home.decision_for("stranger", "parent") == Decision(False, Reason.NOT_GUARDIAN)
    assert home.can_read_anything


def test_a_gap_refusal_carries_its_days_and_a_grant_its_last_day() -> None:
    gap = household(PARENT, registered(CHILD), date(2026, 12, 1)).children[0].decision
    assert (gap.ended_on, gap.subject_own_access_from) == (date(2026, 12, 1), date(2029, 12, 1))
    grant = household(PARENT, registered(CHILD), date(2026, 11, 30)).children[0].decision
    assert grant.until == date(2026, 12, 1) and grant.last_day == date(2026, 11, 30)


def test_which_refusals_are_explained() -> None:
    assert explains_refusal(Decision(False, Reason.OWN_UNDER_16), is_self=True)
    assert explains_refusal(Decision(False, Reason.CHILD_13_TO_15), is_self=False)
    assert not explains_refusal(Decision(False, Reason.CHILD_PROTECTED_IDENTITY), is_self=False)
    assert not explains_refusal(Decision(False, Reason.NOT_GUARDIAN), is_self=False)
    assert not explains_refusal(Decision(True, Reason.OWN_16_OR_OLDER), is_self=True)


# --- What releases a waiting entry -------------------------------------------------

FULL = Decision(True, Reason.OWN_16_OR_OLDER)
WRITTEN = date(2026, 11, 20)


def note(**fields: object) -> EntryFacts:
    return EntryFacts(unit_id=1, document_date=WRITTEN, category=Category.NOTE, **fields)  # type: ignore[arg-type]


def result(**fields: object) -> EntryFacts:
    return EntryFacts(unit_id=1, document_date=WRITTEN, category=Category.LAB, **fields)  # type: ignore[arg-type]


AFTER_14 = RegionPolicy("r", unsigned_notes=UnsignedNotes.AFTER_DELAY)


def test_an_unsigned_note_signed_before_its_delay_is_released_by_the_signature() -> None:
    seen = entry_visibility(note(signed_on=WRITTEN + timedelta(days=3)), FULL, WRITTEN, AFTER_14)
    assert (seen.released_by, seen.delay_days, seen.shown_from) == (
        Release.SIGNATURE,
        14,
        WRITTEN + timedelta(days=3),
    )


@pytest.mark.parametrize("signed_after", [None, 14, 20])
def test_an_unsigned_note_not_signed_in_time_is_released_by_the_delay(
    signed_after: int | None,
) -> None:
    signed = WRITTEN + timedelta(days=signed_after) if signed_after is not None else None
    seen = entry_visibility(note(signed_on=signed), FULL, WRITTEN, AFTER_14)
    assert (seen.released_by, seen.delay_days) == (Release.DELAY, 14)
    assert seen.shown_from == WRITTEN + timedelta(days=14)


def test_the_delay_for_unreviewed_results_is_the_categorys_not_the_regions() -> None:
    """Explain mode compared against the region's delay_days; the rule uses the category's."""
    policy = RegionPolicy("r", delay_days=14, unreviewed_results=((Category.LAB, 10),))
    by_delay = entry_visibility(
        result(reviewed_on=WRITTEN + timedelta(days=12)), FULL, WRITTEN, policy
    )
    assert (by_delay.released_by, by_delay.delay_days) == (Release.DELAY, 10)
    assert by_delay.shown_from == WRITTEN + timedelta(days=10)
    by_review = entry_visibility(
        result(reviewed_on=WRITTEN + timedelta(days=9)), FULL, WRITTEN, policy
    )
    assert (by_review.released_by, by_review.delay_days) == (Release.REVIEW, 10)


def test_a_result_shown_only_once_reviewed_waits_for_the_review() -> None:
    policy = RegionPolicy("r", unreviewed_results_default=None)
    seen = entry_visibility(result(), FULL, WRITTEN, policy)
    assert (seen.hidden_because, seen.released_by, seen.shown_from) == (
        Hidden.UNREVIEWED_RESULT,
        Release.REVIEW,
        None,
    )


def test_a_units_delay_and_the_citizens_choices_say_which_delay_applies() -> None:
    skane = RegionPolicy(
        "skane",
        unsigned_notes=UnsignedNotes.PATIENT_CHOICE,
        unit_kind_note_delays=((UnitKind.PSYKIATRI_SLUTEN, 28),),
        regional_choices=frozenset({RegionalChoice.SHOW_UNSIGNED_NOTES}),
    )
    ward = note(unit_kind=UnitKind.PSYKIATRI_SLUTEN, signed_on=WRITTEN)
    seen = entry_visibility(ward, FULL, WRITTEN + timedelta(days=27), skane)
    assert (seen.hidden_because, seen.delay_days) == (Hidden.UNIT_DELAY, 28)
    assert entry_visibility(ward, FULL, WRITTEN + timedelta(days=28), skane).shown
    unsigned = entry_visibility(note(), FULL, WRITTEN, skane)
    assert unsigned.choice is RegionalChoice.SHOW_UNSIGNED_NOTES
    chosen = Choices(regional=frozenset({RegionalChoice.SHOW_UNSIGNED_NOTES}))
    assert entry_visibility(note(), FULL, WRITTEN, skane, chosen).shown
    hide = entry_visibility(
        note(signed_on=WRITTEN), FULL, WRITTEN, NATIONAL_FRAMEWORK, Choices(True)
    )
    assert (hide.hidden_because, hide.delay_days) == (Hidden.HIDE_RECENT_CHOICE, 14)


def test_releases_are_explanations_not_part_of_the_verdict() -> None:
    assert Visibility(False, Hidden.UNSIGNED_NOTE, released_by=Release.DELAY) == Visibility(
        False, Hidden.UNSIGNED_NOTE
    )


# --- Access-log rows and what has happened --------------------------------------------


def test_an_access_log_row_shows_only_with_the_entry_it_documents() -> None:
    shown, waiting = Visibility(True), Visibility(False, Hidden.UNIT_DELAY, WRITTEN)
    assert log_row_visible(WRITTEN, shown, WRITTEN)
    assert not log_row_visible(WRITTEN, shown, WRITTEN - ONE_DAY)  # not yet happened
    assert not log_row_visible(WRITTEN, waiting, WRITTEN)
    assert not log_row_visible(WRITTEN, Visibility(False, Hidden.OUTSIDE_GRANTED_UNIT), TODAY)


def test_a_signature_to_come_has_not_happened() -> None:
    assert has_happened(TODAY, TODAY)
    assert not has_happened(TODAY + ONE_DAY, TODAY)
    assert not has_happened(None, TODAY)


def test_what_changed_between_two_days_is_only_what_the_viewer_can_see() -> None:
    children = registered(HIDDEN_CHILD, CHILD)
    before = household(PARENT, children, date(2026, 11, 30))
    after = household(PARENT, children, date(2026, 12, 1))
    (change,) = household_changes("parent", before, after)
    assert change.subject_id == "child"
    assert change.before is not None and change.before.allowed
    assert change.after is not None and change.after.reason is Reason.CHILD_13_TO_15
    assert household_changes("parent", before, before) == ()
    # The protected child's 16th birthday changes a reason nobody may see: no change.
    at_16 = household(PARENT, registered(HIDDEN_CHILD), date(2033, 7, 19))
    day_before = household(PARENT, registered(HIDDEN_CHILD), date(2033, 7, 18))
    assert household_changes("parent", day_before, at_16) == ()
    # A child turning 16 leaves the list: listed before, not after.
    (leaving,) = household_changes(
        "parent",
        household(PARENT, registered(CHILD), date(2029, 11, 30)),
        household(PARENT, registered(CHILD), date(2029, 12, 1)),
    )
    assert leaving.before is not None and leaving.after is None
