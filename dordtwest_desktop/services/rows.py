"""Light rows for the long lists: what a list shows of a record, read in one statement.

A list of 20,000 milestones or 15,000 actions built as frozen DTOs (or ORM objects)
spent most of its opening in per-row Python (issue 13). These rows are named tuples
of only the columns the list shows, with enums looked up in a dict rather than
through SQLAlchemy's Enum processing; a form reads the whole DTO by id when it opens.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import ActionStatus, Body, MilestoneStatus
from dordtwest_desktop.services.common import no_collection
from dordtwest_desktop.store import models as m

E = TypeVar("E", bound=StrEnum)


class MilestoneRow(NamedTuple):
    """A milestone (mijlpaal) as the list shows it."""

    id: uuid.UUID
    title: str
    due: PreciseDate
    status: MilestoneStatus
    body: Body | None
    initiative_id: uuid.UUID | None
    report: bool  # made by a funding line's regime (it has a funding line)
    deviation: str
    version: int


class ActionRow(NamedTuple):
    """An action (actiepunt) as the list shows it."""

    id: uuid.UUID
    description: str
    owner: str
    due: PreciseDate | None
    status: ActionStatus
    meeting_id: uuid.UUID | None
    version: int

    def is_overdue(self, today: date) -> bool:
        return self.status is ActionStatus.OPEN and self.due is not None and self.due.is_past(today)


def _members(enum: type[E]) -> dict[Any, E | None]:
    found: dict[Any, E | None] = {member.value: member for member in enum}
    found[None] = None
    return found


class _Uuids(dict[Any, uuid.UUID | None]):
    """One UUID per stored value of a column that repeats (a row's parent)."""

    def __missing__(self, raw: Any) -> uuid.UUID | None:
        # Text on SQLite; PostgreSQL's driver gives UUID objects already.
        found = None if raw is None else raw if isinstance(raw, uuid.UUID) else uuid.UUID(raw)
        self[raw] = found
        return found


def _as_text(column: Any) -> Any:
    # The stored value (an enum's value is a VARCHAR on every backend), unprocessed.
    return type_coerce(column, String)


def milestone_rows(session: Session) -> list[MilestoneRow]:
    """Every milestone, by date and then title (the programme's order)."""
    statuses = {s.value: s for s in MilestoneStatus}
    bodies = _members(Body)
    with no_collection():
        return _milestone_rows(session, statuses, bodies)


def _milestone_rows(
    session: Session, statuses: dict[Any, MilestoneStatus], bodies: dict[Any, Body | None]
) -> list[MilestoneRow]:
    t = m.Milestone.__table__.c
    found = session.execute(
        select(
            t.id,
            t.title,
            t.due,
            _as_text(t.status),
            _as_text(t.body),
            _as_text(t.initiative_id),
            t.funding_line_id.is_not(None),
            t.deviation,
            t.version,
        )
    ).all()
    initiatives = _Uuids()
    rows = [
        MilestoneRow(
            ident,
            title,
            due,
            statuses[status],
            bodies[body],
            initiatives[initiative],
            bool(report),
            deviation,
            version,
        )
        for ident, title, due, status, body, initiative, report, deviation, version in found
    ]
    rows.sort(key=lambda x: (x.due.sort_key(), x.title))
    return rows


def action_rows(session: Session) -> list[ActionRow]:
    """Every action: open ones first, then by due date and description."""
    statuses = {s.value: s for s in ActionStatus}
    with no_collection():
        return _action_rows(session, statuses)


def _action_rows(session: Session, statuses: dict[Any, ActionStatus]) -> list[ActionRow]:
    t = m.Action.__table__.c
    found = session.execute(
        select(
            t.id,
            t.description,
            t.owner,
            t.due,
            _as_text(t.status),
            _as_text(t.meeting_id),
            t.version,
        )
    ).all()
    meetings = _Uuids()
    rows = [
        ActionRow(ident, description, owner, due, statuses[status], meetings[meeting], version)
        for ident, description, owner, due, status, meeting, version in found
    ]
    rows.sort(key=action_order)
    return rows


def action_order(action: Any) -> tuple[int, str, str]:
    """Open actions first, then by the first day they are due, then by description."""
    due = action.due.sort_key()[0].isoformat() if action.due else "9999"
    return (0 if action.status is ActionStatus.OPEN else 1, due, action.description)
