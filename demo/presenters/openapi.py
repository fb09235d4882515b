"""The OpenAPI 3.1 description of JSON API v1 (served at /api/v1/openapi.json).

Written by hand next to demo/api.py; tests validate the document and check the
live API against it (schemathesis), so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

from typing import Any

from demo.domain.access import Category, Hidden, Reason
from demo.presenters.information_sets import INFORMATION_SETS

DATE = {"type": "string", "format": "date"}
DATETIME = {"type": "string", "description": "Local time in Sweden, ISO 8601 without offset"}
NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}
NULLABLE_DATETIME = {"type": ["string", "null"]}
SET_KEYS = [info_set.key for info_set in INFORMATION_SETS]
# Which world a node serves: the same fingerprint on every node built alike.
WORLD = {
    "type": "object",
    "properties": {"seed": {"type": "integer"}, "fingerprint": {"type": "string"}},
    "required": ["seed", "fingerprint"],
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: dict[str, Any], *, optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
    }


SCHEMAS: dict[str, Any] = {
    "Error": _object(
        {
            "error": _object(
                {
                    "status": {"type": "integer"},
                    "code": {"type": "string"},
                    "message": {"type": "string"},
                    "access": _ref("Decision"),
                },
                optional=("access",),
            )
        }
    ),
    "Person": _object(
        {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "personnummer": {
                "type": "string",
                "pattern": "^([0-9]{12}|DEMO[0-9]{8})$",
                "description": "Twelve digits (the cast: Skatteverket's test numbers), or, "
                "for an extra patient, DEMO and eight digits: never a real personnummer",
            },
            "identity_kind": {"type": "string", "enum": ["personnummer", "samordningsnummer"]},
            "birth_date": DATE,
            "age": {"type": "integer"},
            "region": {"type": "string"},
            "region_id": {"type": "string"},
        }
    ),
    "Persona": {
        "allOf": [
            _ref("Person"),
            _object(
                {
                    "scenario": {"type": "string"},
                    "shows": {"type": "string"},
                    "guardian_of": {"type": "array", "items": {"type": "string"}},
                    "can_read_own": {"type": "boolean"},
                }
            ),
        ]
    },
    "Decision": _object(
        {
            "allowed": {"type": "boolean"},
            "reason": {"type": "string", "enum": [reason.value for reason in Reason]},
            "unit_ids": {"type": ["array", "null"], "items": {"type": "integer"}},
            "from_date": NULLABLE_DATE,
            "until": NULLABLE_DATE,
        }
    ),
    "Subject": _object(
        {"person": _ref("Person"), "is_self": {"type": "boolean"}, "access": _ref("Decision")}
    ),
    "Entry": _object(
        {
            "id": {"type": "integer"},
            "set": {"type": "string", "enum": SET_KEYS},
            "category": {"type": "string", "enum": [category.value for category in Category]},
            "title": {"type": "string"},
            "document_time": DATETIME,
            "author": _object({"name": {"type": "string"}, "profession": {"type": "string"}}),
            "unit": _object(
                {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "hsa_id": {"type": "string"},
                }
            ),
            "provider": _object({"name": {"type": "string"}, "hsa_id": {"type": "string"}}),
            "region": _object({"id": {"type": "string"}, "name": {"type": "string"}}),
            "signed": {
                "oneOf": [
                    {"type": "null"},
                    _object({"at": DATETIME, "by": {"type": "string"}}),
                ]
            },
            "reviewed_at": NULLABLE_DATETIME,
            "care_contact_id": {"type": ["integer", "null"]},
            "details": {"type": "object", "description": "The information set's own fields"},
        },
        optional=("details",),
    ),
    "HiddenEntry": {
        "allOf": [
            _ref("Entry"),
            _object(
                {
                    "hidden_because": {"type": "string", "enum": [h.value for h in Hidden]},
                    "shown_from": NULLABLE_DATE,
                    "explanation": {"type": "string"},
                }
            ),
        ]
    },
    "EntryPage": _object(
        {
            "subject": _ref("Subject"),
            "set": {"type": ["string", "null"]},
            "page": {"type": "integer", "minimum": 1},
            "pages": {"type": "integer", "minimum": 1},
            "page_size": {"type": "integer"},
            "total": {"type": "integer", "minimum": 0},
            "entries": {"type": "array", "items": _ref("Entry")},
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
    ),
}

ERROR_RESPONSE = {"content": {"application/json": {"schema": _ref("Error")}}}


def _json(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A response with a JSON body of this schema."""
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _node_status(status: str) -> dict[str, Any]:
    """/healthz and /readyz: the status, the server's demo date and the world served."""
    return _object(
        {"status": {"type": "string", "const": status}, "demo_today": DATE, "world": WORLD}
    )


def _responses(ok_schema: dict[str, Any], *statuses: int) -> dict[str, Any]:
    descriptions = {
        400: "A malformed parameter",
        401: "Not logged in",
        403: "Refused by the rules (the code is the reason)",
        404: "No such subject or entry for this viewer",
    }
    responses: dict[str, Any] = {"200": _json("OK", ok_schema)}
    for status in statuses:
        responses[str(status)] = {"description": descriptions[status], **ERROR_RESPONSE}
    return responses


