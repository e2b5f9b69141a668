"""Backups with SQLite's online backup API: consistent even while the app writes.

Automatic backups live in a folder beside the database (`<name>.backups/`): one at
the first start of each day, one before every migration and one before every
restore, each kind rotated on its own. A backup is never a file copy of a live
database (that would miss what sits in the -wal file). A server database is backed
up with pg_dump or as JSON instead (server_backup).
"""

from __future__ import annotations

import errno
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dordtwest_desktop.domain.errors import StorageError
from dordtwest_desktop.files import output_error
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store import sqlite_files

if TYPE_CHECKING:
    from dordtwest_desktop.store.database import Store

KEEP = {"daily": 14, "before-migration": 5, "before-restore": 5, "manual": 1000}
_NAME = re.compile(r"^(?P<kind>[a-z-]+)-(?P<stamp>\d{8}-\d{6})\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    created: datetime
    size: int


def backup_folder(store: Store) -> Path:
    path = store.path
    if path is None:
        raise StorageError(tr("Backups are only made of SQLite databases."))
    return path.with_name(path.name + ".backups")


def backup_to(store: Store, target: Path) -> Path:
    """Write a consistent copy of the store to `target` (never a plain file copy).

    A server database is backed up with pg_dump, or as JSON without it (server_backup).
    """
    if not store.is_sqlite:
        if store.engine.dialect.name != "postgresql":
            raise StorageError(tr("Backups are only made of SQLite databases."))
        from dordtwest_desktop.store.server_backup import backup_server

        return backup_server(store, target)
    target = Path(target).expanduser().resolve()
    if store.path is not None and target == store.path.resolve():
        raise StorageError(tr("A backup cannot overwrite the database itself."))
    if sqlite_files.is_side_file(target):
        raise StorageError(
            tr(
                "'{name}' ends like one of SQLite's own side files (-wal, -shm, -journal), "
                "which SQLite would delete or overwrite: choose another name."
            ).format(name=target.name)
        )
    if target.is_dir():
        raise StorageError(tr("'{path}' is a folder, not a file name.").format(path=target))
    partial = target.with_name(target.name + ".part")
    try:
        raw = store.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            partial.unlink(missing_ok=True)  # a stale one from a killed run
            destination = sqlite_files.connect(partial, mode="rwc")
            try:
                source.backup(destination)
                # One self-contained file: a backup opened read-only later must not need
                # -wal/-shm files beside it.
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
        finally:
            raw.close()
        partial.replace(target)
        _verify(target)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (partial, *sqlite_files.side_files(partial)):
            leftover.unlink(missing_ok=True)
        raise _backup_error(target, exc) from exc
    return target


def _backup_error(target: Path, exc: OSError | sqlite3.Error) -> StorageError:
    """One sentence, chosen by the error's number or SQLite result code."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return StorageError(output_error(target, exc).message)
    if sqlite_files.error_name(exc) == "SQLITE_FULL":
        return StorageError(output_error(target, OSError(errno.ENOSPC, "")).message)
    reason = sqlite_files.message_for(exc) or str(exc)
    return StorageError(
        tr("The backup to '{target}' failed: {reason}").format(target=target, reason=reason)
    )


def _verify(target: Path) -> None:
    """Say a backup was written only once it is there and opens as a sound database."""
    if not target.is_file():
        raise OSError(tr("the file is not there after writing"))
    try:
        sqlite_files.check_file(target)
    except StorageError as exc:
        target.unlink(missing_ok=True)
        raise OSError(exc.message) from exc


def make_backup(store: Store, kind: str, now: datetime | None = None) -> Path:
    """A backup of this kind in the backup folder; older ones of the kind are rotated out."""
    folder = backup_folder(store)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = backup_to(store, folder / f"{kind}-{stamp}.sqlite")
    for old in [b for b in list_backups(store) if b.kind == kind][KEEP.get(kind, 10) :]:
        old.path.unlink(missing_ok=True)
    return target


def daily_backup(store: Store, now: datetime | None = None) -> Path | None:
    """The day's first backup, unless one was made today already."""
    if not store.is_sqlite:
        return None
    today = (now or datetime.now()).date()
    if any(b.kind == "daily" and b.created.date() == today for b in list_backups(store)):
        return None
    return make_backup(store, "daily", now)


def list_backups(store: Store) -> list[BackupInfo]:
    """The backups of this database, newest first."""
    folder = backup_folder(store)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None:
            continue
        created = _stamp_time(match["stamp"])
        if created is None:
            continue  # not a moment: not a backup this app made
        found.append(BackupInfo(path, match["kind"], created, path.stat().st_size))
    return sorted(found, key=lambda b: b.created, reverse=True)


def _stamp_time(stamp: str) -> datetime | None:
    """The moment a backup's name gives ("20261203-093000"), read without strptime:
    the daily backup looks at every start, and strptime's first use costs 10 ms."""
    try:
        return datetime(
            int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]),
            int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]),
        )  # fmt: skip
    except ValueError:
        return None


def restore_backup(store: Store, backup: Path) -> Path:
    """Replace the store's content with a backup's; the current state is backed up first.

    Returns the backup made of the current state. The backup is checked before
    anything is written, and written with the online backup API into the live file.
    """
    from dordtwest_desktop.store.database import check_sqlite_file
    from dordtwest_desktop.store.migrate import check_revision_of_file, upgrade

    backup = Path(backup)
    check_sqlite_file(backup)
    check_revision_of_file(backup)
    safety = make_backup(store, "before-restore")
    store.engine.dispose()
    try:
        source = sqlite_files.connect(backup, mode="ro")
        raw = store.engine.raw_connection()
        try:
            destination = raw.driver_connection
            assert isinstance(destination, sqlite3.Connection)
            source.backup(destination)
        finally:
            raw.close()
            source.close()
    except sqlite3.Error as exc:
        raise StorageError(
            tr("Restoring '{backup}' failed: {reason}").format(backup=backup.name, reason=exc)
        ) from exc
    store.engine.dispose()
    upgrade(store)
    return safety
