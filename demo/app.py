"""The web app's factory: configuration, the read model, the blueprints, wired once."""

from __future__ import annotations

from typing import Any

from flask import Flask

from demo import config, errors, i18n, security, templating
from demo.config import INSTANCE_PATH, PROJECT_ROOT
from demo.store.database import open_world
from demo.store.readmodel import World
from demo.views import (
    api,
    auth,
    controls,
    journal,
    language,
    page_cache,
    regions,
    scenarios,
    settings,
    start,
)


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app: configuration from the environment (or `test_config`), then wiring.

    It writes nothing: the database must hold the world this code makes for
    DEMO_SEED (`flask --app demo seed --if-missing` seeds it), else the start
    stops with a message that says so. The world is read here, once, so
    gunicorn's `--preload` shares it between the workers.
    """
    app = Flask(
        __name__,
        instance_path=INSTANCE_PATH,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    app.config.from_mapping(config.from_environment(app.instance_path))
    if test_config is not None:
        app.config.from_mapping(test_config)

    security.init_app(app)
    engine, info = open_world(app.config["DATABASE_URL"], app.config["DEMO_SEED"])
    app.extensions["db_engine"] = engine
    app.extensions["world_info"] = info
    app.extensions["world"] = World(engine)
    i18n.init_app(app)
    auth.init_app(app)
    errors.init_app(app)
    templating.init_app(app)
    page_cache.init_app(app)  # after auth: it takes over the templates' CSRF token
    for blueprint in (
        start.bp,
        auth.bp,
        journal.bp,
        api.bp,
        settings.bp,
        controls.bp,
        regions.bp,
        scenarios.bp,
        language.bp,
    ):
        app.register_blueprint(blueprint)
    return app
