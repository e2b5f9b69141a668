"""status_due: indexes over (status, due) of milestones and actions

The dashboard counts at every start the planned milestones and the open actions per
due date (`services.dashboard_reads.attention_figures`). Without an index SQLite read
the whole table and sorted it for the GROUP BY (7 ms for the 20,000 milestones of
issue 13's programme, more when the file is not yet in the system's cache); the
index covers the query, which now reads the index alone, in order (1.5 ms).

Revision ID: 0009_status_due
Revises: 0008_pgsearch
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009_status_due"
down_revision: str | None = "0008_pgsearch"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_milestone_status_due", "milestone", ["status", "due"])
    op.create_index("ix_action_status_due", "action", ["status", "due"])


def downgrade() -> None:
    op.drop_index("ix_action_status_due", table_name="action")
    op.drop_index("ix_milestone_status_due", table_name="milestone")
