"""events and their mentions carry the sector of a series that gathers several bodies

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 05:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_mentions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sector", sa.String(length=20), nullable=True))
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sector", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("sector")
    with op.batch_alter_table("event_mentions", schema=None) as batch_op:
        batch_op.drop_column("sector")
