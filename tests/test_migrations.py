"""The Alembic migrations create exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from planner.db import metadata


def test_models_and_migrations_agree(engine):
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, metadata())
    assert diff == [], diff


def test_upgrade_twice_is_harmless(engine):
    from planner.db import upgrade

    upgrade(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn)
        assert ctx.get_current_heads()


def test_rebuilding_tables_keeps_every_row_and_reference(database_url, tmp_path):
    """0008 rebuilds SQLite tables (AUTOINCREMENT): rows that refer to them, by cascading keys too, stay."""
    import datetime as dt

    from sqlalchemy import func, inspect, select

    from planner.db import make_engine, make_sessionmaker, upgrade
    from planner.ingest import ingest_file
    from planner.store import AgendaItem, Attendance, CarryItem, CarryStep, Document, Event, Meeting
    from tests.carry_minutes import APRIL, MARCH, write_minutes

    engine = make_engine(database_url)
    upgrade(engine, "0007")
    factory = make_sessionmaker(engine)
    now = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
    for name, text in (("mars.txt", MARCH), ("april.txt", APRIL)):
        assert ingest_file(factory, write_minutes(tmp_path, name, text), now=now).status == "new"
    tables = (Document, Meeting, Event, AgendaItem, CarryItem, CarryStep, Attendance)

    def rows() -> dict[str, list[tuple[object, ...]]]:
        with factory() as s:
            return {t.__tablename__: [tuple(r) for r in s.execute(select(t.__table__).order_by(t.id))]
                    for t in tables}

    before = rows()
    assert before["agenda_item"] and before["carry_step"] and before["meeting"]
    upgrade(engine)
    assert rows() == before
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again for the pool
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").first() is None
            made = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'document'").scalar()
            assert "AUTOINCREMENT" in str(made)
        # The rebuilt tables keep their indexes and keys.
        assert {i["name"] for i in inspect(conn).get_indexes("meeting")} >= {"ix_meeting_document_id"}
        assert conn.execute(select(func.count()).select_from(Meeting.__table__)).scalar() == len(before["meeting"])
    engine.dispose()
