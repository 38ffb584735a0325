"""A photo per person, stored in the database (scaled down by the app before saving)

Revision ID: 0002_person_photo
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_person_photo"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photo", sa.LargeBinary(), nullable=True))
        batch_op.add_column(
            sa.Column("photo_mime", sa.String(length=50), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("photo_mime")
        batch_op.drop_column("photo")
