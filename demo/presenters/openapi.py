"""The OpenAPI 3.1 description of JSON API v1 (served at /api/v1/openapi.json).

Written by hand next to demo/views/api.py; tests validate the document, check
that every field, parameter and body is described, and check the live API
against it (schemathesis), so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

from typing import Any

from demo.domain.access import Category, Hidden, Reason, RegionalChoice, UnsignedNotes
from demo.domain.scenarios import SCENARIOS
from demo.presenters.information_sets import INFORMATION_SETS
from demo.presenters.personas import PersonaGroup
from demo.visitor import EARLIEST_DATE, LATEST_DATE

SET_KEYS = [info_set.key for info_set in INFORMATION_SETS]
REASONS = [reason.value for reason in Reason]
REGIONAL_CHOICES = [choice.value for choice in RegionalChoice]
CLOCK_RANGE = f"between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}"
# A day the demo clock can show: YYYY-MM-DD from 1990 to 2100 (the range above).
CLOCK_DAY = {
    "type": "string",
    "format": "date",
    "pattern": "^(199[0-9]|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
}


def _ref(name: str, description: str | None = None) -> dict[str, str]:
    ref = {"$ref": f"#/components/schemas/{name}"}
    return {**ref, "description": description} if description else ref


def _object(
    properties: dict[str, Any],
    *,
    optional: tuple[str, ...] = (),
    description: str | None = None,
    closed: bool = False,
) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
    }
    if description:
        schema["description"] = description
    if closed:
        schema["additionalProperties"] = False
    return schema


def _string(description: str, **more: Any) -> dict[str, Any]:
    return {"type": "string", "description": description, **more}


def _date(description: str, *, nullable: bool = False) -> dict[str, Any]:
    kind: str | list[str] = ["string", "null"] if nullable else "string"
    return {"type": kind, "format": "date", "description": description}


def _datetime(description: str, *, nullable: bool = False) -> dict[str, Any]:
    kind: str | list[str] = ["string", "null"] if nullable else "string"
    return {
        "type": kind,
        "description": description + " (local time in Sweden, ISO 8601 without offset)",
    }


def _strings(description: str, **items: Any) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string", **items}, "description": description}


WORLD = _object(
    {
        "seed": {"type": "integer", "description": "The seed number the world was built from"},
        "fingerprint": _string(
            "A digest of the seeded world: the same on every server built from the same "
            "code and settings"
        ),
    },
    description="Which world this server serves",
)

UNTIL = (
    "The first day without access, for a grant that ends on a known day (a child's "
    "13th birthday, a 16th birthday); null otherwise. The pages say access holds "
    '"till och med" (up to and including) the day before: `last_day`'
)

SCHEMAS: dict[str, Any] = {
    "Error": _object(
        {
            "error": _string(
                "A stable code: bad_request, not_logged_in, not_found, method_not_allowed, "
                "csrf_failed, internal_error, or for a refusal the rules' reason (as "
                "Decision.reason)"
            ),
            "message": _string(
                "What went wrong, in the visitor's language (?lang=, the language chosen "
                "on the pages, else Accept-Language; Swedish by default)"
            ),
            "status": {"type": "integer", "description": "The HTTP status, repeated"},
            "parameter": _string(
                "The parameter at fault: a query parameter, a JSON field (or `body` for "
                "the body as a whole), a path parameter, or the X-CSRF-Token header"
            ),
            "access": _ref("Decision", "A refused journal: the access decision behind it"),
        },
        optional=("parameter", "access"),
        description="Every error answer of /api/v1",
    ),
    "Person": _object(
        {
            "id": _string("The person's id in the demo (URLs and data-testid values use it)"),
            "name": _string("Full name"),
            "personnummer": _string(
                "As the pages show it: YYYYMMDD-NNNN (the cast: Skatteverket's test "
                "numbers; a samordningsnummer alike), or, for an extra patient, DEMO and "
                "eight digits: never a real personnummer",
                pattern="^([0-9]{8}-[0-9]{4}|DEMO[0-9]{8})$",
            ),
            "personnummer_compact": _string(
                "The same number without the hyphen (twelve characters), as stored",
                pattern="^([0-9]{12}|DEMO[0-9]{8})$",
            ),
            "identity_kind": _string(
                "personnummer, or samordningsnummer (who cannot log in with an e-ID)",
                enum=["personnummer", "samordningsnummer"],
            ),
            "birth_date": _date("Date of birth"),
            "age": {"type": "integer", "description": "Age in whole years on the demo date"},
            "region": _string("Home region, by name"),
            "region_id": _string("Home region's id (as in /api/v1/regions)"),
        },
        description="A person of the demo's world",
    ),
    "Persona": {
        "allOf": [
            _ref("Person"),
            _object(
                {
                    "group": _string(
                        "The persona picker's group on the demo date",
                        enum=[group.value for group in PersonaGroup],
                    ),
                    "scenario": _string("Who the persona is (true on any demo date)"),
                    "shows": _string("What the persona shows of the rules (any demo date)"),
                    "today": _strings(
                        "What the persona may read on the demo date and the next change, "
                        "in sentences from the rules"
                    ),
                    "guardian_of": _strings("Ids of the children they are registered guardian of"),
                    "can_read_own": {
                        "type": "boolean",
                        "description": "Whether they may read their own journal on the demo date",
                    },
                }
            ),
        ],
        "description": "A person of the cast (the persona picker)",
    },
    "Decision": _object(
        {
            "allowed": {
                "type": "boolean",
                "description": "Whether the viewer may read this journal on the demo date",
            },
            "reason": _string("The rules' reason code for the decision", enum=REASONS),
            "unit_ids": {
                "type": ["array", "null"],
                "items": {"type": "integer"},
                "description": "null: every care unit; otherwise only entries from these "
                "units are shown (extended or early access)",
            },
            "from_date": _date(
                "The day a refusal ends and access begins (own journal: the 16th "
                "birthday); null when no such day is known",
                nullable=True,
            ),
            "until": _date(UNTIL, nullable=True),
            "last_day": _date(
                'The last day a grant that ends holds: the day before `until` ("till och '
                'med" on the pages); null when `until` is',
                nullable=True,
            ),
        },
        description="May the viewer read this journal today, and why",
    ),
    "Subject": _object(
        {
            "person": _ref("Person", "Whose journal"),
            "is_self": {"type": "boolean", "description": "The viewer's own journal"},
            "access": _ref("Decision", "The viewer's access to it"),
        },
        description="A journal the viewer acts for (their own, or a child's)",
    ),
    "SubjectOverview": {
        "allOf": [
            _ref("Subject"),
            _object(
                {
                    "counts": {
                        "type": "object",
                        "additionalProperties": {"type": "integer"},
                        "description": "Entries shown per information set (every set "
                        "listed, zeros too), as the overview page counts them",
                    }
                }
            ),
        ],
        "description": "A subject with the overview page's counts",
    },
    "Entry": _object(
        {
            "id": {"type": "integer", "description": "The entry id (data-entry-id on the pages)"},
            "set": _string("Its information set (data-entry-kind)", enum=SET_KEYS),
            "category": _string(
                "What kind of entry, within its set",
                enum=[category.value for category in Category],
            ),
            "title": _string("The entry's heading"),
            "document_time": _datetime("When it was written or took place"),
            "author": _object(
                {
                    "name": _string("Who wrote it"),
                    "profession": _string("Their profession"),
                },
                description="Who wrote it",
            ),
            "unit": _object(
                {
                    "id": {"type": "integer", "description": "Care unit id (the `enhet` filter)"},
                    "name": _string("Care unit name"),
                    "hsa_id": _string("The unit's HSA id (made up)"),
                },
                description="The care unit it comes from",
            ),
            "provider": _object(
                {
                    "name": _string("Care provider name"),
                    "hsa_id": _string("The provider's HSA id (made up)"),
                },
                description="The care provider the unit belongs to",
            ),
            "region": _object(
                {"id": _string("Region id"), "name": _string("Region name")},
                description="The region whose rules apply to it",
            ),
            "signed": {
                "oneOf": [
                    {"type": "null"},
                    _object(
                        {
                            "at": _datetime("When it was signed"),
                            "by": _string("Who signed it"),
                        }
                    ),
                ],
                "description": "Its signature, once signed on or before the demo date; "
                "null while unsigned",
            },
            "reviewed_at": _datetime(
                "When a result was reviewed (vidimerat), once that has happened; null otherwise",
                nullable=True,
            ),
            "care_contact_id": {
                "type": ["integer", "null"],
                "description": "The care contact (vårdkontakt) it belongs to, if any",
            },
            "details": {
                "type": "object",
                "description": "The information set's own fields (left out for hidden entries)",
            },
        },
        optional=("details",),
        description="A journal entry as of the demo date",
    ),
    "HiddenEntry": {
        "allOf": [
            _ref("Entry"),
            _object(
                {
                    "hidden_because": _string(
                        "Why it is not shown yet", enum=[h.value for h in Hidden]
                    ),
                    "shown_from": _date(
                        "The day it will be shown, if a day will show it", nullable=True
                    ),
                    "explanation": _string("The rule, in words"),
                }
            ),
        ],
        "description": "Explain mode: an entry a day, a signature or a review will show",
    },
    "EntryPage": _object(
        {
            "subject": _ref("Subject", "Whose journal"),
            "set": {
                "type": ["string", "null"],
                "description": "The information set asked for (null: every set)",
            },
            "page": {"type": "integer", "minimum": 1, "description": "This page's number"},
            "pages": {"type": "integer", "minimum": 1, "description": "How many pages there are"},
            "page_size": {"type": "integer", "description": "Entries per page (20)"},
            "total": {
                "type": "integer",
                "minimum": 0,
                "description": "Entries matching the filters (all pages)",
            },
            "entries": {
                "type": "array",
                "items": _ref("Entry"),
                "description": "This page's entries, newest first",
            },
            "hidden": {
                "type": "array",
                "items": _ref("HiddenEntry"),
                "description": "Only in explain mode (a demo addition): entries a day, a "
                "signature or a review will show",
            },
            "never_shown": {
                "type": "object",
                "additionalProperties": {"type": "integer"},
                "description": "Only in explain mode: how many entries are never shown, "
                "per reason (they are not named)",
            },
        },
        optional=("hidden", "never_shown"),
        description="One page of a subject's entries, as the list pages show them",
    ),
    "Choices": _object(
        {
            "hide_recent": {
                "type": "boolean",
                "description": "The 14-day question: hide entries newer than 14 days",
            },
            "regional": _strings(
                "The regions' own choices made on the settings page", enum=REGIONAL_CHOICES
            ),
        },
        description="The visitor's choices (session state)",
    ),
    "Me": _object(
        {
            "person": _ref("Person", "Who is logged in"),
            "demo_today": _date("The visitor's demo date (their own clock, if moved)"),
            "server_demo_today": _date("The server's demo date (DEMO_TODAY)"),
            "own_access": _ref("Decision", "Their access to their own journal"),
            "choices": _ref("Choices", "Their choices"),
            "explain": {"type": "boolean", "description": "Whether explain mode is on"},
        },
        description="The logged-in person and their session state",
    ),
    "LoggedIn": {
        "allOf": [
            _ref("Me"),
            _object(
                {
                    "login_question": {
                        "type": "boolean",
                        "description": "Whether the pages would now ask the 14-day question "
                        "(answer it with POST /api/v1/login-question; until then nothing is "
                        "hidden). False when the person can read nothing at all",
                    }
                }
            ),
        ],
        "description": "Logged in: the session state, and whether the 14-day question is due",
    },
    "AccessChange": _object(
        {
            "subject_id": _string("Whose journal: the viewer's own, or a child's"),
            "before": {
                "oneOf": [{"type": "null"}, _ref("Decision")],
                "description": "The access before (null: the child was not listed)",
            },
            "after": {
                "oneOf": [{"type": "null"}, _ref("Decision")],
                "description": "The access after (null: the child is no longer listed)",
            },
            "message": _string("The change in words, as the pages' message says it"),
        },
        description="What moving the clock changed of a journal the viewer may read",
    ),
    "Clock": _object(
        {
            "demo_today": _date("The visitor's demo date now"),
            "previous_demo_today": _date("Their demo date before"),
            "server_demo_today": _date("The server's demo date"),
            "moved": {
                "type": "boolean",
                "description": "Whether the visitor's clock differs from the server's",
            },
            "message": _string("The pages' message: the new day and what it changed"),
            "changes": {
                "type": "array",
                "items": _ref("AccessChange"),
                "description": "What it changed for the logged-in viewer, own access first "
                "(empty when logged out)",
            },
        },
        description="The demo clock after a change",
    ),
    "Expectations": _object(
        {
            "date": _date("The day answered for"),
            "world": _object(
                {
                    "seed": {"type": "integer", "description": "The world's seed number"},
                    "seeded_for": _date("The demo date the world was built around"),
                    "fingerprint": _string("The world's digest (as /healthz)"),
                },
                description="Which world the answer is about",
            ),
            "choices": _ref("Choices", "The choices the answer assumes (the visitor's)"),
            "information_sets": _strings("Every information set, in the pages' order"),
            "personas": {
                "type": "array",
                "items": _ref("PersonaExpectation"),
                "description": "Each persona, in the picker's order",
            },
        },
        description="The oracle: who should see what on a day",
    ),
    "PersonaExpectation": _object(
        {
            "id": _string("The persona's id"),
            "name": _string("Full name"),
            "can_log_in": {"type": "boolean", "description": "Whether they can log in at all"},
            "login_refusal": {
                "type": ["string", "null"],
                "description": "Why not (a reason code), or null",
            },
            "reads_own_journal": {
                "type": "boolean",
                "description": "Whether they may read their own journal",
            },
            "own_journal": _ref("Decision", "Their access to their own journal"),
            "acts_for": _strings(
                "The children whose journal they may read, in the switcher's order"
            ),
            "refused_children": {
                "type": "array",
                "items": _object(
                    {
                        "id": _string("The child's id"),
                        "reason": _string("Why not (a reason code)", enum=REASONS),
                    }
                ),
                "description": "Children listed on their start page whose journal they may "
                "not read",
            },
            "subjects": {
                "type": "object",
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": {"type": "integer"},
                },
                "description": "Per journal they may read (their own first, then each child "
                "in `acts_for`): entries shown per information set, every set listed",
            },
            "entries": {
                "type": "object",
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "integer"}},
                },
                "description": "The same journals: the ids of the entries shown per "
                "information set, newest first as the lists show them",
            },
        },
        description="What one persona should see",
    ),
    "Region": _object(
        {
            "id": _string("Region id"),
            "name": _string("Region name"),
            "policy": _ref("Policy", "The policy the demo applies, as values"),
            "description": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "The policy in plain words, per topic, in the visitor's language",
            },
            "source": _object(
                {
                    "radrum": _string("The source's words on rådrum (a delay)"),
                    "notes": _string("The source's words on notes"),
                    "results": _string("The source's words on results"),
                    "no_information": _strings(
                        "Which of radrum, notes and results the source says nothing of"
                    ),
                },
                description="The words of the source the policy is read from",
            ),
        },
        description="One region's rules",
    ),
    "Policy": _object(
        {
            "delay_days": {
                "type": "integer",
                "description": "The region's delay (rådrum) in days, where its rules delay",
            },
            "unsigned_notes": _string(
                "When a note nobody has signed is shown: at once, after the delay, or if "
                "the citizen chose to see them (else once signed)",
                enum=[kind.value for kind in UnsignedNotes],
            ),
            "unit_kind_note_delays": {
                "type": "object",
                "additionalProperties": {"type": "integer"},
                "description": "Per care unit kind: days its notes wait, signed or not",
            },
            "results_not_shown": _strings(
                "Result categories the region never shows",
                enum=[category.value for category in Category],
            ),
            "result_delays": {
                "type": "object",
                "additionalProperties": {"type": "integer"},
                "description": "Per result category: days a result waits, reviewed or not",
            },
            "unreviewed_results": {
                "type": "object",
                "additionalProperties": {"type": ["integer", "null"]},
                "description": "Per result category: days an unreviewed result waits (0: "
                "shown at once; null: shown only once reviewed)",
            },
            "unreviewed_results_default": {
                "type": ["integer", "null"],
                "description": "The same for the result categories not named",
            },
            "notes_from": _date("Notes written before this day are not shown", nullable=True),
            "entries_from": _date(
                "Entries of every kind written before this day are not shown (the region's "
                "start in Journalen)",
                nullable=True,
            ),
            "hidden_unit_kinds": _strings("Kinds of care unit whose entries are never shown"),
            "regional_choices": _strings(
                "The choices the region lets the citizen make (POST /api/v1/choices)",
                enum=REGIONAL_CHOICES,
            ),
        },
        description="A region's rules as values (demo.domain.access.RegionPolicy)",
    ),
    # --- Request bodies ---
    "LoginRequest": _object(
        {
            "persona": _string(
                "The person's id: a persona of /api/v1/personas, or an extra patient "
                "(extra-00001, …)",
                examples=["karin"],
            ),
            "method": _string(
                "The simulated e-ID step (default bankid)",
                enum=["bankid", "freja"],
                default="bankid",
            ),
        },
        optional=("method",),
        closed=True,
        description="Log in as a persona",
    ),
    "LoginQuestionRequest": _object(
        {
            "hide_recent": {
                "type": "boolean",
                "description": "true: hide entries newer than 14 days; false: show all",
            }
        },
        closed=True,
        description="The answer to the 14-day question",
    ),
    "ChoicesRequest": _object(
        {
            "hide_recent": {
                "type": "boolean",
                "description": "Hide entries newer than 14 days (left out: unchanged)",
            },
            "regional": _strings(
                "The regional choices, all of them (replaces the set; left out: unchanged)",
                enum=REGIONAL_CHOICES,
            ),
        },
        optional=("hide_recent", "regional"),
        closed=True,
        description="The settings page's choices",
    ),
    "ClockRequest": _object(
        {
            "action": _string(
                "set: to `date`; plus1 / plus14: a day or 14 days ahead; next_change: to "
                "the next day anything the logged-in viewer can see of their household "
                "changes (400 when logged out or nothing changes); reset: back to the "
                "server's date",
                enum=["set", "plus1", "plus14", "next_change", "reset"],
            ),
            "date": {
                **CLOCK_DAY,
                "description": f"With set only: the new demo date, {CLOCK_RANGE}",
            },
        },
        optional=("date",),
        closed=True,
        description="Move the visitor's own demo clock",
    ),
    "ExplainRequest": _object(
        {"explain": {"type": "boolean", "description": "Explain mode on (true) or off"}},
        closed=True,
        description="Explain mode (a demo addition)",
    ),
}


def _json(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A response with a JSON body of this schema."""
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERRORS = {
    400: "A malformed parameter, body or field (`parameter` names it), or a missing or "
    "wrong CSRF token (csrf_failed)",
    401: "Not logged in",
    403: "Refused by the rules (`error` is the reason)",
    404: "Nothing of that name for this viewer (`parameter` names what, where there is one)",
}


