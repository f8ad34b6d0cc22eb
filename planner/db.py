"""Database plumbing: engines, sessions, and `upgrade(engine)` through Alembic.

SQLite is the embedded default (a file in the instance folder); PostgreSQL is chosen by URL.
The schema is only ever created by the Alembic migrations in planner/migrations/.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, MetaData, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import ConfigError, PlannerError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Modules whose models share planner.store.Base.metadata (imported before autogenerate/compare).
MODEL_MODULES = ("planner.store", "notifications.models", "planner.webmodels")


def normalise_url(url: str) -> str:
    """Use the psycopg 3 driver for plain postgresql:// URLs."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; for SQLite make the folder, enable foreign keys and WAL.

    A URL that cannot be parsed, or names a database or driver that is not installed, raises
    ConfigError (one line, the password hidden) instead of SQLAlchemy's traceback.
    """
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        # Not echoed: an unparseable URL may still hold a password.
        raise ConfigError("[database] url is not a database URL (expected e.g. "
                          "'postgresql+psycopg://user@host:5432/name' or 'sqlite:////path/planner.sqlite3')") from None
    try:
        return _create_engine(url, parsed, **kwargs)
    except (NoSuchModuleError, ModuleNotFoundError) as err:
        raise ConfigError(f"[database] url {parsed.render_as_string(hide_password=True)!r}: "
                          f"database or driver not available ({err})") from err
    except OSError as err:  # the SQLite file's folder cannot be made
        raise ConfigError(f"[database] url {parsed.render_as_string(hide_password=True)!r}: "
                          f"cannot create its folder: {err.strerror}") from err


def _create_engine(url: str, parsed: URL, **kwargs: Any) -> Engine:
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {"timeout": 30})
        engine = create_engine(url, **kwargs)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Return the session factory used by the CLI, the web app and the worker."""
    return sessionmaker(bind=engine, expire_on_commit=False)


def metadata() -> MetaData:
    """Return the metadata of every model module (all share planner.store.Base)."""
    for name in MODEL_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:
                raise
    from planner.store import Base

    return Base.metadata


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to `revision` (creating it on the first run)."""
    cfg = alembic_config(engine)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except Exception as err:  # connection refused, permission denied ...
        from sqlalchemy.exc import OperationalError

        if isinstance(err, OperationalError):
            # psycopg's message spans lines ("... Connection refused\n\tIs the server running ..."): one line.
            reason = " ".join(str(err.orig).split())
            raise PlannerError(f"database {engine.url.render_as_string()}: cannot migrate: {reason}") from err
        raise


def open_database(url: str) -> tuple[Engine, sessionmaker[Session]]:
    """Create the engine, migrate to head and return it with a session factory."""
    engine = make_engine(url)
    upgrade(engine)
    return engine, make_sessionmaker(engine)
