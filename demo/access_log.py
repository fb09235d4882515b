"""gunicorn's access log as one JSON object a line, with nothing personal in it."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from gunicorn.glogging import Logger

# Ten or twelve digits, with or without the separator: a personnummer or
# samordningsnummer typed into a URL or a user agent is never written down.
PERSONNUMMER = re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)")
REDACTED = "[personnummer]"


def redact(text: str) -> str:
    return PERSONNUMMER.sub(REDACTED, text)


def access_record(
    status: object, sent: int | None, environ: dict[str, Any], seconds: float
) -> dict[str, object]:
    """The fields logged for one answer: no query string, no cookie, no referrer."""
    code = str(status).split(None, 1)[0]
    return {
        # When the request really happened, for operators: the wall clock, never the
        # demo date (the seed and the rules never read the clock).
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
        # After ProxyFix (demo/app.py) this is the visitor's address, not the proxy's.
        "remote_addr": environ.get("REMOTE_ADDR", "-"),
        "method": environ.get("REQUEST_METHOD", "-"),
        # PATH_INFO holds no query string (a print view's ?utskrift=1, a list's filters).
        "path": redact(environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")),
        "status": int(code) if code.isdigit() else code,
        "bytes": sent or 0,
        "duration_ms": round(seconds * 1000, 3),
        "user_agent": redact(environ.get("HTTP_USER_AGENT", "-")),
    }


class JsonAccessLogger(Logger):
    """gunicorn's logger with `access` replaced: the format string is not used."""

    def access(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> None:
        if not self.access_log_enabled:
            return
        record = access_record(
            resp.status, getattr(resp, "sent", None), environ, request_time.total_seconds()
        )
        self.access_log.info(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
