"""Each region's rules, as a visitor meets them: delays that run out when the demo
clock moves, the 14-day choice, explain mode, "Vad visar vårdgivare?", and a
visitor's demo tools staying their own.

The expected rules come from the policy data (demo/domain/policies.py), so the pages
are checked against what the regions say, not against the pages themselves.
"""

from __future__ import annotations

from datetime import date, timedelta

from playwright.sync_api import expect

from demo import create_app
from demo.clock import DEFAULT_DEMO_DATE
from demo.domain.access import UnsignedNotes
from demo.domain.policies import POLICIES, SOURCES
from demo.presenters.explain import describe_policy
from e2e.pages import Journalen, ListPage, LoginQuestionPage, PersonaPickerPage

TODAY = DEFAULT_DEMO_DATE  # 26 November 2026
DELAY = timedelta(days=14)
FORTNIGHT_AGO = TODAY - DELAY  # 12 November 2026
UNSIGNED_NOTE = "unsigned_note"

SWEDISH_MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


def long_date(day: date) -> str:
    """A date as the pages write it: "27 november 2026"."""
    return f"{day.day} {SWEDISH_MONTHS[day.month - 1]} {day.year}"


def regions_where(unsigned_notes: UnsignedNotes) -> set[str]:
    return {
        region for region, policy in POLICIES.items() if policy.unsigned_notes is unsigned_notes
    }


def mikaels_notes(
    app: Journalen, *, hide_recent: bool = False, through_the_picker: bool = False
) -> ListPage:
    """Mikael (Region Blekinge, a recent investigation), logged in (through the picker and
    the 14-day question when the journey is about them), opens Anteckningar."""
    if through_the_picker:
        app.log_in_as("mikael", hide_recent=hide_recent)
    else:
        app.resume_as("mikael", hide_recent=hide_recent)
    overview = app.overview().expect_own("Mikael Svensson")
    return overview.open_set("anteckningar").expect_loaded("Anteckningar")


# --- The demo clock: a delay runs out ---------------------------------------------


def test_an_unsigned_note_appears_when_its_14_days_are_up_and_hides_again_on_reset(
    journalen: Journalen,
) -> None:
    notes = mikaels_notes(journalen)
    tools = notes.demo_tools
    expect(tools.date).to_have_attribute("datetime", TODAY.isoformat())
    count_today = notes.total()
    ids_today = notes.entry_ids()

    # Explain mode names an unsigned note that will be shown within the next 14 days.
    tools.set_explain(True)
    later = TODAY + DELAY
    waiting = [
        hidden
        for hidden in notes.hidden_entries.all()
        if hidden.get_attribute("data-hidden-because") == UNSIGNED_NOTE
        and (notes.shown_from(hidden) or date.max) <= later
    ]
    assert waiting, "no unsigned note of Mikael's is shown within 14 days"
    note_id = waiting[0].get_attribute("data-entry-id") or ""
    assert note_id not in ids_today

    tools.plus_14_days()
    expect(tools.date).to_have_attribute("datetime", later.isoformat())
    expect(tools.clock_moved).to_be_visible()
    expect(notes.entry(note_id)).to_be_visible()
    expect(notes.hidden_entry(note_id)).to_have_count(0)
    assert notes.total() > count_today
    assert set(ids_today) < set(notes.entry_ids())

    tools.reset()
    expect(tools.date).to_have_attribute("datetime", TODAY.isoformat())
    expect(tools.clock_moved).to_have_count(0)
    expect(notes.entry(note_id)).to_have_count(0)
    expect(notes.hidden_entry(note_id)).to_be_visible()
    assert notes.total() == count_today
    assert notes.entry_ids() == ids_today


# --- The 14-day choice ---------------------------------------------------------------


