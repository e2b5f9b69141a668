"""Record versions: every UPDATE moves a record's version on by one.

The mapper's version column makes SQLAlchemy add `WHERE version = <loaded>` to
every UPDATE and DELETE, so a write based on a stale row matches nothing and
raises StaleDataError, on SQLite and PostgreSQL alike. The generator is ours (not
SQLAlchemy's) so that a use case can also move a parent's version when only its
children changed: `touch(row)`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, SessionTransaction, object_session

from dordtwest_desktop.domain.errors import ConflictError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store.models import HistoryEntry, Versioned

_BUMPED = "dordtwest_versions_bumped"


def touch(row: Versioned) -> None:
    """Move the version on even if no column of the row itself changes.

    Once per transaction: a use case that flushes a row twice still moves it by
    one, so an editor knows its next version without reading it back.
    """
    state = inspect(row)
    session = object_session(row)
    if not state.persistent or session is None:
        return
    bumped: set[int] = session.info.setdefault(_BUMPED, set())
    if id(row) in bumped:
        return
    bumped.add(id(row))
    if not state.attrs.version.history.has_changes():
        row.version = (row.version or 0) + 1


def check_version(row: Versioned, expected: int, theirs: Any) -> None:
    """Refuse a save based on another version than the stored one.

    `expected` 0 means the caller never loaded the record (a new one); anything
    else must equal the stored version. `theirs` is the stored record's DTO.
    """
    if expected != row.version:
        by, at = last_change(row)
        raise ConflictError(
            tr(
                "This record was changed by someone else after you opened it; "
                "your change was not stored."
            ),
            theirs=theirs,
            by=by,
            at=at,
        )


def last_change(row: Versioned) -> tuple[str, datetime | None]:
    """Who made the stored version of a row, and when (local time); ("", None) if unknown."""
    session = object_session(row)
    if session is None:
        return "", None
    found = session.execute(
        select(HistoryEntry.who, HistoryEntry.at)
        .where(HistoryEntry.record_id == row.id)  # type: ignore[attr-defined]
        .order_by(HistoryEntry.at.desc())
        .limit(1)
    ).first()
    if found is None:
        return "", None
    return found.who, found.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@event.listens_for(Session, "after_transaction_end")
def _forget_bumps(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_BUMPED, None)


@event.listens_for(Session, "before_flush")
def _bump_versions(session: Session, _context: Any, _instances: Any) -> None:
    for row in session.dirty:
        if isinstance(row, Versioned) and session.is_modified(row, include_collections=False):
            touch(row)
