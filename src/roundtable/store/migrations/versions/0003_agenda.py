"""Agenda items and their speakers, hanging off event days

Revision ID: 0003_agenda
Revises: 0002_person_photo
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_agenda"
down_revision = "0002_person_photo"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("anchor", sa.Time(), nullable=True),
        sa.Column("room", sa.String(length=200), nullable=False),
        sa.Column("chair_participation_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["chair_participation_id"],
            ["participation.id"],
            name=op.f("fk_agenda_item_chair_participation_id_participation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["day_id"],
            ["event_day.id"],
            name=op.f("fk_agenda_item_day_id_event_day"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_day_id"), ["day_id"], unique=False)

    op.create_table(
        "agenda_speaker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.Column("speaking_minutes", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_speaker_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participation.id"],
            name=op.f("fk_agenda_speaker_participation_id_participation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_speaker")),
        sa.UniqueConstraint("item_id", "participation_id", name=op.f("uq_agenda_speaker_item_id")),
    )
    with op.batch_alter_table("agenda_speaker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_speaker_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_agenda_speaker_participation_id"), ["participation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("agenda_speaker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_speaker_participation_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_speaker_item_id"))

    op.drop_table("agenda_speaker")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_day_id"))

    op.drop_table("agenda_item")