def _responses(description: str, ok_schema: dict[str, Any], *statuses: int) -> dict[str, Any]:
    responses: dict[str, Any] = {"200": _json(description, ok_schema)}
    for status in statuses:
        responses[str(status)] = _json(ERRORS[status], _ref("Error"))
    return responses


def _linked(responses: dict[str, Any], links: dict[str, Any]) -> dict[str, Any]:
    """The responses with OpenAPI links from the 200 answer (schemathesis follows them)."""
    return {**responses, "200": {**responses["200"], "links": links}}


def _node_status(status: str) -> dict[str, Any]:
    """/healthz and /readyz: the status, the server's demo date and the world served."""
    return _object(
        {
            "status": {"type": "string", "const": status, "description": "Always " + status},
            "demo_today": _date("The server's demo date (DEMO_TODAY)"),
            "world": WORLD,
        }
    )


def _body(schema_name: str, description: str) -> dict[str, Any]:
    return {
        "required": True,
        "description": description,
        "content": {"application/json": {"schema": _ref(schema_name)}},
    }


SUBJECT_ID = {
    "name": "subject_id",
    "in": "path",
    "required": True,
    "schema": {"type": "string"},
    "description": "Whose journal: a person's id",
    "example": "anna",
}
ENTRY_FILTERS = [
    {
        "name": "set",
        "in": "query",
        "schema": {"type": "string", "enum": SET_KEYS},
        "description": "Only this information set",
    },
    {"name": "enhet", "in": "query", "schema": {"type": "integer"}, "description": "Care unit id"},
    {
        "name": "fran",
        "in": "query",
        "schema": {"type": "string", "format": "date"},
        "description": "From this day (inclusive)",
    },
    {
        "name": "till",
        "in": "query",
        "schema": {"type": "string", "format": "date"},
        "description": "To this day (inclusive)",
    },
    {
        "name": "sida",
        "in": "query",
        "schema": {"type": "integer", "minimum": 1},
        "description": "Page number, from 1 (20 entries a page)",
    },
]
# Reading needs the session cookie; a POST also needs the CSRF token (X-CSRF-Token).
LOGGED_IN: list[dict[str, list[str]]] = [{"session": []}]
POST: list[dict[str, list[str]]] = [{"csrf": []}]
LOGGED_IN_POST: list[dict[str, list[str]]] = [{"session": [], "csrf": []}]


