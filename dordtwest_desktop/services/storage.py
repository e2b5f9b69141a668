"""The front ends' way to the database itself: open, back up, restore, exchange.

The UI and the CLI use these and never the store package, so how a database is
opened or copied (SQLite today, a server later) stays behind one service API.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dordtwest_desktop.i18n import mark, tr
from dordtwest_desktop.store import copying, server, sqlite_files
from dordtwest_desktop.store.backup import (
    BackupInfo,
    backup_to,
    daily_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from dordtwest_desktop.store.copying import CopyReport
from dordtwest_desktop.store.database import Store, open_store, sqlite_path
from dordtwest_desktop.store.exchange import ExchangeCancelled, export_json, import_json
from dordtwest_desktop.store.recovery import backups_beside, replace_with_backup

__all__ = [
    "BackupInfo",
    "ChangeWatch",
    "CopyReport",
    "ExchangeCancelled",
    "Store",
    "backup_suffix",
    "backup_to",
    "backups_beside",
    "copy_programme",
    "counted",
    "daily_backup",
    "export_json",
    "import_json",
    "list_backups",
    "make_backup",
    "open_store",
    "remembered",
    "replace_with_backup",
    "restore_backup",
    "server_fields",
    "server_url",
    "sqlite_path",
]


def backup_suffix(store: Store) -> str:
    """What a backup of this store is written as: a SQLite file, a pg_dump archive, or JSON."""
    if store.is_sqlite:
        return ".sqlite"
    from dordtwest_desktop.store.server_backup import backup_suffix as server_suffix

    return server_suffix()


def server_url(host: str, port: int, database: str, user: str, password: str = "") -> str:
    return server.build_url(host, port, database, user, password)


def remembered(target: str | Path) -> str:
    """What the app remembers of a database: a file's path, or a server URL without password."""
    text = str(target)
    return server.without_password(text) if server.is_server_url(text) else text


def server_fields(url: str) -> dict[str, str | int]:
    return server.url_parts(url) if server.is_server_url(url) else {}


def copy_programme(source: str | Path, target: str | Path, *, merge: bool = False) -> CopyReport:
    """Copy the whole programme between two stores (files or server URLs), all or nothing."""
    return copying.copy_store(source, target, merge=merge)


# What the rows of each table are, in words, for a report of what was copied or merged.
RECORD_KINDS = {
    "programme": mark("programme"),
    "pillar": mark("pillars"),
    "goal": mark("goals"),
    "initiative": mark("initiatives"),
    "component": mark("components of initiatives"),
    "funding_line": mark("funding lines"),
    "regime": mark("accountability regimes"),
    "regime_moment": mark("report moments"),
    "milestone": mark("milestones"),
    "organisation": mark("organisations"),
    "person": mark("people"),
    "meeting": mark("meetings"),
    "attendee": mark("attendees"),
    "agenda_item": mark("agenda items"),
    "agenda_item_goal": mark("links of agenda items to goals"),
    "agenda_item_initiative": mark("links of agenda items to initiatives"),
    "agenda_item_milestone": mark("links of agenda items to milestones"),
    "decision_point": mark("decision points"),
    "decision": mark("decisions"),
    "attachment": mark("attachments"),
    "annotation": mark("remarks"),
    "action": mark("actions"),
    "indicator": mark("indicators"),
    "indicator_value": mark("figures of indicators"),
    "history": mark("changes in the history"),
}


def counted(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Rows per table as (what they are, how many), in words, A to Z; tables without rows left out."""
    named = [(tr(RECORD_KINDS.get(table, table)), count) for table, count in counts.items()]
    return sorted(((name, count) for name, count in named if count), key=lambda row: row[0])


class ChangeWatch:
    """Notices what other connections commit: another window, process or coordinator.

    On a SQLite file, `data_version` moves on for a connection whenever any other
    one commits; a dedicated read-only connection asks it, and `absorb()` after
    this window's own change keeps that from counting as someone else's. On a
    server, the other apps' writes announce themselves (LISTEN/NOTIFY), with the
    name of who made them; this app's own are told apart by the store's instance.
    """

    def __init__(self, store: Store) -> None:
        self._connection = (
            sqlite_files.connect(store.path, mode="ro") if store.path is not None else None
        )
        self._listener = (
            server.Listener(store.url, store.instance)
            if store.engine.dialect.name == "postgresql"
            else None
        )
        self._seen = self._version()
        # Who made the last change noticed, when the server said so ("" unknown).
        self.last_by = ""
        # The tables the changes noticed by the last poll wrote; None: not known.
        self.tables: frozenset[str] | None = None

    @property
    def connected(self) -> bool:
        """Is the server reachable (always True for a file)?"""
        return self._listener is None or self._listener.connected

    def _version(self) -> int | None:
        if self._connection is None:
            return None
        try:
            return int(self._connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def poll(self) -> bool:
        """Has another connection committed since the last poll or absorb?"""
        self.tables = None
        if self._listener is not None:
            heard = self._listener.poll()
            if heard:
                self.last_by = heard[-1].get("by", "")
                if all(isinstance(h.get("tables"), list) for h in heard):
                    self.tables = frozenset(t for h in heard for t in h["tables"])
            return bool(heard)
        version = self._version()
        changed = version != self._seen
        self._seen = version
        return changed

    def absorb(self) -> None:
        self._seen = self._version()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
