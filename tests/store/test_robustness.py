"""Nothing is lost: kills, damaged and foreign files, newer schemas, full disks."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.errors import StorageError
from dordtwest_desktop.services.dto import MilestoneDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.backup import daily_backup, list_backups, make_backup, restore_backup
from dordtwest_desktop.store.database import Store, integrity_ok, open_store
from dordtwest_desktop.store.migrate import SCHEMA_HEAD, current_revision
from dordtwest_desktop.store.recovery import replace_with_backup

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
KILLS = int(os.environ.get("DORDTWEST_CRASH_KILLS", "50"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_sigkill_during_edits_loses_nothing_that_returned(db_path: Path):
    """Each kill lands after a seeded number of confirmed edits (0 to 4) plus a seeded
    few milliseconds, so in the middle of a stream of writes, not during start-up."""
    rng = random.Random(7)
    confirmed: list[str] = []
    waited_for = 0
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for kill in range(KILLS):
        worker = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("crash_worker.py")),
                str(db_path),
                str(kill * 1000),
            ],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
        edits = rng.randint(0, 4)
        for _ in range(edits):
            line = worker.stdout.readline()
            assert line.startswith("done "), line
            confirmed.append(line.split()[1])
        waited_for += edits
        time.sleep(rng.uniform(0.0, 0.02))
        worker.send_signal(signal.SIGKILL)
        out, _ = worker.communicate()
        confirmed += [line.split()[1] for line in out.splitlines() if line.startswith("done ")]
    store = open_store(db_path)
    try:
        assert integrity_ok(store)
        stored = {str(x.id) for x in ProgrammeService(store).milestones()}
    finally:
        store.close()
    assert len(confirmed) >= waited_for  # every kill landed in a stream of edits
    assert set(confirmed) <= stored


@given(moment=st.datetimes(min_value=datetime(1000, 1, 1)).map(lambda d: d.replace(microsecond=0)))
def test_a_backups_name_gives_back_its_moment(moment: datetime):
    from dordtwest_desktop.store.backup import _stamp_time

    assert _stamp_time(moment.strftime("%Y%m%d-%H%M%S")) == moment


@pytest.mark.sqlite_only
def test_a_file_named_like_a_backup_at_no_real_moment_is_not_listed(store: Store):
    made = make_backup(store, "manual", datetime(2025, 3, 1, 9, 30))
    (made.parent / "daily-20251399-256161.sqlite").write_bytes(made.read_bytes())
    assert [(b.kind, b.created) for b in list_backups(store)] == [
        ("manual", datetime(2025, 3, 1, 9, 30))
    ]


@pytest.mark.sqlite_only
def test_daily_backup_once_a_day_and_rotated(store: Store):
    first = daily_backup(store, datetime(2025, 1, 1, 9, 0))
    assert first is not None and first.exists()
    assert daily_backup(store, datetime(2025, 1, 1, 17, 0)) is None
    for day in range(2, 20):
        daily_backup(store, datetime(2025, 1, day, 9, 0))
    daily = [b for b in list_backups(store) if b.kind == "daily"]
    assert len(daily) == 14
    assert daily[0].created == datetime(2025, 1, 19, 9, 0)
    copy = sqlite3.connect(daily[0].path)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


@pytest.mark.sqlite_only
def test_restore_keeps_current_state_as_backup(store: Store):
    service = ProgrammeService(store)
    backup = make_backup(store, "manual")
    extra = MilestoneDTO(id=uuid.uuid4(), title="Na de back-up", due=PreciseDate.parse("2031"))
    service.save_milestone(extra)
    safety = restore_backup(store, backup)
    assert extra.id not in {x.id for x in service.milestones()}
    assert safety.exists()
    check = open_store(safety)
    assert extra.id in {x.id for x in ProgrammeService(check).milestones()}
    check.close()


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_bytes(b"Dit is een tekstbestand, geen database.\n" * 50),
        lambda p: p.write_bytes((FIXTURES / "schema-0001.sqlite").read_bytes()[:5000]),
        lambda p: _foreign_database(p),
    ],
    ids=["not-a-database", "truncated", "other-application"],
)
def test_unusable_files_are_refused_untouched(tmp_path: Path, make):
    path = tmp_path / "kapot.sqlite"
    make(path)
    before = digest(path)
    with pytest.raises(StorageError) as error:
        open_store(path)
    assert "kapot.sqlite" in error.value.message or "andere toepassing" in error.value.message
    assert digest(path) == before


def _foreign_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.execute("INSERT INTO recipes VALUES ('appeltaart')")
    connection.commit()
    connection.close()


def test_newer_schema_is_refused_untouched(db_path: Path):
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    connection.commit()
    connection.close()
    before = digest(db_path)
    with pytest.raises(StorageError) as error:
        open_store(db_path)
    assert "nieuwere versie" in error.value.message
    assert digest(db_path) == before


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.sqlite")), ids=lambda p: p.stem)
def test_every_released_schema_upgrades_with_its_data(tmp_path: Path, fixture: Path):
    path = tmp_path / "oud.sqlite"
    shutil.copyfile(fixture, path)
    store = open_store(path)
    try:
        with store.engine.connect() as connection:
            assert current_revision(connection) == SCHEMA_HEAD
        meetings = MeetingService(store)
        example = next(x for x in meetings.meetings() if x.title.startswith("Voorbeeldvergadering"))
        detail = meetings.detail(example.id)
        item = next(s.item for s in detail.agenda if s.item.title == "Voorbeeldpunt")
        assert detail.decisions[item.id].text == "Voorbeeldbesluit"
        assert [a.text for a in detail.annotations[item.id]] == ["Voorbeeldopmerking"]
        assert [a.description for a in detail.actions] == ["Voorbeeldactie"]
        assert len(ProgrammeService(store).initiatives()) == 4
        assert integrity_ok(store)
    finally:
        store.close()


@pytest.mark.sqlite_only
def test_full_disk_reports_and_keeps_data(store: Store):
    service = ProgrammeService(store)
    before = service.milestones()

    @event.listens_for(store.engine, "connect")
    def _limit(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    store.engine.dispose()
    big = MilestoneDTO(id=uuid.uuid4(), title="x" * 2_000_000, due=PreciseDate.parse("2030"))
    with pytest.raises(StorageError) as error:
        service.save_milestone(big)
    assert "vol" in error.value.message
    assert service.milestones() == before


@pytest.mark.sqlite_only
def test_read_only_database_reports(store: Store):
    @event.listens_for(store.engine, "connect")
    def _read_only(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only = ON")

    store.engine.dispose()
    with pytest.raises(StorageError) as error:
        ProgrammeService(store).save_milestone(
            MilestoneDTO(id=uuid.uuid4(), title="x", due=PreciseDate.parse("2030"))
        )
    assert "niet worden geschreven" in error.value.message


@pytest.mark.sqlite_only
def test_replace_unusable_file_with_backup_keeps_the_unusable_one(store: Store, db_path: Path):
    backup = make_backup(store, "manual")
    store.close()
    db_path.write_bytes(b"stuk" * 1000)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    kept = replace_with_backup(db_path, backup)
    assert kept.read_bytes() == b"stuk" * 1000
    reopened = open_store(db_path)
    assert len(ProgrammeService(reopened).initiatives()) == 4
    reopened.close()


@pytest.mark.sqlite_only
def test_an_unreadable_stored_value_is_a_clean_error(store: Store):
    with store.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
        connection.exec_driver_sql("UPDATE initiative SET status = 'kapot' WHERE position = 0")
    with pytest.raises(StorageError) as error:
        ProgrammeService(store).initiatives()
    assert "beschadigd" in error.value.message


def test_a_bug_in_our_code_is_not_called_damage(store: Store):
    with pytest.raises(ValueError, match="een fout van ons"), store.transaction():
        raise ValueError("een fout van ons")


@pytest.mark.sqlite_only
def test_a_backup_is_one_self_contained_file(store: Store):
    path = make_backup(store, "manual")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.sqlite_only
def test_read_only_second_window_reads_and_refuses_writes(store: Store, db_path: Path):
    reader = open_store(db_path, read_only=True)
    try:
        assert len(ProgrammeService(reader).initiatives()) == 4
        with pytest.raises(StorageError) as error:
            ProgrammeService(reader).save_milestone(
                MilestoneDTO(id=uuid.uuid4(), title="x", due=PreciseDate.parse("2030"))
            )
        assert "alleen-lezen" in error.value.message
        # The writer is not blocked by the reader.
        ProgrammeService(store).save_milestone(
            MilestoneDTO(id=uuid.uuid4(), title="Door de schrijver", due=PreciseDate.parse("2030"))
        )
        assert "Door de schrijver" in {x.title for x in ProgrammeService(reader).milestones()}
    finally:
        reader.close()
