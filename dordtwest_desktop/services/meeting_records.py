"""Use cases of what a meeting records: decisions, remarks (annotations) and actions."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select

from dordtwest_desktop.domain import records
from dordtwest_desktop.domain.enums import MilestoneStatus
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services import convert_meetings as cm
from dordtwest_desktop.services.common import Revert, Service, Snapshot, based_on, get_or_raise
from dordtwest_desktop.services.dto import ActionDTO, AnnotationDTO, DecisionDTO
from dordtwest_desktop.services.rows import ActionRow, action_order, action_rows
from dordtwest_desktop.store import exchange
from dordtwest_desktop.store import models as m


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


class MeetingRecordUseCases(Service):
    """The decisions, remarks and actions part of `MeetingService`."""

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
        return tuple(sorted(rows, key=action_key))

    def action_rows(self) -> list[ActionRow]:
        """Every action as the action list shows it, in its order (open ones first)."""
        with self.store.read() as session:
            return action_rows(session)

    def action(self, ident: uuid.UUID) -> ActionDTO:
        with self.store.read() as session:
            return cm.action(get_or_raise(session, m.Action, ident))

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


def action_key(action: ActionDTO) -> tuple[int, str, str]:
    return action_order(action)
