"""The 21 regions' rules (demo/domain/policies.py) against domain.md §2–§3, day by day.

Each region's row of the source page is checked at its boundary days: the
last day an entry is hidden and the first day it is shown. Every date is
given explicitly; nothing here reads the wall clock.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from demo.domain.access import (
    NATIONAL_FRAMEWORK,
    PERMANENTLY_HIDDEN,
    RESULT_CATEGORIES,
    SHOWN,
    Category,
    Choices,
    Decision,
    EntryFacts,
    Hidden,
    Reason,
    RegionalChoice,
    RegionPolicy,
    Visibility,
    entry_visibility,
)
from demo.domain.kinds import UnitKind
from demo.domain.policies import POLICIES, SOURCES
from demo.domain.regions import REGIONS

# The day the entry is written (its document date).
W = date(2026, 11, 12)

UNIT = 7
OTHER_UNIT = 8
FULL_ACCESS = Decision(True, Reason.OWN_16_OR_OLDER)
OTHER_UNIT_ONLY = Decision(True, Reason.OWN_EARLY_ACCESS, unit_ids=frozenset({OTHER_UNIT}))

NO_CHOICES = Choices()
HIDE_RECENT = Choices(hide_recent=True)
SHOW_UNSIGNED = Choices(regional=frozenset({RegionalChoice.SHOW_UNSIGNED_NOTES}))
DELAY_ALL = Choices(regional=frozenset({RegionalChoice.DELAY_ALL}))
DELAY_SIGNED = Choices(regional=frozenset({RegionalChoice.DELAY_SIGNED_NOTES}))

ALL_REGIONS = sorted(POLICIES)
RESULTS = sorted(RESULT_CATEGORIES)


def day(n: int) -> date:
    """The day `n` days after the entry was written (W + n)."""
    return W + timedelta(days=n)


def visibility(
    region: str,
    today: date,
    *,
    choices: Choices = NO_CHOICES,
    access: Decision = FULL_ACCESS,
    written: date = W,
    **facts: Any,
) -> Visibility:
    """Is an entry from a unit in `region`, written on `written`, shown on `today`?"""
    entry = EntryFacts(unit_id=UNIT, document_date=written, **facts)
    return entry_visibility(entry, access, today, POLICIES[region], choices)


def hidden(why: Hidden, shown_from: date | None = None) -> Visibility:
    return Visibility(False, why, shown_from)


def unsigned_note(**facts: Any) -> dict[str, Any]:
    return {"category": Category.NOTE, "signed_on": None, **facts}


def signed_note(signed_on: date = W, **facts: Any) -> dict[str, Any]:
    return {"category": Category.NOTE, "signed_on": signed_on, **facts}


# --- The table of domain.md §3, written out independently of the policies ----

# Notes column: when an unsigned note is shown.
AFTER_14 = "after 14 days"
AT_ONCE = "at once"
PATIENT_CHOICE = "patient may choose"

UNSIGNED_NOTES = {
    "blekinge": AFTER_14,
    "dalarna": AFTER_14,
    "gotland": AFTER_14,
    "gavleborg": AT_ONCE,
    "halland": AT_ONCE,
    "jamtland-harjedalen": AFTER_14,
    "jonkoping": AT_ONCE,  # no text: national framework
    "kalmar": AFTER_14,
    "kronoberg": AFTER_14,
    "norrbotten": AFTER_14,
    "skane": PATIENT_CHOICE,
    "stockholm": AFTER_14,
    "sormland": AT_ONCE,
    "uppsala": AT_ONCE,
    "varmland": AT_ONCE,
    "vasterbotten": AT_ONCE,
    "vasternorrland": AT_ONCE,  # empty: national framework
    "vastmanland": AFTER_14,
    "vastra-gotaland": AFTER_14,
    "orebro": AFTER_14,
    "ostergotland": AFTER_14,
}

# Results column: when an unreviewed result of each category is shown.
UNTIL_REVIEWED = "until reviewed"
ALL_AFTER_14 = "reviewed or not, after 14 days"
NEVER = "never"


def every_result(rule: str) -> dict[Category, str]:
    return dict.fromkeys(RESULTS, rule)


# "provsvar" names laboratory results (clinical chemistry, microbiology); a row that names
# some kinds says nothing of the others, which follow the national framework (at once).
LABORATORY = (Category.LAB, Category.MICROBIOLOGY)


def laboratory(rule: str) -> dict[Category, str]:
    return {**every_result(AT_ONCE), **dict.fromkeys(LABORATORY, rule)}


UNREVIEWED_RESULTS: dict[str, dict[Category, str]] = {
    "blekinge": laboratory(ALL_AFTER_14),
    "dalarna": every_result(AFTER_14),  # names no kind: every kind
    "gotland": every_result(AT_ONCE),
    "gavleborg": every_result(AT_ONCE),  # no information
    "halland": every_result(AT_ONCE),  # clinical chemistry named; the rest, the framework
    "jamtland-harjedalen": laboratory(AFTER_14),
    "jonkoping": every_result(AT_ONCE),  # no text
    "kalmar": every_result(AT_ONCE),  # no information
    "kronoberg": every_result(AT_ONCE),  # no information
    "norrbotten": laboratory(NEVER),
    "skane": every_result(AT_ONCE),  # no information
    # "vissa provsvar visas ovidimerade" (an interpretation): chemistry at once,
    # microbiology once reviewed; X-ray reports and referral answers, the framework.
    "stockholm": {**every_result(AT_ONCE), Category.MICROBIOLOGY: UNTIL_REVIEWED},
    "sormland": every_result(AT_ONCE),  # no information
    "uppsala": every_result(AT_ONCE),
    "varmland": every_result(AT_ONCE),
    "vasterbotten": every_result(AT_ONCE),  # no information
    "vasternorrland": every_result(AT_ONCE),  # empty
    "vastmanland": every_result(AT_ONCE),  # radiology named; the rest, the framework
    "vastra-gotaland": every_result(AT_ONCE),  # no information
    "orebro": every_result(AT_ONCE),  # "no difference"
    "ostergotland": {
        **every_result(AT_ONCE),
        Category.LAB: AFTER_14,
        Category.RADIOLOGY: AFTER_14,
    },
}

# Which parts of each region's row the page leaves without information.
NO_INFORMATION: dict[str, frozenset[str]] = {
    "gavleborg": frozenset({"results"}),
    "jonkoping": frozenset({"radrum", "notes", "results"}),
    "kalmar": frozenset({"radrum", "results"}),
    "kronoberg": frozenset({"radrum", "results"}),
    "skane": frozenset({"results"}),
    "sormland": frozenset({"results"}),
    "vasterbotten": frozenset({"results"}),
    "vasternorrland": frozenset({"radrum", "notes", "results"}),
    "vastra-gotaland": frozenset({"results"}),
}

RESULT_CASES = [
    pytest.param(region, category, rule, id=f"{region}-{category}")
    for region, rules in UNREVIEWED_RESULTS.items()
    for category, rule in rules.items()
]


def regions_where(rule: str) -> list[str]:
    return [region for region, notes_rule in UNSIGNED_NOTES.items() if notes_rule == rule]


# --- The set of regions --------------------------------------------------------


def test_policies_cover_exactly_the_21_seeded_regions() -> None:
    region_ids = {region.id for region in REGIONS}
    assert len(region_ids) == 21
    assert set(POLICIES) == region_ids
    assert set(SOURCES) == region_ids


def test_the_expectation_tables_cover_the_21_regions() -> None:
    assert set(UNSIGNED_NOTES) == set(UNREVIEWED_RESULTS) == set(POLICIES)
    assert set(NO_INFORMATION) <= set(POLICIES)
    assert all(set(rules) == RESULT_CATEGORIES for rules in UNREVIEWED_RESULTS.values())


@pytest.mark.parametrize("region", ALL_REGIONS)
def test_each_policy_is_filed_under_its_own_region_id(region: str) -> None:
    assert POLICIES[region].region_id == region


# --- The source page's words and "no information" --------------------------------


@pytest.mark.parametrize("region", ALL_REGIONS)
def test_no_information_names_exactly_the_parts_the_page_leaves_out(region: str) -> None:
    assert SOURCES[region].no_information == NO_INFORMATION.get(region, frozenset())


@pytest.mark.parametrize(
    "region, part",
    [
        pytest.param(region, part, id=f"{region}-{part}")
        for region, parts in NO_INFORMATION.items()
        for part in sorted(parts)
    ],
)
def test_missing_information_falls_back_to_the_national_framework(region: str, part: str) -> None:
    policy, framework = POLICIES[region], NATIONAL_FRAMEWORK
    if part == "results":
        assert policy.results_not_shown == framework.results_not_shown
        assert policy.result_delays == framework.result_delays
        assert policy.unreviewed_results == framework.unreviewed_results
        assert policy.unreviewed_results_default == framework.unreviewed_results_default
    elif part == "notes":
        assert policy.unsigned_notes == framework.unsigned_notes
        assert policy.unit_kind_note_delays == framework.unit_kind_note_delays
        assert policy.notes_from == framework.notes_from
    else:
        assert part == "radrum"
        assert policy.delay_days == framework.delay_days
        assert policy.unit_kind_note_delays == framework.unit_kind_note_delays
        assert policy.result_delays == framework.result_delays
        assert policy.regional_choices == framework.regional_choices


@pytest.mark.parametrize("region", ["jonkoping", "vasternorrland"])
def test_a_region_with_nothing_on_the_page_is_the_national_framework(region: str) -> None:
    assert SOURCES[region].no_information == {"radrum", "notes", "results"}
    assert POLICIES[region] == RegionPolicy(region)


@pytest.mark.parametrize("region", regions_where(AFTER_14))
def test_the_page_names_the_delay_of_unsigned_notes(region: str) -> None:
    words = SOURCES[region].notes.lower()
    assert "14 dagar" in words or "två veckor" in words


@pytest.mark.parametrize("region", regions_where(AT_ONCE))
def test_the_page_shows_unsigned_notes_or_says_nothing(region: str) -> None:
    words = SOURCES[region].notes.lower()
    says_nothing = "notes" in SOURCES[region].no_information
    assert says_nothing or "osignerad" in words or "osignerat" in words


# --- Notes -----------------------------------------------------------------------


@pytest.mark.parametrize("region", regions_where(AFTER_14))
def test_unsigned_note_waits_14_days(region: str) -> None:
    assert visibility(region, day(13), **unsigned_note()) == hidden(Hidden.UNSIGNED_NOTE, day(14))
    assert visibility(region, day(14), **unsigned_note()) == SHOWN


@pytest.mark.parametrize("region", regions_where(AT_ONCE))
def test_unsigned_note_is_shown_at_once(region: str) -> None:
    assert visibility(region, W, **unsigned_note()) == SHOWN


@pytest.mark.parametrize("region", regions_where(AFTER_14) + regions_where(PATIENT_CHOICE))
def test_note_signed_later_is_shown_from_its_signing_day(region: str) -> None:
    note = unsigned_note(signed_on=day(3))
    assert visibility(region, day(2), **note) == hidden(Hidden.UNSIGNED_NOTE, day(3))
    assert visibility(region, day(3), **note) == SHOWN


@pytest.mark.parametrize("region", regions_where(AT_ONCE))
def test_note_signed_later_is_shown_before_its_signing_day_where_unsigned_is_shown(
    region: str,
) -> None:
    assert visibility(region, W, **unsigned_note(signed_on=day(3))) == SHOWN


@pytest.mark.parametrize("region", ALL_REGIONS)
def test_note_signed_the_day_it_is_written_is_shown_that_day(region: str) -> None:
    assert visibility(region, W, **signed_note()) == SHOWN


# --- Results ---------------------------------------------------------------------


@pytest.mark.parametrize("region, category, rule", RESULT_CASES)
def test_unreviewed_result(region: str, category: Category, rule: str) -> None:
    result: dict[str, Any] = {"category": category, "reviewed_on": None}
    if rule == AT_ONCE:
        assert visibility(region, W, **result) == SHOWN
    elif rule == AFTER_14:
        assert visibility(region, day(13), **result) == hidden(Hidden.UNREVIEWED_RESULT, day(14))
        assert visibility(region, day(14), **result) == SHOWN
    elif rule == ALL_AFTER_14:
        assert visibility(region, day(13), **result) == hidden(Hidden.RESULT_DELAY, day(14))
        assert visibility(region, day(14), **result) == SHOWN
    elif rule == UNTIL_REVIEWED:
        assert visibility(region, W, **result) == hidden(Hidden.UNREVIEWED_RESULT)
        assert visibility(region, day(3650), **result) == hidden(Hidden.UNREVIEWED_RESULT)
    else:
        assert rule == NEVER
        assert visibility(region, day(3650), **result) == hidden(Hidden.RESULTS_NOT_SHOWN)


@pytest.mark.parametrize("region, category, rule", RESULT_CASES)
def test_result_reviewed_the_day_it_is_written(region: str, category: Category, rule: str) -> None:
    result: dict[str, Any] = {"category": category, "reviewed_on": W}
    if rule == ALL_AFTER_14:
        assert visibility(region, day(13), **result) == hidden(Hidden.RESULT_DELAY, day(14))
        assert visibility(region, day(14), **result) == SHOWN
    elif rule == NEVER:
        assert visibility(region, day(3650), **result) == hidden(Hidden.RESULTS_NOT_SHOWN)
    else:
        assert visibility(region, W, **result) == SHOWN


@pytest.mark.parametrize("region, category, rule", RESULT_CASES)
def test_result_reviewed_on_day_5(region: str, category: Category, rule: str) -> None:
    result: dict[str, Any] = {"category": category, "reviewed_on": day(5)}
    if rule in (AFTER_14, UNTIL_REVIEWED):
        assert visibility(region, day(4), **result) == hidden(Hidden.UNREVIEWED_RESULT, day(5))
        assert visibility(region, day(5), **result) == SHOWN
    elif rule == ALL_AFTER_14:
        assert visibility(region, day(5), **result) == hidden(Hidden.RESULT_DELAY, day(14))
        assert visibility(region, day(14), **result) == SHOWN
    elif rule == NEVER:
        assert visibility(region, day(5), **result) == hidden(Hidden.RESULTS_NOT_SHOWN)
    else:
        assert visibility(region, W, **result) == SHOWN


# --- Skåne -----------------------------------------------------------------------


def test_skane_unsigned_note_waits_for_a_signature_with_no_date() -> None:
    assert visibility("skane", day(3650), **unsigned_note()) == hidden(Hidden.UNSIGNED_NOTE)


def test_skane_unsigned_note_shown_at_once_if_the_citizen_chose_so() -> None:
    assert visibility("skane", W, choices=SHOW_UNSIGNED, **unsigned_note()) == SHOWN


@pytest.mark.parametrize(
    "choices",
    [pytest.param(NO_CHOICES, id="no-choice"), pytest.param(SHOW_UNSIGNED, id="show-unsigned")],
)
def test_skane_inpatient_psychiatry_note_waits_28_days(choices: Choices) -> None:
    for signed_on in (W, day(27)):
        note = signed_note(signed_on, unit_kind="psykiatri_sluten")
        assert visibility("skane", day(27), choices=choices, **note) == hidden(
            Hidden.UNIT_DELAY, day(28)
        )
        assert visibility("skane", day(28), choices=choices, **note) == SHOWN


def test_skane_outpatient_psychiatry_note_is_not_delayed() -> None:
    assert visibility("skane", W, **signed_note(unit_kind="psykiatri_oppen")) == SHOWN


def test_skane_inpatient_psychiatry_result_is_not_delayed() -> None:
    result: dict[str, Any] = {"category": Category.LAB, "unit_kind": "psykiatri_sluten"}
    assert visibility("skane", W, **result) == SHOWN


@pytest.mark.parametrize("category", list(Category))
def test_skane_child_and_youth_psychiatry_is_never_shown(category: Category) -> None:
    entry: dict[str, Any] = {
        "category": category,
        "unit_kind": "bup",
        "signed_on": W,
        "reviewed_on": W,
    }
    assert visibility("skane", day(3650), **entry) == hidden(Hidden.UNIT_NEVER_SHOWN)


@pytest.mark.parametrize("region", [r for r in ALL_REGIONS if r != "skane"])
def test_other_regions_delay_neither_inpatient_psychiatry_nor_bup(region: str) -> None:
    for unit_kind in ("psykiatri_sluten", "bup"):
        assert visibility(region, W, **signed_note(unit_kind=unit_kind)) == SHOWN


# --- Kronoberg -------------------------------------------------------------------


@pytest.mark.parametrize("signed", [True, False], ids=["signed", "unsigned"])
def test_kronoberg_notes_before_2015_are_never_shown(signed: bool) -> None:
    written = date(2014, 12, 31)
    note = unsigned_note(signed_on=written if signed else None)
    assert visibility("kronoberg", date(2026, 1, 1), written=written, **note) == hidden(
        Hidden.BEFORE_REGION_START
    )


def test_kronoberg_notes_from_1_january_2015_are_shown() -> None:
    written = date(2015, 1, 1)
    assert visibility("kronoberg", written, written=written, **signed_note(written)) == SHOWN


@pytest.mark.parametrize("category", [c for c in Category if c is not Category.NOTE])
def test_kronoberg_start_date_is_for_notes_only(category: Category) -> None:
    written = date(2014, 6, 1)
    assert visibility("kronoberg", written, written=written, category=category) == SHOWN


@pytest.mark.parametrize(
    "region", [r for r in ALL_REGIONS if r not in ("kronoberg", "kalmar", "jamtland-harjedalen")]
)
def test_regions_without_a_known_start_date_show_notes_from_2014(region: str) -> None:
    written = date(2014, 12, 31)
    assert visibility(region, written, written=written, **signed_note(written)) == SHOWN


# --- Örebro ----------------------------------------------------------------------


def test_orebro_signed_note_shown_at_once_without_the_choice() -> None:
    assert visibility("orebro", W, **signed_note()) == SHOWN


def test_orebro_signed_note_waits_14_days_with_the_choice() -> None:
    assert visibility("orebro", day(13), choices=DELAY_SIGNED, **signed_note()) == hidden(
        Hidden.REGIONAL_CHOICE_DELAY, day(14)
    )
    assert visibility("orebro", day(14), choices=DELAY_SIGNED, **signed_note()) == SHOWN


@pytest.mark.parametrize("category", [c for c in Category if c is not Category.NOTE])
def test_orebro_choice_is_for_notes_only(category: Category) -> None:
    assert visibility("orebro", W, choices=DELAY_SIGNED, category=category) == SHOWN


# --- Uppsala ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "facts",
    [
        pytest.param(signed_note(), id="signed-note"),
        pytest.param(unsigned_note(), id="unsigned-note"),
        *[pytest.param({"category": c}, id=f"unreviewed-{c}") for c in RESULTS],
        *[pytest.param({"category": c, "reviewed_on": W}, id=f"reviewed-{c}") for c in RESULTS],
        pytest.param({"category": Category.OTHER}, id="other"),
    ],
)
def test_uppsala_shows_everything_at_once_unless_the_citizen_chose_radrum(
    facts: dict[str, Any],
) -> None:
    assert visibility("uppsala", W, **facts) == SHOWN
    assert visibility("uppsala", day(13), choices=DELAY_ALL, **facts) == hidden(
        Hidden.REGIONAL_CHOICE_DELAY, day(14)
    )
    assert visibility("uppsala", day(14), choices=DELAY_ALL, **facts) == SHOWN


@pytest.mark.parametrize("region", [r for r in ALL_REGIONS if r != "uppsala"])
def test_uppsalas_choice_has_no_effect_in_another_region(region: str) -> None:
    assert visibility(region, W, choices=DELAY_ALL, **signed_note()) == SHOWN
    assert visibility(region, W, choices=DELAY_ALL, category=Category.OTHER) == SHOWN


@pytest.mark.parametrize(
    "region, choices",
    [
        pytest.param(region, choices, id=f"{region}-{name}")
        for region in ALL_REGIONS
        for name, choices in (("delay-signed", DELAY_SIGNED), ("show-unsigned", SHOW_UNSIGNED))
        if region not in ("orebro", "skane")
    ],
)
def test_regional_choices_have_no_effect_outside_their_region(
    region: str, choices: Choices
) -> None:
    assert visibility(region, W, choices=choices, **signed_note()) == SHOWN
    expected = visibility(region, day(13), **unsigned_note())
    assert visibility(region, day(13), choices=choices, **unsigned_note()) == expected


# --- The national 14-day choice -------------------------------------------------


@pytest.mark.parametrize("region", ALL_REGIONS)
@pytest.mark.parametrize(
    "facts",
    [
        pytest.param({"category": Category.OTHER}, id="other"),
        pytest.param(signed_note(), id="signed-note"),
    ],
)
def test_hide_recent_hides_entries_newer_than_14_days(region: str, facts: dict[str, Any]) -> None:
    today = date(2027, 3, 1)
    assert visibility(
        region, today, choices=HIDE_RECENT, written=today - timedelta(days=13), **facts
    ) == hidden(Hidden.HIDE_RECENT_CHOICE, today + timedelta(days=1))
    assert (
        visibility(region, today, choices=HIDE_RECENT, written=today - timedelta(days=14), **facts)
        == SHOWN
    )


def test_hide_recent_gives_way_to_a_later_unit_delay() -> None:
    note = signed_note(unit_kind="psykiatri_sluten")
    for today in (W, day(13), day(14), day(27)):
        assert visibility("skane", today, choices=HIDE_RECENT, **note) == hidden(
            Hidden.UNIT_DELAY, day(28)
        )
    assert visibility("skane", day(28), choices=HIDE_RECENT, **note) == SHOWN


def test_a_later_review_outlasts_hide_recent() -> None:
    result: dict[str, Any] = {"category": Category.MICROBIOLOGY, "reviewed_on": day(20)}
    assert visibility("stockholm", day(13), choices=HIDE_RECENT, **result) == hidden(
        Hidden.UNREVIEWED_RESULT, day(20)
    )
    assert visibility("stockholm", day(19), choices=HIDE_RECENT, **result) == hidden(
        Hidden.UNREVIEWED_RESULT, day(20)
    )
    assert visibility("stockholm", day(20), choices=HIDE_RECENT, **result) == SHOWN


def test_hide_recent_outlasts_an_earlier_review() -> None:
    result: dict[str, Any] = {"category": Category.RADIOLOGY, "reviewed_on": day(5)}
    assert visibility("halland", day(5), choices=HIDE_RECENT, **result) == hidden(
        Hidden.HIDE_RECENT_CHOICE, day(14)
    )
    assert visibility("halland", day(14), choices=HIDE_RECENT, **result) == SHOWN


def test_hide_recent_outlasts_an_earlier_signature() -> None:
    note = unsigned_note(signed_on=day(3))
    assert visibility("stockholm", day(3), choices=HIDE_RECENT, **note) == hidden(
        Hidden.HIDE_RECENT_CHOICE, day(14)
    )
    assert visibility("stockholm", day(14), choices=HIDE_RECENT, **note) == SHOWN


def test_a_review_that_has_not_happened_has_no_date_even_with_hide_recent() -> None:
    result: dict[str, Any] = {"category": Category.MICROBIOLOGY}
    assert visibility("stockholm", day(13), choices=HIDE_RECENT, **result) == hidden(
        Hidden.UNREVIEWED_RESULT
    )
    assert visibility("stockholm", day(3650), choices=HIDE_RECENT, **result) == hidden(
        Hidden.UNREVIEWED_RESULT
    )


def test_hide_recent_and_uppsalas_radrum_end_the_same_day() -> None:
    both = Choices(hide_recent=True, regional=DELAY_ALL.regional)
    assert visibility("uppsala", day(13), choices=both).shown_from == day(14)
    assert visibility("uppsala", day(14), choices=both) == SHOWN


# --- Precedence: reasons that hide for good come first ---------------------------


@pytest.mark.parametrize(
    "region, facts, access, choices, why",
    [
        pytest.param(
            "blekinge",
            unsigned_note(voided=True),
            FULL_ACCESS,
            HIDE_RECENT,
            Hidden.VOIDED,
            id="blekinge-voided-unsigned-note",
        ),
        pytest.param(
            "ostergotland",
            {"category": Category.LAB, "voided": True, "approved_for_patient": False},
            OTHER_UNIT_ONLY,
            NO_CHOICES,
            Hidden.VOIDED,
            id="ostergotland-voided-beats-everything",
        ),
        pytest.param(
            "skane",
            signed_note(unit_kind="psykiatri_sluten", approved_for_patient=False),
            FULL_ACCESS,
            NO_CHOICES,
            Hidden.NOT_APPROVED_FOR_PATIENT,
            id="skane-not-approved-inpatient-psychiatry",
        ),
        pytest.param(
            "skane",
            signed_note(unit_kind="bup", approved_for_patient=False),
            OTHER_UNIT_ONLY,
            NO_CHOICES,
            Hidden.NOT_APPROVED_FOR_PATIENT,
            id="skane-not-approved-beats-outside-unit-and-bup",
        ),
        pytest.param(
            "skane",
            signed_note(unit_kind="bup"),
            OTHER_UNIT_ONLY,
            NO_CHOICES,
            Hidden.OUTSIDE_GRANTED_UNIT,
            id="skane-outside-unit-beats-bup",
        ),
        pytest.param(
            "ostergotland",
            {"category": Category.LAB},
            OTHER_UNIT_ONLY,
            HIDE_RECENT,
            Hidden.OUTSIDE_GRANTED_UNIT,
            id="ostergotland-outside-unit-unreviewed-lab",
        ),
        pytest.param(
            "uppsala",
            {"category": Category.OTHER},
            OTHER_UNIT_ONLY,
            Choices(hide_recent=True, regional=DELAY_ALL.regional),
            Hidden.OUTSIDE_GRANTED_UNIT,
            id="uppsala-outside-unit-with-radrum",
        ),
        pytest.param(
            "norrbotten",
            {"category": Category.RADIOLOGY, "voided": True},
            FULL_ACCESS,
            NO_CHOICES,
            Hidden.VOIDED,
            id="norrbotten-voided-result",
        ),
        pytest.param(
            "norrbotten",
            {"category": Category.LAB},
            FULL_ACCESS,
            HIDE_RECENT,
            Hidden.RESULTS_NOT_SHOWN,
            id="norrbotten-result-with-hide-recent",
        ),
        pytest.param(
            "halland",
            {"category": Category.MICROBIOLOGY, "approved_for_patient": False},
            FULL_ACCESS,
            NO_CHOICES,
            Hidden.NOT_APPROVED_FOR_PATIENT,
            id="halland-not-approved-unreviewed-microbiology",
        ),
    ],
)
def test_permanent_reasons_win_over_delays(
    region: str, facts: dict[str, Any], access: Decision, choices: Choices, why: Hidden
) -> None:
    for today in (W, day(13), day(3650)):
        assert visibility(region, today, access=access, choices=choices, **facts) == hidden(why)


def test_kronoberg_voided_old_note_is_voided_not_before_start() -> None:
    written = date(2014, 3, 1)
    note = signed_note(written, voided=True)
    assert visibility("kronoberg", W, written=written, **note) == hidden(Hidden.VOIDED)


# --- Properties over every policy ------------------------------------------------

CHOICES = st.builds(
    Choices,
    hide_recent=st.booleans(),
    regional=st.frozensets(st.sampled_from(list(RegionalChoice))),
)
OFFSET = st.none() | st.integers(min_value=0, max_value=40)


@st.composite
def entries(draw: st.DrawFn, same_day_or_never: bool = False) -> EntryFacts:
    written = draw(st.dates(min_value=date(2014, 6, 1), max_value=date(2027, 12, 31)))

    def when(offset: int | None) -> date | None:
        return None if offset is None else written + timedelta(days=offset)

    offsets = st.sampled_from([None, 0]) if same_day_or_never else OFFSET
    return EntryFacts(
        unit_id=draw(st.sampled_from([UNIT, OTHER_UNIT])),
        document_date=written,
        category=draw(st.sampled_from(list(Category))),
        unit_kind=draw(st.sampled_from(("", *UnitKind))),
        signed_on=when(draw(offsets)),
        reviewed_on=when(draw(offsets)),
        approved_for_patient=draw(st.booleans()),
        voided=draw(st.booleans()),
    )


POLICY = st.sampled_from([POLICIES[region] for region in ALL_REGIONS])
ACCESS = st.sampled_from([FULL_ACCESS, OTHER_UNIT_ONLY])


@given(
    policy=POLICY,
    entry=entries(same_day_or_never=True),
    access=ACCESS,
    choices=CHOICES,
    days_after=st.integers(min_value=-5, max_value=60),
)
def test_an_entry_is_shown_on_the_day_it_is_promised(
    policy: RegionPolicy,
    entry: EntryFacts,
    access: Decision,
    choices: Choices,
    days_after: int,
) -> None:
    today = entry.document_date + timedelta(days=days_after)
    seen = entry_visibility(entry, access, today, policy, choices)
    if seen.shown_from is not None:
        assert not seen.shown
        assert seen.shown_from > today
        promised = seen.shown_from
        assert entry_visibility(entry, access, promised, policy, choices) == SHOWN
        the_day_before = promised - timedelta(days=1)
        assert not entry_visibility(entry, access, the_day_before, policy, choices).shown


@given(
    policy=POLICY,
    entry=entries(),
    access=ACCESS,
    choices=CHOICES,
    days_after=st.integers(min_value=-5, max_value=60),
    later=st.integers(min_value=1, max_value=4000),
)
def test_visibility_is_monotonic_and_undated_waits_never_end(
    policy: RegionPolicy,
    entry: EntryFacts,
    access: Decision,
    choices: Choices,
    days_after: int,
    later: int,
) -> None:
    today = entry.document_date + timedelta(days=days_after)
    seen = entry_visibility(entry, access, today, policy, choices)
    seen_later = entry_visibility(entry, access, today + timedelta(days=later), policy, choices)
    if seen.shown:
        assert seen == SHOWN
        assert seen_later == SHOWN
    elif seen.shown_from is None:
        # Hidden for good, or waiting for a signature / review that has no date.
        assert seen_later == seen
        assert seen.hidden_because in PERMANENTLY_HIDDEN | {
            Hidden.UNSIGNED_NOTE,
            Hidden.UNREVIEWED_RESULT,
        }
        if seen.hidden_because is Hidden.UNSIGNED_NOTE:
            assert entry.signed_on is None
        if seen.hidden_because is Hidden.UNREVIEWED_RESULT:
            assert entry.reviewed_on is None
    else:
        assert seen.hidden_because not in PERMANENTLY_HIDDEN


@given(
    policy=POLICY,
    entry=entries(same_day_or_never=True),
    choices=CHOICES,
    days_after=st.integers(min_value=-5, max_value=60),
)
def test_a_signed_and_reviewed_entry_always_has_a_date(
    policy: RegionPolicy, entry: EntryFacts, choices: Choices, days_after: int
) -> None:
    entry = EntryFacts(
        unit_id=UNIT,
        document_date=entry.document_date,
        category=entry.category,
        unit_kind=entry.unit_kind,
        signed_on=entry.document_date,
        reviewed_on=entry.document_date,
    )
    today = entry.document_date + timedelta(days=days_after)
    seen = entry_visibility(entry, FULL_ACCESS, today, policy, choices)
    if not seen.shown and seen.hidden_because not in PERMANENTLY_HIDDEN:
        assert seen.shown_from is not None
        assert seen.shown_from <= entry.document_date + timedelta(days=28)
