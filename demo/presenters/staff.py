"""Care staff in words: professions and what they did in the record, in the page's language.

The records name a profession in Swedish ("Sjuksköterska"), as the care unit
wrote it; the access log shows it in the visitor's language. Names of people
and care units stay as they are (Swedish proper names).
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString

# Every profession the seeded records use (seed/catalogues.py PROFESSIONS and the
# stories); a test fails on one the world uses that is missing here.
PROFESSIONS: dict[str, LazyString] = {
    "Läkare": _l("Läkare"),
    "Sjuksköterska": _l("Sjuksköterska"),
    "Distriktssköterska": _l("Distriktssköterska"),
    "Barnmorska": _l("Barnmorska"),
    "Psykolog": _l("Psykolog"),
    "Kurator": _l("Kurator"),
    "Fysioterapeut": _l("Fysioterapeut"),
    "Arbetsterapeut": _l("Arbetsterapeut"),
    "Dietist": _l("Dietist"),
    "Tandläkare": _l("Tandläkare"),
    "Tandhygienist": _l("Tandhygienist"),
    "Skolsköterska": _l("Skolsköterska"),
    "Undersköterska": _l("Undersköterska"),
    "Biomedicinsk analytiker": _l("Biomedicinsk analytiker"),
}

# What a row of the access log says was done (LogRow.action).
LOG_ACTIONS: dict[str, LazyString] = {
    "read": _l("Läste"),
    "wrote": _l("Dokumenterade"),
}


def known_profession(swedish: str) -> bool:
    return swedish in PROFESSIONS


def profession_name(swedish: str) -> str:
    """The profession in the page's language; one this module does not know, as written."""
    translated = PROFESSIONS.get(swedish)
    return swedish if translated is None else str(translated)


def log_action(action: str) -> str:
    """ "Läste" / "Read": what a log row's staff member did (an unknown action, as stored)."""
    translated = LOG_ACTIONS.get(action)
    return action if translated is None else str(translated)
