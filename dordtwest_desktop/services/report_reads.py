"""The reads behind the progress report (services.report): only the columns it shows.

At the benchmark's scale (20,000 milestones, 2,000 initiatives) the programme's full
records cost seconds the report does not need; here every list is read as plain rows
of the few columns the report prints. The decisions of the Alliantie are read without
their confidential items: those are only counted, their text never leaves the database.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.enums import Body, GoalKind, MilestoneStatus, Outcome
from dordtwest_desktop.domain.errors import NotFoundError
from dordtwest_desktop.domain.periods import ReportPeriod
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.dto import FundingLineDTO, GoalDTO, InitiativeDTO, PillarDTO
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store


@dataclass(frozen=True)
class ReportDecision:
    item_title: str
    text: str
    outcome: Outcome


@dataclass(frozen=True)
class ReportMeeting:
    """A meeting of the Alliantie in the period and its public decisions."""

    day: date
    title: str
    decisions: tuple[ReportDecision, ...]


# -- the programme, read narrowly ------------------------------------------------------


@dataclass
class ProgrammeFacts:
    """Only the columns the report shows, as plain rows: at 20,000 milestones the full
    records (ids, notes, versions, ORM-style DTOs) cost seconds the report does not need."""

    name: str
    national_goal: str
    ambition: str
    motto: str
    pillars: tuple[PillarDTO, ...]
    goals: dict[uuid.UUID, GoalDTO]  # national sub-goals and strategic goals
    # An initiative's own goals: goal id -> (initiative, the goal it serves).
    initiative_goals: dict[uuid.UUID, tuple[uuid.UUID, uuid.UUID | None]]
    initiatives: tuple[InitiativeDTO, ...]  # with their funding lines, nothing else
    milestones: tuple[Any, ...]  # rows: title, due, status, body, initiative_id, goal_id

    @classmethod
    def read(cls, session: Session) -> ProgrammeFacts:
        row = session.execute(
            select(
                m.Programme.name, m.Programme.national_goal, m.Programme.ambition, m.Programme.motto
            ).limit(1)
        ).first()
        if row is None:
            raise NotFoundError(tr("This database holds no programme."))
        goal = m.Goal.__table__.c
        goals = {
            g.id: GoalDTO(
                id=g.id,
                kind=g.kind,
                title=g.title,
                description=g.description,
                position=g.position,
                pillar_id=g.pillar_id,
                parent_id=g.parent_id,
            )
            for g in session.execute(
                select(goal.id, goal.kind, goal.title, goal.description, goal.position,
                       goal.pillar_id, goal.parent_id).where(goal.kind != GoalKind.INITIATIVE)
            )
        }  # fmt: skip
        own = {
            g.id: (g.initiative_id, g.parent_id)
            for g in session.execute(
                select(goal.id, goal.initiative_id, goal.parent_id).where(
                    goal.kind == GoalKind.INITIATIVE, goal.initiative_id.is_not(None)
                )
            )
        }
        line = m.FundingLine.__table__.c
        funding: dict[uuid.UUID, list[FundingLineDTO]] = {}
        for f in session.execute(
            select(line.initiative_id, line.funder, line.status, line.requested_cents,
                   line.granted_cents, line.period_start, line.period_end).order_by(line.position)
        ):  # fmt: skip
            funding.setdefault(f.initiative_id, []).append(
                FundingLineDTO(
                    id=_NO_ID,
                    scheme="",
                    funder=f.funder,
                    status=f.status,
                    requested_cents=f.requested_cents,
                    granted_cents=f.granted_cents,
                    period_start=f.period_start,
                    period_end=f.period_end,
                )
            )
        i = m.Initiative.__table__.c
        initiatives = tuple(
            InitiativeDTO(
                id=r.id,
                name=r.name,
                status=r.status,
                target_area=r.target_area,
                pillar_id=r.pillar_id,
                period_start=r.period_start,
                period_end=r.period_end,
                position=r.position,
                funding=tuple(funding.get(r.id, ())),
            )
            for r in session.execute(
                select(i.id, i.name, i.status, i.target_area, i.pillar_id, i.period_start,
                       i.period_end, i.position).order_by(i.position, i.name)
            )
        )  # fmt: skip
        x = m.Milestone.__table__.c
        milestones = tuple(
            session.execute(
                select(x.title, x.due, x.status, x.body, x.initiative_id, x.goal_id).where(
                    x.status != MilestoneStatus.CANCELLED
                )
            )
        )
        return cls(
            name=row.name,
            national_goal=row.national_goal,
            ambition=row.ambition,
            motto=row.motto,
            pillars=ProgrammeService._pillars(session),
            goals=goals,
            initiative_goals=own,
            initiatives=initiatives,
            milestones=milestones,
        )


_NO_ID = uuid.UUID(int=0)  # the report never refers to a funding line by its id


# -- decisions -------------------------------------------------------------------------


def alliance_decisions(store: Store, period: ReportPeriod) -> tuple[tuple[ReportMeeting, ...], int]:
    """The Alliantie's meetings in the period with their public decisions, and how many
    confidential decisions were left out (their text is never read)."""
    in_period = (
        m.Meeting.body == Body.ALLIANCE,
        m.Meeting.day >= period.first,
        m.Meeting.day <= period.last,
    )
    with store.read() as session:
        meetings = session.execute(
            select(m.Meeting.id, m.Meeting.day, m.Meeting.title)
            .where(*in_period)
            .order_by(m.Meeting.day, m.Meeting.start_time)
        ).all()
        rows = session.execute(
            select(m.AgendaItem.meeting_id, m.AgendaItem.title, m.Decision.text, m.Decision.outcome)
            .join(m.Decision, m.Decision.item_id == m.AgendaItem.id)
            .join(m.Meeting, m.Meeting.id == m.AgendaItem.meeting_id)
            .where(*in_period, m.AgendaItem.confidential.is_(False))
            .order_by(m.AgendaItem.position)
        ).all()
        left_out = session.scalar(
            select(func.count(m.Decision.id))
            .join(m.AgendaItem, m.Decision.item_id == m.AgendaItem.id)
            .join(m.Meeting, m.Meeting.id == m.AgendaItem.meeting_id)
            .where(*in_period, m.AgendaItem.confidential.is_(True))
        )
    decisions: dict[uuid.UUID, list[ReportDecision]] = {}
    for meeting_id, title, text, outcome in rows:
        decisions.setdefault(meeting_id, []).append(ReportDecision(title, text, Outcome(outcome)))
    return (
        tuple(
            ReportMeeting(day, title or "", tuple(decisions.get(ident, ())))
            for ident, day, title in meetings
        ),
        int(left_out or 0),
    )
