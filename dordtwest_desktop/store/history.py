"""The history of every record: who changed which field, from what to what, and when.

Recorded by the store on every flush of the ORM, so no use case can forget it:
one entry per changed field, one for a record created, one for a record
deleted. Entries are written with plain inserts after the flush (adding ORM
objects during a flush is not allowed), in the same transaction: a use case
that rolls back leaves no history behind.
"""

from __future__ import annotations

import getpass
import uuid
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.store.models import HistoryEntry, Versioned

# session.info keys: the person making the change, and "do not record" (the seed).
ACTOR = "dordtwest_actor"
OFF = "dordtwest_history_off"
# session.info key: the tables this transaction wrote, for the change notification.
TABLES = "dordtwest_tables"
# Columns whose change is the version machinery itself, not the user's edit.
_SKIP = frozenset({"version", "id"})

CREATED, CHANGED, DELETED = "created", "changed", "deleted"


def default_actor() -> str:
    """The person when the app knows no name: the operating system's user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def now() -> datetime:
    """The moment of a change, in UTC without zone (portable across SQLite and PostgreSQL)."""
    return datetime.now(UTC).replace(tzinfo=None)


def as_text(value: Any) -> str | None:
    """A stored value as the history keeps it: readable text, never the raw bytes."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, PreciseDate):
        return value.render()
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return f"{len(bytes(value))} bytes"
    return str(value)


def _entry(session: Session, row: Versioned, action: str, **values: Any) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "at": session.info.setdefault("dordtwest_history_at", now()),
        "who": session.info.get(ACTOR, ""),
        "record_table": row.__tablename__,  # type: ignore[attr-defined]
        "record_id": row.id,  # type: ignore[attr-defined]
        "action": action,
        "field": values.get("field"),
        "old": values.get("old"),
        "new": values.get("new"),
        "version": 0 if action == DELETED else (row.version or 1),
    }


def _changes(session: Session, row: Versioned) -> list[dict[str, Any]]:
    state = inspect(row)
    entries = []
    for column in state.mapper.column_attrs:
        if column.key in _SKIP:
            continue
        history = state.attrs[column.key].history
        if not history.has_changes():
            continue
        old = as_text(history.deleted[0]) if history.deleted else None
        new = as_text(history.added[0]) if history.added else None
        if old != new:
            entries.append(_entry(session, row, CHANGED, field=column.key, old=old, new=new))
    return entries


@event.listens_for(Session, "after_flush")
def _record(session: Session, _context: UOWTransaction) -> None:
    if session.info.get(OFF):
        return
    entries: list[dict[str, Any]] = []
    for row in session.new:
        if isinstance(row, Versioned):
            entries.append(_entry(session, row, CREATED))
    for row in session.dirty:
        if isinstance(row, Versioned) and session.is_modified(row, include_collections=False):
            entries.extend(_changes(session, row))
    for row in session.deleted:
        if isinstance(row, Versioned):
            entries.append(_entry(session, row, DELETED))
    if entries:
        session.connection().execute(insert(HistoryEntry), entries)
        wrote(session, {entry["record_table"] for entry in entries})


def wrote(session: Session, tables: set[str]) -> None:
    """Note tables a transaction changed (other windows refresh only what shows them)."""
    session.info.setdefault(TABLES, set()).update(tables)


def record_deleted(session: Session, table: str, ident: uuid.UUID) -> None:
    """A deletion done with a plain statement (not through the ORM) enters the history too."""
    wrote(session, {table})
    if session.info.get(OFF):
        return
    session.execute(
        insert(HistoryEntry),
        [
            {
                "id": uuid.uuid4(),
                "at": session.info.setdefault("dordtwest_history_at", now()),
                "who": session.info.get(ACTOR, ""),
                "record_table": table,
                "record_id": ident,
                "action": DELETED,
                "field": None,
                "old": None,
                "new": None,
                "version": 0,
            }
        ],
    )


def record_plain(session: Session, table: str, changes: list[dict[str, Any]]) -> None:
    """Changes written with plain statements (bulk use cases) enter the history too.

    Each change names `record_id`, `action` and `version`, and for a changed field
    `field`, `old` and `new` (any stored value; kept as text, as the flush does).
    """
    wrote(session, {table})
    if session.info.get(OFF) or not changes:
        return
    at = session.info.setdefault("dordtwest_history_at", now())
    who = session.info.get(ACTOR, "")
    session.execute(
        insert(HistoryEntry),
        [
            {
                "id": uuid.uuid4(),
                "at": at,
                "who": who,
                "record_table": table,
                "record_id": change["record_id"],
                "action": change["action"],
                "field": change.get("field"),
                "old": as_text(change.get("old")),
                "new": as_text(change.get("new")),
                "version": change["version"],
            }
            for change in changes
        ],
    )


@event.listens_for(Session, "after_transaction_end")
def _forget_time(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop("dordtwest_history_at", None)
