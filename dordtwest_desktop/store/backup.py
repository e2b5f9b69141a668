"""Backups with SQLite's online backup API: consistent even while the app writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from dordtwest_desktop.domain.errors import StorageError
from dordtwest_desktop.i18n import tr

if TYPE_CHECKING:
    from dordtwest_desktop.store.database import Store


def backup_to(store: Store, target: Path) -> Path:
    """Write a consistent copy of the store to `target` (never a plain file copy)."""
    if not store.is_sqlite:
        raise StorageError(tr("Backups are only made of SQLite databases."))
    target = Path(target).expanduser().resolve()
    if store.path is not None and target == store.path.resolve():
        raise StorageError(tr("A backup cannot overwrite the database itself."))
    partial = target.with_name(target.name + ".part")
    try:
        raw = store.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            raw.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(
            tr("The backup to '{target}' failed: {reason}").format(target=target, reason=exc)
        ) from exc
    return target
