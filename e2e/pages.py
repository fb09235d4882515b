"""Page objects: the demo's pages as a visitor sees them (roles, labels, test ids).

Every `expect_loaded` waits for the page to be shown and then runs the axe
check, so each page a test reaches is checked for WCAG 2.1 A/AA violations.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from playwright.sync_api import Locator, Page, Response, expect

AxeCheck = Callable[[Page], None]
# `login_state(person_id, hide_recent)`: a storage state logged in as the persona.
LoginState = Callable[[str, bool], Path]


class Journalen:
    """The demo app on one server (one demo date), in one browser page."""

    def __init__(
        self,
        page: Page,
        base_url: str,
        axe_check: AxeCheck,
        login_state: LoginState | None = None,
    ) -> None:
        self.page = page
        self.base_url = base_url
        self.axe_check = axe_check
        self.login_state = login_state

    def goto(self, path: str) -> Response:
        response = self.page.goto(self.base_url + path)
        assert response is not None, path
        return response

    def start(self) -> StartPage:
        self.goto("/")
        return StartPage(self).expect_loaded()

    def log_in_as(
        self, person_id: str, *, can_read: bool = True, hide_recent: bool = False
    ) -> None:
        """Log in from the persona picker (its address, as a returning visitor has it), and
        answer the 14-day question Journalen asks at each login of someone who can read a
        journal (`can_read`; others go straight to a refusal): "Visa alla uppgifter", or
        "Dölj uppgifter som är nyare än 14 dagar" with `hide_recent`.

        The whole way from the start page is walked in test_personas.py."""
        self.goto("/logga-in/bankid")
        PersonaPickerPage(self).expect_loaded().log_in_as(person_id)
        if can_read:
            self.answer_login_question(hide_recent)

    def resume_as(self, person_id: str, *, hide_recent: bool = False) -> OverviewPage:
        """Come back logged in as the persona, the 14-day question answered: the storage
        state of such a visit (made once, over HTTP) loaded into this browser context, then
        the journal's front door, which leads to the persona's own overview (or its
        refusal). For the journeys that are not about logging in."""
        assert self.login_state is not None, "this Journalen was made without login states"
        state = json.loads(self.login_state(person_id, hide_recent).read_text())
        self.page.context.add_cookies(state["cookies"])
        self.goto("/journal/")
        expect(self.page).to_have_url(f"{self.base_url}/journal/{person_id}/")
        return OverviewPage(self)

    def answer_login_question(self, hide_recent: bool = False) -> None:
        LoginQuestionPage(self).expect_loaded().answer(hide_recent)

    def overview(self) -> OverviewPage:
        return OverviewPage(self)

    def refusal(self) -> RefusalPage:
        return RefusalPage(self)

    def regions(self) -> RegionsPage:
        """ "Vad visar vårdgivare?", by its address."""
        self.goto("/regioner")
        return RegionsPage(self).expect_loaded()

    def open_not_found(self, path: str) -> ErrorPage:
        """Go to `path` by typing it, expecting the Swedish 404 page."""
        response = self.goto(path)
        assert response.status == 404, f"{path} answered {response.status}, not 404"
        return ErrorPage(self).expect_loaded("Sidan finns inte")


class PageObject:
    def __init__(self, app: Journalen) -> None:
        self.app = app
        self.page = app.page

    def _checked(self) -> None:
        self.app.axe_check(self.page)

    @property
    def heading(self) -> Locator:
        return self.page.get_by_role("heading", level=1)

    @property
    def demo_date(self) -> Locator:
        return self.page.get_by_test_id("demo-date")

    @property
    def demo_tools(self) -> DemoTools:
        return DemoTools(self.app)

    def log_out(self) -> StartPage:
        self.page.get_by_role("button", name="Logga ut").click()
        return StartPage(self.app).expect_loaded()

    def open_settings(self) -> SettingsPage:
        self.page.get_by_role("navigation", name="Konto").get_by_role(
            "link", name="Inställningar"
        ).click()
        return SettingsPage(self.app).expect_loaded()


class DemoTools:
    """The banner's "Demoverktyg" (a demo addition): the visitor's own demo clock and
    explain mode. Each control posts and comes back to the page it was used on, which
    is then checked again (its markup changed)."""

    def __init__(self, app: Journalen) -> None:
        self.app = app
        self.page = app.page
        self.banner = self.page.get_by_test_id("demo-banner")

    @property
    def details(self) -> Locator:
        return self.banner.locator("details")

    @property
    def date(self) -> Locator:
        return self.page.get_by_test_id("demo-date")

    @property
    def clock_moved(self) -> Locator:
        return self.page.get_by_test_id("clock-moved")

    @property
    def explain_toggle(self) -> Locator:
        return self.page.get_by_test_id("explain-toggle")

    def button(self, name: str) -> Locator:
        return self.banner.get_by_role("button", name=name)

    def open(self) -> DemoTools:
        """Unfold the tools (folded, except on the page a demo tool has just come back to)."""
        if self.details.get_attribute("open") is None:
            self.banner.get_by_text("Demoverktyg", exact=True).click()
        expect(self.details).to_have_attribute("open", "")
        return self

    def _press(self, button: Locator) -> None:
        self.open()
        with self.page.expect_navigation():
            button.click()
        self.app.axe_check(self.page)

    def plus_one_day(self) -> None:
        self._press(self.button("+1 dag"))

    def plus_14_days(self) -> None:
        self._press(self.button("+14 dagar"))

    def next_birthday(self) -> None:
        self._press(self.button("Nästa födelsedag som ändrar något"))

    def move_to(self, day: str) -> None:
        """Move the demo date to `day` (YYYY-MM-DD) with "Flytta demodatum till"."""
        self.open()
        self.banner.get_by_label("Flytta demodatum till").fill(day)
        self._press(self.button("Flytta"))

    def reset(self) -> None:
        """ "Återställ till …": back to the server's demo date."""
        self._press(self.page.get_by_test_id("clock-reset"))

    def toggle_explain(self) -> None:
        self._press(self.explain_toggle)

    def reset_everything(self) -> StartPage:
        """ "Börja om": end the whole visit, back to the start page."""
        self._press(self.page.get_by_test_id("demo-reset"))
        expect(self.page.get_by_role("heading", level=1)).to_have_text("Börja om?")
        self.page.get_by_test_id("demo-reset-confirm").click()
        return StartPage(self.app).expect_loaded()

    def set_explain(self, on: bool) -> None:
        """Turn explain mode on or off (whatever it was)."""
        wanted = "true" if on else "false"
        if self.explain_toggle.get_attribute("aria-pressed") != wanted:
            self.toggle_explain()
        expect(self.explain_toggle).to_have_attribute("aria-pressed", wanted)

    def open_regions(self) -> RegionsPage:
        self.open()
        self.banner.get_by_role("link", name="Vad visar vårdgivare?").click()
        return RegionsPage(self.app).expect_loaded()


