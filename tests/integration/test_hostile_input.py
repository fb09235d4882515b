"""Hostile input to every route: malformed, oversized and forged values in the path, the
query string, the form, the headers and the cookie, as a logged-out visitor and as
logged-in personas.

Properties: never a 5xx, never a stack trace, never the personnummer or full name of
someone the viewer may not see; nothing a visitor sends changes the seeded data or
another visitor's pages. Table tests below pin the notable cases.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from http.cookies import SimpleCookie
from urllib.parse import quote, urlencode, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect
from werkzeug.test import TestResponse

from demo import create_app, visitor
from demo.clock import DEFAULT_DEMO_DATE
from demo.domain import access
from demo.store.models import Guardianship, Person
from tests.support import ROOT, SEEDED, Fingerprint, database_fingerprint, log_in

HOSTILE_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure is never a fluke
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

VIEWERS: tuple[str | None, ...] = (None, "anna", "johan", "karin", "peter", "teo", "eva")

# Public pages that legitimately show the cast (names and personnummer) to everyone: the
# picker, the API's cast, the scenario catalogue, and the picker's own answer when a
# persona cannot log in ("Tomasz Nowak kan inte logga in").
CAST_ENDPOINTS = frozenset(
    {
        "auth.choose_persona",
        "auth.log_in",
        "api.personas",
        "scenarios.catalogue",
        "scenarios.confirm",
    }
)

# --- The world and what each viewer may not see --------------------------------------------


@dataclass(frozen=True)
class World:
    people: dict[str, access.PersonFacts]
    names: dict[str, str]
    personnummer: dict[str, str]
    guardianships: dict[tuple[str, str], access.GuardianshipFacts]
    can_log_in: frozenset[str]

    def forbidden(self, viewer: str | None, today: date) -> frozenset[str]:
        """Everyone whose journal the viewer may not read today and who is not listed
        for them (a guardian sees the name of a listed-but-refused child)."""
        if viewer is None or viewer not in self.can_log_in:
            return frozenset(self.people)
        hidden = set()
        for subject, facts in self.people.items():
            if subject == viewer:
                continue
            decision = access.journal_access(
                self.people[viewer], facts, self.guardianships.get((viewer, subject)), today
            )
            if not (decision.allowed or decision.listed_for_guardian):
                hidden.add(subject)
        return frozenset(hidden)

    def leaks(self, text: str, viewer: str | None, today: date) -> list[str]:
        found = []
        for person in self.forbidden(viewer, today):
            pnr = self.personnummer[person]
            for needle in (self.names[person], pnr, f"{pnr[:8]}-{pnr[8:]}"):
                if needle in text:
                    found.append(f"{person}: {needle!r}")
        return found


@pytest.fixture(scope="module")
def world(database_url: str) -> World:
    engine = create_engine(database_url)
    with Session(engine) as session:
        people = list(session.scalars(select(Person)))
        world = World(
            people={p.id: p.facts() for p in people},
            names={p.id: p.name for p in people},
            personnummer={p.id: p.personnummer for p in people},
            guardianships={
                (g.guardian_id, g.child_id): g.facts()
                for g in session.scalars(select(Guardianship))
            },
            can_log_in=frozenset(
                p.id
                for p in people
                if p.persona_order is not None and access.login_refusal(p.facts()) is None
            ),
        )
    engine.dispose()
    return world


@pytest.fixture(scope="module")
def hostile_app(database_url: str) -> Flask:
    return create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "DEMO_TODAY": DEFAULT_DEMO_DATE,
            "WTF_CSRF_ENABLED": False,
        }
    )


@pytest.fixture(scope="module")
def session_cookies(hostile_app: Flask) -> dict[str | None, str]:
    """Each viewer's logged-in session cookie (sent by hand, so every example starts alike)."""
    cookies: dict[str | None, str] = {None: ""}
    for viewer in VIEWERS:
        if viewer is None:
            continue
        client = hostile_app.test_client()
        log_in(client, viewer)
        cookie = client.get_cookie("session")
        assert cookie is not None
        cookies[viewer] = cookie.value
    return cookies


@pytest.fixture(scope="module", autouse=True)
def data_unchanged_after_the_module(
    request: pytest.FixtureRequest, database_url: str
) -> Iterator[None]:
    """After this module's tests, in whatever order they ran: the data is still as seeded."""
    yield
    seeded = request.config.stash[SEEDED][database_url]
    assert database_fingerprint(database_url) == seeded, "a hostile request changed the data"


