"""What the flyer prints beyond the event: an organisation's logo and the event's RSVP line

Revision ID: 0010_flyer
Revises: 0009_readiness_brief
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_flyer"
down_revision = "0009_readiness_brief"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMNs in place, as in 0007-0009: no table copy, every existing row unchanged.
    op.add_column("organisation", sa.Column("logo", sa.LargeBinary(), nullable=True))
    op.add_column(
        "organisation",
        sa.Column("logo_mime", sa.String(length=50), server_default="", nullable=False),
    )
    op.add_column(
        "event", sa.Column("rsvp", sa.String(length=500), server_default="", nullable=False)
    )


def downgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.drop_column("rsvp")
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("logo_mime")
        batch.drop_column("logo")
