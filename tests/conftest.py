"""Shared fixtures: a seeded template database migrated once, copied per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dordtwest_desktop.store.database import Store, open_store
from tests.pg_server import Cluster


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Never touch the real user's data folder from a test.
    monkeypatch.setenv("DORDTWEST_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "seeded.sqlite"
    store = open_store(path)
    # Closing the last connection checkpoints the WAL into the file, so a plain copy
    # of the closed template is complete.
    store.close()
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "dordtwest.sqlite"
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    # Started on first use only: a run of UI tests alone never needs the server.
    cluster = Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster) -> str:
    """A migrated, seeded database that each PostgreSQL test gets a fresh copy of."""
    name = pg_cluster.new_database()
    open_store(pg_url(pg_cluster, name)).close()
    return name


def pg_url(cluster: Cluster, database: str) -> str:
    return cluster.url(database).render_as_string(hide_password=False)


@pytest.fixture
def backend() -> str:
    """The database kind `store` opens; store- and services tests run on both."""
    return "sqlite"


@pytest.fixture
def store_target(request: pytest.FixtureRequest, backend: str) -> Iterator[str | Path]:
    """Where a test's seeded database lives: a SQLite file, or a server database URL."""
    if backend == "sqlite":
        yield request.getfixturevalue("db_path")
        return
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    name = cluster.new_database(template=request.getfixturevalue("pg_template"))
    yield pg_url(cluster, name)
    cluster.drop_database(name)


@pytest.fixture
def store(store_target: str | Path) -> Iterator[Store]:
    opened = open_store(store_target)
    yield opened
    opened.close()