# --- Sending and judging ----------------------------------------------------------------


def session_state(app: Flask, cookie: str) -> tuple[str | None, date]:
    """Who the session is logged in as, and its demo date (the server's if unmoved)."""
    if not cookie:
        return None, DEFAULT_DEMO_DATE
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    try:
        data = serializer.loads(cookie)
    except Exception:
        return None, DEFAULT_DEMO_DATE
    raw = data.get("demo_date")
    try:
        day = date.fromisoformat(raw) if isinstance(raw, str) else DEFAULT_DEMO_DATE
    except ValueError:
        day = DEFAULT_DEMO_DATE
    user = data.get("_user_id")
    return (user if isinstance(user, str) else None), day


def endpoint_of(app: Flask, path: str, method: str) -> str | None:
    adapter = app.url_map.bind("localhost")
    try:
        endpoint, _ = adapter.match(urlsplit(path).path, method=method)
    except (HTTPException, RequestRedirect, ValueError):
        return None
    return str(endpoint)


def body_text(response) -> str:  # type: ignore[no-untyped-def]
    raw = response.get_data()
    if response.is_json:
        try:
            return json.dumps(response.get_json(), ensure_ascii=False)
        except Exception:
            return raw.decode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


def check_answer(
    app: Flask,
    world: World,
    response: TestResponse,
    *,
    cookie: str,
    path: str,
    method: str,
    label: object,
) -> None:
    assert 200 <= response.status_code < 500, (response.status_code, label)
    text = body_text(response)
    assert "Traceback" not in text and 'File "/' not in text, label
    if endpoint_of(app, path, method) in CAST_ENDPOINTS:
        return
    viewer, today = session_state(app, cookie)
    leaks = world.leaks(text, viewer, today)
    assert not leaks, (viewer, today, leaks, label)


def new_session_cookie(response, old: str) -> str:  # type: ignore[no-untyped-def]
    for header in response.headers.getlist("Set-Cookie"):
        parsed: SimpleCookie = SimpleCookie()
        try:
            parsed.load(header)
        except Exception:
            continue
        if "session" in parsed:
            return parsed["session"].value
    return old


def send(
    app: Flask, world: World, cookie: str, request: HostileRequest, *, follow: bool = True
) -> None:
    """Send one hostile request as the session `cookie`, check the answer, and follow a
    redirect to a page of this site with whatever session the answer set."""
    client = app.test_client(use_cookies=False)
    headers = dict(request.headers)
    cookie_header = "; ".join(
        part for part in (f"session={cookie}" if cookie else "", request.extra_cookie) if part
    )
    if cookie_header:
        headers["Cookie"] = cookie_header
    kwargs: dict[str, object] = {"headers": headers, "query_string": request.query}
    if request.form is not None:
        kwargs["data"] = request.form
    if request.content_type is not None:
        kwargs["content_type"] = request.content_type
    response = client.open(request.path, method=request.method, **kwargs)  # type: ignore[arg-type]
    label = (request, response.status_code)
    check_answer(
        app, world, response, cookie=cookie, path=request.path, method=request.method, label=label
    )
    if not follow or response.status_code not in (301, 302, 303, 307, 308):
        return
    location = response.headers.get("Location", "")
    target = urlsplit(location)
    if target.netloc not in ("", "localhost") or not target.path.startswith("/"):
        return
    after = new_session_cookie(response, cookie)
    followed = app.test_client(use_cookies=False).get(
        target.path,
        query_string=target.query,
        headers={"Cookie": f"session={after}"} if after else {},
    )
    check_answer(
        app, world, followed, cookie=after, path=target.path, method="GET", label=(label, location)
    )


# --- What a hostile visitor sends ---------------------------------------------------------

