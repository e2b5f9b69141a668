"""Meeting rows to DTOs and back."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from dordtwest_desktop.services.dto import (
    ActionDTO,
    AgendaItemDTO,
    AnnotationDTO,
    AttachmentDTO,
    AttendeeDTO,
    DecisionDTO,
    DecisionPointDTO,
    MeetingDTO,
)
from dordtwest_desktop.store import models as m

T = TypeVar("T")


def meeting(row: m.Meeting | Any) -> MeetingDTO:
    return MeetingDTO(
        id=row.id,
        body=row.body,
        day=row.day,
        body_name=row.body_name,
        title=row.title,
        start_time=row.start_time,
        end_time=row.end_time,
        location=row.location,
        chair=row.chair,
        status=row.status,
        version=row.version,
    )


def apply_meeting(row: m.Meeting, dto: MeetingDTO) -> None:
    row.body = dto.body
    row.body_name = dto.body_name.strip()
    row.title = dto.title.strip()
    row.day = dto.day
    row.start_time = dto.start_time
    row.end_time = dto.end_time
    row.location = dto.location.strip()
    row.chair = dto.chair.strip()
    row.status = dto.status


def attendee(row: m.Attendee, person: m.Person, organisation: str | None) -> AttendeeDTO:
    return AttendeeDTO(
        id=row.id,
        meeting_id=row.meeting_id,
        person_id=row.person_id,
        role=row.role,
        attendance=row.attendance,
        name=person.name,
        organisation=organisation or "",
        version=row.version,
    )


def agenda_item(row: m.AgendaItem) -> AgendaItemDTO:
    return AgendaItemDTO(
        id=row.id,
        meeting_id=row.meeting_id,
        kind=row.kind,
        title=row.title,
        position=row.position,
        presenter=row.presenter,
        duration_minutes=row.duration_minutes,
        explanation=row.explanation,
        confidential=row.confidential,
        points=tuple(DecisionPointDTO(id=p.id, text=p.text) for p in row.points),
        goal_ids=tuple(g.id for g in row.goals),
        initiative_ids=tuple(i.id for i in row.initiatives),
        milestone_ids=tuple(x.id for x in row.milestones),
        version=row.version,
    )


def apply_item(
    session: Session,
    row: m.AgendaItem,
    dto: AgendaItemDTO,
    title: str,
    points: list[DecisionPointDTO],
) -> None:
    row.kind = dto.kind
    row.title = title
    row.presenter = dto.presenter.strip()
    row.duration_minutes = dto.duration_minutes
    row.explanation = dto.explanation
    row.confidential = dto.confidential
    # Kept points stay the same objects (their ids name fields in fillable packs).
    existing = {p.id: p for p in row.points}
    kept = []
    for position, point in enumerate(points):
        target = existing.get(point.id) or m.DecisionPoint(id=point.id)
        target.text = point.text.strip()
        target.position = position
        kept.append(target)
    row.points = kept
    row.goals = _fetch(session, m.Goal, dto.goal_ids)
    row.initiatives = _fetch(session, m.Initiative, dto.initiative_ids)
    row.milestones = _fetch(session, m.Milestone, dto.milestone_ids)


def _fetch(session: Session, model: type[T], ids: tuple[uuid.UUID, ...]) -> list[T]:
    if not ids:
        return []
    column = model.id  # type: ignore[attr-defined]
    rows = {r.id: r for r in session.scalars(select(model).where(column.in_(ids)))}  # type: ignore[attr-defined]
    return [rows[i] for i in ids if i in rows]


def decision(row: m.Decision) -> DecisionDTO:
    return DecisionDTO(
        id=row.id,
        item_id=row.item_id,
        text=row.text,
        outcome=row.outcome,
        reached_milestone_id=row.reached_milestone_id,
        version=row.version,
    )


def attachment(row: m.Attachment) -> AttachmentDTO:
    return AttachmentDTO(
        id=row.id,
        item_id=row.item_id,
        filename=row.filename,
        size=row.size,
        sha256=row.sha256,
        page_count=row.page_count,
        position=row.position,
    )


def annotation(row: m.Annotation) -> AnnotationDTO:
    return AnnotationDTO(
        id=row.id,
        item_id=row.item_id,
        author=row.author,
        text=row.text,
        created_at=row.created_at,
        updated_at=row.updated_at,
        visibility=row.visibility,
        point_id=row.point_id,
        decision_id=row.decision_id,
        source_key=row.source_key,
        meeting_id=row.meeting_id,
        version=row.version,
    )


def action(row: m.Action | Any) -> ActionDTO:
    return ActionDTO(
        id=row.id,
        description=row.description,
        owner=row.owner,
        due=row.due,
        status=row.status,
        meeting_id=row.meeting_id,
        item_id=row.item_id,
        created_at=row.created_at,
        version=row.version,
    )
