"""The meetings as calendar events: what `export ics` writes (export/ics.py draws it).

Always the public view: an invitation goes to everyone on it, so a confidential
agenda item shows only as "vertrouwelijk agendapunt".
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any, TypeVar

from sqlalchemy import String, distinct, func, select, type_coerce
from sqlalchemy.orm import Session

from dordtwest_desktop.domain import agenda as rules
from dordtwest_desktop.domain.calendar import SEQUENCE_FIELDS
from dordtwest_desktop.domain.enums import Attendance, AttendeeRole
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services import convert_meetings as cm
from dordtwest_desktop.services.common import Service, get_or_raise
from dordtwest_desktop.services.dto import MeetingDTO
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.history import CHANGED

T = TypeVar("T")

# Enum columns read as their stored text and looked up: SQLAlchemy's per-row
# enum processing was a fifth of `export ics --all` on 8,000 attendees.
_ROLES = {role.value: role for role in AttendeeRole}
_ATTENDANCE = {value.value: value for value in Attendance}


@dataclass(frozen=True)
class CalendarPerson:
    """An attendee with a known e-mail address (ATTENDEE / ORGANIZER)."""

    name: str
    email: str
    role: AttendeeRole
    attendance: Attendance


@dataclass(frozen=True)
class CalendarItem:
    """An agenda item as the invitation lists it (a confidential one without its title)."""

    number: int
    title: str
    start: time | None


@dataclass(frozen=True)
class CalendarEvent:
    meeting: MeetingDTO
    sequence: int
    items: tuple[CalendarItem, ...]
    attendees: tuple[CalendarPerson, ...]

    @property
    def all_day(self) -> bool:
        """No start time known yet: written as an all-day event on its day."""
        return self.meeting.start_time is None


@dataclass(frozen=True)
class CalendarData:
    programme: str
    events: tuple[CalendarEvent, ...]
    stamp: datetime  # DTSTAMP: when the file was made (UTC)

    @property
    def all_day(self) -> int:
        return sum(1 for event in self.events if event.all_day)


class CalendarService(Service):
    def calendar(self, meeting: uuid.UUID | None = None) -> CalendarData:
        """One meeting, or (None) every meeting of the programme, past ones included."""
        with self.store.read() as session:
            if meeting is not None:
                rows = [get_or_raise(session, m.Meeting, meeting)]
            else:
                rows = list(
                    session.scalars(
                        select(m.Meeting).order_by(
                            m.Meeting.day, m.Meeting.start_time, m.Meeting.id
                        )
                    )
                )
            ids = [row.id for row in rows] if meeting is not None else None
            sequences = _sequences(session, ids)
            items = _items(session, ids)
            people = _attendees(session, ids)
            events = tuple(
                _event(
                    cm.meeting(row),
                    sequences.get(row.id, 0),
                    items.get(row.id, []),
                    people.get(row.id, []),
                )
                for row in rows
            )
            name = session.scalar(select(m.Programme.name)) or ""
        return CalendarData(
            programme=name, events=events, stamp=datetime.now(UTC).replace(microsecond=0)
        )


def _event(
    meeting: MeetingDTO,
    sequence: int,
    rows: list[tuple[str, bool, int]],
    attendees: list[CalendarPerson],
) -> CalendarEvent:
    times = rules.schedule(meeting.day, meeting.start_time, [minutes for _, _, minutes in rows])
    confidential = tr("confidential agenda item")
    items = tuple(
        CalendarItem(number=n, title=confidential if secret else title, start=start)
        for n, ((title, secret, _), (start, _end)) in enumerate(zip(rows, times, strict=True), 1)
    )
    return CalendarEvent(meeting, sequence, items, tuple(attendees))


def _sequences(session: Session, ids: list[uuid.UUID] | None) -> dict[uuid.UUID, int]:
    """SEQUENCE of each meeting: the saves that changed its time, place or status.

    Derived from the history rather than kept in a counter of its own: the store
    writes the history on every flush, so no use case (dialog, undo, calendar
    import) can forget to count, and it travels with `copy` and the JSON exchange.
    One save that moves day and start time counts once (one version).
    """
    h = m.HistoryEntry
    query = (
        select(h.record_id, func.count(distinct(h.version)))
        .where(h.record_table == "meeting", h.action == CHANGED, h.field.in_(SEQUENCE_FIELDS))
        .group_by(h.record_id)
    )
    # Through the index on record_id: the history of a big programme is mostly other tables.
    query = query.where(h.record_id.in_(ids if ids is not None else select(m.Meeting.id)))
    return {ident: count for ident, count in session.execute(query)}


def _raw(column: Any) -> Any:
    """A column as the driver returns it: 20,000 rows need not become UUID objects only
    to be grouped by meeting (the groups' keys are converted once, `_by_meeting`), nor
    enum members through SQLAlchemy's per-row processing."""
    return type_coerce(column, String).label(f"raw_{column.key}")


def _by_meeting(found: dict[Any, list[T]]) -> dict[uuid.UUID, list[T]]:
    return {k if isinstance(k, uuid.UUID) else uuid.UUID(str(k)): v for k, v in found.items()}


def _items(
    session: Session, ids: list[uuid.UUID] | None
) -> dict[uuid.UUID, list[tuple[str, bool, int]]]:
    a = m.AgendaItem
    query = select(_raw(a.meeting_id), a.title, a.confidential, a.duration_minutes).order_by(
        a.meeting_id, a.position, a.id
    )
    if ids is not None:
        query = query.where(a.meeting_id.in_(ids))
    found: defaultdict[Any, list[tuple[str, bool, int]]] = defaultdict(list)
    for meeting_id, title, confidential, minutes in session.execute(query):
        found[meeting_id].append((title, bool(confidential), minutes or 0))
    return _by_meeting(found)


def _attendees(
    session: Session, ids: list[uuid.UUID] | None
) -> dict[uuid.UUID, list[CalendarPerson]]:
    query = (
        select(_raw(m.Attendee.meeting_id), m.Person.name, m.Person.email)
        .add_columns(_raw(m.Attendee.role), _raw(m.Attendee.attendance))
        .join(m.Person, m.Attendee.person_id == m.Person.id)
        .where(m.Person.email != "")
        .order_by(m.Attendee.meeting_id, m.Attendee.position, m.Person.name)
    )
    if ids is not None:
        query = query.where(m.Attendee.meeting_id.in_(ids))
    found: defaultdict[Any, list[CalendarPerson]] = defaultdict(list)
    for meeting_id, name, email, role, attendance in session.execute(query):
        found[meeting_id].append(
            CalendarPerson(name, email.strip(), _ROLES[role], _ATTENDANCE[attendance])
        )
    return _by_meeting(found)
