"""Pages that look professional, in Swedish and in English (issue 11, "Unprofessional").

Text facts a browser is not needed for: no HSA-id shown to a citizen, one
decimal sign per page, children's ages in calendar months, one date form per
sentence, a glossary marker every font can draw, a print view with nothing to
click, and an access log whose rows speak the page's language. What only a
browser shows (line breaks, the header's layout) is in e2e/test_layout.py.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from sqlalchemy import text

from demo.presenters.staff import LOG_ACTIONS, known_profession, profession_name
from demo.store.engines import read_only_engine

ROOT = Path(__file__).resolve().parents[2]
STYLESHEET = ROOT / "static" / "css" / "site.css"

# Elements whose text is one run of prose (a sentence or a cell) for the checks below.
BLOCKS = {
    "p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "caption", "figcaption",
    "summary", "title", "desc", "button", "label", "legend", "option", "a",
}  # fmt: skip
SKIPPED = {"script", "style"}
VOID = {"input", "br", "img", "meta", "link", "hr", "source", "wbr"}


@dataclass
class Block:
    text: str
    lang: str  # the nearest lang attribute


@dataclass
class _Open:
    tag: str
    lang: str
    parts: list[str] = field(default_factory=list)


class TextBlocks(HTMLParser):
    """A page's text, cut at block elements; each piece knows its language."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = [_Open("#root", "")]
        self.blocks: list[Block] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        if tag in SKIPPED:
            self.skipping += 1
        lang = dict(attrs).get("lang") or self.stack[-1].lang
        if tag in BLOCKS:
            self._flush()
        self.stack.append(_Open(tag, lang))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or not any(opened.tag == tag for opened in self.stack[1:]):
            return
        if tag in SKIPPED:
            self.skipping -= 1
        while True:
            opened = self.stack.pop()
            self._emit(opened)
            if opened.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.stack[-1].parts.append(data)

    def _flush(self) -> None:
        # Text before a nested block belongs to the enclosing element's own piece.
        top = self.stack[-1]
        self._emit(_Open(top.tag, top.lang, top.parts))
        top.parts = []

    def _emit(self, opened: _Open) -> None:
        joined = " ".join("".join(opened.parts).split())
        if opened.tag not in BLOCKS and self.stack and opened.lang == self.stack[-1].lang:
            # Inline text in the same language joins its parent's piece.
            self.stack[-1].parts.append(" " + joined + " ")
            return
        if joined:
            self.blocks.append(Block(joined, opened.lang))


def blocks(html: str) -> list[Block]:
    parser = TextBlocks()
    parser.feed(html)
    parser.close()
    return parser.blocks


