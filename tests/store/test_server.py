"""A PostgreSQL server as the store: bad addresses, rights, locks and lost connections.

Each fault gets one Dutch sentence, and the data on the server stays as it was
(compared as the full exchange dump before and after).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import create_engine, text

from dordtwest_desktop.domain.errors import BusyError, StorageError
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store import exchange, server
from dordtwest_desktop.store.database import Store, open_store
from tests.conftest import pg_url
from tests.pg_server import Cluster

pytestmark = pytest.mark.usefixtures("pg_cluster")


def _dump(target: str) -> exchange.Rows:
    store = open_store(target, migrate=False, seed=False, read_only=True)
    try:
        with store.read() as session:
            return exchange.dump(session)
    finally:
        store.close()


@pytest.fixture
def database(pg_cluster: Cluster, pg_template: str) -> Iterator[str]:
    name = pg_cluster.new_database(template=pg_template)
    yield name
    pg_cluster.drop_database(name)


def test_a_wrong_password_is_one_sentence(pg_cluster: Cluster, database: str) -> None:
    url = pg_cluster.url(database, password="wrong").render_as_string(hide_password=False)
    with pytest.raises(StorageError) as refused:
        open_store(url)
    assert "gebruikersnaam of het wachtwoord" in refused.value.message
    assert "wrong" not in refused.value.message


def test_a_missing_database_is_named(pg_cluster: Cluster) -> None:
    with pytest.raises(StorageError) as refused:
        open_store(pg_url(pg_cluster, "bestaat_niet"))
    assert "bestaat niet op de server" in refused.value.message


def test_an_unreachable_server_is_one_sentence() -> None:
    with pytest.raises(StorageError) as refused:
        open_store("postgresql+psycopg://iemand@127.0.0.1:9/dordtwest")
    assert "verbinding met de server" in refused.value.message
    assert "127.0.0.1:9/dordtwest" in refused.value.message


def test_a_plain_postgresql_url_gets_our_driver(pg_cluster: Cluster, database: str) -> None:
    url = pg_cluster.url(database).set(drivername="postgresql")
    store = open_store(url.render_as_string(hide_password=False))
    try:
        assert store.engine.dialect.driver == "psycopg"
        assert pg_cluster.url(database).password not in store.label
    finally:
        store.close()


def test_a_database_of_another_application_is_left_alone(pg_cluster: Cluster) -> None:
    name = pg_cluster.new_database()
    engine = create_engine(pg_cluster.url(name))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE klant (id int primary key, naam text)"))
        connection.execute(text("INSERT INTO klant VALUES (1, 'Jansen')"))
    try:
        with pytest.raises(StorageError) as refused:
            open_store(pg_url(pg_cluster, name))
        assert "op de server is van een andere toepassing" in refused.value.message
        with engine.connect() as connection:
            tables = set(
                connection.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
            assert tables == {"klant"}
    finally:
        engine.dispose()
        pg_cluster.drop_database(name)


def test_a_newer_schema_is_refused_and_not_changed(pg_cluster: Cluster, database: str) -> None:
    engine = create_engine(pg_cluster.url(database))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = _dump_unchecked(pg_cluster, database)
    with pytest.raises(StorageError) as refused:
        open_store(pg_url(pg_cluster, database))
    assert "nieuwere versie" in refused.value.message
    assert _dump_unchecked(pg_cluster, database) == before


def _dump_unchecked(cluster: Cluster, database: str) -> dict[str, list[tuple[object, ...]]]:
    engine = create_engine(cluster.url(database))
    try:
        with engine.connect() as connection:
            return {
                table.name: sorted(map(tuple, connection.execute(table.select()).all()), key=repr)
                for table in exchange.tables()
            }
    finally:
        engine.dispose()


def _reader_role(cluster: Cluster, database: str) -> str:
    cluster.admin(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lezer') "
        "THEN CREATE ROLE lezer LOGIN PASSWORD 'lezer'; END IF; END $$"
    )
    engine = create_engine(cluster.url(database))
    with engine.begin() as connection:
        connection.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO lezer"))
    engine.dispose()
    return cluster.url(database, user="lezer", password="lezer").render_as_string(
        hide_password=False
    )


def test_a_role_that_may_only_read_gets_the_app_read_only(
    pg_cluster: Cluster, database: str
) -> None:
    url = _reader_role(pg_cluster, database)
    before = _dump_unchecked(pg_cluster, database)
    store = open_store(url)
    try:
        assert store.read_only
        assert store.read_only_reason is not None and "Alleen lezen" in store.read_only_reason
        programme = ProgrammeService(store)
        goal = programme.goals()[0]
        with pytest.raises(StorageError) as refused:
            programme.save_goal(replace(goal, title="Door een lezer"))
        assert refused.value.message == store.read_only_reason
    finally:
        store.close()
    assert _dump_unchecked(pg_cluster, database) == before


def test_a_row_another_coordinator_holds_gives_busy_not_a_hang(
    pg_cluster: Cluster, database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server, "LOCK_TIMEOUT_MS", 300)
    store = open_store(pg_url(pg_cluster, database))
    other = create_engine(pg_cluster.url(database))
    try:
        programme = ProgrammeService(store)
        goal = programme.goals()[0]
        with other.connect() as holder:
            holder.execute(text("SELECT * FROM goal WHERE id = :id FOR UPDATE"), {"id": goal.id})
            with pytest.raises(BusyError) as refused:
                programme.save_goal(replace(goal, title="Wacht niet eeuwig"))
            assert "slaat op dit moment" in refused.value.message
            holder.rollback()
        assert next(g for g in programme.goals() if g.id == goal.id).title == goal.title
    finally:
        other.dispose()
        store.close()


def _drop_connections(cluster: Cluster, database: str) -> None:
    cluster.admin(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
    )


def test_after_the_server_dropped_the_connections_the_next_use_case_works(
    pg_cluster: Cluster, database: str
) -> None:
    store = open_store(pg_url(pg_cluster, database))
    try:
        programme = ProgrammeService(store)
        goal = programme.goals()[0]
        _drop_connections(pg_cluster, database)
        programme.save_goal(replace(goal, title="Na de herstart"))
        assert next(g for g in programme.goals() if g.id == goal.id).title == "Na de herstart"
    finally:
        store.close()


def test_a_connection_lost_during_a_save_stores_nothing_and_says_so(
    pg_cluster: Cluster, database: str
) -> None:
    store = open_store(pg_url(pg_cluster, database))
    try:
        programme = ProgrammeService(store)
        goal = programme.goals()[0]
        before = _dump_unchecked(pg_cluster, database)
        with pytest.raises(StorageError) as refused, store.transaction() as session:
            session.execute(text("UPDATE goal SET title = 'half' WHERE id = :id"), {"id": goal.id})
            _drop_connections(pg_cluster, database)
            session.execute(text("SELECT 1"))
        assert "verbinding met de server" in refused.value.message
        assert _dump_unchecked(pg_cluster, database) == before
        # And the store goes on once the server answers again.
        programme.save_goal(replace(goal, title="Daarna wel"))
        assert next(g for g in programme.goals() if g.id == goal.id).title == "Daarna wel"
    finally:
        store.close()


def test_the_label_never_shows_the_password(pg_cluster: Cluster, database: str) -> None:
    store: Store = open_store(pg_url(pg_cluster, database))
    try:
        assert store.label == f"postgres@127.0.0.1:{pg_cluster.port}/{database}"
    finally:
        store.close()


def test_a_server_of_an_unsupported_version_is_one_sentence(
    pg_cluster: Cluster, database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server, "MIN_SERVER_VERSION", 99)
    before = _dump_unchecked(pg_cluster, database)
    with pytest.raises(StorageError) as refused:
        open_store(pg_url(pg_cluster, database))
    assert "de app heeft versie 99 of nieuwer nodig" in refused.value.message
    assert _dump_unchecked(pg_cluster, database) == before


def test_a_server_backup_is_offered_as_the_kind_it_will_be(
    pg_cluster: Cluster, database: str
) -> None:
    import shutil

    from dordtwest_desktop.services.storage import backup_suffix

    store = open_store(pg_url(pg_cluster, database))
    try:
        assert backup_suffix(store) == (".dump" if shutil.which("pg_dump") else ".json")
    finally:
        store.close()
