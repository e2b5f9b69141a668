"""an indicator's direction may be unknown (not yet set)

A new indicator gets no verdict until someone says whether higher or lower is
better; existing indicators keep the direction they have.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ck_indicator_ck_direction"


def upgrade() -> None:
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(NAME), type_="check")
        batch_op.create_check_constraint(op.f(NAME), "direction IN ('higher', 'lower', 'unknown')")


def downgrade() -> None:
    op.execute("UPDATE indicator SET direction = 'higher' WHERE direction = 'unknown'")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(NAME), type_="check")
        batch_op.create_check_constraint(op.f(NAME), "direction IN ('higher', 'lower')")
