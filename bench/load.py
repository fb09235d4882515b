"""Load test: visitors walking through journalen-demo the way people use it.

Run it with `bench/run-load` (which starts the app under gunicorn first), or by
hand against a server you already run:

    locust -f bench/load.py --headless -u 50 -r 10 -t 60s --host http://127.0.0.1:8000

Each simulated visitor is one locust user with its own cookie jar, so its own
session: its login, its answer to the 14-day question, its demo clock and
explain mode. Forms are posted with the CSRF token taken from the page the
visitor is on, as a browser would. The app replaces the token when a session
starts afresh (logging in and out), so the token is read again from every page.

Every request is made on its own (redirects are followed by hand), so the
statistics show each page the server renders. A page counts as an error when
its status or its content is not what the visitor expected: a refusal is
expected for Maja (403) and counts as a success there.

The journeys, and how often each kind of visitor arrives (`weight`):

- Citizen (6): Anna, Gunnar, Lars or Mikael logs in, answers the 14-day
  question, reads the overview, a few lists (paging where there is more than
  one page), one entry, and logs out.
- Guardian (2): Karin logs in, switches to Liam, reads his lists and an entry.
- Trainer (1): Mikael shows the demo tools: moves his clock 14 days ahead,
  turns explain mode on, reads a list with what is not shown yet, resets.
- Tester (1): not logged in; the API, the health check, the regions page.
- Refused (1): Maja, 14, logs in and is told she cannot read her journal yet.

Think time between pages: THINK_MIN and THINK_MAX seconds (default 0.5 to 2).
"""

from __future__ import annotations

import html
import os
import random
import re

from locust import HttpUser, between, task
from locust.exception import RescheduleTask

THINK_MIN = float(os.environ.get("THINK_MIN", "0.5"))
THINK_MAX = float(os.environ.get("THINK_MAX", "2"))

# What a visitor reads off a page.
CSRF_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
SET_LINK = re.compile(r'href="([^"]+)" data-testid="set-([a-z_]+)"')
ENTRY_LINK = re.compile(r'<a href="(/journal/[^"/]+/[a-z_]+/\d+)">')
NEXT_PAGE = re.compile(r'href="([^"]+)" data-testid="next-page"')

CITIZENS = ["anna", "gunnar", "lars", "mikael"]