HOSTILE_VALUES = [
    "",
    "0",
    "-1",
    "1",
    "007",
    "+1",
    " 1",
    "1 ",
    "1.0",
    "1e3",
    "0x10",
    "9" * 30,
    str(2**31),
    str(2**63 - 1),
    str(2**63),
    str(2**64),
    "1" * 5000,
    "²",  # str.isdigit() says yes, int() says no
    "³",
    "①",
    "١٢",  # Arabic-Indic digits
    "Ⅻ",
    "../",
    "..",
    "../../../../etc/passwd",
    "..%2f..%2fdemo%2f__init__.py",
    "%2e%2e%2f",
    "%00",
    "\x00",
    "a\x00b",
    "%",
    "%ff%fe",
    "%C0%AE%C0%AE%C0%AF",
    "\r\nX-Injected: 1",
    "/\r\nSet-Cookie: evil=1",
    "/\n",
    "/\r",
    "/journal/\r\n",
    "/a\nb",
    "/\x0b\x0c\x1b",
    "<script>alert(1)</script>",
    "\"'><img src=x onerror=alert(1)>",
    "' OR 1=1 --",
    "1; DROP TABLE entries",
    "{{7*7}}",
    "${7*7}",
    "%s%s%s%n",
    "anna",
    "ANNA",
    "anna ",
    "noah",
    "maja",
    "liam",
    "yara",
    "tomasz",
    "ännå",
    "🙂" * 10,
    "\u202e\u0000\ufeff",
    "\ud7ff\ue000",
    "x" * 5000,
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/journal/noah/",
    "/journal/maja/anteckningar/",
    "2026-02-30",
    "2026-13-01",
    "9999-12-31",
    "0001-01-01",
    "1989-12-31",
    "2101-01-01",
    "2026-11-26",
    "2026-12-01",
    "20261203",
    "2026-W49-4",
    "99999-01-01",
    "null",
    "None",
    "true",
    "[]",
    "{}",
    "ja",
    "nej",
    "satt",
    "plus1",
    "plus14",
    "fodelsedag",
    "aterstall",
    "show_unsigned_notes",
    "delay_all",
    "delay_signed_notes",
    "en",
    "sv",
    "xx-XX",
]

hostile_text = st.one_of(
    st.sampled_from(HOSTILE_VALUES),
    st.sampled_from(HOSTILE_VALUES),
    st.sampled_from(HOSTILE_VALUES),
    st.text(max_size=30),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)


# Values aimed at what one field is read as.
RETURN_PATHS = st.one_of(
    st.sampled_from(
        [
            "/\r\nSet-Cookie: evil=1",
            "/journal/\nX-Injected: 1",
            "/a\rb",
            "/\x00",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "https://evil.example",
            "/journal/noah/",
            "/" + "a" * 5000,
            "/ännu?x=1#y",
        ]
    ),
    hostile_text,
)
NUMBERS = st.one_of(
    st.sampled_from(["²", "³", "①", "٣", "𝟙", "9" * 5000, "0", "-1", "100001", " 1", "1_000"]),
    hostile_text,
)
DATES_TEXT = st.one_of(
    st.sampled_from(["9999-12-31", "0001-01-01", "2026-02-30", "2026-W49-4", "20261203"]),
    st.dates().map(date.isoformat),
    hostile_text,
)
# Mostly valid where a route refuses early on a bad value, so the next field is reached.
ACTIONS = st.one_of(
    st.sampled_from(["plus1", "plus14", "fodelsedag", "aterstall", "satt"]), hostile_text
)
YES_NO = st.one_of(st.sampled_from(["ja", "nej"]), hostile_text)
FIELD_VALUES = {
    "atgard": ACTIONS,
    "dolj_nya": YES_NO,
    "lang": st.one_of(st.sampled_from(["sv", "en"]), hostile_text),
    "next": RETURN_PATHS,
    "tillbaka": RETURN_PATHS,
    "sida": NUMBERS,
    "enhet": NUMBERS,
    "datum": DATES_TEXT,
    "fran": DATES_TEXT,
    "till": DATES_TEXT,
}


def field_value(name: str) -> st.SearchStrategy[str]:
    return FIELD_VALUES.get(name, hostile_text)


@st.composite
def path_segment(draw: st.DrawFn) -> str:
    value = draw(hostile_text)
    how = draw(st.sampled_from(["quote", "keep-traversal", "raw"]))
    if how == "quote":
        return quote(value, safe="")
    if how == "keep-traversal":
        return quote(value, safe="/%.")
    # Raw only where the test client can send it as it is (no query or fragment markers).
    clean = "".join(ch for ch in value if ch.isprintable() and ch not in "?#")
    return quote(clean, safe="/%.:@!$&'()*+,;=~-_") if clean.isascii() else quote(clean)


