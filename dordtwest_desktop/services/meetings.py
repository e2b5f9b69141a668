"""Use cases of meetings: the meeting, its attendees, agenda, decisions and remarks."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session, selectinload

from dordtwest_desktop.domain import agenda as rules
from dordtwest_desktop.domain import records
from dordtwest_desktop.domain.enums import (
    ActionStatus,
    Body,
    ItemKind,
    MilestoneStatus,
)
from dordtwest_desktop.domain.errors import NotFoundError, ValidationError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services import convert_meetings as cm
from dordtwest_desktop.services.common import (
    Revert,
    Service,
    Snapshot,
    based_on,
    delete_with_snapshot,
    get_or_raise,
)
from dordtwest_desktop.services.dto import (
    ActionDTO,
    AgendaItemDTO,
    AnnotationDTO,
    DecisionDTO,
    MeetingDetail,
    MeetingDTO,
    ScheduledItem,
)
from dordtwest_desktop.store import exchange
from dordtwest_desktop.store import models as m


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


class MeetingService(Service):
    # -- meetings --------------------------------------------------------------
    def meetings(self) -> tuple[MeetingDTO, ...]:
        with self.store.read() as session:
            rows = session.scalars(select(m.Meeting).order_by(m.Meeting.day, m.Meeting.start_time))
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
            items = _items(session, ident)
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

    # -- agenda ----------------------------------------------------------------
    def save_item(self, dto: AgendaItemDTO) -> AgendaItemDTO | None:
        """Create or update an agenda item; a new one goes to the end (before closing)."""
        records.agenda_item(title=dto.title, duration_minutes=dto.duration_minutes)
        title = dto.title.strip()
        points = [p for p in dto.points if p.text.strip()]
        with self.store.transaction() as session:
            get_or_raise(session, m.Meeting, dto.meeting_id)
            row = session.get(m.AgendaItem, dto.id)
            previous = cm.agenda_item(row) if row else None
            based_on(row, dto.version, previous)
            if row is None:
                row = m.AgendaItem(id=dto.id, meeting_id=dto.meeting_id)
                row.position = _insert_position(session, dto.meeting_id, dto.kind)
                session.add(row)
            cm.apply_item(session, row, dto, title, points)
            return previous

    def delete_item(self, ident: uuid.UUID) -> Snapshot:
        with self.store.transaction() as session:
            meeting_id = get_or_raise(session, m.AgendaItem, ident).meeting_id
            snapshot = delete_with_snapshot(session, "agenda_item", ident)
            session.expunge_all()
            _renumber(session, meeting_id, None)
            return snapshot

    def reorder(self, meeting_id: uuid.UUID, order: list[uuid.UUID]) -> list[uuid.UUID]:
        """Put the items in this order; returns the previous order (for undo)."""
        with self.store.transaction() as session:
            items = _items(session, meeting_id)
            previous = [i.id for i in items]
            if sorted(map(str, order)) != sorted(map(str, previous)):
                raise ValidationError(
                    tr("The agenda changed meanwhile; try again."), field="agenda"
                )
            _renumber(session, meeting_id, order)
            return previous

    def move_item(self, ident: uuid.UUID, offset: int) -> list[uuid.UUID]:
        """Move an item up (negative) or down; returns the previous order."""
        with self.store.transaction() as session:
            row = get_or_raise(session, m.AgendaItem, ident)
            order = [i.id for i in _items(session, row.meeting_id)]
            meeting_id = row.meeting_id
        index = order.index(ident)
        target = max(0, min(len(order) - 1, index + offset))
        order.insert(target, order.pop(index))
        return self.reorder(meeting_id, order)

    # -- decisions -------------------------------------------------------------
    def record_decision(self, dto: DecisionDTO) -> Revert:
        """Record (or change) the decision on an item.

        A decision may mark a linked milestone as reached; the returned Revert undoes
        both the decision and that milestone's change.
        """
        records.decision(text=dto.text)
        text = dto.text.strip()
        with self.store.transaction() as session:
            item = get_or_raise(session, m.AgendaItem, dto.item_id)
            row = session.scalar(select(m.Decision).where(m.Decision.item_id == dto.item_id))
            rows: exchange.Rows = {}
            remove: tuple[tuple[str, uuid.UUID], ...] = ()
            based_on(row, dto.version, cm.decision(row) if row else None)
            if row is None:
                # Complete from the start: the milestone queries below autoflush it.
                row = m.Decision(id=dto.id, item_id=dto.item_id, text=text, outcome=dto.outcome)
                session.add(row)
                remove = (("decision", dto.id),)
            else:
                rows.update(exchange.rows_of(session, "decision", [row.id]))
            if dto.reached_milestone_id is not None:
                if dto.reached_milestone_id not in {x.id for x in item.milestones}:
                    raise ValidationError(
                        tr("Only a milestone linked to this item can be marked as reached."),
                        field="milestone",
                    )
                rows.update(exchange.rows_of(session, "milestone", [dto.reached_milestone_id]))
                milestone = get_or_raise(session, m.Milestone, dto.reached_milestone_id)
                milestone.status = MilestoneStatus.REACHED
            row.text = text
            row.outcome = dto.outcome
            row.reached_milestone_id = dto.reached_milestone_id
            return Revert(remove=remove, rows=rows)

    def delete_decision(self, ident: uuid.UUID) -> Snapshot:
        return self._delete("decision", ident)

    # -- annotations -----------------------------------------------------------
    def save_annotation(self, dto: AnnotationDTO, user: str) -> AnnotationDTO | None:
        """Add or edit a remark; only its author (the app's user) may change it."""
        records.annotation(
            text=dto.text, author=dto.author, item_id=dto.item_id, meeting_id=dto.meeting_id
        )
        text, author = dto.text.strip(), dto.author.strip()
        with self.store.transaction() as session:
            if dto.item_id is not None:
                get_or_raise(session, m.AgendaItem, dto.item_id)
            elif dto.meeting_id is not None:
                get_or_raise(session, m.Meeting, dto.meeting_id)
            row = session.get(m.Annotation, dto.id)
            previous = cm.annotation(row) if row else None
            based_on(row, dto.version, previous)
            if row is not None and row.author != user:
                raise ValidationError(
                    tr("Only {author} can change this remark.").format(author=row.author),
                    field="annotation",
                )
            if row is None:
                row = m.Annotation(
                    id=dto.id,
                    item_id=dto.item_id,
                    meeting_id=None if dto.item_id else dto.meeting_id,
                    created_at=dto.created_at,
                )
                session.add(row)
            row.author = author
            row.text = text
            row.visibility = dto.visibility
            row.point_id = dto.point_id
            row.decision_id = dto.decision_id
            row.updated_at = now()
            row.source_key = dto.source_key
            return previous

    def delete_annotation(self, ident: uuid.UUID, user: str) -> Snapshot:
        """Delete a remark: one's own, or one imported from a PDF (the importer tidies up)."""
        with self.store.transaction() as session:
            row = get_or_raise(session, m.Annotation, ident)
            if row.author != user and row.source_key is None:
                raise ValidationError(
                    tr("Only {author} can change this remark.").format(author=row.author),
                    field="annotation",
                )
        return self._delete("annotation", ident)

    # -- actions ---------------------------------------------------------------
    def actions(self) -> tuple[ActionDTO, ...]:
        with self.store.read() as session:
            rows = [cm.action(a) for a in session.scalars(select(m.Action))]
        return tuple(sorted(rows, key=_action_key))

    def save_action(self, dto: ActionDTO) -> ActionDTO | None:
        records.action(description=dto.description)
        description = dto.description.strip()
        with self.store.transaction() as session:
            if dto.meeting_id is not None:
                get_or_raise(session, m.Meeting, dto.meeting_id)
            row = session.get(m.Action, dto.id)
            previous = cm.action(row) if row else None
            based_on(row, dto.version, previous)
            if row is None:
                row = m.Action(id=dto.id, created_at=dto.created_at or now())
                session.add(row)
            row.description = description
            row.owner = dto.owner.strip()
            row.due = dto.due
            row.status = dto.status
            row.meeting_id = dto.meeting_id
            row.item_id = dto.item_id
            return previous

    def delete_action(self, ident: uuid.UUID) -> Snapshot:
        return self._delete("action", ident)


def _action_key(action: ActionDTO) -> tuple[int, str, str]:
    due = action.due.sort_key()[0].isoformat() if action.due else "9999"
    return (0 if action.status is ActionStatus.OPEN else 1, due, action.description)


def _items(session: Session, meeting_id: uuid.UUID) -> list[m.AgendaItem]:
    query = (
        select(m.AgendaItem)
        .where(m.AgendaItem.meeting_id == meeting_id)
        .options(
            selectinload(m.AgendaItem.points),
            selectinload(m.AgendaItem.goals),
            selectinload(m.AgendaItem.initiatives),
            selectinload(m.AgendaItem.milestones),
        )
        .order_by(m.AgendaItem.position, cast(m.AgendaItem.id, String))
    )
    return list(session.scalars(query))


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
    query = (
        select(m.Action)
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
    return tuple(sorted((cm.action(a) for a in session.scalars(query)), key=_action_key))


def _insert_position(session: Session, meeting_id: uuid.UUID, kind: ItemKind) -> int:
    """New items go before "any other business" and "closing" when those end the agenda
    (a new "any other business" or "closing" itself goes at the very end)."""
    items = _items(session, meeting_id)
    if kind in (ItemKind.QUESTIONS, ItemKind.CLOSING):
        return len(items)
    tail = 0
    for item in reversed(items):
        if item.kind in (ItemKind.QUESTIONS, ItemKind.CLOSING):
            tail += 1
        else:
            break
    insert_at = len(items) - tail
    for item in items[insert_at:]:
        item.position += 1
    return insert_at


def _renumber(session: Session, meeting_id: uuid.UUID, order: list[uuid.UUID] | None) -> None:
    items = _items(session, meeting_id)
    if order is not None:
        rank = {ident: n for n, ident in enumerate(order)}
        items.sort(key=lambda i: rank[i.id])
    for position, item in enumerate(items):
        item.position = position


def _copy_agenda(session: Session, source: uuid.UUID, target: uuid.UUID) -> None:
    get_or_raise(session, m.Meeting, source)
    for item in _items(session, source):
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
