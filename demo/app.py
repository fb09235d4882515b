"""The web app's factory: configuration, the read model, the blueprints, wired once."""

from __future__ import annotations

from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from demo import config, errors, i18n, security, static_files, templating
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
    static_files.init_app(app)  # /static cached for a year, its URLs versioned

    trusted_proxies: int = app.config["DEMO_TRUSTED_PROXIES"]
    if trusted_proxies:
        # Behind a TLS-terminating proxy: take the visitor's address, scheme and host
        # from the headers of exactly that many proxies (a client's own are not trusted).
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app,
            x_for=trusted_proxies,
            x_proto=trusted_proxies,
            x_host=trusted_proxies,
        )
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
    # Close what the start-up read through: under gunicorn's --preload the workers are
    # forked from here, and a database connection inherited by two processes is corrupted
    # at the first concurrent query (PostgreSQL: "lost synchronization with server").
    # Each worker opens its own on its first query.
    engine.dispose()
    return app