SET_KEYS = ["anteckningar", "diagnoser", "provsvar", "tillvaxt", "vardkontakter"]
SUBJECTS = ["anna", "karin", "johan", "liam", "maja", "noah", "yara", "elin", "tomasz"]


@st.composite
def get_path(draw: st.DrawFn) -> str:
    segment = path_segment()
    subject = draw(st.one_of(st.sampled_from(SUBJECTS), segment))
    set_key = draw(st.one_of(st.sampled_from(SET_KEYS), segment))
    entry = draw(st.one_of(st.integers(-5, 2000).map(str), segment))
    templates = [
        "/",
        "/healthz",
        "/regioner",
        "/logga-in",
        f"/logga-in/{draw(st.one_of(st.just('bankid'), segment))}",
        "/journal/",
        "/journal/val",
        "/installningar",
        f"/journal/{subject}/",
        f"/journal/{subject}/vem-har-last",
        f"/journal/{subject}/{set_key}/",
        f"/journal/{subject}/{set_key}/{entry}",
        "/api/v1/personas",
        "/api/v1/me",
        "/api/v1/subjects",
        "/api/v1/regions",
        "/api/v1/csrf-token",
        "/api/v1/openapi.json",
        f"/api/v1/subjects/{subject}",
        f"/api/v1/subjects/{subject}/entries",
        f"/api/v1/subjects/{subject}/entries/{entry}",
        "/scenarier/",
        f"/scenarier/{draw(st.one_of(st.just('ella-fyller-13'), segment))}",
        f"/static/{draw(segment)}",
        f"/{draw(segment)}",
    ]
    return draw(st.sampled_from(templates))


QUERY_KEYS = ["sida", "enhet", "fran", "till", "lang", "next", "set", "sparat"]


@st.composite
def query(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 9)) == 0:
        # Escapes as they are: invalid UTF-8, lone %, NUL.
        return draw(
            st.sampled_from(
                [
                    "sida=%ff%fe",
                    "fran=%c0%ae&till=%ed%a0%80",
                    "next=%2F%0D%0ASet-Cookie:%20x=1",
                    "lang=%00",
                    "enhet=%",
                    "sida=1&sida=2&sida=%ff",
                    "%ff=%ff",
                    "&&&==&",
                    "next=" + "%2F" * 2000,
                ]
            )
        )
    keys = st.one_of(st.sampled_from(QUERY_KEYS), st.sampled_from(QUERY_KEYS), st.text(max_size=8))
    pairs = [(key, draw(field_value(key))) for key in draw(st.lists(keys, max_size=4))]
    return urlencode(pairs)


FORM_KEYS = [
    "atgard",
    "datum",
    "tillbaka",
    "dolj_nya",
    "regionalt_val",
    "next",
    "csrf_token",
    "lang",
]


@st.composite
def form(draw: st.DrawFn) -> dict[str, object]:
    fields: dict[str, object] = {}
    for key in draw(st.lists(st.sampled_from(FORM_KEYS), max_size=5, unique=True)):
        if key == "regionalt_val":
            fields[key] = draw(st.lists(hostile_text, max_size=4))
        else:
            fields[key] = draw(field_value(key))
    return fields


ROUTE_FIELDS = {
    "/journal/val": ("dolj_nya", "next"),
    "/installningar": ("dolj_nya",),
    "/demo/datum": ("atgard", "datum", "tillbaka"),
    "/demo/forklaring": ("tillbaka",),
    "/sprak": ("lang", "tillbaka"),
}


@st.composite
def post_path(draw: st.DrawFn) -> str:
    person = draw(st.one_of(st.sampled_from(SUBJECTS), path_segment()))
    method = draw(st.one_of(st.sampled_from(["bankid", "freja"]), path_segment()))
    scenario = draw(st.one_of(st.just("ella-fyller-13"), path_segment()))
    return draw(
        st.sampled_from(
            [
                f"/logga-in/{method}/{person}",
                "/logga-ut",
                "/journal/val",
                "/installningar",
                "/demo/datum",
                "/demo/forklaring",
                "/demo/aterstall",
                "/sprak",
                f"/scenarier/{scenario}",
            ]
        )
    )


HEADER_VALUES = st.sampled_from(
    [
        "",
        "*",
        "en",
        "sv-SE,sv;q=0.9,en;q=0.1",
        "xx;q=abc, ;;;, en;q=2",
        "x" * 8000,
        "en-US;q=" + "9" * 400,
        "ä\u00ff",
    ]
)