class StartPage(PageObject):
    def expect_loaded(self) -> StartPage:
        expect(self.page).to_have_url(self.app.base_url + "/")
        expect(self.heading).to_have_text("Läs din journal – en demo av Journalen")
        self._checked()
        return self

    def log_in(self) -> LoginMethodPage:
        self.page.get_by_role("link", name="Logga in", exact=True).click()
        return LoginMethodPage(self.app).expect_loaded()


class LoginMethodPage(PageObject):
    def expect_loaded(self) -> LoginMethodPage:
        expect(self.heading).to_have_text("Logga in")
        expect(self.page.get_by_role("link", name="Logga in med BankID")).to_be_visible()
        self._checked()
        return self

    def choose(self, method: str) -> PersonaPickerPage:
        self.page.get_by_role("link", name=f"Logga in med {method}").click()
        return PersonaPickerPage(self.app).expect_loaded()


class PersonaPickerPage(PageObject):
    def expect_loaded(self) -> PersonaPickerPage:
        expect(self.heading).to_have_text("Vem vill du vara?")
        expect(self.personas.first).to_be_visible()
        self._checked()
        return self

    @property
    def personas(self) -> Locator:
        return self.page.get_by_test_id(re.compile(r"^persona-"))

    def persona(self, person_id: str) -> Locator:
        return self.page.get_by_test_id(f"persona-{person_id}")

    def log_in_as(self, person_id: str) -> None:
        """Press the persona's "Logga in som …"; where that leads depends on who they are."""
        card = self.persona(person_id)
        expect(card).to_be_visible()
        card.get_by_role("button", name=re.compile(r"^Logga in som ")).click()


