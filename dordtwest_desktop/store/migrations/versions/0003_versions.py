"""versions for conflict detection; general remarks on a meeting

Every record carries a version (a save based on an older one is refused), and a
remark may belong to the meeting itself instead of an agenda item.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meeting_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.alter_column("item_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.create_index(batch_op.f("ix_annotation_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_annotation_meeting_id_meeting"),
            "meeting",
            ["meeting_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_check_constraint(
            op.f("ck_annotation_item_or_meeting"), "item_id IS NOT NULL OR meeting_id IS NOT NULL"
        )

    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("attendee", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("component", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("decision_point", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("funding_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("initiative", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("pillar", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("pillar", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("initiative", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("funding_line", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("decision_point", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("component", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("attendee", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_column("version")

    # General remarks have no place in the older schema.
    op.execute("DELETE FROM annotation WHERE item_id IS NULL")
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_annotation_item_or_meeting"), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_annotation_meeting_id_meeting"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_annotation_meeting_id"))
        batch_op.alter_column("item_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_column("version")
        batch_op.drop_column("meeting_id")

    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_column("version")

    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_column("version")