def page(client: FlaskClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.get_data(as_text=True)


def log_in(client: FlaskClient, person_id: str) -> None:
    response = client.post(f"/logga-in/bankid/{person_id}")
    assert response.status_code == 302, response.status_code


def entry_ids(html: str, set_key: str) -> list[int]:
    return [int(found) for found in re.findall(rf'href="/journal/[^/]+/{set_key}/(\d+)"', html)]


def english(path: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}lang=en"


# --- No HSA-id for citizens -----------------------------------------------------------


def test_pages_show_no_hsa_ids_but_the_api_keeps_them(client: FlaskClient) -> None:
    log_in(client, "gunnar")
    paths = ["/journal/gunnar/", "/journal/gunnar/vem-har-last"]
    for set_key in ("anteckningar", "provsvar", "lakemedel", "vaccinationer"):
        listed = page(client, f"/journal/gunnar/{set_key}/")
        first = entry_ids(listed, set_key)[0]
        paths += [f"/journal/gunnar/{set_key}/", f"/journal/gunnar/{set_key}/{first}"]
    api = client.get("/api/v1/subjects/gunnar/entries").get_json()
    hsa_ids = {entry["unit"]["hsa_id"] for entry in api["entries"]}
    assert hsa_ids, "the API for testers names each unit's HSA-id"
    for path in paths:
        for lang_path in (path, english(path)):
            html = page(client, lang_path)
            assert "HSA" not in html, lang_path
            assert not [hsa for hsa in hsa_ids if hsa in html], lang_path


# --- One decimal sign per page -----------------------------------------------------------

# A number with a decimal part, not inside a word or code ("E10.9", "2026-11-26", "v1.2").
DOT_DECIMAL = re.compile(r"(?<![\w.,\-/])\d+\.\d+(?![\w.])")
COMMA_DECIMAL = re.compile(r"(?<![\w.,\-/])\d+,\d+(?![\w,])")
# English groups thousands with a comma ("1,250"): three digits after it, not a decimal.
ENGLISH_GROUPING = re.compile(r"^\d{1,3}(,\d{3})+$")


def decimals_in(html: str, lang: str) -> tuple[set[str], set[str]]:
    """The page's numbers with a decimal point and with a decimal comma, outside Swedish
    clinical text on an English page (it stays Swedish, lang="sv")."""
    dots: set[str] = set()
    commas: set[str] = set()
    for block in blocks(html):
        if lang == "en" and block.lang == "sv":
            continue
        dots |= set(DOT_DECIMAL.findall(block.text))
        commas |= {c for c in COMMA_DECIMAL.findall(block.text) if not ENGLISH_GROUPING.match(c)}
    return dots, commas


def decimal_pages(client: FlaskClient) -> Iterator[str]:
    """Pages with measured values: growth (list, curves, tables, an entry) and lab results
    (an entry with trends), and a list of lab results."""
    log_in(client, "karin")
    growth = page(client, "/journal/liam/tillvaxt/")
    yield "/journal/liam/tillvaxt/"
    yield f"/journal/liam/tillvaxt/{entry_ids(growth, 'tillvaxt')[0]}"
    log_in(client, "gunnar")
    results = page(client, "/journal/gunnar/provsvar/")
    yield "/journal/gunnar/provsvar/"
    for entry_id in entry_ids(results, "provsvar")[:3]:
        yield f"/journal/gunnar/provsvar/{entry_id}"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_number_on_a_page_has_the_languages_decimal_sign(
    client: FlaskClient, lang: str
) -> None:
    checked = 0
    for path in decimal_pages(client):
        html = page(client, path if lang == "sv" else english(path))
        dots, commas = decimals_in(html, lang)
        if lang == "sv":
            assert not dots, (path, sorted(dots)[:10])
            checked += len(commas)
        else:
            assert not commas, (path, sorted(commas)[:10])
            checked += len(dots)
    assert checked > 50, "the pages show decimal numbers"


def test_the_api_keeps_numbers_as_json_numbers(client: FlaskClient) -> None:
    log_in(client, "karin")
    for lang in ("sv", "en"):
        body = client.get(f"/api/v1/subjects/liam/entries?set=tillvaxt&lang={lang}").get_json()
        details = [entry["details"] for entry in body["entries"]]
        assert details and all(isinstance(d["length_cm"], int | float) for d in details)
        assert any(isinstance(d["weight_kg"], float) for d in details)


# --- Growth ages in calendar months ------------------------------------------------------


def calendar_months(birth: date, day: date) -> int:
    """Completed calendar months, counted here independently of the app."""
    months = (day.year - birth.year) * 12 + day.month - birth.month
    last_day = calendar.monthrange(day.year, day.month)[1]
    return months - (day.day < min(birth.day, last_day))


def test_growth_ages_are_calendar_months_as_bvc_writes_them(client: FlaskClient) -> None:
    """Every age in Liam's growth table is counted in calendar months from his birth (the
    exact month boundaries, where a 30.4-day month said "2 månader" at 3 months to the day,
    are in tests/unit/test_growth_charts.py); under two months in days, then weeks."""
    log_in(client, "karin")
    html = page(client, "/journal/liam/tillvaxt/")
    table = re.search(r'<table [^>]*data-chart="chart-length">.*?</table>', html, re.S)
    assert table is not None
    drawn = re.findall(r'<circle [^>]*data-x-value="(\d+)"', html.split('id="chart-length"')[1])
    rows = re.findall(
        r'<time datetime="([\d-]+)">.*?<td data-label="Ålder">([^<]+)</td>', table.group(0), re.S
    )
    assert len(rows) >= 10
    births = {
        date.fromisoformat(day) - timedelta(days=int(days))
        for (day, _age), days in zip(rows, drawn, strict=False)
    }
    assert len(births) == 1
    birth = births.pop()
    for day_text, age in rows:
        day = date.fromisoformat(day_text)
        months = calendar_months(birth, day)
        if months >= 24:
            years, rest = divmod(months, 12)
            expected = f"{years} år"
            if rest:
                expected += f" och {rest} {'månad' if rest == 1 else 'månader'}"
        elif months >= 2:
            expected = f"{months} månader"
        else:
            days = (day - birth).days
            expected = f"{days} dagar" if days < 14 else f"{days // 7} veckor"
        assert age.strip() == expected, (day_text, age)


# --- One date form per sentence ----------------------------------------------------------

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
MONTHS = (
    "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
LONG_DATE = re.compile(rf"\b\d{{1,2}} (?:{MONTHS}) \d{{4}}\b")


def sentences(html: str) -> Iterator[str]:
    for block in blocks(html):
        yield from re.split(r"(?<=[.!?])\s+", block.text)


def test_a_sentence_writes_its_dates_one_way(client: FlaskClient) -> None:
    """Explain mode's "Visas från 28 november 2026: … den signeras den 2026-11-28 …", a
    region's "före 2015-01-01" and a trend's description wrote both forms."""
    paths = ["/regioner"]
    log_in(client, "mikael")
    client.post("/demo/forklaring", data={"tillbaka": "/"})
    paths += ["/journal/mikael/anteckningar/", "/journal/mikael/provsvar/"]
    both_forms_seen = 0
    for lang in ("sv", "en"):
        for path in paths:
            html = page(client, path if lang == "sv" else english(path))
            for sentence in sentences(html):
                iso, long = ISO_DATE.search(sentence), LONG_DATE.search(sentence)
                assert not (iso and long), (path, sentence)
                both_forms_seen += bool(long)
    log_in(client, "gunnar")
    results = page(client, "/journal/gunnar/provsvar/")
    trend = page(client, f"/journal/gunnar/provsvar/{entry_ids(results, 'provsvar')[0]}")
    descriptions = re.findall(r"<desc [^>]*>(.*?)</desc>", trend, re.S)
    assert descriptions
    for description in descriptions:
        assert not ISO_DATE.search(unescape(description)), description
        assert LONG_DATE.search(unescape(description)), description
    assert both_forms_seen, "the explanations name their dates"


# --- The glossary marker -----------------------------------------------------------------


def test_the_glossary_marker_is_drawn_not_a_character_fonts_may_lack(
    client: FlaskClient,
) -> None:
    assert "ⓘ" not in STYLESHEET.read_text(encoding="utf-8")
    log_in(client, "gunnar")
    results = page(client, "/journal/gunnar/provsvar/")
    html = page(client, f"/journal/gunnar/provsvar/{entry_ids(results, 'provsvar')[0]}")
    assert "ⓘ" not in html and "&#9432;" not in html.lower()
    summaries = re.findall(r'<details class="term"[^>]*><summary>(.*?)</summary>', html, re.S)
    assert summaries
    for summary in summaries:
        icon = re.match(r"<svg [^>]*>", summary)
        assert icon is not None and 'aria-hidden="true"' in icon.group(0), summary
        # The control's name is its words.
        words = re.sub(r"<svg.*?</svg>", "", summary, flags=re.S)
        assert re.fullmatch(r"Vad betyder ”[^”]+”\?", unescape(words).strip()), words


# --- The print view ------------------------------------------------------------------------


def test_the_print_view_has_nothing_to_click_but_says_demo(client: FlaskClient) -> None:
    log_in(client, "gunnar")
    results = page(client, "/journal/gunnar/provsvar/")
    entry_id = entry_ids(results, "provsvar")[0]
    for path in ("/journal/gunnar/provsvar/", f"/journal/gunnar/provsvar/{entry_id}"):
        screen = page(client, path)
        assert 'class="breadcrumbs"' in screen and 'class="demo-tools"' in screen
        printed = page(client, f"{path}?utskrift=1")
        for tool in (
            'class="breadcrumbs"',
            'class="demo-tools"',
            'class="skip-link"',
            'data-testid="language-switch"',
            'data-testid="print-link"',
            'class="filters"',
            'data-testid="explain-toggle"',
        ):
            assert tool not in printed, (path, tool)
        assert "DEMO – fiktiva uppgifter" in printed


def test_printing_any_page_hides_the_tools_and_keeps_the_demo_label() -> None:
    """The stylesheet's print rules: what a browser prints of an ordinary page."""
    css = STYLESHEET.read_text(encoding="utf-8")
    hidden = set()
    for rules in re.findall(r"@media print \{(.*?)\n\}", css, re.S):
        for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", rules):
            if "display: none" in body:
                hidden |= {selector.strip() for selector in selectors.split(",")}
    for tool in (
        ".breadcrumbs",
        ".filters",
        ".pagination",
        ".skip-link",
        ".term",
        ".print-link",
        ".site-header",
    ):
        assert tool in hidden, tool
    # The banner's demo tools go; its label ("DEMO – fiktiva uppgifter") stays.
    assert ".demo-banner" not in hidden
    assert ".demo-banner > :not(.demo-banner__label)" in hidden


# --- The access log in English -------------------------------------------------------------


def log_rows(html: str) -> list[list[str]]:
    rows = re.findall(r'<tr data-testid="log-row">(.*?)</tr>', html, re.S)
    return [
        [
            " ".join(unescape(re.sub(r"<[^>]+>", " ", cell)).split())
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        for row in rows
    ]


def test_the_access_log_rows_speak_the_pages_language(client: FlaskClient) -> None:
    log_in(client, "anna")
    swedish = log_rows(page(client, "/journal/anna/vem-har-last"))
    english_rows = log_rows(page(client, "/journal/anna/vem-har-last?lang=en"))
    assert len(swedish) == len(english_rows) > 5
    swedish_words = {"Läste", "Dokumenterade", "Läkare", "Sjuksköterska", "läst", "utskrift"}
    for (sv_time, sv_unit, sv_who, sv_what), (time, unit, who, what) in zip(
        swedish, english_rows, strict=True
    ):
        assert (time, unit) == (sv_time, sv_unit)  # times as records write them; units' names
        name, _comma, profession = who.partition(", ")
        assert sv_who.startswith(name + ", ")
        assert profession != sv_who.partition(", ")[2], who  # the profession, in English
        assert what != sv_what and what, what  # "Read the record", not "Läste"
        assert not swedish_words & set(re.findall(r"\w+", f"{who} {what}")), (who, what)
    html = page(client, "/journal/anna/vem-har-last?lang=en")
    assert re.search(r'<td data-label="Care unit"><span lang="sv">', html)


def test_every_profession_and_action_the_world_uses_has_an_english_form(
    client: FlaskClient, database_url: str
) -> None:
    engine = read_only_engine(database_url)
    with engine.connect() as connection:
        distinct = "select distinct {} from access_log"
        professions = set(connection.execute(text(distinct.format("staff_profession"))).scalars())
        actions = set(connection.execute(text(distinct.format("action"))).scalars())
    engine.dispose()
    assert professions and actions
    assert not [p for p in professions if not known_profession(p)]
    assert actions <= set(LOG_ACTIONS)
    with client.application.test_request_context("/?lang=en"):
        english_forms = {p: profession_name(p) for p in professions}
    untranslated = [p for p, english_form in english_forms.items() if english_form == p]
    assert not untranslated