JUNK_COOKIES = st.sampled_from(
    [
        "",
        "session=",
        "session=junk",
        "session=eyJfdXNlcl9pZCI6Im5vYWgifQ.forged.signature",
        "session=" + "A" * 4000,
        "session=.eJyrVopPLC3JiC8tTi2KT0nMTVWyUkpKVaoFAFyHB0w.ZZZZ.forged",
        "lang=en",
        "x=" + "y" * 5000,
        "a=b; " * 200,
        'session="\\"quoted\\""',
        "session=\x7f\x7f",
    ]
)

CONTENT_TYPES = st.sampled_from(
    [
        None,
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        "multipart/form-data; boundary=",
        "application/json",
        "text/plain; charset=utf-7",
        "application/x-www-form-urlencoded; charset=iso-8859-1",
        "junk/junk; ;; =",
    ]
)


@dataclass(frozen=True)
class HostileRequest:
    method: str
    path: str
    query: str
    form: dict[str, object] | bytes | None
    content_type: str | None
    headers: tuple[tuple[str, str], ...]
    extra_cookie: str


@st.composite
def hostile_request(draw: st.DrawFn) -> HostileRequest:
    method = draw(st.sampled_from(["GET", "GET", "GET", "POST", "POST", "HEAD", "PUT", "DELETE"]))
    path = draw(post_path() if method == "POST" else get_path())
    body: dict[str, object] | bytes | None = None
    content_type = None
    if method in ("POST", "PUT"):
        kind = draw(st.sampled_from(["form", "form", "huge", "junk"]))
        if kind == "form":
            body = draw(form())
            # The fields this route reads, always there and hostile.
            for field in ROUTE_FIELDS.get(urlsplit(path).path, ()):
                body[field] = draw(field_value(field))
            if draw(st.booleans()):
                content_type = "multipart/form-data"
        elif kind == "huge":
            body = b"atgard=plus1&tillbaka=" + b"%2F" * 34_000  # about 100 KB
            content_type = "application/x-www-form-urlencoded"
        else:
            body = draw(st.sampled_from([b"\x00\xff\xfe" * 100, b"{", b"--x\r\n" * 50, b""]))
            content_type = draw(CONTENT_TYPES)
    headers = []
    if draw(st.booleans()):
        headers.append(("Accept-Language", draw(HEADER_VALUES)))
    if draw(st.booleans()):
        headers.append(("Accept", draw(st.sampled_from(["application/json", "*/*", "x" * 3000]))))
    if draw(st.integers(0, 4)) == 0:
        headers.append(("X-Forwarded-For", draw(HEADER_VALUES)))
    return HostileRequest(
        method=method,
        path=path,
        query=draw(query()),
        form=body,
        content_type=content_type,
        headers=tuple(headers),
        extra_cookie=draw(JUNK_COOKIES),
    )


# --- The properties -------------------------------------------------------------------------


def test_seeded_data_fingerprint_taken(seeded_fingerprint: Fingerprint) -> None:
    """Taken when the database was seeded, before any test read it (tests/support.py), and
    compared after each example of test_nothing_a_visitor_sends_changes_the_data_or_another_visit,
    by test_the_data_is_still_as_seeded and after the whole module
    (`data_unchanged_after_the_module`), whatever the order."""
    assert seeded_fingerprint["entries"][0] > 1000
    assert seeded_fingerprint["people"][0] >= 20
    assert {"entries", "people", "guardianships", "seed_info"} <= set(seeded_fingerprint)


@HOSTILE_SETTINGS
@given(viewer=st.sampled_from(VIEWERS), request=hostile_request())
def test_no_hostile_request_breaks_a_page_or_leaks(
    hostile_app: Flask,
    world: World,
    session_cookies: dict[str | None, str],
    viewer: str | None,
    request: HostileRequest,
) -> None:
    send(hostile_app, world, session_cookies[viewer], request)


# The session keys the app reads: the visitor's own (demo/visitor.py names each), the
# language, Flask-Login's and Flask-WTF's.
VISITOR_KEYS = frozenset(
    value for name, value in vars(visitor).items() if name.isupper() and isinstance(value, str)
)
FORGED_KEYS = VISITOR_KEYS | {"lang", "_user_id", "_fresh", "_id", "csrf_token"}


