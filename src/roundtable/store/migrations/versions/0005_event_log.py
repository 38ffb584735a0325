"""The event log: journal entries, their people and earlier texts, and the change history

Revision ID: 0005_event_log
Revises: 0004_seating
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_event_log"
down_revision = "0004_seating"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("area", sa.String(length=30), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_event_change_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_change")),
    )  # fmt: skip
    op.create_index(op.f("ix_event_change_at"), "event_change", ["at"], unique=False)
    op.create_index(op.f("ix_event_change_event_id"), "event_change", ["event_id"], unique=False)
    op.create_table(
        "log_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("span", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"], ["agenda_item.id"],
            name=op.f("fk_log_entry_agenda_item_id_agenda_item"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_log_entry_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_entry")),
        sa.UniqueConstraint("uid", name=op.f("uq_log_entry_uid")),
    )  # fmt: skip
    op.create_index(
        op.f("ix_log_entry_agenda_item_id"), "log_entry", ["agenda_item_id"], unique=False
    )
    op.create_index(op.f("ix_log_entry_at"), "log_entry", ["at"], unique=False)
    op.create_index(op.f("ix_log_entry_event_id"), "log_entry", ["event_id"], unique=False)
    op.create_table(
        "log_entry_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["log_entry.id"], name=op.f("fk_log_entry_person_entry_id_log_entry"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_log_entry_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_entry_person")),
        sa.UniqueConstraint("entry_id", "person_id", name=op.f("uq_log_entry_person_entry_id")),
    )  # fmt: skip
    op.create_index(
        op.f("ix_log_entry_person_entry_id"), "log_entry_person", ["entry_id"], unique=False
    )
    op.create_index(
        op.f("ix_log_entry_person_person_id"), "log_entry_person", ["person_id"], unique=False
    )
    op.create_table(
        "log_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.Column("replaced_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["log_entry.id"], name=op.f("fk_log_revision_entry_id_log_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_revision")),
    )  # fmt: skip
    op.create_index(op.f("ix_log_revision_entry_id"), "log_revision", ["entry_id"], unique=False)


def downgrade() -> None:
    op.drop_table("log_revision")
    op.drop_table("log_entry_person")
    op.drop_table("log_entry")
    op.drop_table("event_change")
