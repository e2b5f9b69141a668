"""The (status, due) indexes of milestones and actions (migration 0009_status_due): the
dashboard's counts at start read them alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, inspect, text

from dordtwest_desktop.services.dashboard_reads import attention_figures
from dordtwest_desktop.store import search_index
from dordtwest_desktop.store.database import Store, open_store
from dordtwest_desktop.store.models import Base

INDEXES = {"milestone": "ix_milestone_status_due", "action": "ix_action_status_due"}


def test_the_migrated_schema_has_the_indexes_the_models_name(store: Store) -> None:
    with store.engine.connect() as connection:
        found = {
            table: {ix["name"]: ix["column_names"] for ix in inspect(connection).get_indexes(table)}
            for table in INDEXES
        }
        context = MigrationContext.configure(
            connection, opts={"include_object": search_index.include_object, "compare_type": False}
        )
        diffs = [repr(d) for d in compare_metadata(context, Base.metadata)]
    for table, name in INDEXES.items():
        assert found[table][name] == ["status", "due"]
    assert not [d for d in diffs if "status_due" in d], diffs


@pytest.mark.sqlite_only
def test_the_dashboard_counts_read_the_index_alone(store: Store) -> None:
    statements: list[tuple[str, object]] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:
        if "GROUP BY" in statement:
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        with store.read() as session:
            attention_figures(session, date(2026, 6, 1))
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert len(statements) == 2
    with store.engine.connect() as connection:
        plans = [
            " ".join(
                str(row[-1]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {s}", p)
            )
            for s, p in statements
        ]
    for name, plan in zip(INDEXES.values(), plans, strict=True):
        assert f"COVERING INDEX {name}" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


@pytest.mark.sqlite_only
def test_a_database_of_the_previous_version_gets_them_and_keeps_its_rows(tmp_path: Path) -> None:
    from alembic.command import downgrade

    from dordtwest_desktop.store.migrate import SCHEMA_HEAD, _config, current_revision

    path = tmp_path / "vorige.sqlite"
    store = open_store(path)
    try:
        with store.engine.begin() as connection:
            downgrade(_config(connection), "0008_pgsearch")
            names = {ix["name"] for ix in inspect(connection).get_indexes("milestone")}
            assert INDEXES["milestone"] not in names
            before = connection.execute(text("SELECT count(*) FROM milestone")).scalar_one()
    finally:
        store.close()
    store = open_store(path)  # upgrades, after a backup
    try:
        with store.engine.connect() as connection:
            assert current_revision(connection) == SCHEMA_HEAD
            for table, name in INDEXES.items():
                assert name in {ix["name"] for ix in inspect(connection).get_indexes(table)}
            assert connection.execute(text("SELECT count(*) FROM milestone")).scalar_one() == before
    finally:
        store.close()
    assert before > 0
