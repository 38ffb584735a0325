"""Revisions and the change feed: edits applied as changes, other windows told of them

Revision ID: 0006_revisions
Revises: 0005_event_log
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_revisions"
down_revision = "0005_event_log"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN with a constant default: SQLite does it in place, with no table copy
    # (a copy would drop "event", which with foreign keys on would empty its children).
    op.add_column("event", sa.Column("revision", sa.Integer(), server_default="0", nullable=False))
    op.add_column("person", sa.Column("revision", sa.Integer(), server_default="0", nullable=False))
    op.create_table(
        "store_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_state")),
    )
    op.execute("INSERT INTO store_state (id, revision) VALUES (1, 0)")
    op.create_table(
        "change_feed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("parts", sa.String(length=200), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_feed")),
    )
    op.create_index(op.f("ix_change_feed_revision"), "change_feed", ["revision"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_change_feed_revision"), table_name="change_feed")
    op.drop_table("change_feed")
    op.drop_table("store_state")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("revision")
    with op.batch_alter_table("event") as batch:
        batch.drop_column("revision")
