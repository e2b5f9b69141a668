"""Use cases of meetings: the meeting, its attendees, agenda, decisions and remarks."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain import agenda as rules
from dordtwest_desktop.domain import records
from dordtwest_desktop.domain.enums import ActionStatus, Body
from dordtwest_desktop.domain.errors import NotFoundError, ValidationError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services import convert_meetings as cm
from dordtwest_desktop.services.agenda_items import AgendaItemUseCases, agenda_rows
from dordtwest_desktop.services.common import Snapshot, based_on, get_or_raise, no_collection
from dordtwest_desktop.services.dto import ActionDTO, MeetingDetail, MeetingDTO, ScheduledItem
from dordtwest_desktop.services.meeting_records import MeetingRecordUseCases, action_key
from dordtwest_desktop.store import models as m


class MeetingService(AgendaItemUseCases, MeetingRecordUseCases):
    """Use cases of meetings; the agenda and the records come from the two bases."""

    # -- meetings --------------------------------------------------------------
    def meetings(self) -> tuple[MeetingDTO, ...]:
        # Plain rows, not ORM objects: the same fields at a fraction of the cost (a
        # meeting's action tab names the meeting of each of its ~1,000 carried actions).
        with self.store.read() as session, no_collection():
            table = m.Meeting.__table__
            rows = session.execute(select(*table.c).order_by(table.c.day, table.c.start_time))
            return tuple(cm.meeting(r) for r in rows)

    def meeting(self, ident: uuid.UUID) -> MeetingDTO:
        with self.store.read() as session:
            return cm.meeting(get_or_raise(session, m.Meeting, ident))

    def resolve(self, text: str) -> uuid.UUID:
        """The meeting with this UUID or unique UUID prefix."""
        prefix = text.strip().lower()
        if not prefix:
            raise ValidationError(tr("Give the ID of a meeting."), field="meeting")
        with self.store.read() as session:
            matches = session.scalars(select(m.Meeting.id)).all()
        found = [i for i in matches if str(i).startswith(prefix) or i.hex.startswith(prefix)]
        if not found:
            raise NotFoundError(tr("No meeting has the ID '{id}'.").format(id=text))
        if len(found) > 1:
            raise ValidationError(
                tr("'{id}' fits {count} meetings; give more characters.").format(
                    id=text, count=len(found)
                ),
                field="meeting",
            )
        return found[0]

    def save_meeting(self, dto: MeetingDTO) -> MeetingDTO | None:
        """Create or update a meeting; returns the previous version (None if new)."""
        with self.store.transaction() as session:
            return _save_meeting(session, dto)

    def create_meeting(
        self, dto: MeetingDTO, *, standard_agenda: bool = False, copy_from: uuid.UUID | None = None
    ) -> MeetingDTO:
        """A new meeting, with the standard agenda or a copy of an earlier meeting's.

        One transaction: a meeting never exists without the agenda it was made with.
        """
        with self.store.transaction() as session:
            _save_meeting(session, dto)
            session.flush()
            if copy_from is not None:
                _copy_agenda(session, copy_from, dto.id)
            elif standard_agenda:
                for position, (kind, title) in enumerate(rules.STANDARD_AGENDA):
                    session.add(
                        m.AgendaItem(
                            meeting_id=dto.id,
                            position=position,
                            kind=kind,
                            title=tr(title, context="agenda"),
                        )
                    )
            return cm.meeting(get_or_raise(session, m.Meeting, dto.id))

    def delete_meeting(self, ident: uuid.UUID) -> Snapshot:
        return self._delete("meeting", ident)

    def has_decisions(self, ident: uuid.UUID) -> bool:
        with self.store.read() as session:
            query = select(m.Decision.id).join(m.AgendaItem).where(m.AgendaItem.meeting_id == ident)
            return session.scalar(query.limit(1)) is not None

    def detail(self, ident: uuid.UUID, today: datetime | None = None) -> MeetingDetail:
        with self.store.read() as session:
            meeting = cm.meeting(get_or_raise(session, m.Meeting, ident))
            items = agenda_rows(session, ident)
            item_ids = [i.id for i in items]
            attendees = session.execute(
                select(m.Attendee, m.Person, m.Organisation.name)
                .join(m.Person, m.Attendee.person_id == m.Person.id)
                .outerjoin(m.Organisation, m.Person.organisation_id == m.Organisation.id)
                .where(m.Attendee.meeting_id == ident)
                .order_by(m.Attendee.position, m.Person.name)
            ).all()
            decisions = {
                d.item_id: cm.decision(d)
                for d in session.scalars(select(m.Decision).where(m.Decision.item_id.in_(item_ids)))
            }
            attachments: dict[uuid.UUID, list] = defaultdict(list)
            for a in session.scalars(
                select(m.Attachment)
                .where(m.Attachment.item_id.in_(item_ids))
                .order_by(m.Attachment.position)
            ):
                attachments[a.item_id].append(cm.attachment(a))
            annotations: dict[uuid.UUID, list] = defaultdict(list)
            for n in session.scalars(
                select(m.Annotation)
                .where(m.Annotation.item_id.in_(item_ids))
                .order_by(m.Annotation.created_at, m.Annotation.id)
            ):
                if n.item_id is not None:
                    annotations[n.item_id].append(cm.annotation(n))
            general = session.scalars(
                select(m.Annotation)
                .where(m.Annotation.meeting_id == ident, m.Annotation.item_id.is_(None))
                .order_by(m.Annotation.created_at, m.Annotation.id)
            )
            actions = session.scalars(
                select(m.Action).where(m.Action.meeting_id == ident).order_by(m.Action.created_at)
            )
            return MeetingDetail(
                meeting=meeting,
                attendees=tuple(cm.attendee(a, p, o) for a, p, o in attendees),
                agenda=_schedule(meeting, items),
                decisions=decisions,
                attachments={k: tuple(v) for k, v in attachments.items()},
                annotations={k: tuple(v) for k, v in annotations.items()},
                actions=tuple(cm.action(a) for a in actions),
                carried_actions=_carried_actions(session, meeting),
                planned_end=meeting.end_time,
                general_remarks=tuple(cm.annotation(n) for n in general),
            )


def _schedule(meeting: MeetingDTO, items: list[m.AgendaItem]) -> tuple[ScheduledItem, ...]:
    durations = [i.duration_minutes for i in items]
    times = rules.schedule(meeting.day, meeting.start_time, durations)
    late = rules.ends_after(meeting.day, meeting.start_time, durations, meeting.end_time)
    return tuple(
        ScheduledItem(item=cm.agenda_item(row), number=n + 1, start=start, end=end, overruns=over)
        for n, (row, (start, end), over) in enumerate(zip(items, times, late, strict=True))
    )


def _carried_actions(session: Session, meeting: MeetingDTO) -> tuple[ActionDTO, ...]:
    """Open actions from earlier meetings of the same body: they return on this agenda."""
    # Plain rows (a body's open actions can run to a thousand): see `meetings`.
    query = (
        select(*m.Action.__table__.c)
        .join(m.Meeting, m.Action.meeting_id == m.Meeting.id)
        .where(
            m.Action.status == ActionStatus.OPEN,
            m.Meeting.body == meeting.body,
            m.Meeting.day < meeting.day,
            m.Meeting.id != meeting.id,
        )
    )
    if meeting.body is Body.OTHER:
        query = query.where(m.Meeting.body_name == meeting.body_name)
    return tuple(sorted((cm.action(a) for a in session.execute(query)), key=action_key))


def _copy_agenda(session: Session, source: uuid.UUID, target: uuid.UUID) -> None:
    get_or_raise(session, m.Meeting, source)
    for item in agenda_rows(session, source):
        copy = m.AgendaItem(
            meeting_id=target,
            position=item.position,
            kind=item.kind,
            title=item.title,
            presenter=item.presenter,
            duration_minutes=item.duration_minutes,
            explanation=item.explanation,
            confidential=item.confidential,
        )
        copy.points = [m.DecisionPoint(position=p.position, text=p.text) for p in item.points]
        copy.goals = list(item.goals)
        copy.initiatives = list(item.initiatives)
        copy.milestones = list(item.milestones)
        session.add(copy)


def _save_meeting(session: Session, dto: MeetingDTO) -> MeetingDTO | None:
    records.meeting(
        day=dto.day,
        body=dto.body,
        body_name=dto.body_name,
        start_time=dto.start_time,
        end_time=dto.end_time,
    )
    row = session.get(m.Meeting, dto.id)
    previous = cm.meeting(row) if row else None
    based_on(row, dto.version, previous)
    if row is None:
        row = m.Meeting(id=dto.id)
        session.add(row)
    cm.apply_meeting(row, dto)
    return previous