class LoginQuestionPage(PageObject):
    """Asked at each login: hide entries newer than 14 days?"""

    def expect_loaded(self) -> LoginQuestionPage:
        expect(self.heading).to_have_text("Vill du se uppgifter som är nyare än 14 dagar?")
        self._checked()
        return self

    def choice(self, hide_recent: bool) -> Locator:
        return self.page.get_by_label(recent_label(hide_recent))

    def answer(self, hide_recent: bool) -> None:
        self.choice(hide_recent).check()
        self.page.get_by_role("button", name="Fortsätt").click()


def recent_label(hide_recent: bool) -> str:
    """The answer to the 14-day question, as the login question and the settings word it."""
    return "Dölj uppgifter som är nyare än 14 dagar" if hide_recent else "Visa alla uppgifter"


class SettingsPage(PageObject):
    """/installningar: the 14-day choice and the choices some regions offer."""

    def expect_loaded(self) -> SettingsPage:
        expect(self.heading).to_have_text("Inställningar")
        expect(self.page.get_by_role("button", name="Spara")).to_be_visible()
        self._checked()
        return self

    def recent_choice(self, hide_recent: bool) -> Locator:
        return self.page.get_by_role("group", name="Uppgifter nyare än 14 dagar").get_by_label(
            recent_label(hide_recent)
        )

    def save(self, *, hide_recent: bool) -> SettingsPage:
        self.recent_choice(hide_recent).check()
        self.page.get_by_role("button", name="Spara").click()
        expect(self.page.get_by_test_id("settings-saved")).to_be_visible()
        self.expect_loaded()
        expect(self.recent_choice(hide_recent)).to_be_checked()
        return self

    def to_journal(self) -> OverviewPage:
        self.page.get_by_role("link", name="Till din journal").click()
        return OverviewPage(self.app)


class JournalPage(PageObject):
    """What every journal page shares: the switcher and the "acting for" banner."""

    def subject(self, person_id: str) -> Locator:
        """The switcher's entry for whose journal is shown."""
        return self.page.get_by_test_id(f"subject-{person_id}")

    @property
    def acting_for(self) -> Locator:
        return self.page.get_by_test_id("acting-for")

    def switch_to(self, person_id: str) -> OverviewPage:
        self.subject(person_id).click()
        return OverviewPage(self.app)

    def back_to_own_journal(self) -> OverviewPage:
        self.acting_for.get_by_role("link", name="Tillbaka till din egen journal").click()
        return OverviewPage(self.app)


