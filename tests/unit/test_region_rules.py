"""Region start dates, the kinds of result a region's words name, and the units never shown
(demo/domain/policies.py and demo/domain/access.py against domain.md §3), at their edges.

Each date rule is checked on the day before it and on the day itself; each region's
result rule for each kind of result, reviewed and not.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from demo.domain.access import (
    LABORATORY_RESULTS,
    NATIONAL_FRAMEWORK,
    NEVER_SHOWN_UNIT_KINDS,
    RESULT_CATEGORIES,
    SHOWN,
    Category,
    Decision,
    EntryFacts,
    Hidden,
    Reason,
    ResultRule,
    Visibility,
    entry_visibility,
)
from demo.domain.kinds import UnitKind
from demo.domain.policies import (
    INTERPRETATION_COLUMNS,
    INTERPRETATIONS,
    POLICIES,
    SOURCES,
    Interpretation,
    StartSource,
    interpretations,
    start_source,
)

FULL_ACCESS = Decision(True, Reason.OWN_16_OR_OLDER)
ALL_REGIONS = sorted(POLICIES)
ONE_DAY = timedelta(days=1)


def seen(region: str, written: date, *, today: date | None = None, **facts: Any) -> Visibility:
    """An entry from a unit in `region`, signed and reviewed the day it is written."""
    entry = EntryFacts(
        unit_id=1,
        document_date=written,
        **{"signed_on": written, "reviewed_on": written, **facts},
    )
    return entry_visibility(entry, FULL_ACCESS, today or written + ONE_DAY * 400, POLICIES[region])


# --- Start dates -------------------------------------------------------------------------

STARTS = {
    "kalmar": date(2015, 10, 1),
    "jamtland-harjedalen": date(2018, 1, 15),
}


@pytest.mark.parametrize("region, start", STARTS.items())
@pytest.mark.parametrize("category", list(Category))
def test_nothing_written_before_a_regions_start_date_is_shown(
    region: str, start: date, category: Category
) -> None:
    assert seen(region, start - ONE_DAY, category=category) == Visibility(
        False, Hidden.BEFORE_REGION_START
    )
    assert seen(region, start, category=category) == SHOWN


@pytest.mark.parametrize("category", list(Category))
def test_kronobergs_start_date_is_for_notes_only(category: Category) -> None:
    start = date(2015, 1, 1)
    before = seen("kronoberg", start - ONE_DAY, category=category)
    if category is Category.NOTE:
        assert before == Visibility(False, Hidden.BEFORE_REGION_START)
    else:
        assert before == SHOWN
    assert seen("kronoberg", start, category=category) == SHOWN


@pytest.mark.parametrize("region", [r for r in ALL_REGIONS if r not in (*STARTS, "kronoberg")])
def test_a_region_without_a_published_start_date_shows_old_entries(region: str) -> None:
    assert POLICIES[region].entries_from is None and POLICIES[region].notes_from is None
    assert start_source(region) is StartSource.UNPUBLISHED
    assert seen(region, date(2005, 1, 1), category=Category.OTHER) == SHOWN


def test_start_dates_say_where_they_come_from() -> None:
    assert start_source("kronoberg") is StartSource.SOURCE_PAGE
    assert "1 januari 2015" in SOURCES["kronoberg"].notes
    for region in STARTS:
        assert start_source(region) is StartSource.RESEARCH
        assert Interpretation.START_DATE_FOR_EVERY_ENTRY in interpretations(region)


def test_a_start_date_that_is_a_day_before_another_rule_is_still_the_start() -> None:
    """An unsigned Kalmar note written the day before the start is never shown, not after
    14 days: the start date is a permanent reason."""
    note = seen("kalmar", date(2015, 9, 30), category=Category.NOTE, signed_on=None)
    assert note == Visibility(False, Hidden.BEFORE_REGION_START)
    assert note.never_shown


# --- Result kinds: each row's words for the kinds it names, the framework for the rest ------

AT_ONCE = ResultRule()
UNTIL_REVIEWED = ResultRule(unreviewed_delay=None)
UNREVIEWED_AFTER_14 = ResultRule(unreviewed_delay=14)
AFTER_14_REVIEWED_OR_NOT = ResultRule(delay_days=14)
NOT_SHOWN = ResultRule(shown=False)

# The rows that name kinds of result, rule by kind; every other region (and kind) follows
# the national framework: shown at once, reviewed or not.
NAMED: dict[str, dict[Category, ResultRule]] = {
    # "vidimerade/ovidimerade provsvar visas efter 14 dagar": provsvar = laboratory.
    "blekinge": dict.fromkeys(LABORATORY_RESULTS, AFTER_14_REVIEWED_OR_NOT),
    # "visar vidimerat eller med 14 dagars förskjutning": no kind named, so every kind.
    "dalarna": dict.fromkeys(RESULT_CATEGORIES, UNREVIEWED_AFTER_14),
    # "vidimerade provsvar visas direkt, ovidimerade provsvar visas efter 14 dagar".
    "jamtland-harjedalen": dict.fromkeys(LABORATORY_RESULTS, UNREVIEWED_AFTER_14),
    # "ej aktuellt eftersom provsvar inte visas".
    "norrbotten": dict.fromkeys(LABORATORY_RESULTS, NOT_SHOWN),
    # "vissa provsvar visas ovidimerade" (an interpretation: chemistry, not microbiology).
    "stockholm": {Category.LAB: AT_ONCE, Category.MICROBIOLOGY: UNTIL_REVIEWED},
    # "ovidimerade provsvar (klinisk kemi) och ovidimerade röntgensvar visas när det har
    # passerat 14 dagar".
    "ostergotland": {
        Category.LAB: UNREVIEWED_AFTER_14,
        Category.RADIOLOGY: UNREVIEWED_AFTER_14,
    },
}

RESULT_CASES = [
    pytest.param(
        region, category, NAMED.get(region, {}).get(category, AT_ONCE), id=f"{region}-{category}"
    )
    for region in ALL_REGIONS
    for category in sorted(RESULT_CATEGORIES)
]


@pytest.mark.parametrize("region, category, rule", RESULT_CASES)
def test_each_regions_rule_for_each_kind_of_result(
    region: str, category: Category, rule: ResultRule
) -> None:
    assert POLICIES[region].result_rule(category) == rule


@pytest.mark.parametrize("region, category, rule", RESULT_CASES)
def test_an_unreviewed_result_is_shown_on_the_day_its_rule_says(
    region: str, category: Category, rule: ResultRule
) -> None:
    written = date(2026, 11, 1)

    def on(days: int) -> Visibility:
        return seen(
            region, written, today=written + ONE_DAY * days, category=category, reviewed_on=None
        )

    if not rule.shown:
        assert on(3650) == Visibility(False, Hidden.RESULTS_NOT_SHOWN)
    elif rule.delay_days:
        assert on(rule.delay_days - 1) == Visibility(False, Hidden.RESULT_DELAY, on(0).shown_from)
        assert on(rule.delay_days) == SHOWN
    elif rule.unreviewed_delay is None:
        assert on(3650) == Visibility(False, Hidden.UNREVIEWED_RESULT)
    elif rule.unreviewed_delay:
        assert on(rule.unreviewed_delay - 1).hidden_because is Hidden.UNREVIEWED_RESULT
        assert on(rule.unreviewed_delay) == SHOWN
    else:
        assert on(0) == SHOWN


@pytest.mark.parametrize("region, category, rule", RESULT_CASES)
def test_a_result_reviewed_the_day_it_is_written(
    region: str, category: Category, rule: ResultRule
) -> None:
    written = date(2026, 11, 1)
    if not rule.shown:
        expected_on_day = Visibility(False, Hidden.RESULTS_NOT_SHOWN)
    elif rule.delay_days:
        expected_on_day = Visibility(
            False, Hidden.RESULT_DELAY, written + ONE_DAY * rule.delay_days
        )
    else:
        expected_on_day = SHOWN
    assert seen(region, written, today=written, category=category) == expected_on_day


@pytest.mark.parametrize("region", ["blekinge", "jamtland-harjedalen", "norrbotten", "stockholm"])
def test_provsvar_names_laboratory_results_not_x_ray_reports_or_referral_answers(
    region: str,
) -> None:
    assert "provsvar" in SOURCES[region].results
    assert POLICIES[region].named_result_categories <= LABORATORY_RESULTS
    for category in (Category.RADIOLOGY, Category.REFERRAL_ANSWER):
        assert POLICIES[region].result_rule(category) == NATIONAL_FRAMEWORK.result_rule(category)
    assert Interpretation.PROVSVAR_IS_LABORATORY in interpretations(region)


@pytest.mark.parametrize(
    "region, named",
    [
        ("halland", {Category.LAB}),
        ("vastmanland", {Category.RADIOLOGY}),
        ("ostergotland", {Category.LAB, Category.RADIOLOGY}),
    ],
)
def test_a_row_that_names_some_kinds_leaves_the_others_to_the_framework(
    region: str, named: set[Category]
) -> None:
    policy = POLICIES[region]
    assert policy.named_result_categories == named
    for category in RESULT_CATEGORIES - named:
        assert policy.result_rule(category) == NATIONAL_FRAMEWORK.result_rule(category)
    assert Interpretation.NAMED_RESULT_KINDS_ONLY in interpretations(region)


def test_every_interpretation_is_placed_in_a_column_and_used() -> None:
    used = {
        i for region_interpretations in INTERPRETATIONS.values() for i in region_interpretations
    }
    assert used == set(Interpretation) == set(INTERPRETATION_COLUMNS)
    assert set(INTERPRETATIONS) <= set(POLICIES)
    assert set(INTERPRETATION_COLUMNS.values()) <= {"notes", "results", "radrum", "start"}


# --- Units never shown -----------------------------------------------------------------


@pytest.mark.parametrize("region", ALL_REGIONS)
@pytest.mark.parametrize("unit_kind", sorted(NEVER_SHOWN_UNIT_KINDS))
@pytest.mark.parametrize("category", [Category.NOTE, Category.LAB, Category.OTHER])
def test_barnahus_lss_and_forensic_psychiatry_are_never_shown_anywhere(
    region: str, unit_kind: UnitKind, category: Category
) -> None:
    assert seen(region, date(2026, 1, 1), category=category, unit_kind=unit_kind) == Visibility(
        False, Hidden.UNIT_NEVER_SHOWN
    )


def test_the_national_framework_hides_those_units_too() -> None:
    entry = EntryFacts(unit_id=1, document_date=date(2026, 1, 1), unit_kind=UnitKind.BARNAHUS)
    assert entry_visibility(entry, FULL_ACCESS, date(2027, 1, 1)) == Visibility(
        False, Hidden.UNIT_NEVER_SHOWN
    )


@pytest.mark.parametrize("region", ALL_REGIONS)
def test_child_and_youth_psychiatry_is_hidden_in_skane_only(region: str) -> None:
    expected = Visibility(False, Hidden.UNIT_NEVER_SHOWN) if region == "skane" else SHOWN
    assert (
        seen(region, date(2026, 1, 1), category=Category.NOTE, unit_kind=UnitKind.BUP) == expected
    )