def test_the_forged_keys_are_the_keys_the_app_reads() -> None:
    """Every key the app's code reads from the session is forged below, and only those."""
    read: set[str] = set()
    for path in (ROOT / "demo").rglob("*.py"):
        code = path.read_text()
        for name in re.findall(r"session(?:\.get\(|\.pop\(|\[)\s*([A-Z_]+)\b", code):
            read.add(getattr(visitor, name))
        read.update(re.findall(r"session(?:\.get\(|\.pop\(|\[)\s*\"([a-z_]+)\"", code))
    assert read, "found no session reads in demo/"
    assert read == VISITOR_KEYS | {"lang"}, sorted(read ^ (VISITOR_KEYS | {"lang"}))


@st.composite
def forged_session(draw: st.DrawFn) -> dict[str, object]:
    """A session as a visitor could write it if they knew the key: odd types and values."""
    odd = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**40), 2**40),
        hostile_text,
        st.lists(hostile_text, max_size=3),
        st.dictionaries(st.text(max_size=5), hostile_text, max_size=2),
    )
    data: dict[str, object] = {}
    for key in draw(
        st.lists(
            st.sampled_from(sorted(FORGED_KEYS)),
            unique=True,
            max_size=6,
        )
    ):
        if key == "_user_id":
            data[key] = draw(st.one_of(st.sampled_from([*SUBJECTS, "yara", "eva"]), odd))
        elif key == "demo_date":
            data[key] = draw(
                st.one_of(
                    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)).map(
                        date.isoformat
                    ),
                    odd,
                )
            )
        else:
            data[key] = draw(odd)
    return data


@HOSTILE_SETTINGS
@given(data=forged_session(), request=hostile_request())
def test_a_session_signed_with_odd_values_never_breaks_a_page(
    hostile_app: Flask, world: World, data: dict[str, object], request: HostileRequest
) -> None:
    """The session is signed, but the app promises to read it defensively ("a stale or
    odd session never breaks a page", demo/visitor.py). Sign odd values with the app's
    key (the development key is public) and send them with hostile requests."""
    serializer = hostile_app.session_interface.get_signing_serializer(hostile_app)  # type: ignore[attr-defined]
    try:
        cookie = serializer.dumps(data)
    except (TypeError, ValueError):
        return  # not representable in a session at all
    send(hostile_app, world, cookie, request)


def _strip_tokens(html: str) -> str:
    return re.sub(r'name="csrf_token" value="[^"]*"', "", html)


BYSTANDER_PAGES = (
    "/journal/karin/",
    "/journal/liam/anteckningar/",
    "/installningar",
    "/api/v1/me",
    "/api/v1/subjects/ella/entries",
)


@pytest.fixture(scope="module")
def bystander(hostile_app: Flask) -> Iterator[tuple[FlaskClient, dict[str, str]]]:
    """Another visitor, mid-visit: logged in as Karin, clock moved, explain mode on.

    Not `with client:`: a preserved request context would share its app context (and
    Flask-Login's cached user in `g`) with the other clients' requests.
    """
    client = hostile_app.test_client()
    log_in(client, "karin")
    client.post("/journal/val", data={"dolj_nya": "ja"})
    client.post("/demo/datum", data={"atgard": "satt", "datum": "2026-11-30"})
    client.post("/demo/forklaring")
    client.get("/")  # takes the clock's message ("Demodatum: …"), shown once
    pages = {
        path: _strip_tokens(client.get(path).get_data(as_text=True)) for path in BYSTANDER_PAGES
    }
    assert "2026-11-30" in pages["/journal/karin/"]
    yield client, pages


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    viewer=st.sampled_from(VIEWERS),
    requests=st.lists(
        hostile_request().filter(lambda r: r.method == "POST") | hostile_request(), max_size=3
    ),
)
def test_nothing_a_visitor_sends_changes_the_data_or_another_visit(
    hostile_app: Flask,
    world: World,
    session_cookies: dict[str | None, str],
    database_url: str,
    seeded_fingerprint: Fingerprint,
    bystander: tuple[FlaskClient, dict[str, str]],
    viewer: str | None,
    requests: list[HostileRequest],
) -> None:
    for request in requests:
        send(hostile_app, world, session_cookies[viewer], request, follow=False)
    assert database_fingerprint(database_url) == seeded_fingerprint
    client, pages = bystander
    for path, html in pages.items():
        assert _strip_tokens(client.get(path).get_data(as_text=True)) == html, path


