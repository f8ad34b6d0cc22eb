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
    """0008 rebuilds SQLite tables (AUTOINCREMENT), 0009 meeting and event (a foreign key added): rows that
    refer to them, by cascading keys too, stay."""
    import datetime as dt

    from sqlalchemy import MetaData, func, insert, inspect, select

    from planner.db import make_engine, make_sessionmaker, metadata, upgrade
    from planner.ingest import ingest_file
    from planner.store import AgendaItem, Attendance, CarryItem, CarryStep, Document, Event, Meeting
    from tests.carry_minutes import APRIL, MARCH, write_minutes

    engine = make_engine(database_url)
    upgrade(engine, "0007")
    now = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
    # Today's models write columns that 0007 lacks: the minutes are ingested into a database at head, and
    # its rows copied into the one at 0007, column by column as far as 0007 has them.
    (tmp_path / "head").mkdir()
    source = make_engine(f"sqlite:///{tmp_path / 'head' / 'planner.sqlite3'}")
    upgrade(source)
    for name, text in (("mars.txt", MARCH), ("april.txt", APRIL)):
        assert ingest_file(make_sessionmaker(source), write_minutes(tmp_path, name, text), now=now).status == "new"
    old = MetaData()
    old.reflect(engine)
    with source.connect() as src, engine.begin() as dst:
        for table in metadata().sorted_tables:
            if table.name in old.tables:
                target = old.tables[table.name]
                names = [c.name for c in target.columns]
                data = [dict(zip(names, r, strict=True)) for r in src.execute(select(*(table.c[n] for n in names)))]
                if data:
                    dst.execute(insert(target), data)
    source.dispose()
    tables = (Document, Meeting, Event, AgendaItem, CarryItem, CarryStep, Attendance)

    def rows() -> dict[str, list[tuple[object, ...]]]:
        with engine.connect() as conn:
            return {t.__tablename__: [tuple(r) for r in conn.execute(
                select(*(old.tables[t.__tablename__].c[c.name] for c in old.tables[t.__tablename__].columns))
                .order_by(old.tables[t.__tablename__].c.id))] for t in tables}

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
