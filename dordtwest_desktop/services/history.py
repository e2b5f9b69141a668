"""Who changed what: a record's history, and the last change anyone made.

The store records every change (store/history.py); this reads it back in the
user's words: enum values as their Dutch labels, references as the name of what
they point to, times in local time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Enum, Table, func, select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.common import Service
from dordtwest_desktop.store import models as m

# How many entries a record's history tab shows (newest first).
LIMIT = 500
# The columns that name a record, by table, for references shown in the history.
_NAME_COLUMNS = ("title", "name", "text")


@dataclass(frozen=True)
class HistoryEntryDTO:
    at: datetime  # local time
    who: str
    action: str  # created, changed, deleted
    field: str | None
    old: str | None
    new: str | None
    version: int
    record_table: str
    record_id: uuid.UUID

    def when(self) -> str:
        return self.at.strftime("%d-%m-%Y %H:%M")

    def what(self) -> str:
        """The change in a few words, for a status line or a list."""
        if self.action == "created":
            return tr("created")
        if self.action == "deleted":
            return tr("deleted")
        return tr("changed")


def local(at: datetime) -> datetime:
    """A stored UTC moment as the user's local time (without zone, for display)."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class HistoryService(Service):
    def of(self, record_id: uuid.UUID) -> tuple[HistoryEntryDTO, ...]:
        """A record's changes, newest first."""
        with self.store.read() as session:
            rows = session.scalars(
                select(m.HistoryEntry)
                .where(m.HistoryEntry.record_id == record_id)
                .order_by(m.HistoryEntry.at.desc(), m.HistoryEntry.field)
                .limit(LIMIT)
            ).all()
            return tuple(_entries(session, rows))

    def last_change(self, record_id: uuid.UUID) -> HistoryEntryDTO | None:
        """The newest change of a record (for "changed by … at …" in a conflict)."""
        found = self.of(record_id)
        return found[0] if found else None

    def since(self, mark: datetime | None) -> Since:
        """The changes recorded after `mark` (None: none; only take the current mark).

        A window remembers the mark and asks again when it notices a change made
        elsewhere, to refresh only the views that show what changed.
        """
        with self.store.read() as session:
            return _since(session, mark)

    def latest(self, *, not_by: str | None = None) -> HistoryEntryDTO | None:
        """The newest change in the whole programme, optionally not by this person."""
        with self.store.read() as session:
            query = select(m.HistoryEntry).order_by(m.HistoryEntry.at.desc()).limit(1)
            if not_by is not None:
                query = query.where(m.HistoryEntry.who != not_by)
            row = session.scalars(query).first()
            return next(iter(_entries(session, [row])), None) if row is not None else None


@dataclass(frozen=True)
class Since:
    """What the history recorded after a mark: the tables and records, who, and a new mark."""

    tables: frozenset[str]
    ids: frozenset[uuid.UUID]
    who: str  # the newest change's author
    mark: datetime  # pass to the next `since`


# The mark of an empty history: before any change.
_EPOCH = datetime(1970, 1, 1)


def _newest_mark(session: Session) -> datetime:
    return session.scalar(select(func.max(m.HistoryEntry.at))) or _EPOCH


# A change committed late (its time is taken at its first write) must not be
# missed: look back this far before the mark. Refreshing a view too many is
# harmless, one too few is not.
_LOOK_BACK = timedelta(seconds=60)


def _since(session: Session, mark: datetime | None) -> Since:
    if mark is None:
        return Since(frozenset(), frozenset(), "", _newest_mark(session))
    rows = session.execute(
        select(
            m.HistoryEntry.record_table,
            m.HistoryEntry.record_id,
            m.HistoryEntry.who,
            m.HistoryEntry.at,
        )
        .where(m.HistoryEntry.at > mark - _LOOK_BACK)
        .order_by(m.HistoryEntry.at.desc())
        .limit(LIMIT)
    ).all()
    if not rows or rows[0].at <= mark:
        # Nothing recorded since the mark: a write the history does not know.
        return Since(frozenset(), frozenset(), "", mark)
    newest = rows[0].at
    return Since(
        frozenset(r.record_table for r in rows),
        frozenset(r.record_id for r in rows),
        rows[0].who,
        newest,
    )


def _table(name: str) -> Table | None:
    return m.Base.metadata.tables.get(name)


def _entries(session: Session, rows: Any) -> list[HistoryEntryDTO]:
    rows = list(rows)
    names = _referenced_names(session, rows)
    return [
        HistoryEntryDTO(
            at=local(row.at),
            who=row.who,
            action=row.action,
            field=row.field,
            old=_shown(row.record_table, row.field, row.old, names),
            new=_shown(row.record_table, row.field, row.new, names),
            version=row.version,
            record_table=row.record_table,
            record_id=row.record_id,
        )
        for row in rows
    ]


def _referenced_names(session: Session, rows: list[Any]) -> dict[str, str]:
    """The names of the records that changed references point to, in one query per table."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for row in rows:
        target = _reference(row.record_table, row.field)
        if target is None:
            continue
        for value in (row.old, row.new):
            try:
                wanted.setdefault(target, set()).add(uuid.UUID(value))
            except (TypeError, ValueError):
                continue
    names: dict[str, str] = {}
    for target, ids in wanted.items():
        table = _table(target)
        column = next(
            (table.c[c] for c in _NAME_COLUMNS if table is not None and c in table.c), None
        )
        if table is None or column is None:
            continue
        for ident, name in session.execute(select(table.c.id, column).where(table.c.id.in_(ids))):
            names[str(ident)] = str(name)
    return names


def _reference(table_name: str, field: str | None) -> str | None:
    table = _table(table_name)
    if table is None or field is None or field not in table.c:
        return None
    keys = list(table.c[field].foreign_keys)
    return keys[0].column.table.name if keys else None


def _shown(
    table_name: str, field: str | None, value: str | None, names: dict[str, str]
) -> str | None:
    if value is None or field is None:
        return value
    table = _table(table_name)
    if table is None or field not in table.c:
        return value
    column_type = table.c[field].type
    enum_class = getattr(column_type, "enum_class", None) if isinstance(column_type, Enum) else None
    if enum_class is not None and issubclass(enum_class, StrEnum):
        try:
            return label(enum_class(value))
        except ValueError:
            return value
    if value in ("true", "false") and isinstance(column_type, Boolean):
        return tr("yes") if value == "true" else tr("no")
    return names.get(value, value)