# --- Table tests: notable hostile cases -------------------------------------------------------


@pytest.fixture
def anna(hostile_app: Flask) -> FlaskClient:
    client = hostile_app.test_client()
    log_in(client, "anna")
    return client


@pytest.mark.parametrize(
    "path",
    [
        "/static/../demo/__init__.py",
        "/static/..%2fdemo%2f__init__.py",
        "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/....//....//etc/passwd",
        "/static/css/../../../pyproject.toml",
        "/static/%00",
        "/journal/../api/v1/me",
        "/journal/anna/../noah/",
        "/journal/anna/%2e%2e/noah/",
        "/journal/%2e%2e/",
        "/journal/noah%00/",
        "/journal/anna%2fnoah/",
        "/journal/anna/anteckningar/%2e%2e%2f1",
    ],
)
def test_path_traversal_reads_no_file_and_no_journal(anna: FlaskClient, path: str) -> None:
    response = anna.get(path)
    text = response.get_data(as_text=True)
    assert response.status_code < 500, path
    assert "import" not in text and "[project]" not in text and "root:" not in text, path
    assert "Noah" not in text and "201707192397" not in text, path


@pytest.mark.parametrize(
    "entry_id",
    ["0", "-1", str(2**63 - 1), str(2**63), str(2**64), "9" * 400, "1" * 5000, "1.0", "1e3"],
)
def test_entry_ids_out_of_range_are_not_found(anna: FlaskClient, entry_id: str) -> None:
    for path in (
        f"/journal/anna/anteckningar/{entry_id}",
        f"/api/v1/subjects/anna/entries/{entry_id}",
    ):
        assert anna.get(path).status_code == 404, path


@pytest.mark.parametrize(
    "query_string",
    [
        "sida=%ff%fe",
        "fran=%c0%ae",
        "till=%ed%a0%80",
        "enhet=%ff",
        "lang=%ff",
        "enhet=" + "9" * 5000,
        "fran=" + "2" * 5000,
    ],
)
def test_invalid_utf8_and_oversized_query_values_are_refused_cleanly(
    anna: FlaskClient, query_string: str
) -> None:
    for path in ("/journal/anna/anteckningar/", "/api/v1/subjects/anna/entries"):
        response = anna.get(path, query_string=query_string)
        assert response.status_code in (200, 400), (path, query_string, response.status_code)


@pytest.mark.parametrize("sida", ["²", "³", "¹", "①", "9" * 5000])
def test_page_numbers_int_cannot_read_are_a_bad_request(anna: FlaskClient, sida: str) -> None:
    """str.isdigit() accepts superscripts, circled digits and 5000 digits; int() does not
    (the last over Python's 4300-digit limit): each must be a 400, not a 500."""
    for path in (
        "/journal/anna/anteckningar/",
        "/journal/anna/vem-har-last",
        "/api/v1/subjects/anna/entries",
    ):
        response = anna.get(path, query_string={"sida": sida})
        assert response.status_code == 400, (path, sida, response.status_code)


@pytest.mark.parametrize(
    ("path", "field", "extra"),
    [
        ("/journal/val", "next", {"dolj_nya": "nej"}),
        ("/demo/datum", "tillbaka", {"atgard": "plus1"}),
        ("/demo/forklaring", "tillbaka", {}),
        ("/sprak", "tillbaka", {"lang": "sv"}),
    ],
)
@pytest.mark.parametrize(
    "target", ["/\r\nSet-Cookie: evil=1", "/journal/\nX-Injected: 1", "/a\rb", "/\x00x"]
)
def test_control_characters_in_a_return_path_are_not_a_server_error(
    anna: FlaskClient, path: str, field: str, extra: dict[str, str], target: str
) -> None:
    response = anna.post(path, data={**extra, field: target})
    assert response.status_code in (302, 303, 400), (path, field, response.status_code)
    assert "evil" not in str(response.headers.get("Set-Cookie", ""))
    assert "X-Injected" not in response.headers


