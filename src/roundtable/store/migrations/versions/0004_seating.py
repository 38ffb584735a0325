"""Seating plans, their seats and pair rules

Revision ID: 0004_seating
Revises: 0003_agenda
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_seating"
down_revision = "0003_agenda"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seating_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("shape", sa.String(length=30), nullable=False),
        sa.Column("seat_count", sa.Integer(), nullable=False),
        sa.Column("seats_per_side", sa.Integer(), nullable=True),
        sa.Column("head_seat", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=True),
        sa.Column("day_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["day_id"],
            ["event_day.id"],
            name=op.f("fk_seating_plan_day_id_event_day"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_seating_plan_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_plan")),
        sa.UniqueConstraint("event_id", "name", name=op.f("uq_seating_plan_event_id")),
    )
    with op.batch_alter_table("seating_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seating_plan_event_id"), ["event_id"], unique=False)

    op.create_table(
        "seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=True),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participation.id"],
            name=op.f("fk_seat_participation_id_participation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["seating_plan.id"],
            name=op.f("fk_seat_plan_id_seating_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seat")),
    )
    with op.batch_alter_table("seat", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seat_participation_id"), ["participation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_seat_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "seat_pair_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("first_participation_id", sa.Integer(), nullable=False),
        sa.Column("second_participation_id", sa.Integer(), nullable=False),
        sa.Column("together", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["first_participation_id"],
            ["participation.id"],
            name=op.f("fk_seat_pair_rule_first_participation_id_participation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["seating_plan.id"],
            name=op.f("fk_seat_pair_rule_plan_id_seating_plan"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["second_participation_id"],
            ["participation.id"],
            name=op.f("fk_seat_pair_rule_second_participation_id_participation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seat_pair_rule")),
    )
    with op.batch_alter_table("seat_pair_rule", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seat_pair_rule_first_participation_id"),
            ["first_participation_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_seat_pair_rule_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_seat_pair_rule_second_participation_id"),
            ["second_participation_id"],
            unique=False,
        )


def downgrade() -> None:
    op.drop_table("seat_pair_rule")
    op.drop_table("seat")
    op.drop_table("seating_plan")
