"""The front ends' way to the database itself: open, back up, restore, exchange.

The UI and the CLI use these and never the store package, so how a database is
opened or copied (SQLite today, a server later) stays behind one service API.
"""

from __future__ import annotations

from dordtwest_desktop.store.backup import (
    BackupInfo,
    backup_to,
    daily_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from dordtwest_desktop.store.database import Store, open_store, sqlite_path
from dordtwest_desktop.store.exchange import export_json, import_json
from dordtwest_desktop.store.recovery import backups_beside, replace_with_backup

__all__ = [
    "BackupInfo",
    "Store",
    "backup_to",
    "backups_beside",
    "daily_backup",
    "export_json",
    "import_json",
    "list_backups",
    "make_backup",
    "open_store",
    "replace_with_backup",
    "restore_backup",
    "sqlite_path",
]