def _get(operation_id: str, summary: str, **more: Any) -> dict[str, Any]:
    return {"get": {"operationId": operation_id, "summary": summary, **more}}


def _post(operation_id: str, summary: str, **more: Any) -> dict[str, Any]:
    return {"post": {"operationId": operation_id, "summary": summary, **more}}


# Links a tester's workflow follows (and schemathesis's stateful tests with it): pick a
# persona from the cast, log in as them, then read and change the visit.
PERSONA_LINKS = {
    f"logInAs{index}": {
        "operationId": "logIn",
        "requestBody": {"persona": f"$response.body#/personas/{index}/id"},
        "description": f"Log in as persona number {index + 1} of the cast",
    }
    for index in range(6)
}
LOGGED_IN_LINKS = {
    name: {"operationId": operation, "description": description}
    for name, operation, description in (
        ("answer", "answerLoginQuestion", "Answer the 14-day question"),
        ("choices", "saveChoices", "Change the choices"),
        ("clock", "moveClock", "Move the demo clock"),
        ("explain", "setExplainMode", "Explain mode on or off"),
        ("subjects", "subjects", "Whose journal the viewer may act for"),
        ("logOut", "logOut", "Log out"),
    )
}


def _paths() -> dict[str, Any]:
    me_links = {
        **LOGGED_IN_LINKS,
        "me": {"operationId": "me", "description": "The new session state"},
        "subject": {
            "operationId": "subject",
            "parameters": {"subject_id": "$response.body#/person/id"},
            "description": "The logged-in person's own journal",
        },
        "entries": {
            "operationId": "entries",
            "parameters": {"subject_id": "$response.body#/person/id"},
            "description": "The logged-in person's own entries",
        },
    }
    return {
        "/healthz": _get(
            "healthz",
            "Health and the server's demo date",
            responses={"200": _json("Alive", _node_status("ok"))},
        ),
        "/readyz": _get(
            "readyz",
            "Readiness: the world is loaded and a journal page can be served",
            responses={
                "200": _json("Ready", _node_status("ready")),
                "503": _json(
                    "Not ready, and why",
                    _object(
                        {
                            "status": {
                                "type": "string",
                                "const": "not ready",
                                "description": "Always not ready",
                            },
                            "reason": _string("Why not"),
                            "world": WORLD,
                        }
                    ),
                ),
            },
        ),
        "/api/v1/personas": _get(
            "personas",
            "The cast, as of the visitor's demo date",
            responses=_linked(
                _responses(
                    "The cast",
                    _object(
                        {
                            "demo_today": _date("The visitor's demo date"),
                            "personas": {
                                "type": "array",
                                "items": _ref("Persona"),
                                "description": "In the picker's order",
                            },
                        }
                    ),
                ),
                PERSONA_LINKS,
            ),
        ),
        "/api/v1/me": _get(
            "me",
            "The logged-in person and their session state",
            security=LOGGED_IN,
            responses=_responses("The session state", _ref("Me"), 401),
        ),
        "/api/v1/subjects": _get(
            "subjects",
            "Whose journal the viewer may act for (and the listed refusals)",
            security=LOGGED_IN,
            responses=_responses(
                "The viewer first, then each child listed on their start page",
                _object(
                    {
                        "subjects": {
                            "type": "array",
                            "items": _ref("Subject"),
                            "description": "The viewer first, then the children",
                        }
                    }
                ),
                401,
            ),
        ),
        "/api/v1/subjects/{subject_id}": _get(
            "subject",
            "A subject's overview: entries shown per information set",
            security=LOGGED_IN,
            parameters=[SUBJECT_ID],
            responses=_responses("The overview", _ref("SubjectOverview"), 401, 403, 404),
        ),
        "/api/v1/subjects/{subject_id}/entries": _get(
            "entries",
            "Entries shown, newest first, filtered and paged as on the pages",
            security=LOGGED_IN,
            parameters=[SUBJECT_ID, *ENTRY_FILTERS],
            responses=_responses("One page", _ref("EntryPage"), 400, 401, 403, 404),
        ),
        "/api/v1/subjects/{subject_id}/entries/{entry_id}": _get(
            "entry",
            "One entry, if shown to the viewer today",
            security=LOGGED_IN,
            parameters=[
                SUBJECT_ID,
                {
                    "name": "entry_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer"},
                    "description": "The entry id",
                },
            ],
            responses=_responses("The entry", _ref("Entry"), 401, 403, 404),
        ),
        "/api/v1/regions": _get(
            "regions",
            "Each region's rules: policy, plain words and the source's words",
            responses=_responses(
                "The 21 regions",
                _object(
                    {
                        "regions": {
                            "type": "array",
                            "items": _ref("Region"),
                            "description": "Every region",
                        }
                    }
                ),
            ),
        ),
        "/api/v1/expectations": _get(
            "expectations",
            "The oracle: who should see what on a day, under the visitor's choices",
            description="The same answer as `flask --app demo expectations --date DATE` "
            "(with --hide-recent and --regional for the visitor's choices): computed by "
            "the functions the pages and the API use.",
            parameters=[
                {
                    "name": "date",
                    "in": "query",
                    "schema": CLOCK_DAY,
                    "description": "The day (YYYY-MM-DD, "
                    f"{CLOCK_RANGE}); the visitor's demo date if left out",
                }
            ],
            responses=_responses("The oracle's answer", _ref("Expectations"), 400),
        ),
        "/api/v1/csrf-token": _get(
            "csrfToken",
            "A CSRF token for this cookie, for every POST",
            description="Send it as the X-CSRF-Token header of each POST (or as a form's "
            "csrf_token field). It stays valid for the cookie: across logging in, logging "
            "out and a reset.",
            responses=_responses(
                "The token",
                _object({"csrf_token": _string("The token (send it as X-CSRF-Token)")}),
            ),
        ),
        "/api/v1/login": _post(
            "logIn",
            "Log in as a persona (the picker's button after the e-ID step)",
            security=POST,
            requestBody=_body("LoginRequest", "Whom to log in as"),
            responses=_linked(_responses("Logged in", _ref("LoggedIn"), 400, 403, 404), me_links),
        ),
        "/api/v1/login-question": _post(
            "answerLoginQuestion",
            "Answer the 14-day question asked after logging in",
            security=LOGGED_IN_POST,
            requestBody=_body("LoginQuestionRequest", "The answer"),
            responses=_responses("The choices now", _ref("Choices"), 400, 401),
        ),
        "/api/v1/choices": _post(
            "saveChoices",
            "The settings page's choices: the 14-day choice and the regions' own",
            security=LOGGED_IN_POST,
            requestBody=_body("ChoicesRequest", "The choices to change"),
            responses=_responses("The choices now", _ref("Choices"), 400, 401),
        ),
        "/api/v1/clock": _post(
            "moveClock",
            "Set, advance or reset the visitor's own demo clock",
            security=POST,
            requestBody=_body("ClockRequest", "How to move it"),
            responses=_responses("The clock now", _ref("Clock"), 400),
        ),
        "/api/v1/explain": _post(
            "setExplainMode",
            "Explain mode on or off (a demo addition)",
            security=POST,
            requestBody=_body("ExplainRequest", "On or off"),
            responses=_responses(
                "Explain mode now",
                _object({"explain": {"type": "boolean", "description": "Explain mode is on"}}),
                400,
            ),
        ),
        "/api/v1/scenarios/{scenario_id}": _post(
            "startScenario",
            "Start a scenario: log in with its date, choices and explain mode",
            security=POST,
            parameters=[
                {
                    "name": "scenario_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "enum": [s.id for s in SCENARIOS]},
                    "description": "The scenario (as in /scenarier/)",
                }
            ],
            responses=_responses(
                "Started",
                _object(
                    {
                        "scenario": _string("The scenario's id"),
                        "me": {
                            "oneOf": [{"type": "null"}, _ref("Me")],
                            "description": "The session state; null when the scenario's "
                            "persona cannot log in (the scenario shows the refusal)",
                        },
                        "path": _string("The page where the scenario starts"),
                    }
                ),
                400,
                404,
            ),
        ),
        "/api/v1/logout": _post(
            "logOut",
            "Log out (the language chosen and the CSRF token stay)",
            security=POST,
            responses=_responses(
                "Logged out",
                _object({"logged_in": {"type": "boolean", "description": "Always false"}}),
                400,
            ),
        ),
        "/api/v1/reset": _post(
            "resetVisit",
            "End the visit: login, language, choices, clock and explain mode",
            security=POST,
            responses=_responses(
                "Nothing of the visit is left but the CSRF token",
                _object(
                    {
                        "logged_in": {"type": "boolean", "description": "Always false"},
                        "demo_today": _date("The demo date now: the server's"),
                    }
                ),
                400,
            ),
        ),
    }


def openapi_document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "journalen-demo API",
            "version": "1",
            "description": (
                "The demo's journal as JSON, under the same rules and session as the pages, "
                "and every change a visitor makes (log in, the 14-day question, choices, the "
                "demo clock, explain mode, scenarios, log out) as JSON. Fetch a token from "
                "GET /api/v1/csrf-token and send it as X-CSRF-Token with every POST; keep the "
                "session cookie. Answers are never cached (Cache-Control: no-store); errors "
                "are Error objects in the visitor's language. All data is fictitious."
            ),
        },
        "servers": [{"url": "/"}],
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {
                "session": {
                    "type": "apiKey",
                    "in": "cookie",
                    "name": "session",
                    "description": "The session cookie every answer may set: keep it",
                },
                "csrf": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-CSRF-Token",
                    "description": "The token from GET /api/v1/csrf-token",
                },
            },
        },
        "paths": _paths(),
    }
