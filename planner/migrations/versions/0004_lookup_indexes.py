"""indexes for lookups by foreign key: a meeting by its document, carried items by the item that closed them

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_meeting_document_id", "meeting", ["document_id"], unique=False)
    op.create_index("ix_carry_item_closed_item_id", "carry_item", ["closed_item_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_carry_item_closed_item_id", table_name="carry_item")
    op.drop_index("ix_meeting_document_id", table_name="meeting")
