"""Backups of a server store: pg_dump (restored with pg_restore), or JSON without it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from dordtwest_desktop.cli import main
from dordtwest_desktop.paths import data_dir
from dordtwest_desktop.services.attachments import AttachmentService
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.store.database import open_store
from dordtwest_desktop.store.exchange import dump, read_exchange_file
from dordtwest_desktop.store.migrate import SCHEMA_HEAD, _config, current_revision
from dordtwest_desktop.store.server_backup import libpq_url
from tests.conftest import pg_url
from tests.helpers import make_pdf
from tests.pg_server import Cluster


@pytest.fixture
def seeded_pg(pg_cluster: Cluster, pg_template: str) -> Iterator[str]:
    name = pg_cluster.new_database(template=pg_template)
    yield pg_url(pg_cluster, name)
    pg_cluster.drop_database(name)


@pytest.fixture
def no_pg_dump(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PATH without PostgreSQL's client programs (a desktop without them installed)."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


def rows_of(url: str) -> dict:
    store = open_store(url, read_only=True)
    try:
        with store.read() as session:
            return dump(session)
    finally:
        store.close()


def test_the_password_goes_by_environment_not_command_line() -> None:
    uri, password = libpq_url("postgresql+psycopg://anna:ge%40heim@db.dordrecht.nl:5433/dw")
    assert uri == "postgresql://anna@db.dordrecht.nl:5433/dw"
    assert password == "ge@heim"


def test_pg_dump_backup_restores_to_the_same_programme(
    capsys: pytest.CaptureFixture[str], seeded_pg: str, pg_cluster: Cluster, tmp_path: Path
) -> None:
    assert shutil.which("pg_dump") and shutil.which("pg_restore")
    store = open_store(seeded_pg)
    try:
        meeting = MeetingService(store).meetings()[-1]
        item = MeetingService(store).detail(meeting.id).agenda[0].item
        AttachmentService(store).add_bytes(item.id, "bijlage.pdf", make_pdf(2))
    finally:
        store.close()
    out = tmp_path / "server.dump"
    assert main(["--db", seeded_pg, "backup", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and "dordtwest-test" not in printed
    assert out.read_bytes()[:5] == b"PGDMP"
    assert not out.with_name(out.name + ".part").exists()

    restored = pg_cluster.new_database()
    try:
        uri, password = libpq_url(pg_url(pg_cluster, restored))
        result = subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={uri}", str(out)],
            env={**os.environ, "PGPASSWORD": password or ""},
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        restored_url = pg_url(pg_cluster, restored)
        assert rows_of(restored_url) == rows_of(seeded_pg)
        assert len(rows_of(restored_url)["attachment"]) == 1
    finally:
        pg_cluster.drop_database(restored)


@pytest.mark.usefixtures("no_pg_dump")
def test_without_pg_dump_the_backup_is_the_json_export(
    capsys: pytest.CaptureFixture[str], seeded_pg: str, tmp_path: Path
) -> None:
    out = tmp_path / "server.json"
    assert main(["--db", seeded_pg, "backup", "--out", str(out)]) == 0
    capsys.readouterr()
    rows = read_exchange_file(out)
    copy = tmp_path / "terug.sqlite"
    assert main(["--db", str(copy), "import", "json", str(out)]) == 0
    store = open_store(copy)
    try:
        with store.read() as session:
            assert {k: v for k, v in dump(session).items() if k != "history"} == {
                k: v for k, v in rows.items() if k != "history"
            }
    finally:
        store.close()


def _older_server_database(cluster: Cluster) -> str:
    """A database at schema 0002, as an earlier version of the app left it."""
    from alembic.command import upgrade

    name = cluster.new_database()
    engine = create_engine(pg_url(cluster, name))
    try:
        with engine.begin() as connection:
            upgrade(_config(connection), "0002")
    finally:
        engine.dispose()
    return name


@pytest.mark.parametrize("with_pg_dump", [True, False], ids=["pg_dump", "json"])
def test_an_older_server_schema_is_backed_up_before_the_upgrade(
    pg_cluster: Cluster, with_pg_dump: bool, request: pytest.FixtureRequest
) -> None:
    if not with_pg_dump:
        request.getfixturevalue("no_pg_dump")
    name = _older_server_database(pg_cluster)
    try:
        url = pg_url(pg_cluster, name)
        open_store(url).close()
        engine = create_engine(url)
        try:
            with engine.connect() as connection:
                assert current_revision(connection) == SCHEMA_HEAD
        finally:
            engine.dispose()
        backups = list((data_dir() / "server-backups").rglob("before-migration-0002-*"))
        assert len(backups) == 1
        backup = backups[0]
        if with_pg_dump:
            assert backup.suffix == ".dump" and backup.read_bytes()[:5] == b"PGDMP"
        else:
            document = json.loads(backup.read_text(encoding="utf-8"))
            assert document["schema"] == "0002" and "initiative" in document["tables"]
    finally:
        pg_cluster.drop_database(name)
