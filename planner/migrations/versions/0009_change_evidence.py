"""meeting and event: change_document_id and change_span_start/end, the later minutes that last changed a row

Revision ID: 0009
Revises: 0008

Feeds, mails and pages quoted the sentence that first announced a meeting or event, also after later
minutes had moved or cancelled it. Rows stored before keep null (the announcement is quoted, as before);
the next ingest or refold of their body fills it in.
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("meeting", "event")


def upgrade() -> None:
    for name in TABLES:
        # recreate="always" with AUTOINCREMENT on SQLite (as 0008 made them): a rebuilt table keeps it.
        with op.batch_alter_table(name, table_kwargs={"sqlite_autoincrement": True}) as batch:
            batch.add_column(sa.Column("change_document_id", sa.Integer(), nullable=True))
            batch.add_column(sa.Column("change_span_start", sa.Integer(), nullable=True))
            batch.add_column(sa.Column("change_span_end", sa.Integer(), nullable=True))
            batch.create_foreign_key(f"fk_{name}_change_document_id_document", "document", ["change_document_id"],
                                     ["id"])


def downgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name, table_kwargs={"sqlite_autoincrement": True}) as batch:
            batch.drop_constraint(f"fk_{name}_change_document_id_document", type_="foreignkey")
            batch.drop_column("change_span_end")
            batch.drop_column("change_span_start")
            batch.drop_column("change_document_id")
