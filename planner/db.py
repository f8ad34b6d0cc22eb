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
from sqlalchemy import Connection, Engine, MetaData, create_engine, event
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


def parse_url(url: str) -> URL:
    """Parse a database URL; ConfigError when it is none (the value is not echoed: it may still hold a password)."""
    try:
        return make_url(url)
    except ArgumentError:
        raise ConfigError("[database] url is not a database URL (expected e.g. "
                          "'postgresql+psycopg://user@host:5432/name' or 'sqlite:////path/planner.sqlite3')") from None


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; for SQLite make the folder, enable foreign keys and WAL.

    A URL that cannot be parsed, or names a database or driver that is not installed, raises
    ConfigError (one line, the password hidden) instead of SQLAlchemy's traceback.
    """
    url = normalise_url(url)
    parsed = parse_url(url)
    try:
        return _create_engine(url, parsed, **kwargs)
    except (NoSuchModuleError, ModuleNotFoundError) as err:
        raise ConfigError(f"[database] url {parsed.render_as_string(hide_password=True)!r}: "
                          f"database or driver not available ({err})") from err
    except OSError as err:  # the SQLite file's folder cannot be made
        raise ConfigError(f"[database] url {parsed.render_as_string(hide_password=True)!r}: "
                          f"cannot create its folder: {err.strerror}") from err


def _lower(value: Any) -> Any:
    """Return a text lower-cased as Python (and PostgreSQL) do; other values as they are."""
    return value.lower() if isinstance(value, str) else value


def _create_engine(url: str, parsed: URL, **kwargs: Any) -> Engine:
    if parsed.get_backend_name() == "sqlite":
        # A URI filename ("sqlite:///file:/path/p.db?mode=ro&uri=true") is no folder path to make.
        if parsed.database and parsed.database != ":memory:" and not parsed.query.get("uri"):
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
            # SQLite's own lower() folds ASCII letters only ("Åsa" stays "Åsa"), PostgreSQL's every letter:
            # the case-insensitive lookups (usernames, an event's holder) compare it with str.lower().
            dbapi_conn.create_function("lower", 1, _lower, deterministic=True)

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
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                _upgrade_sqlite(conn, cfg, revision)
            else:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, revision)
    except Exception as err:  # connection refused, permission denied, not a database ...
        from alembic.util import CommandError

        where = f"database {engine.url.render_as_string()}"
        if is_environment_error(err):
            raise PlannerError(f"{where}: cannot migrate: {database_reason(err)}") from err
        if isinstance(err, CommandError):
            # A revision this code does not know: a database written by a newer (or another branch's) planner.
            raise PlannerError(f"{where}: cannot migrate: {err} (was it made by a newer version of the planner?)") \
                from err
        raise


def _upgrade_sqlite(conn: Connection, cfg: Config, revision: str) -> None:
    """Migrate SQLite with its foreign keys off (as Alembic advises for batch mode), then check them.

    A table rebuilt in batch mode (0008) is copied, then the old one dropped: with foreign keys on, the
    drop would delete the rows that refer to it (ON DELETE CASCADE). The pragma only takes effect outside
    a transaction; every connection turns it on again when it is made (_create_engine).
    """
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    conn.commit()
    try:
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:
                raise PlannerError(f"database {conn.engine.url.render_as_string()}: cannot migrate: "
                                   f"a row of {broken[0]} refers to a missing row of {broken[2]}")
    finally:
        conn.rollback()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()


def is_environment_error(err: BaseException) -> bool:
    """Whether `err` is the database's surroundings failing (server unreachable, a read-only or locked file,
    a file that is not a database, a full disk) rather than a statement of ours: one line for the user.

    OperationalError is SQLAlchemy's class for those; SQLite's "file is not a database" comes as a bare
    DatabaseError. Integrity and programming errors stay tracebacks: they are bugs.
    """
    from sqlalchemy.exc import DatabaseError, OperationalError

    return isinstance(err, OperationalError) or type(err) is DatabaseError


def database_reason(err: BaseException) -> str:
    """The driver's own message of a database error on one line, without the SQL and its parameters."""
    # psycopg's message spans lines ("... Connection refused\n\tIs the server running ..."): one line.
    return " ".join(str(getattr(err, "orig", None) or err).split())


def open_database(url: str) -> tuple[Engine, sessionmaker[Session]]:
    """Create the engine, migrate to head and return it with a session factory."""
    engine = make_engine(url)
    upgrade(engine)
    return engine, make_sessionmaker(engine)