class OverviewPage(JournalPage):
    def expect_own(self, name: str) -> OverviewPage:
        expect(self.heading).to_have_text("Din journal")
        expect(self.page.get_by_test_id("logged-in-as")).to_have_text(name)
        expect(self.acting_for).to_have_count(0)
        self._checked()
        return self

    def expect_child(self, child_name: str) -> OverviewPage:
        expect(self.heading).to_have_text(f"Journal för {child_name}")
        expect(self.acting_for).to_contain_text(f"Du agerar för {child_name}")
        self._checked()
        return self

    def count(self, set_key: str) -> Locator:
        return self.page.get_by_test_id(f"count-{set_key}")

    def entry_count(self, set_key: str) -> int:
        """The number the overview gives for a set (0 for "Inga uppgifter")."""
        text = self.count(set_key).inner_text()
        match = re.fullmatch(r"(\d+) uppgift(?:er)?", text)
        assert match or text == "Inga uppgifter", f"count-{set_key}: {text!r}"
        return int(match.group(1)) if match else 0

    def unavailable_child(self, person_id: str) -> Locator:
        return self.page.get_by_test_id(f"child-unavailable-{person_id}")

    @property
    def limited_access(self) -> Locator:
        return self.page.get_by_test_id("limited-access")

    def open_set(self, set_key: str) -> ListPage:
        self.page.get_by_test_id(f"set-{set_key}").click()
        return ListPage(self.app)


class ListPage(JournalPage):
    def expect_loaded(self, set_name: str) -> ListPage:
        expect(self.heading).to_contain_text(set_name)
        expect(self.result_count).to_be_visible()
        self._checked()
        return self

    @property
    def entries(self) -> Locator:
        return self.page.get_by_test_id("entry")

    @property
    def result_count(self) -> Locator:
        return self.page.get_by_test_id("result-count")

    @property
    def unit_select(self) -> Locator:
        return self.page.get_by_label("Vårdenhet")

    @property
    def next_page_link(self) -> Locator:
        return self.page.get_by_test_id("next-page")

    def entry_ids(self) -> list[str]:
        return [entry.get_attribute("data-entry-id") or "" for entry in self.entries.all()]

    def entry(self, entry_id: str) -> Locator:
        return self.entries.and_(self.page.locator(f'[data-entry-id="{entry_id}"]'))

    def total(self) -> int:
        """The number of entries the list says it has (all pages)."""
        text = self.result_count.inner_text()
        match = re.match(r"(\d+) uppgift(?:er)?\b", text)
        assert match, f"result-count: {text!r}"
        return int(match.group(1))

    @property
    def hidden_entries(self) -> Locator:
        """Explain mode's "Visas inte ännu": what the subject cannot see yet, and why."""
        return self.page.get_by_test_id("hidden-entry")

    @staticmethod
    def written_on(entry: Locator) -> date:
        """The day an entry (shown or hidden) was written."""
        written = entry.locator("time").first.get_attribute("datetime") or ""
        return datetime.fromisoformat(written).date()

    @staticmethod
    def shown_from(hidden_entry: Locator) -> date | None:
        """The day explain mode says a hidden entry will be shown (None: never, as things are)."""
        day = hidden_entry.get_attribute("data-shown-from")
        return date.fromisoformat(day) if day else None

    @staticmethod
    def unsigned_flag(entry: Locator) -> Locator:
        return entry.get_by_text("Osignerad", exact=True)

    @staticmethod
    def region_link(entry: Locator) -> Locator:
        """An entry's (shown or hidden) link to its region on "Vad visar vårdgivare?"."""
        return entry.locator("a[href*='/regioner#']")

    def region_id(self, entry: Locator) -> str:
        href = self.region_link(entry).get_attribute("href") or ""
        return href.rpartition("#")[2]

    def open_region(self, entry: Locator) -> RegionsPage:
        self.region_link(entry).click()
        return RegionsPage(self.app).expect_loaded()

    def hidden_entry(self, entry_id: str) -> Locator:
        return self.hidden_entries.and_(self.page.locator(f'[data-entry-id="{entry_id}"]'))

    def filter_by_dates(self, start: str, end: str, set_name: str) -> ListPage:
        """Entries from `start` to `end` (YYYY-MM-DD, both included)."""
        self.page.get_by_label("Från och med").fill(start)
        self.page.get_by_label("Till och med").fill(end)
        self.page.get_by_role("button", name="Filtrera").click()
        expect(self.page).to_have_url(re.compile(rf"[?&]fran={start}&till={end}"))
        return self.expect_loaded(set_name)

    def unit_names(self) -> list[str]:
        """The care units the filter offers (not "Alla vårdenheter")."""
        return self.unit_select.locator("option:not([value=''])").all_inner_texts()

    def filter_by_unit(self, unit_name: str, set_name: str) -> ListPage:
        self.unit_select.select_option(label=unit_name)
        self.page.get_by_role("button", name="Filtrera").click()
        expect(self.page).to_have_url(re.compile(r"[?&]enhet=\d+"))
        expect(self.unit_select.locator("option:checked")).to_have_text(unit_name)
        return self.expect_loaded(set_name)

    def next_page(self, set_name: str) -> ListPage:
        self.next_page_link.click()
        expect(self.page).to_have_url(re.compile(r"[?&]sida=2"))
        return self.expect_loaded(set_name)

    def open_entry(self, index: int = 0) -> EntryPage:
        entry = self.entries.nth(index)
        entry_id = entry.get_attribute("data-entry-id")
        entry.get_by_role("heading").get_by_role("link").click()
        return EntryPage(self.app).expect_loaded(entry_id or "")


