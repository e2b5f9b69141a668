"""ORM rows to DTOs and back; the only place that knows both shapes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dordtwest_desktop.services.dto import (
    ComponentDTO,
    FundingLineDTO,
    GoalDTO,
    InitiativeDTO,
    MilestoneDTO,
    ProgrammeDTO,
)
from dordtwest_desktop.store import models as m


def programme(row: m.Programme) -> ProgrammeDTO:
    return ProgrammeDTO(
        id=row.id,
        name=row.name,
        national_goal=row.national_goal,
        ambition=row.ambition,
        motto=row.motto,
        source_document=row.source_document,
        period_start=row.period_start,
        period_end=row.period_end,
        version=row.version,
    )


def goal(row: m.Goal | Any) -> GoalDTO:
    return GoalDTO(
        id=row.id,
        kind=row.kind,
        title=row.title,
        description=row.description,
        position=row.position,
        pillar_id=row.pillar_id,
        parent_id=row.parent_id,
        initiative_id=row.initiative_id,
        version=row.version,
    )


def funding_line(row: m.FundingLine | Any) -> FundingLineDTO:
    return FundingLineDTO(
        id=row.id,
        scheme=row.scheme,
        funder=row.funder,
        status=row.status,
        requested_cents=row.requested_cents,
        granted_cents=row.granted_cents,
        decision_date=row.decision_date,
        decision_number=row.decision_number,
        period_start=row.period_start,
        period_end=row.period_end,
        reporting_deadline=row.reporting_deadline,
        notes=row.notes,
        regime_id=row.regime_id,
    )


def apply_funding(row: m.FundingLine, dto: FundingLineDTO, position: int) -> m.FundingLine:
    row.position = position
    row.scheme = dto.scheme.strip()
    row.funder = dto.funder.strip()
    row.status = dto.status
    row.requested_cents = dto.requested_cents
    row.granted_cents = dto.granted_cents
    row.decision_date = dto.decision_date
    row.decision_number = dto.decision_number.strip()
    row.period_start = dto.period_start
    row.period_end = dto.period_end
    row.reporting_deadline = dto.reporting_deadline
    row.notes = dto.notes
    row.regime_id = dto.regime_id
    return row


def initiative(row: m.Initiative) -> InitiativeDTO:
    return initiative_of(row, row.goals, row.components, row.funding)


def initiative_of(
    row: Any, goals: Iterable[Any], components: Iterable[Any], funding: Iterable[Any]
) -> InitiativeDTO:
    """An initiative from its row (an ORM object or a plain row) and its children's rows."""
    return InitiativeDTO(
        id=row.id,
        name=row.name,
        status=row.status,
        ambition=row.ambition,
        target_area=row.target_area,
        responsible=row.responsible,
        pillar_id=row.pillar_id,
        period_start=row.period_start,
        period_end=row.period_end,
        notes=row.notes,
        position=row.position,
        goals=tuple(goal(g) for g in goals),
        components=tuple(ComponentDTO(id=c.id, name=c.name) for c in components),
        funding=tuple(funding_line(f) for f in funding),
        version=row.version,
    )


def milestone(row: m.Milestone | Any) -> MilestoneDTO:
    return MilestoneDTO(
        id=row.id,
        title=row.title,
        due=row.due,
        status=row.status,
        body=row.body,
        initiative_id=row.initiative_id,
        goal_id=row.goal_id,
        meeting_id=row.meeting_id,
        notes=row.notes,
        version=row.version,
        kind=row.kind,
        funding_line_id=row.funding_line_id,
        deviation=row.deviation,
    )