class JournalVisitor(HttpUser):
    """What every visitor can do: look at pages, fill in forms, log in and out."""

    abstract = True
    wait_time = between(THINK_MIN, THINK_MAX)  # between two visits

    def on_start(self) -> None:
        self.csrf_token: str | None = None

    # -- pages ----------------------------------------------------------------

    def page(
        self, path: str, name: str | None = None, expect: str | None = None, status: int = 200
    ) -> str:
        """GET a page; it must answer `status` and (if given) contain `expect`."""
        with self.client.get(
            path, name=name or path, allow_redirects=False, catch_response=True
        ) as response:
            self._check(response, status, expect)
            return response.text

    def submit(
        self,
        path: str,
        fields: dict[str, str],
        name: str | None = None,
        then_expect: str | None = None,
        then_status: int = 200,
        then_name: str | None = None,
    ) -> str:
        """POST a form with the page's CSRF token, then follow the redirect."""
        if self.csrf_token is None:
            raise RescheduleTask(f"no CSRF token on the page before {path}")
        with self.client.post(
            path,
            data={**fields, "csrf_token": self.csrf_token},
            name=name or path,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code not in (302, 303):
                response.failure(self._unexpected(response, "expected a redirect"))
                raise RescheduleTask()
            location = response.headers["Location"]
        return self.page(location, name=then_name, expect=then_expect, status=then_status)

    def _check(self, response, status: int, expect: str | None) -> None:  # type: ignore[no-untyped-def]
        if response.status_code != status:
            response.failure(self._unexpected(response, f"expected {status}"))
            raise RescheduleTask()
        if expect is not None and expect not in response.text:
            response.failure(f"{expect} not on the page")
            raise RescheduleTask()
        found = CSRF_TOKEN.search(response.text)
        if found:
            self.csrf_token = found.group(1)
        response.success()

    @staticmethod
    def _unexpected(response, expected: str) -> str:  # type: ignore[no-untyped-def]
        if response.status_code == 0:  # no answer at all: say why
            return f"{expected}, got no answer: {response.error!r}"
        return f"{expected}, got {response.status_code}"

    def think(self) -> None:
        """A moment on the page before the next click."""
        self.wait()

    # -- journeys' steps --------------------------------------------------------

    def log_in(self, person: str) -> None:
        self.page("/", expect='data-testid="demo-banner"')
        self.think()
        self.page("/logga-in/bankid", expect=f'data-testid="persona-{person}"')
        self.think()
        self.submit(
            f"/logga-in/bankid/{person}",
            {},
            name="/logga-in/bankid/[person]",
            then_name="/journal/val",
            then_expect="login-question-continue",
        )
        self.think()
        # The 14-day question: "nej", show everything the rules allow.
        self.submit(
            "/journal/val",
            {"dolj_nya": "nej"},
            then_name="/journal/[person]/",
            then_expect='data-testid="logged-in-as"',
        )

    def log_out(self) -> None:
        self.submit("/logga-ut", {}, then_name="/", then_expect='data-testid="demo-banner"')

    def overview(self, subject: str) -> dict[str, str]:
        """The overview of `subject`: its lists with at least one entry, by set."""
        body = self.page(
            f"/journal/{subject}/", name="/journal/[person]/", expect='data-testid="count-'
        )
        return {key: html.unescape(href) for href, key in SET_LINK.findall(body)}

    def read_list(self, href: str, pages: int) -> list[str]:
        """A list, and up to `pages - 1` further pages; the entries' links seen."""
        body = self.page(href, name="/journal/[person]/[set]/", expect='data-testid="result-count"')
        entries = ENTRY_LINK.findall(body)
        for _ in range(pages - 1):
            more = NEXT_PAGE.search(body)
            if more is None:
                break
            self.think()
            body = self.page(
                html.unescape(more.group(1)),
                name="/journal/[person]/[set]/?sida=[n]",
                expect='data-testid="result-count"',
            )
            entries += ENTRY_LINK.findall(body)
        return entries

    def read_entry(self, entries: list[str]) -> None:
        if entries:
            self.page(
                random.choice(entries),
                name="/journal/[person]/[set]/[entry]",
                expect='data-testid="entry"',
            )


class Citizen(JournalVisitor):
    """Reads their own journal: the overview, a few lists, an entry."""

    weight = 6

    @task
    def read_own_journal(self) -> None:
        person = random.choice(CITIZENS)
        self.log_in(person)
        self.think()
        sets = self.overview(person)
        entries: list[str] = []
        for key in random.sample(sorted(sets), k=min(3, len(sets))):
            self.think()
            entries = self.read_list(sets[key], pages=random.randint(1, 3)) or entries
        self.think()
        self.read_entry(entries)
        self.think()
        self.log_out()


class Guardian(JournalVisitor):
    """Karin reads her son Liam's journal (he is 4)."""

    weight = 2

    @task
    def read_childs_journal(self) -> None:
        self.log_in("karin")
        self.think()
        # Her own overview lists her children; Maja, 14, as unavailable.
        self.page("/journal/karin/", name="/journal/[person]/", expect='data-testid="child-liam"')
        self.think()
        sets = {
            key: html.unescape(href)
            for href, key in SET_LINK.findall(
                self.page(
                    "/journal/liam/", name="/journal/[person]/", expect='data-testid="acting-for"'
                )
            )
        }
        entries: list[str] = []
        for key in random.sample(sorted(sets), k=min(2, len(sets))):
            self.think()
            entries = self.read_list(sets[key], pages=1) or entries
        self.think()
        self.read_entry(entries)
        self.think()
        self.log_out()


class Trainer(JournalVisitor):
    """Mikael shows a class the demo tools: the clock and explain mode."""

    weight = 1

    @task
    def show_demo_tools(self) -> None:
        self.log_in("mikael")
        self.think()
        here = "/journal/mikael/"
        self.overview("mikael")
        self.think()
        self.submit(
            "/demo/datum",
            {"atgard": "plus14", "tillbaka": here},
            then_name="/journal/[person]/",
            then_expect='data-testid="clock-moved"',
        )
        self.think()
        self.submit(
            "/demo/forklaring",
            {"tillbaka": here},
            then_name="/journal/[person]/",
            then_expect='aria-pressed="true"',
        )
        self.think()
        notes = f"{here}anteckningar/"
        self.read_list(notes, pages=1)
        self.think()
        self.submit(
            "/demo/datum",
            {"atgard": "aterstall", "tillbaka": notes},
            then_name="/journal/[person]/[set]/",
            then_expect='data-testid="result-count"',
        )
        self.think()
        self.log_out()


class Tester(JournalVisitor):
    """A front-end tester's checks, not logged in."""

    weight = 1

    @task
    def check_contract(self) -> None:
        with self.client.get("/api/v1/personas", catch_response=True) as response:
            if response.status_code != 200 or len(response.json().get("personas", [])) < 10:
                response.failure("the cast is missing")
        self.think()
        with self.client.get("/healthz", catch_response=True) as response:
            if response.status_code != 200 or response.json().get("status") != "ok":
                response.failure(f"not healthy: {response.text[:100]}")
        self.think()
        self.page("/regioner", expect='data-testid="region-')


class Refused(JournalVisitor):
    """Maja, 14, cannot read her own journal until she turns 16."""

    weight = 1

    @task
    def try_to_read(self) -> None:
        self.page("/logga-in/bankid", expect='data-testid="persona-maja"')
        self.think()
        # No 14-day question: nothing to hide, straight to the refusal (403).
        self.submit(
            "/logga-in/bankid/maja",
            {},
            name="/logga-in/bankid/[person]",
            then_name="/journal/[person]/ (refused)",
            then_status=403,
            then_expect='data-reason="own_under_16"',
        )
        self.think()
        self.log_out()
