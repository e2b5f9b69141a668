"""search: the text of PDF attachments, and a full-text index over every kind of record

Existing attachments get their text extracted here, once, with pypdf: the
migration already holds the database alone (with a backup made just before), so
the index is complete the moment the app opens, and no second mechanism (a
background backfill that could be interrupted) has to exist. pypdf takes 10-30 ms
a page (benchmarks/search.py): 5,000 pages one to three minutes, once. An
unreadable PDF gets empty text, never an error.

Revision ID: 0007_search
Revises: 0006_regimes
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dordtwest_desktop.domain.attachments import pdf_text
from dordtwest_desktop.store import search_index

revision: str = "0007_search"
down_revision: str | None = "0006_regimes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (not batch mode): no table is recreated.
    op.add_column("attachment", sa.Column("text", sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    attachment = sa.table(
        "attachment",
        sa.column("id", sa.Uuid()),
        sa.column("content", sa.LargeBinary()),
        sa.column("text", sa.Text()),
    )
    ids = connection.execute(sa.select(attachment.c.id)).scalars().all()
    for ident in ids:  # one at a time: attachments may be large
        content = connection.execute(
            sa.select(attachment.c.content).where(attachment.c.id == ident)
        ).scalar_one()
        connection.execute(
            attachment.update()
            .where(attachment.c.id == ident)
            .values(text=pdf_text(content or b""))
        )
    search_index.create(connection)


def downgrade() -> None:
    search_index.drop(op.get_bind())
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_column("text")
