"""The patronymic (Отчество) in its own column, beside the given and family names

Revision ID: 0007_patronymic
Revises: 0006_revisions
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_patronymic"
down_revision = "0006_revisions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN with a constant default: SQLite does it in place, with no table copy
    # (a copy would drop "person", which with foreign keys on would empty its children), and
    # every existing person gets an empty patronymic.
    op.add_column(
        "person",
        sa.Column("patronymic", sa.String(length=200), server_default="", nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("patronymic")
