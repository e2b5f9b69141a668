"""The roles of packaging/postgresql-roles.sql: an editor changes, a reader only reads."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from dordtwest_desktop.domain.errors import StorageError
from dordtwest_desktop.services.history import HistoryService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.services.search import SearchService
from dordtwest_desktop.store.database import open_store
from tests.pg_server import Cluster

ROLES = Path(__file__).resolve().parents[2] / "packaging" / "postgresql-roles.sql"


@pytest.fixture
def team(pg_cluster: Cluster, pg_template: str):
    """A programme database with the script applied, twice, and two coordinators."""
    database = pg_cluster.new_database(template=pg_template)
    engine = create_engine(pg_cluster.url(database), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        for _ in range(2):  # running it again is harmless
            connection.exec_driver_sql(ROLES.read_text(encoding="utf-8"))
        for name, group in (
            ("sanne_editor", "dordtwest_editor"),
            ("piet_reader", "dordtwest_reader"),
        ):
            connection.execute(text(f"DROP ROLE IF EXISTS {name}"))
            connection.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD 'geheim' IN ROLE {group}"))
    engine.dispose()

    def url(user: str) -> str:
        return pg_cluster.url(database, user=user, password="geheim").render_as_string(
            hide_password=False
        )

    yield url
    pg_cluster.drop_database(database)
    pg_cluster.admin("DROP ROLE IF EXISTS sanne_editor", "DROP ROLE IF EXISTS piet_reader")


def test_an_editor_changes_the_programme_and_the_history_names_them(team) -> None:
    store = open_store(team("sanne_editor"))
    try:
        assert not store.read_only
        store.actor = "Sanne Bos"
        programme = ProgrammeService(store)
        goal = programme.goals()[0]
        programme.save_goal(replace(goal, title="Door de redacteur (voorbeeld)"))
        programme.delete_milestone(programme.milestones()[0].id)
        assert HistoryService(store).of(goal.id)[0].who == "Sanne Bos"
    finally:
        store.close()


def test_an_editor_cannot_change_the_schema(team) -> None:
    store = open_store(team("sanne_editor"))
    try:
        with pytest.raises(StorageError) as refused, store.transaction() as session:
            session.execute(text("UPDATE alembic_version SET version_num = version_num"))
        assert "mag dit niet" in refused.value.message
    finally:
        store.close()


def test_a_reader_gets_the_app_read_only(team) -> None:
    store = open_store(team("piet_reader"))
    try:
        assert store.read_only and store.read_only_reason is not None
        programme = ProgrammeService(store)
        assert programme.goals()
        goal = programme.goals()[0]
        with pytest.raises(StorageError):
            programme.save_goal(replace(goal, title="Door een lezer"))
        assert programme.goals()[0].title == goal.title
    finally:
        store.close()


def test_readers_and_editors_search_through_the_search_function(team) -> None:
    """The search is a server function (migration 0008_pgsearch) that the owner made:
    both groups may run it, and it reads with their own rights."""
    for user in ("piet_reader", "sanne_editor"):
        store = open_store(team(user))
        try:
            found = SearchService(store).search("alliantie")
            assert "meeting" in dict(found.groups), user
        finally:
            store.close()
