"""SQLite: the tables whose ids stand in links say AUTOINCREMENT, so a withdrawn row's id is never given again

Revision ID: 0008
Revises: 0007

SQLite cannot add AUTOINCREMENT to a table: each is rebuilt (Alembic's batch mode copies the rows into a
new table and renames it; planner.db.upgrade runs migrations on SQLite with foreign keys off, so dropping
the old table does not cascade, and checks them afterwards). PostgreSQL's sequences never reuse an id:
nothing to do there. Ids deleted before this migration above the highest remaining one may still be given
once more; no record of them is left.
"""
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("document", "meeting", "event", "agenda_item", "carry_item", "attendance")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TABLES:
        with op.batch_alter_table(name, recreate="always", table_kwargs={"sqlite_autoincrement": True}):
            pass


def downgrade() -> None:
    """Nothing: the older code reads and writes AUTOINCREMENT tables as they are (and a rebuild outside
    planner.db.upgrade, with foreign keys on, would cascade)."""