SUBJECT_ID = {
    "name": "subject_id",
    "in": "path",
    "required": True,
    "schema": {"type": "string"},
    "example": "anna",
}
ENTRY_FILTERS = [
    {"name": "set", "in": "query", "schema": {"type": "string", "enum": SET_KEYS}},
    {"name": "enhet", "in": "query", "schema": {"type": "integer"}, "description": "Care unit id"},
    {"name": "fran", "in": "query", "schema": DATE, "description": "From this day (inclusive)"},
    {"name": "till", "in": "query", "schema": DATE, "description": "To this day (inclusive)"},
    {"name": "sida", "in": "query", "schema": {"type": "integer", "minimum": 1}},
]
LOGGED_IN: list[dict[str, list[str]]] = [{"session": []}]


def openapi_document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "journalen-demo API",
            "version": "1",
            "description": (
                "The demo's journal as JSON, under the same rules and session as the pages. "
                "Log in through the pages (POST /logga-in/bankid/{id} with a CSRF token from "
                "GET /api/v1/csrf-token); the session cookie then opens these endpoints. "
                "All data is fictitious."
            ),
        },
        "servers": [{"url": "/"}],
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {"session": {"type": "apiKey", "in": "cookie", "name": "session"}},
        },
        "paths": {
            "/healthz": {
                "get": {
                    "summary": "Health and the server's demo date",
                    "responses": {"200": _json("Alive", _node_status("ok"))},
                }
            },
            "/readyz": {
                "get": {
                    "summary": "Readiness: the world is loaded and a journal page can be served",
                    "responses": {
                        "200": _json("Ready", _node_status("ready")),
                        "503": _json(
                            "Not ready, and why",
                            _object(
                                {
                                    "status": {"type": "string", "const": "not ready"},
                                    "reason": {"type": "string"},
                                    "world": WORLD,
                                }
                            ),
                        ),
                    },
                }
            },
            "/api/v1/personas": {
                "get": {
                    "summary": "The cast, as of the visitor's demo date",
                    "responses": _responses(
                        _object(
                            {
                                "demo_today": DATE,
                                "personas": {"type": "array", "items": _ref("Persona")},
                            }
                        )
                    ),
                }
            },
            "/api/v1/me": {
                "get": {
                    "summary": "The logged-in person and their session state",
                    "security": LOGGED_IN,
                    "responses": _responses(
                        _object(
                            {
                                "person": _ref("Person"),
                                "demo_today": DATE,
                                "server_demo_today": DATE,
                                "own_access": _ref("Decision"),
                                "choices": _object(
                                    {
                                        "hide_recent": {"type": "boolean"},
                                        "regional": {"type": "array", "items": {"type": "string"}},
                                    }
                                ),
                                "explain": {"type": "boolean"},
                            }
                        ),
                        401,
                    ),
                }
            },
            "/api/v1/subjects": {
                "get": {
                    "summary": "Whose journal the viewer may act for (and the listed refusals)",
                    "security": LOGGED_IN,
                    "responses": _responses(
                        _object({"subjects": {"type": "array", "items": _ref("Subject")}}), 401
                    ),
                }
            },
            "/api/v1/subjects/{subject_id}": {
                "get": {
                    "summary": "A subject's overview: entries shown per information set",
                    "security": LOGGED_IN,
                    "parameters": [SUBJECT_ID],
                    "responses": _responses(
                        {
                            "allOf": [
                                _ref("Subject"),
                                _object(
                                    {
                                        "counts": {
                                            "type": "object",
                                            "additionalProperties": {"type": "integer"},
                                        }
                                    }
                                ),
                            ]
                        },
                        401,
                        403,
                        404,
                    ),
                }
            },
            "/api/v1/subjects/{subject_id}/entries": {
                "get": {
                    "summary": "Entries shown, newest first, filtered and paged as on the pages",
                    "security": LOGGED_IN,
                    "parameters": [SUBJECT_ID, *ENTRY_FILTERS],
                    "responses": _responses(_ref("EntryPage"), 400, 401, 403, 404),
                }
            },
            "/api/v1/subjects/{subject_id}/entries/{entry_id}": {
                "get": {
                    "summary": "One entry, if shown to the viewer today",
                    "security": LOGGED_IN,
                    "parameters": [
                        SUBJECT_ID,
                        {
                            "name": "entry_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        },
                    ],
                    "responses": _responses(_ref("Entry"), 401, 403, 404),
                }
            },
            "/api/v1/regions": {
                "get": {
                    "summary": "Each region's rules: policy, plain words and the source's words",
                    "responses": _responses(
                        _object({"regions": {"type": "array", "items": {"type": "object"}}})
                    ),
                }
            },
            "/api/v1/csrf-token": {
                "get": {
                    "summary": "A CSRF token for posting the pages' forms from a test client",
                    "responses": _responses(_object({"csrf_token": {"type": "string"}})),
                }
            },
        },
    }
