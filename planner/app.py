"""The Flask app factory: the only place that wires web, store and blueprints."""

from __future__ import annotations

import importlib
from typing import Any

from flask import Flask, g

from planner.config import Settings, load_settings
from planner.db import open_database

# Modules that expose a Blueprint named `bp`; a module that does not exist yet is skipped.
BLUEPRINTS = ("planner.views", "calendars.views", "notifications.views", "planner.secretary", "planner.api")


def create_app(settings: Settings | None = None) -> Flask:
    """Create the app: engine and sessionmaker in app.extensions, blueprints registered."""
    settings = settings or load_settings()
    app = Flask(__name__)
    app.config["SECRET_KEY"] = settings.secret_key()
    app.config["MAX_CONTENT_LENGTH"] = settings.web.max_upload_mb * 1024 * 1024
    app.config["PLANNER_SETTINGS"] = settings
    engine, factory = open_database(settings.database_url)
    app.extensions["planner.settings"] = settings
    app.extensions["planner.engine"] = engine
    app.extensions["planner.sessionmaker"] = factory
    for name in BLUEPRINTS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name == name:
                continue
            raise
        app.register_blueprint(module.bp)

    @app.teardown_appcontext
    def _close_session(_exc: BaseException | None) -> None:
        session = g.pop("db_session", None)
        if session is not None:
            session.close()

    return app


def db_session() -> Any:
    """Return the request's session (opened on first use, closed at teardown)."""
    from flask import current_app

    if "db_session" not in g:
        g.db_session = current_app.extensions["planner.sessionmaker"]()
    return g.db_session


def app_settings() -> Settings:
    """Return the settings of the current app."""
    from flask import current_app

    settings: Settings = current_app.extensions["planner.settings"]
    return settings
