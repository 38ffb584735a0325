"""A participant's name on the card, and the part of a person's photo that prints

Revision ID: 0008_card_name_photo_crop
Revises: 0007_patronymic
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_card_name_photo_crop"
down_revision = "0007_patronymic"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs with a constant default, as in 0007: done in place, no table copy, and
    # every existing row gets "" (the name prints as before; the photo is cropped automatically).
    op.add_column(
        "participation",
        sa.Column("card_name", sa.String(length=300), server_default="", nullable=False),
    )
    op.add_column(
        "person",
        sa.Column("photo_crop", sa.String(length=60), server_default="", nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("photo_crop")
    with op.batch_alter_table("participation") as batch:
        batch.drop_column("card_name")
