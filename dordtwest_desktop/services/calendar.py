"""The meetings as calendar events: what `export ics` writes (export/ics.py draws it).

Always the public view: an invitation goes to everyone on it, so a confidential
agenda item shows only as "vertrouwelijk agendapunt".
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, time

from sqlalchemy import distinct, func, select
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
                _event(cm.meeting(row), sequences.get(row.id, 0), items[row.id], people[row.id])
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
    if ids is not None:
        query = query.where(h.record_id.in_(ids))
    return {ident: count for ident, count in session.execute(query)}


def _items(
    session: Session, ids: list[uuid.UUID] | None
) -> defaultdict[uuid.UUID, list[tuple[str, bool, int]]]:
    a = m.AgendaItem
    query = select(a.meeting_id, a.title, a.confidential, a.duration_minutes).order_by(
        a.meeting_id, a.position, a.id
    )
    if ids is not None:
        query = query.where(a.meeting_id.in_(ids))
    found: defaultdict[uuid.UUID, list[tuple[str, bool, int]]] = defaultdict(list)
    for meeting_id, title, confidential, minutes in session.execute(query):
        found[meeting_id].append((title, bool(confidential), minutes or 0))
    return found


def _attendees(
    session: Session, ids: list[uuid.UUID] | None
) -> defaultdict[uuid.UUID, list[CalendarPerson]]:
    query = (
        select(m.Attendee.meeting_id, m.Person.name, m.Person.email, m.Attendee.role)
        .add_columns(m.Attendee.attendance)
        .join(m.Person, m.Attendee.person_id == m.Person.id)
        .where(m.Person.email != "")
        .order_by(m.Attendee.meeting_id, m.Attendee.position, m.Person.name)
    )
    if ids is not None:
        query = query.where(m.Attendee.meeting_id.in_(ids))
    found: defaultdict[uuid.UUID, list[CalendarPerson]] = defaultdict(list)
    for meeting_id, name, email, role, attendance in session.execute(query):
        found[meeting_id].append(CalendarPerson(name, email.strip(), role, attendance))
    return found
