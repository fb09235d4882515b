"""journalen-demo: a public demo of Journalen with fake citizens and seeded records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app: configuration from the environment (or `test_config`), then wiring."""
    app = Flask(
        __name__,
        instance_path=str(PROJECT_ROOT / "instance"),
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    from demo import config

    app.config.from_mapping(config.from_environment(app.instance_path))
    if test_config is not None:
        app.config.from_mapping(test_config)

    from demo import (
        api,
        auth,
        cli,
        controls,
        db,
        errors,
        i18n,
        journal,
        regions,
        scenarios,
        security,
        settings,
        start,
    )

    security.init_app(app)
    db.ensure_seeded(app)
    db.init_app(app)
    i18n.init_app(app)
    auth.init_app(app)
    errors.init_app(app)
    cli.init_app(app)
    _template_helpers(app)
    app.register_blueprint(start.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(journal.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(settings.bp)
    app.register_blueprint(controls.bp)
    app.register_blueprint(regions.bp)
    app.register_blueprint(scenarios.bp)
    return app


def _template_helpers(app: Flask) -> None:
    """What every template may use: the demo date and the date rules."""
    from datetime import date, timedelta

    from flask_babel import ngettext

    from demo import visitor
    from demo.access import age_on, nth_birthday
    from demo.clock import clock_is_moved, demo_today, server_today
    from demo.explain import never_shown_reason, refusal_rule
    from demo.glossary import GLOSSARY

    def age_text(birth_date: date, today: date) -> str:
        """ "12 år" / "12 years": the age in completed years, in the page's language."""
        years = age_on(birth_date, today)
        return ngettext("%(num)s år", "%(num)s år", years)

    app.jinja_env.globals.update(
        age_on=age_on,
        age_text=age_text,
        nth_birthday=nth_birthday,
        one_day=timedelta(1),
        never_shown_reason=never_shown_reason,
        refusal_rule=refusal_rule,
        glossary=GLOSSARY,
    )
    app.context_processor(
        lambda: {
            "demo_today": demo_today(),
            "server_today": server_today(),
            "clock_moved": clock_is_moved(),
            "explain_on": visitor.explain_mode(),
        }
    )
