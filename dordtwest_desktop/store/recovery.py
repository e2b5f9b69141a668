"""Getting back to a working database when the usual one cannot be opened."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from dordtwest_desktop.domain.errors import StorageError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store import sqlite_files


def backups_beside(path: Path) -> list[Path]:
    """The automatic backups of the database at `path`, newest first (without opening it)."""
    folder = path.with_name(path.name + ".backups")
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)


def replace_with_backup(path: Path, backup: Path) -> Path:
    """Put a backup in the place of an unusable database file.

    The unusable file is kept, renamed, never overwritten; returns its new name.
    """
    from dordtwest_desktop.store.database import check_sqlite_file
    from dordtwest_desktop.store.migrate import check_revision_of_file

    check_sqlite_file(backup)
    check_revision_of_file(backup)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.unusable-{stamp}")
    try:
        if path.exists():
            path.rename(kept)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(kept.with_name(kept.name + suffix))
        source = sqlite_files.connect(backup, mode="ro")
        target = sqlite_files.connect(path, mode="rwc")
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(
            tr("Restoring '{backup}' failed: {reason}").format(backup=backup.name, reason=exc)
        ) from exc
    return kept
