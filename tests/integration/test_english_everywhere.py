"""In English, everything the demo itself says is English. Clinical content (what care
staff wrote, unit names, drug names) stays Swedish and is marked lang="sv", so a screen
reader reads it in Swedish; any other Swedish on an English page is a text that has no
English form, and this test names it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from flask.testing import FlaskClient

from tests.support import log_in

# Common Swedish words that are no English words and seldom in a care unit's name.
SWEDISH = re.compile(
    r"\b(inte|är|som|på|med|har|visas|kan|uppgifter|vårdenhet|från|till|eller|ska|dagar|"
    r"anteckningar|och|av|vid|efter|direkt|du|ditt|din|dina)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"[“”\"][^“”\"]*[“”\"]")
VOID = {"area", "br", "col", "hr", "img", "input", "link", "meta", "source", "wbr"}


class SwedishOutsideSwedish(HTMLParser):
    """Collects text that reads as Swedish but stands in no lang="sv" element."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, str | None]] = []
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.open.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag: str) -> None:
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if any(lang == "sv" for _, lang in self.open):
            return
        # <title> cannot mark a part as Swedish; it holds the entry's title like the h1.
        if any(tag in ("script", "style", "title") for tag, _ in self.open):
            return
        # A Swedish word in quotes is mentioned, not used (“vårdenhet” (care unit)).
        if SWEDISH.search(QUOTED.sub("", data)):
            self.found.append(" ".join(data.split())[:160])


def swedish_in(html: str) -> list[str]:
    parser = SwedishOutsideSwedish()
    parser.feed(html)
    return parser.found


def in_english(client: FlaskClient) -> None:
    assert client.post("/sprak", data={"lang": "en"}).status_code == 302


PUBLIC_PAGES = ("/", "/logga-in", "/logga-in/bankid", "/scenarier/", "/regioner", "/demo/aterstall")


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages(client: FlaskClient, path: str) -> None:
    in_english(client)
    page = client.get(path)
    assert page.status_code == 200
    assert swedish_in(page.get_data(as_text=True)) == []


def test_every_scenario_page(client: FlaskClient) -> None:
    in_english(client)
    from demo.domain.scenarios import SCENARIOS

    for scenario in SCENARIOS:
        html = client.get(f"/scenarier/{scenario.id}").get_data(as_text=True)
        assert swedish_in(html) == [], scenario.id


@pytest.mark.parametrize("explain", [False, True])
@pytest.mark.parametrize(
    ("persona", "paths"),
    [
        ("karin", ("/journal/karin/", "/journal/val", "/installningar", "/journal/maja/")),
        ("karin", ("/journal/karin/anteckningar/", "/journal/karin/vem-har-last")),
        ("karin", ("/journal/liam/", "/journal/liam/vaccinationer/", "/journal/liam/tillvaxt/")),
        ("gunnar", ("/journal/gunnar/provsvar/", "/journal/gunnar/lakemedel/")),
        ("mikael", ("/journal/mikael/anteckningar/", "/journal/mikael/provsvar/")),
        ("maja", ("/journal/maja/",)),
        ("eva", ("/journal/eva/",)),
    ],
)
def test_journal_pages(
    client: FlaskClient, persona: str, paths: tuple[str, ...], explain: bool
) -> None:
    in_english(client)
    log_in(client, persona)
    if explain:
        client.post("/demo/forklaring", data={"tillbaka": "/"})
    for path in paths:
        page = client.get(path)
        assert page.status_code in (200, 403), path
        assert swedish_in(page.get_data(as_text=True)) == [], path


def test_one_entry_of_each_set(client: FlaskClient) -> None:
    in_english(client)
    log_in(client, "anna")
    overview = client.get("/journal/anna/").get_data(as_text=True)
    for set_path in sorted(set(re.findall(r'href="(/journal/anna/[a-z]+/)"', overview))):
        listed = client.get(set_path).get_data(as_text=True)
        first = re.search(rf'href="({re.escape(set_path)}\d+)"', listed)
        if first:
            html = client.get(first.group(1)).get_data(as_text=True)
            assert swedish_in(html) == [], first.group(1)


def test_the_check_finds_swedish_outside_swedish() -> None:
    assert swedish_in('<p>Visas efter 14 dagar</p><p lang="sv">Visas <b>direkt</b></p>') == [
        "Visas efter 14 dagar"
    ]
    assert swedish_in("<p>Shown after 14 days</p>") == []
    assert swedish_in("<p>What does “vårdenhet” (care unit) mean?</p>") == []