def test_hiding_entries_newer_than_14_days_at_login_and_in_the_settings(
    journalen: Journalen,
) -> None:
    notes = mikaels_notes(journalen, hide_recent=False)
    all_ids = notes.entry_ids()
    newest = max(notes.written_on(entry) for entry in notes.entries.all())
    assert newest > FORTNIGHT_AGO, "Mikael has no note newer than 14 days to hide"

    def expect_recent_hidden(notes: ListPage) -> None:
        shown = notes.entry_ids()
        assert set(shown) < set(all_ids), (shown, all_ids)
        assert notes.total() == len(shown)
        for entry in notes.entries.all():
            assert notes.written_on(entry) <= FORTNIGHT_AGO, entry.get_attribute("data-entry-id")
        # Only the recent ones went.
        for entry_id in set(all_ids) - set(shown):
            expect(notes.entry(entry_id)).to_have_count(0)

    # Changed on /installningar: hide, then show all again.
    settings = notes.open_settings()
    expect(settings.recent_choice(hide_recent=False)).to_be_checked()
    settings.save(hide_recent=True)
    hiding = settings.to_journal().expect_own("Mikael Svensson")
    hiding_notes = hiding.open_set("anteckningar").expect_loaded("Anteckningar")
    expect_recent_hidden(hiding_notes)
    hidden_ids = hiding_notes.entry_ids()

    settings = hiding_notes.open_settings()
    settings.save(hide_recent=False)
    showing = settings.to_journal().expect_own("Mikael Svensson")
    assert showing.open_set("anteckningar").expect_loaded("Anteckningar").entry_ids() == all_ids

    # Answered at login.
    showing.log_out()
    notes = mikaels_notes(journalen, hide_recent=True, through_the_picker=True)
    expect_recent_hidden(notes)
    assert notes.entry_ids() == hidden_ids


# --- Explain mode ----------------------------------------------------------------------


def test_explain_mode_lists_mikaels_hidden_notes_with_the_day_they_are_shown(
    journalen: Journalen,
) -> None:
    notes = mikaels_notes(journalen)
    tools = notes.demo_tools
    expect(tools.explain_toggle).to_have_attribute("aria-pressed", "false")
    expect(notes.hidden_entries).to_have_count(0)
    tools.toggle_explain()
    expect(tools.explain_toggle).to_have_attribute("aria-pressed", "true")
    expect(tools.explain_toggle).to_have_text("Förklaringsläge: på")

    unsigned = [
        hidden
        for hidden in notes.hidden_entries.all()
        if hidden.get_attribute("data-hidden-because") == UNSIGNED_NOTE
    ]
    assert unsigned, "explain mode lists no unsigned note of Mikael's"

    # The note written 13 days ago is shown on its 14th day, by Region Blekinge's rule.
    thirteen_days_old = [h for h in unsigned if notes.written_on(h) == TODAY - timedelta(days=13)]
    assert len(thirteen_days_old) == 1
    note = thirteen_days_old[0]
    expect(note).to_have_attribute("data-shown-from", "2026-11-27")
    expect(note).to_contain_text("Visas från 27 november 2026:")
    expect(note).to_contain_text(
        "osignerad anteckning; Region Blekinge visar osignerade anteckningar efter 14 dagar"
    )
    expect(notes.region_link(note)).to_have_text("Region Blekinge")

    # Every unsigned note waits its 14 days from the day it was written, unless it is
    # signed before then: such a note is shown, signed, on the day it says.
    signed_early = []
    for hidden in unsigned:
        written, shown_from = notes.written_on(hidden), notes.shown_from(hidden)
        assert shown_from is not None
        assert TODAY < shown_from <= written + DELAY, hidden.get_attribute("data-entry-id")
        expect(hidden).to_contain_text(f"Visas från {long_date(shown_from)}:")
        expect(hidden).to_contain_text("Region Blekinge")
        if shown_from != written + DELAY:
            signed_early.append((hidden.get_attribute("data-entry-id") or "", shown_from))
    for entry_id, shown_from in signed_early:
        tools.move_to(shown_from.isoformat())
        expect(tools.date).to_have_attribute("datetime", shown_from.isoformat())
        expect(notes.entry(entry_id)).to_be_visible()
        expect(notes.unsigned_flag(notes.entry(entry_id))).to_have_count(0)
        expect(notes.entry(entry_id)).to_contain_text(f"Signerad {shown_from.isoformat()}")