class EntryPage(JournalPage):
    def expect_loaded(self, entry_id: str) -> EntryPage:
        expect(self.entry).to_have_attribute("data-entry-id", entry_id)
        expect(self.heading).to_be_visible()
        self._checked()
        return self

    @property
    def entry(self) -> Locator:
        return self.page.get_by_test_id("entry")


class RefusalPage(JournalPage):
    """A `no-access` page: one's own journal before 16, a sealed account, a refused login."""

    def expect_loaded(self, reason: str) -> RefusalPage:
        expect(self.no_access).to_be_visible()
        expect(self.no_access).to_have_attribute("data-reason", reason)
        self._checked()
        return self

    @property
    def no_access(self) -> Locator:
        return self.page.get_by_test_id("no-access")


class RegionsPage(PageObject):
    """ "Vad visar vårdgivare?" (/regioner): each region's rules, beside the source's words."""

    def expect_loaded(self) -> RegionsPage:
        expect(self.heading).to_have_text("Vad visar vårdgivare?")
        expect(self.regions.first).to_be_visible()
        self._checked()
        return self

    @property
    def regions(self) -> Locator:
        return self.page.get_by_test_id(re.compile(r"^region-"))

    def region(self, region_id: str) -> Locator:
        return self.page.get_by_test_id(f"region-{region_id}")


class ErrorPage(PageObject):
    def expect_loaded(self, title: str) -> ErrorPage:
        expect(self.heading).to_have_text(title)
        self._checked()
        return self


class ScenarioCataloguePage(PageObject):
    """ "Scenarier för visning" (a demo addition for trainers)."""

    def expect_loaded(self) -> ScenarioCataloguePage:
        expect(self.heading).to_have_text("Scenarier för visning")
        self._checked()
        return self

    def open_link(self, scenario_id: str) -> ScenarioConfirmPage:
        self.page.get_by_test_id(f"scenario-{scenario_id}").get_by_role(
            "link", name=re.compile("^Scenariolänk")
        ).click()
        return ScenarioConfirmPage(self.app)


class ScenarioConfirmPage(PageObject):
    """What a scenario link shows before its one confirming click."""

    def expect_loaded(self, title: str) -> ScenarioConfirmPage:
        expect(self.heading).to_have_text(title)
        expect(self.page.get_by_test_id("scenario-start")).to_be_visible()
        self._checked()
        return self

    def start(self) -> None:
        self.page.get_by_test_id("scenario-start").click()


class AccessLogPage(JournalPage):
    def expect_loaded(self) -> AccessLogPage:
        expect(self.heading).to_contain_text("Vem har läst")
        expect(self.page.get_by_test_id("access-log")).to_be_visible()
        self._checked()
        return self
