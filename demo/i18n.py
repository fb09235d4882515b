"""Language and formatting: Swedish first, English on request (`?lang=en`).

The visitor's choice is kept in their session. Dates, numbers and ages are
formatted by Babel for the language shown.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from flask import Flask, has_request_context, request, session
from flask_babel import Babel, format_date, format_decimal, get_locale, ngettext
from flask_babel import gettext as _

from demo.domain.access import age_on
from demo.presenters.staff import log_action, profession_name

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
# Compiled by `make` from translations/<lang>/LC_MESSAGES/messages.po (Swedish is the source).
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


def select_locale() -> str:
    """`?lang=en` for one request (the tester contract); otherwise the visitor's choice.
    Outside a request (the CLI) the source language."""
    if not has_request_context():
        return DEFAULT_LANGUAGE
    asked = request.args.get("lang")
    if asked in LANGUAGES:
        return asked
    remembered = session.get("lang")
    if remembered in LANGUAGES:
        return str(remembered)
    # The JSON API also follows the client's Accept-Language (pages stay Swedish until asked).
    if request.path.startswith("/api/"):
        return request.accept_languages.best_match(LANGUAGES) or DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def long_date(value: date | datetime | None) -> str:
    """ "3 december 2026"."""
    if value is None:
        return ""
    return format_date(value if isinstance(value, date) else value.date(), "d MMMM y")


def short_date(value: date | datetime | None) -> str:
    """ "2026-12-03", as Swedish records write dates."""
    if value is None:
        return ""
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def date_time(value: datetime | None) -> str:
    """ "2026-12-03 14:20" (naive times in the records are Swedish local time)."""
    if value is None:
        return ""
    return f"{value.date().isoformat()} {value:%H:%M}"


def decimal(value: float | int | None) -> str:
    """A number with the language's decimal sign ("5,4" in Swedish)."""
    if value is None:
        return ""
    return format_decimal(value)


def decimal_places(value: float, places: int) -> str:
    """A number with exactly `places` decimals and the language's decimal sign ("5,0")."""
    pattern = "#,##0." + "0" * places if places > 0 else "#,##0"
    return format_decimal(value, format=pattern)


def age_text(birth_date: date, today: date) -> str:
    """ "12 år" / "12 years": the age in completed years, in the page's language."""
    years = age_on(birth_date, today)
    if years < 0:  # a demo date before the birth
        return _("inte född")
    return ngettext("%(num)s år", "%(num)s år", years)


def locale_code() -> str:
    return str(get_locale() or DEFAULT_LANGUAGE)


def personnummer(value: str) -> str:
    """ "19810323-2388": the 12-digit form with the hyphen 1177 shows.

    An extra patient's identifier (DEMO and eight digits, seed/extra.py) is no
    personnummer and is shown as it is."""
    if not value.isdigit():
        return value
    return f"{value[:8]}-{value[8:]}"


def init_app(app: Flask) -> None:
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS))
    Babel(app, locale_selector=select_locale)
    app.jinja_env.filters.update(
        long_date=long_date,
        short_date=short_date,
        date_time=date_time,
        personnummer=personnummer,
        number=decimal,
        profession=profession_name,
        log_action=log_action,
    )
    app.jinja_env.globals["current_locale_code"] = locale_code