def test_explain_mode_shows_the_rule_behind_a_refusal(journalen: Journalen) -> None:
    journalen.resume_as("maja")
    refusal = journalen.refusal().expect_loaded("own_under_16")
    rule = refusal.page.get_by_test_id("explain-rule")
    expect(rule).to_have_count(0)

    refusal.demo_tools.set_explain(True)
    refusal.expect_loaded("own_under_16")
    expect(rule).to_contain_text("Egen åtkomst gäller från och med 16-årsdagen.")
    expect(rule.locator("code")).to_have_count(0)  # a sentence, never a reason code


def test_explain_mode_shows_the_rule_behind_a_refused_login(journalen: Journalen) -> None:
    journalen.goto("/logga-in/bankid")
    picker = PersonaPickerPage(journalen).expect_loaded()
    picker.demo_tools.set_explain(True)
    picker.log_in_as("tomasz")
    refusal = journalen.refusal().expect_loaded("no_personnummer")
    expect(refusal.demo_tools.explain_toggle).to_have_attribute("aria-pressed", "true")
    rule = refusal.page.get_by_test_id("explain-rule")
    expect(rule).to_contain_text("Inloggning med e-legitimation kräver personnummer.")
    expect(rule.locator("code")).to_have_count(0)


# --- "Vad visar vårdgivare?" ---------------------------------------------------------


def test_the_regions_page_says_what_the_policy_data_says(
    journalen: Journalen, database_url: str
) -> None:
    app = create_app({"DATABASE_URL": database_url, "DEMO_TODAY": TODAY})
    with app.test_request_context():
        described = {region: describe_policy(policy) for region, policy in POLICIES.items()}

    regions = journalen.regions()
    expect(regions.regions).to_have_count(len(POLICIES))
    for region_id, words in described.items():
        section = regions.region(region_id)
        expect(section.get_by_test_id("rule-notes")).to_have_text(words["notes"])
        expect(section.get_by_test_id("rule-results")).to_have_text(words["results"])
        if words["other"]:
            expect(section.get_by_test_id("rule-other")).to_have_text(words["other"])
        else:
            expect(section.get_by_test_id("rule-other")).to_have_count(0)
        notice = section.get_by_test_id("no-information")
        if SOURCES[region_id].no_information:
            expect(notice).to_contain_text("Källan saknar uppgifter om:")
        else:
            expect(notice).to_have_count(0)
    # Jönköping's and Västernorrland's rows are empty: no information on anything.
    expect(regions.region("jonkoping").get_by_test_id("no-information")).to_contain_text(
        "anteckningar, provsvar, rådrum"
    )


def test_an_entrys_region_link_leads_to_the_regions_rules(journalen: Journalen) -> None:
    journalen.resume_as("lars")
    overview = journalen.overview().expect_own("Lars Vikström")
    notes = overview.open_set("anteckningar").expect_loaded("Anteckningar")
    entry = notes.entries.first
    region_id = notes.region_id(entry)
    region_name = notes.region_link(entry).inner_text()

    regions = notes.open_region(entry)
    expect(regions.page).to_have_url(f"{journalen.base_url}/regioner#{region_id}")
    section = regions.region(region_id)
    expect(section.get_by_role("heading", level=2)).to_have_text(region_name)
    expect(section).to_be_in_viewport()


# --- Every visitor's own demo ------------------------------------------------------------


def test_one_visitors_demo_tools_and_choices_do_not_reach_another_visitor(
    journalen: Journalen, other_visitor: Journalen
) -> None:
    # Visitor A moves the clock, turns on explain mode and hides recent entries.
    notes_a = mikaels_notes(journalen)
    original_count = notes_a.total()
    original_ids = notes_a.entry_ids()
    tools_a = notes_a.demo_tools
    tools_a.plus_14_days()
    tools_a.set_explain(True)
    settings_a = notes_a.open_settings().save(hide_recent=True)

    # Visitor B, in another browser context, sees Mikael's journal as it is.
    other_visitor.goto("/logga-in/bankid")
    PersonaPickerPage(other_visitor).expect_loaded().log_in_as("mikael")
    question = LoginQuestionPage(other_visitor).expect_loaded()
    expect(question.choice(hide_recent=False)).to_be_checked()
    question.answer(hide_recent=False)
    overview_b = other_visitor.overview().expect_own("Mikael Svensson")
    notes_b = overview_b.open_set("anteckningar").expect_loaded("Anteckningar")
    tools_b = notes_b.demo_tools
    expect(tools_b.date).to_have_attribute("datetime", TODAY.isoformat())
    expect(tools_b.clock_moved).to_have_count(0)
    expect(tools_b.explain_toggle).to_have_attribute("aria-pressed", "false")
    expect(notes_b.hidden_entries).to_have_count(0)
    assert notes_b.total() == original_count
    assert notes_b.entry_ids() == original_ids

    # And visitor A's demo is still A's own.
    settings_a.expect_loaded()
    expect(settings_a.recent_choice(hide_recent=True)).to_be_checked()
    overview_a = settings_a.to_journal().expect_own("Mikael Svensson")
    expect(overview_a.demo_date).to_have_attribute("datetime", (TODAY + DELAY).isoformat())
    expect(overview_a.demo_tools.explain_toggle).to_have_attribute("aria-pressed", "true")


