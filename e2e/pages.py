"""Page objects: the demo's pages as a visitor sees them (roles, labels, test ids).

Every `expect_loaded` waits for the page to be shown and then runs the axe
check, so each page a test reaches is checked for WCAG 2.1 A/AA violations.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page, Response, expect

AxeCheck = Callable[[Page], None]


class Journalen:
    """The demo app on one server (one demo date), in one browser page."""

    def __init__(self, page: Page, base_url: str, axe_check: AxeCheck) -> None:
        self.page = page
        self.base_url = base_url
        self.axe_check = axe_check

    def goto(self, path: str) -> Response:
        response = self.page.goto(self.base_url + path)
        assert response is not None, path
        return response

    def start(self) -> StartPage:
        self.goto("/")
        return StartPage(self).expect_loaded()

    def log_in_as(self, person_id: str, *, can_read: bool = True) -> None:
        """Log in from the persona picker (its address, as a returning visitor has it), and
        answer "Visa alla uppgifter" to the 14-day question Journalen asks at each login
        of someone who can read a journal (`can_read`; others go straight to a refusal).

        The whole way from the start page is walked in test_personas.py."""
        self.goto("/logga-in/bankid")
        PersonaPickerPage(self).expect_loaded().log_in_as(person_id)
        if can_read:
            self.answer_login_question()

    def answer_login_question(self, hide_recent: bool = False) -> None:
        LoginQuestionPage(self).expect_loaded().answer(hide_recent)

    def overview(self) -> OverviewPage:
        return OverviewPage(self)

    def refusal(self) -> RefusalPage:
        return RefusalPage(self)

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

    def log_out(self) -> StartPage:
        self.page.get_by_role("button", name="Logga ut").click()
        return StartPage(self.app).expect_loaded()


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

    def answer(self, hide_recent: bool) -> None:
        label = "Dölj uppgifter som är nyare än 14 dagar" if hide_recent else "Visa alla uppgifter"
        self.page.get_by_label(label).check()
        self.page.get_by_role("button", name="Fortsätt").click()


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


class ErrorPage(PageObject):
    def expect_loaded(self, title: str) -> ErrorPage:
        expect(self.heading).to_have_text(title)
        self._checked()
        return self
