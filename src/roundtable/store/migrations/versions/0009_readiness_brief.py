"""The event's attribution rule and house rules, how a person's name is said, and what the
readiness check remembers: dismissed findings and when each printable was last written

Revision ID: 0009_readiness_brief
Revises: 0008_card_name_photo_crop
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_readiness_brief"
down_revision = "0008_card_name_photo_crop"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs with a constant default, as in 0007 and 0008: in place, no table copy;
    # every existing event is on the record, as nothing said otherwise.
    op.add_column(
        "person",
        sa.Column("pronunciation", sa.String(length=300), server_default="", nullable=False),
    )
    op.add_column(
        "event",
        sa.Column("attribution", sa.String(length=20), server_default="on_record", nullable=False),
    )
    op.add_column("event", sa.Column("house_rules", sa.Text(), server_default="", nullable=False))
    op.create_table(
        "readiness_dismissal",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "event_id",
            sa.Integer(),
            sa.ForeignKey("event.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("finding_key", sa.String(length=300), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("event_id", "finding_key"),
    )
    op.create_index("ix_readiness_dismissal_event_id", "readiness_dismissal", ["event_id"])
    op.create_table(
        "printable_output",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "event_id",
            sa.Integer(),
            sa.ForeignKey("event.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.UniqueConstraint("event_id", "kind"),
    )
    op.create_index("ix_printable_output_event_id", "printable_output", ["event_id"])


def downgrade() -> None:
    op.drop_index("ix_printable_output_event_id", table_name="printable_output")
    op.drop_table("printable_output")
    op.drop_index("ix_readiness_dismissal_event_id", table_name="readiness_dismissal")
    op.drop_table("readiness_dismissal")
    with op.batch_alter_table("event") as batch:
        batch.drop_column("house_rules")
        batch.drop_column("attribution")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("pronunciation")
