"""Shared fixtures: paths of the seeds and of the gold files copied into tests/data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seed():
    """Return a function: seed("003") -> path of seeds/003_*.txt."""

    def find(prefix: str) -> Path:
        matches = sorted((ROOT / "seeds").glob(f"{prefix}_*"))
        assert matches, f"no seed {prefix}"
        return matches[0]

    return find


# ---------------------------------------------------------------------------
# Databases: every store test runs on a SQLite file and on PostgreSQL.

import os
import uuid

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

POSTGRES_ENV = "PLANNER_TEST_POSTGRES_URL"


def _postgres_admin_url() -> str | None:
    return os.environ.get(POSTGRES_ENV)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A fresh, empty database: a SQLite file in tmp_path, or a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'planner.sqlite3'}"
        return
    admin = _postgres_admin_url()
    if not admin:
        pytest.skip(f"{POSTGRES_ENV} is not set (scripts/test.sh sets it)")
    from planner.db import make_engine

    admin_engine = make_engine(admin, isolation_level="AUTOCOMMIT")
    name = f"planner_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin_engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except (OperationalError, OSError) as err:  # no server answering
        admin_engine.dispose()
        pytest.skip(f"PostgreSQL at {POSTGRES_ENV} does not answer: {err}")
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin_engine.dispose()


@pytest.fixture
def engine(database_url):
    """An engine on the fresh database, migrated to head through Alembic."""
    from planner.db import make_engine, upgrade

    eng = make_engine(database_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def session_factory(engine):
    from planner.db import make_sessionmaker

    return make_sessionmaker(engine)


@pytest.fixture
def session(session_factory):
    with session_factory() as s:
        yield s


@pytest.fixture
def settings(tmp_path, database_url):
    """Settings around tmp_path: the test database, an outbox mailer, a fixed secret."""
    from planner.config import Settings

    base = Settings(root=tmp_path)
    return base.replace(
        database={"url": database_url, "instance_path": str(tmp_path / "instance")},
        web={"secret_key": "test-secret", "base_url": "https://planner.example.se"},
        mail={"backend": "outbox", "outbox": str(tmp_path / "outbox")},
    )
