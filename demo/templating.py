"""What every template may use: the visitor's demo date, ages in words, plain words.

Only values and formatting: a template that needs a decision (who may be
read, until when, what changes next) gets it from the rules through the view.
"""

from __future__ import annotations

from datetime import date

from flask import Flask, g, request, url_for
from flask_login import current_user

from demo import visitor
from demo.clock import clock_is_moved, demo_today, server_today
from demo.i18n import age_text
from demo.presenters.explain import never_shown_reason, refusal_rule
from demo.presenters.glossary import GLOSSARY
from demo.presenters.personas import group_name
from demo.views.shared import viewer, world


def _next_access_change() -> date | None:
    """The day "Nästa födelsedag som ändrar något" would move to (None: no such day)."""
    if not current_user.is_authenticated:
        return None
    return world().household(viewer().id, demo_today()).next_change


def return_path() -> str:
    """Where a form on this page sends the visitor back to: this page, if it can be
    fetched again (a GET); after a POST (an error page, say), the start page."""
    if request.method in ("GET", "HEAD"):
        return request.full_path.removesuffix("?")
    return url_for("start.index")


def init_app(app: Flask) -> None:
    @app.before_request
    def _unfold_the_tools_once() -> None:
        # Taken before the page is looked up in the page cache: it is one of its inputs.
        g.tools_open = visitor.take_tools_open()

    app.jinja_env.globals.update(
        return_path=return_path,
        age_text=age_text,
        never_shown_reason=never_shown_reason,
        refusal_rule=refusal_rule,
        group_name=group_name,
        glossary=GLOSSARY,
    )
    app.context_processor(
        lambda: {
            "demo_today": demo_today(),
            "server_today": server_today(),
            "clock_moved": clock_is_moved(),
            "explain_on": visitor.explain_mode(),
            "followed_scenario": visitor.followed_scenario(),
            "next_access_change": _next_access_change(),
            "tools_open": g.get("tools_open", False),
        }
    )