def test_control_characters_in_next_when_logging_in(hostile_app: Flask) -> None:
    """Teo cannot read anything, so logging in redirects straight to `next`."""
    client = hostile_app.test_client()
    response = client.post("/logga-in/bankid/teo", query_string={"next": "/\r\nX-Injected: 1"})
    assert response.status_code in (302, 303, 400), response.status_code
    assert "X-Injected" not in response.headers


@pytest.mark.parametrize(
    "cookie",
    [
        "session=" + "A" * 5000,
        "session=" + "x.y.z" * 2000,
        "session=eyJfdXNlcl9pZCI6ImFubmEifQ.ZZZZZZ.not-a-signature",
        "session=.eJyrVopPLC3JiC8tTi2KT0nMTVWyUkpKVaoFAFyHB0w.AAAA.forged",
        "session=" + "%ff" * 300,
        "a=" + "b" * 8000,
    ],
    ids=["oversized", "dotted", "unsigned-anna", "forged-compressed", "percent-junk", "big-other"],
)
def test_forged_or_oversized_cookies_log_nobody_in(hostile_app: Flask, cookie: str) -> None:
    client = hostile_app.test_client(use_cookies=False)
    for path in ("/", "/journal/anna/", "/api/v1/me", "/installningar"):
        response = client.get(path, headers={"Cookie": cookie})
        assert response.status_code in (200, 302, 401), (path, response.status_code)
        assert "Lindqvist" not in response.get_data(as_text=True), path


@pytest.mark.parametrize("demo_date", ["9999-12-31", "9999-12-25", "0001-01-01", "1900-01-01"])
@pytest.mark.parametrize("action", ["plus1", "plus14", "fodelsedag", "aterstall"])
def test_a_signed_session_with_a_date_outside_the_range_never_breaks(
    hostile_app: Flask, demo_date: str, action: str
) -> None:
    """visitor.set_clock keeps the clock within 1990–2100; a session from elsewhere (an older
    version, or signed with the public development key) may not: it must still not 500."""
    serializer = hostile_app.session_interface.get_signing_serializer(hostile_app)  # type: ignore[attr-defined]
    cookie = serializer.dumps({"_user_id": "karin", "_fresh": True, "demo_date": demo_date})
    client = hostile_app.test_client(use_cookies=False)
    headers = {"Cookie": f"session={cookie}"}
    for path in ("/journal/karin/", "/journal/karin/anteckningar/", "/api/v1/me"):
        assert client.get(path, headers=headers).status_code < 500, (demo_date, path)
    response = client.post("/demo/datum", data={"atgard": action}, headers=headers)
    assert response.status_code in (302, 400), (demo_date, action, response.status_code)


def test_huge_bodies_and_junk_content_types(anna: FlaskClient) -> None:
    huge = b"dolj_nya=ja&next=" + b"%2F" * 34_000  # about 100 KB
    for path in ("/journal/val", "/installningar", "/demo/datum", "/demo/forklaring"):
        for content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json",
            "junk/junk; ;; =",
        ):
            response = anna.post(path, data=huge, content_type=content_type)
            assert response.status_code < 500, (path, content_type, response.status_code)


def test_csrf_is_enforced_with_junk_tokens(database_url: str) -> None:
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "DEMO_TODAY": DEFAULT_DEMO_DATE,
            "WTF_CSRF_ENABLED": True,
        }
    )
    client = app.test_client()
    for token in ("", "junk", "x" * 5000, "\x00", "IjEi.ZZZ.forged"):
        for path, data in (
            ("/logga-in/bankid/anna", {}),
            ("/demo/datum", {"atgard": "plus1"}),
            ("/demo/aterstall", {}),
            ("/scenarier/ella-fyller-13", {}),
        ):
            response = client.post(path, data={**data, "csrf_token": token})
            assert response.status_code == 400, (path, token, response.status_code)
    assert client.get("/api/v1/me").status_code == 401  # nobody got logged in


def test_the_data_is_still_as_seeded(database_url: str, seeded_fingerprint: Fingerprint) -> None:
    """Whatever ran before in this process left the data as seeded (what runs after is
    checked when the module ends, by `data_unchanged_after_the_module`)."""
    assert database_fingerprint(database_url) == seeded_fingerprint


def test_the_fingerprint_is_stable_and_covers_entries(database_url: str) -> None:
    first = database_fingerprint(database_url)
    assert first["entries"][0] > 1000
    assert first == database_fingerprint(database_url)
    assert {"entries", "people", "guardianships"} <= set(first)
