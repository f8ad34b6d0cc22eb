"""attendance.read_name: the name as the minutes gave it, the key of a secretary's attendance corrections

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attendance", sa.Column("read_name", sa.String(length=300), nullable=True))
    # Rows stored before: no correction has changed their person yet, so its name is the name as read.
    op.execute("UPDATE attendance SET read_name = (SELECT person.name FROM person WHERE person.id = attendance.person_id)")


def downgrade() -> None:
    with op.batch_alter_table("attendance") as batch:
        batch.drop_column("read_name")
