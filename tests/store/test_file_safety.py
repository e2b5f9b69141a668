"""Files as users name and keep them: odd names, a busy file, a cut file, a read-only folder.

Real SQLite files and, where the case needs one, a real second process.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from dordtwest_desktop.cli import main
from dordtwest_desktop.domain.errors import StorageError
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store import database, sqlite_files
from dordtwest_desktop.store.backup import backup_to, restore_backup
from dordtwest_desktop.store.database import open_store

ODD_NAMES = [
    "jaar%41.sqlite",
    "a#b.sqlite",
    "#archief.sqlite",
    "q?mode=rw.sqlite",
    "met spatie en accent é.sqlite",
    "100%.sqlite",
]


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# -- 1. any legal file name ------------------------------------------------------------


@pytest.mark.parametrize("name", ODD_NAMES)
def test_an_odd_name_opens_exactly_that_file(tmp_path: Path, name: str):
    path = tmp_path / name
    store = open_store(path)
    try:
        assert store.path == path.resolve()
        goal = ProgrammeService(store).goals()[0]
    finally:
        store.close()
    # Only the database itself (and its side files) appeared: no 'jaarA.sqlite', no 'q'.
    assert {n for n in _files(tmp_path) if not n.endswith(("-wal", "-shm"))} == {name}
    again = open_store(path)
    try:
        assert ProgrammeService(again).goals()[0] == goal
    finally:
        again.close()


@pytest.mark.parametrize("name", ODD_NAMES)
def test_the_cli_lists_and_backs_up_under_an_odd_name(tmp_path: Path, capsys, name: str):
    path = tmp_path / name
    assert main(["--db", str(path), "list", "meetings"]) == 0
    out = tmp_path / "kopie" / name
    out.parent.mkdir()
    assert main(["--db", str(path), "backup", "--out", str(out)]) == 0
    assert _files(out.parent) == {name}
    copy = open_store(out)
    try:
        assert MeetingService(copy).meetings()
    finally:
        copy.close()


def _foreign(path: Path) -> bytes:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE klanten (naam TEXT)")
    connection.execute("INSERT INTO klanten VALUES ('voorbeeld')")
    connection.commit()
    connection.close()
    return path.read_bytes()


@pytest.mark.parametrize("name", ["a#b.sqlite", "jaar%41.sqlite", "q?mode=rw.sqlite"])
def test_a_foreign_database_with_an_odd_name_is_refused_untouched(tmp_path: Path, name: str):
    path = tmp_path / name
    before = _foreign(path)
    with pytest.raises(StorageError, match="andere toepassing"):
        open_store(path)
    assert path.read_bytes() == before  # still in rollback-journal mode, not WAL
    assert _files(tmp_path) == {name}  # no -wal, no -shm beside a refused file


@pytest.mark.sqlite_only
def test_backup_and_restore_through_odd_names(tmp_path: Path, store):
    target = tmp_path / "reserve #1 %41 ?.sqlite"
    backup_to(store, target)
    assert target.is_file()
    title = ProgrammeService(store).goals()[0].title
    goal = ProgrammeService(store).goals()[0]
    from dataclasses import replace

    ProgrammeService(store).save_goal(replace(goal, title="Gewijzigd"))
    restore_backup(store, target)
    assert ProgrammeService(store).goals()[0].title == title


# -- 2. a busy database ----------------------------------------------------------------


@pytest.fixture
def held(db_path: Path) -> Iterator[Path]:
    """Another process holding the write lock (a long import, another coordinator's save)."""
    script = textwrap.dedent(
        f"""
        import sqlite3, sys, time
        from pathlib import Path
        connection = sqlite3.connect(Path({str(db_path)!r}).as_uri(), uri=True,
                                     isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE goal SET description = description")
        print("holding", flush=True)
        sys.stdin.read()  # until the test closes our stdin
        connection.execute("ROLLBACK")
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "holding"
        yield db_path
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)


def test_reads_do_not_wait_for_another_writer(held: Path, capsys):
    assert main(["--db", str(held), "list", "meetings"]) == 0
    assert "Alliantie" in capsys.readouterr().out
    store = open_store(held)
    try:
        assert ProgrammeService(store).goals()
        assert MeetingService(store).detail(MeetingService(store).meetings()[-1].id)
    finally:
        store.close()


def test_a_write_that_keeps_waiting_gets_its_own_sentence(held: Path, monkeypatch):
    monkeypatch.setattr(database, "WRITE_WAIT_MS", 300)
    store = open_store(held)
    try:
        goal = ProgrammeService(store).goals()[0]
        from dataclasses import replace

        with pytest.raises(StorageError) as refused:
            ProgrammeService(store).save_goal(replace(goal, title="Tijdens de import"))
        assert "bezig met een andere bewerking" in refused.value.message
        assert "andere toepassing" not in refused.value.message
    finally:
        store.close()
    store = open_store(held)
    try:
        assert ProgrammeService(store).goals()[0].title == goal.title
    finally:
        store.close()


def test_the_cli_says_busy_not_foreign(held: Path, capsys, monkeypatch, tmp_path: Path):
    monkeypatch.setattr(database, "WRITE_WAIT_MS", 300)
    code = main(["--db", str(held), "import", "indicators", str(_csv(tmp_path))])
    _, err = capsys.readouterr()
    assert code != 0
    assert "bezig met een andere bewerking" in err
    assert "Traceback" not in err and "andere toepassing" not in err


def _csv(folder: Path) -> Path:
    path = folder / "cijfers.csv"
    path.write_text(
        "indicator;jaar;dordt_west;dordrecht;nederland\nVoorbeeld;2022;1;2;3\n", encoding="utf-8"
    )
    return path


def test_errors_are_told_apart_by_their_result_code(tmp_path: Path, db_path: Path):
    text_file = tmp_path / "tekst.sqlite"
    text_file.write_text("geen database " * 100)
    with pytest.raises(sqlite3.DatabaseError) as notadb:
        sqlite3.connect(text_file).execute("SELECT 1 FROM sqlite_master").fetchall()
    assert sqlite_files.error_name(notadb.value) == "SQLITE_NOTADB"
    with pytest.raises(sqlite3.OperationalError) as readonly:
        sqlite_files.connect(db_path, mode="ro").execute("DELETE FROM goal")
    assert sqlite_files.error_name(readonly.value) == "SQLITE_READONLY"
    with pytest.raises(sqlite3.OperationalError) as cantopen:
        sqlite_files.connect(tmp_path / "weg" / "x.sqlite", mode="ro")
    assert sqlite_files.error_name(cantopen.value) == "SQLITE_CANTOPEN"
    first = sqlite_files.connect(db_path)
    first.isolation_level = None
    first.execute("BEGIN IMMEDIATE")
    second = sqlite_files.connect(db_path, timeout=0)
    with pytest.raises(sqlite3.OperationalError) as busy:
        second.execute("BEGIN IMMEDIATE")
    assert sqlite_files.error_name(busy.value) == "SQLITE_BUSY"
    assert "bezig" in (sqlite_files.message_for(busy.value) or "")
    first.execute("ROLLBACK")


# -- 7. a file cut short ---------------------------------------------------------------


@pytest.mark.parametrize("cut", [1, 4096])
def test_a_file_cut_short_is_refused(db_path: Path, cut: int):
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:
        handle.truncate(size - cut)
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="beschadigd"):
        open_store(db_path)
    assert db_path.read_bytes() == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_whole_file_passes_the_size_check(db_path: Path):
    sqlite_files.check_file(db_path)


def _quick_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The quick_checks check_file runs from now on (through its own connections)."""
    seen: list[str] = []
    real = sqlite_files.connect

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        connection = real(*args, **kwargs)
        connection.set_trace_callback(
            lambda statement: seen.append(statement) if "quick_check" in statement else None
        )
        return connection

    monkeypatch.setattr(sqlite_files, "connect", counting)
    return seen


def test_a_file_as_the_app_left_it_is_not_read_through_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "programma.sqlite"
    open_store(path).close()
    checks = _quick_checks(monkeypatch)
    store = open_store(path)
    assert checks == []  # unchanged since this app closed it
    ProgrammeService(store).milestones()
    store.close()
    open_store(path).close()
    assert checks == []


def test_a_file_changed_since_the_app_closed_it_is_checked_and_refused_if_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "programma.sqlite"
    open_store(path).close()
    checks = _quick_checks(monkeypatch)
    # Another program damages a page in the middle: same size, same header.
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page // 2) * page
    data[middle + 8 : middle + page] = b"\xff" * (page - 8)
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="beschadigd"):
        open_store(path)
    assert len(checks) == 1


def test_a_copy_or_a_file_with_changes_in_its_wal_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "programma.sqlite"
    open_store(path).close()
    copy = tmp_path / "kopie.sqlite"
    copy.write_bytes(path.read_bytes())
    checks = _quick_checks(monkeypatch)
    open_store(copy).close()
    assert len(checks) == 1
    (tmp_path / "programma.sqlite-wal").write_bytes(b"x")  # as a crashed writer leaves it
    assert not sqlite_files.known_sound(path)


# -- 8. a read-only folder -------------------------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path, db_path: Path) -> Iterator[Path]:
    """A healthy database on a file system mounted read-only (root ignores chmod)."""
    mount = tmp_path / "alleen-lezen"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)])
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs is not possible here (needs root or CAP_SYS_ADMIN)")
    try:
        (mount / "dordtwest.sqlite").write_bytes(db_path.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount / "dordtwest.sqlite"
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_database_in_a_read_only_folder_opens_read_only_with_a_reason(read_only_folder: Path):
    store = open_store(read_only_folder)
    try:
        assert store.read_only
        assert store.read_only_reason and "kan niet worden beschreven" in store.read_only_reason
        goal = ProgrammeService(store).goals()[0]
        from dataclasses import replace

        with pytest.raises(StorageError) as refused:
            ProgrammeService(store).save_goal(replace(goal, title="X"))
        assert refused.value.message == store.read_only_reason
    finally:
        store.close()


def test_the_cli_reads_and_exports_from_a_read_only_folder(
    read_only_folder: Path, tmp_path: Path, capsys
):
    assert main(["--db", str(read_only_folder), "list", "goals"]) == 0
    out = tmp_path / "agenda.pdf"
    meeting = MeetingService(open_store(read_only_folder)).meetings()[-1]
    assert (
        main(
            [
                "--db",
                str(read_only_folder),
                "export",
                "agenda",
                "--meeting",
                str(meeting.id),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")


# -- 9. backups --------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_backup_name_sqlite_uses_itself_is_refused(
    db_path: Path, tmp_path: Path, capsys, suffix: str
):
    out = tmp_path / f"X.sqlite{suffix}"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) != 0
    _, err = capsys.readouterr()
    assert "kies een andere naam" in err
    assert not out.exists()


@pytest.mark.sqlite_only
def test_a_backup_is_checked_before_it_is_reported(store, tmp_path: Path):
    stale = tmp_path / "reserve.sqlite.part"
    stale.write_bytes(b"half written by a killed run")
    target = backup_to(store, tmp_path / "reserve.sqlite")
    assert _files(tmp_path) >= {"reserve.sqlite"}
    assert not stale.exists()
    sqlite_files.check_file(target)
    with pytest.raises(StorageError):
        backup_to(store, tmp_path)  # a folder is not a file name


# -- 5. text that cannot be written blames the text, not the database ----------------------


def test_a_lone_surrogate_typed_in_a_title_is_refused_as_input(store):
    from dataclasses import replace

    from dordtwest_desktop.domain.errors import ValidationError

    programme = ProgrammeService(store)
    goal = programme.goals()[0]
    with pytest.raises(ValidationError) as refused:
        programme.save_goal(replace(goal, title="Kapot \ud800 teken"))
    assert "back-up" not in refused.value.message.lower()
    assert programme.goals()[0] == goal