# --- Birthdays ---------------------------------------------------------------------------


def test_next_birthday_that_changes_something_moves_karin_to_ellas_13th(
    journalen: Journalen,
) -> None:
    journalen.resume_as("karin")
    overview = journalen.overview().expect_own("Karin Berg")
    expect(overview.subject("ella")).to_be_visible()

    overview.demo_tools.next_birthday()
    expect(overview.demo_date).to_have_attribute("datetime", "2026-12-01")
    expect(overview.subject("ella")).to_have_count(0)
    expect(overview.unavailable_child("ella")).to_be_visible()


# --- Lars, who has had care in every region --------------------------------------------------


def test_lars_unsigned_notes_from_13_days_ago_follow_each_regions_rule(
    journalen: Journalen,
) -> None:
    thirteen_days_ago = TODAY - timedelta(days=13)
    journalen.resume_as("lars")
    overview = journalen.overview().expect_own("Lars Vikström")
    notes = overview.open_set("anteckningar").expect_loaded("Anteckningar")
    notes.demo_tools.set_explain(True)
    day = thirteen_days_ago.isoformat()
    notes = notes.filter_by_dates(day, day, "Anteckningar")

    # Hidden: which regions' unsigned notes wait, and until when.
    waiting: dict[str, date | None] = {}
    for hidden in notes.hidden_entries.all():
        expect(hidden).to_have_attribute("data-hidden-because", UNSIGNED_NOTE)
        assert notes.written_on(hidden) == thirteen_days_ago
        waiting[notes.region_id(hidden)] = notes.shown_from(hidden)
    # For instance (explain mode lists them on the first page only):
    stockholm = notes.hidden_entries.filter(
        has=notes.page.get_by_role("link", name="Region Stockholm")
    )
    expect(stockholm).to_contain_text(
        "Visas från 27 november 2026: osignerad anteckning; Region Stockholm visar "
        "osignerade anteckningar efter 14 dagar"
    )
    expect(
        notes.hidden_entries.filter(has=notes.page.get_by_role("link", name="Region Värmland"))
    ).to_have_count(0)

    # Shown: which regions' unsigned notes are there already (every page of the list).
    shown_unsigned: set[str] = set()
    for page_number in (1, 2):
        if page_number == 2:
            notes = notes.next_page("Anteckningar")
        for entry in notes.entries.all():
            assert notes.written_on(entry) == thirteen_days_ago
            if notes.unsigned_flag(entry).count():
                shown_unsigned.add(notes.region_id(entry))
    expect(notes.next_page_link).to_have_count(0)
    expect(notes.hidden_entries).to_have_count(0)  # page 2 repeats no explanation

    after_delay = regions_where(UnsignedNotes.AFTER_DELAY)
    assert {region for region, day in waiting.items() if day is not None} == after_delay
    assert set(waiting.values()) - {None} == {thirteen_days_ago + DELAY}
    assert {region for region, day in waiting.items() if day is None} == regions_where(
        UnsignedNotes.PATIENT_CHOICE
    )
    assert shown_unsigned == regions_where(UnsignedNotes.AT_ONCE)
    # For instance:
    assert "stockholm" in after_delay and "varmland" in shown_unsigned
