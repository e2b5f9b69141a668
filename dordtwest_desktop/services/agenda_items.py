"""Use cases of a meeting's agenda items: save, delete and put them in order."""

from __future__ import annotations

import uuid

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session, selectinload

from dordtwest_desktop.domain import records
from dordtwest_desktop.domain.enums import ItemKind
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services import convert_meetings as cm
from dordtwest_desktop.services.common import (
    Service,
    Snapshot,
    based_on,
    delete_with_snapshot,
    get_or_raise,
)
from dordtwest_desktop.services.dto import AgendaItemDTO
from dordtwest_desktop.store import models as m


class AgendaItemUseCases(Service):
    """The agenda part of `MeetingService`."""

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
            items = agenda_rows(session, meeting_id)
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
            order = [i.id for i in agenda_rows(session, row.meeting_id)]
            meeting_id = row.meeting_id
        index = order.index(ident)
        target = max(0, min(len(order) - 1, index + offset))
        order.insert(target, order.pop(index))
        return self.reorder(meeting_id, order)


def agenda_rows(session: Session, meeting_id: uuid.UUID) -> list[m.AgendaItem]:
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


def _insert_position(session: Session, meeting_id: uuid.UUID, kind: ItemKind) -> int:
    """New items go before "any other business" and "closing" when those end the agenda
    (a new "any other business" or "closing" itself goes at the very end)."""
    items = agenda_rows(session, meeting_id)
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
    items = agenda_rows(session, meeting_id)
    if order is not None:
        rank = {ident: n for n, ident in enumerate(order)}
        items.sort(key=lambda i: rank[i.id])
    for position, item in enumerate(items):
        item.position = position
