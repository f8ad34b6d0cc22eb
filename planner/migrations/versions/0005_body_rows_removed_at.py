"""body.rows_removed_at: when a withdrawal last deleted a meeting of the body (feeds' Last-Modified)

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("body", sa.Column("rows_removed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("body") as batch:
        batch.drop_column("rows_removed_at")
