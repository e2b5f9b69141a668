"""pgsearch: the search index's PostgreSQL indexes split by kind, and the search function

A GIN index over every kind made a prefix typed as you go (`w:*`) collect the
matching rows of all kinds once per kind; a (kind, id) btree was passed over by the
planner. Each kind now has a partial GIN index over its words and a partial btree
over its ids (store/search_index.py `_pg_kind_indexes`), and the search is a server
function `search_hits` whose statement uses them (`pg_search_statement`), planned
once per connection. SQLite is not touched: its FTS5 table already keeps each kind
in a rowid range of its own.

Revision ID: 0008_pgsearch
Revises: 0007_search
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

from dordtwest_desktop.store import search_index

revision: str = "0008_pgsearch"
down_revision: str | None = "0007_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        search_index.pg_upgrade_0008(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        search_index.pg_downgrade_0008(connection)
