"""Accountability regimes (verantwoordingsregimes): editing them, and their deadlines.

Assigning a regime to a funding line (services.programme) and editing a regime
here regenerate the line's report milestones through services.regime_sync, in
the same transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain import records
from dordtwest_desktop.domain.enums import MilestoneKind, MilestoneStatus
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.regimes import Moment, Planned, plan
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.common import Service, Snapshot, based_on, delete_with_snapshot
from dordtwest_desktop.services.dto import FundingLineDTO
from dordtwest_desktop.services.regime_sync import (
    SyncReport,
    line_name,
    moments_of,
    sync_ids,
    sync_lines,
)
from dordtwest_desktop.store import models as m

DEADLINE_DAYS = 90


@dataclass(frozen=True)
class RegimeDTO:
    """An accountability regime (verantwoordingsregime) with its report moments."""

    id: uuid.UUID
    name: str
    description: str = ""
    template: bool = False
    position: int = 0
    moments: tuple[Moment, ...] = ()
    used_by: int = 0  # how many funding lines carry it (read only)
    version: int = 0


@dataclass(frozen=True)
class Deadline:
    """A report milestone due soon or overdue, for the dashboard's Deadlines card."""

    milestone_id: uuid.UUID
    title: str
    due_text: str
    due_first: date
    overdue: bool
    funder: str
    scheme: str
    deviation: str


def regime_dto(row: m.Regime, used_by: int = 0) -> RegimeDTO:
    return RegimeDTO(
        id=row.id,
        name=row.name,
        description=row.description,
        template=row.template,
        position=row.position,
        moments=moments_of(row),
        used_by=used_by,
        version=row.version,
    )


def plan_line(line: FundingLineDTO, regime: RegimeDTO | None) -> tuple[Planned, ...]:
    """What a funding line's regime asks for; raises ValidationError (field 'regime')."""
    if regime is None:
        return ()
    return plan(regime.name, regime.moments, line.period_start, line.period_end, line_name(line))


# -- the use cases -------------------------------------------------------------------
class RegimeService(Service):
    def regimes(self) -> tuple[RegimeDTO, ...]:
        with self.store.read() as session:
            used: dict[uuid.UUID, int] = {}
            for regime_id in session.scalars(
                select(m.FundingLine.regime_id).where(m.FundingLine.regime_id.is_not(None))
            ):
                if regime_id is not None:
                    used[regime_id] = used.get(regime_id, 0) + 1
            rows = session.scalars(select(m.Regime).order_by(m.Regime.position, m.Regime.name))
            return tuple(regime_dto(r, used.get(r.id, 0)) for r in rows)

    def save_regime(self, dto: RegimeDTO) -> RegimeDTO | None:
        """Create or update a regime and regenerate the milestones of every line it has.

        Returns the previous version (None when new). One transaction: a line whose
        period does not allow the new rules refuses the whole change.
        """
        records.regime(name=dto.name, position=dto.position)
        for position, moment in enumerate(dto.moments):
            records.regime_moment(
                title=moment.title,
                rule=moment.rule,
                months=moment.months,
                day=moment.day,
                month=moment.month,
                fixed=moment.fixed,
                position=position,
            )
        name = " ".join(dto.name.split())
        with self.store.transaction() as session:
            self._unique_name(session, dto.id, name)
            row = session.get(m.Regime, dto.id)
            previous = regime_dto(row) if row else None
            based_on(row, dto.version, previous)
            if row is None:
                row = m.Regime(id=dto.id, position=_next_position(session))
                session.add(row)
            row.name = name
            row.description = dto.description.strip()
            row.template = dto.template
            old = {x.id: x for x in row.moments}
            row.moments = [
                _moment_row(old.get(x.id) or m.RegimeMoment(id=x.id), x, i)
                for i, x in enumerate(dto.moments)
            ]
            lines = session.scalars(
                select(m.FundingLine).where(m.FundingLine.regime_id == dto.id)
            ).all()
            sync_lines(session, lines)
            return previous

    @staticmethod
    def _unique_name(session: Session, ident: uuid.UUID, name: str) -> None:
        other = session.scalar(
            select(m.Regime.id).where(m.Regime.name == name, m.Regime.id != ident)
        )
        if other is not None:
            raise ValidationError(
                tr("There is already a regime named '{name}'; choose another name.").format(
                    name=name
                ),
                field="name",
            )

    def delete_regime(self, ident: uuid.UUID) -> Snapshot:
        with self.store.transaction() as session:
            used = session.scalars(
                select(m.FundingLine).where(m.FundingLine.regime_id == ident)
            ).all()
            if used:
                regime = session.get(m.Regime, ident)
                raise ValidationError(
                    tr(
                        "Regime '{name}' is still assigned to {lines}; "
                        "choose another regime there first."
                    ).format(
                        name=regime.name if regime else "",
                        lines=", ".join(line_name(x) for x in used[:3])
                        + (" …" if len(used) > 3 else ""),
                    )
                )
            return delete_with_snapshot(session, "regime", ident)

    def regenerate_all(self) -> SyncReport:
        """Bring every funding line's report milestones in step (one transaction)."""
        with self.store.transaction() as session:
            return sync_ids(session, None)

    def deadlines(self, today: date, days: int = DEADLINE_DAYS) -> tuple[Deadline, ...]:
        """Report milestones still planned that are overdue or due within `days`."""
        horizon = today + timedelta(days=days)
        with self.store.read() as session:
            rows = session.execute(
                select(
                    m.Milestone.id,
                    m.Milestone.title,
                    m.Milestone.due,
                    m.Milestone.deviation,
                    m.FundingLine.funder,
                    m.FundingLine.scheme,
                )
                .join(m.FundingLine, m.FundingLine.id == m.Milestone.funding_line_id, isouter=True)
                .where(
                    m.Milestone.kind == MilestoneKind.ACCOUNTABILITY,
                    m.Milestone.status == MilestoneStatus.PLANNED,
                )
            )
            found = [
                Deadline(
                    milestone_id=r.id,
                    title=r.title,
                    due_text=r.due.render(),
                    due_first=r.due.first_day(),
                    overdue=r.due.last_day() < today,
                    funder=r.funder or "",
                    scheme=r.scheme or "",
                    deviation=r.deviation,
                )
                for r in rows
                if r.due.first_day() <= horizon
            ]
        return tuple(sorted(found, key=lambda d: (d.funder, d.due_first, d.title)))


def _moment_row(row: m.RegimeMoment, moment: Moment, position: int) -> m.RegimeMoment:
    row.position = position
    row.title = moment.title.strip()
    row.rule = moment.rule
    row.months = moment.months
    row.day = moment.day
    row.month = moment.month
    row.fixed = moment.fixed
    return row


def _next_position(session: Session) -> int:
    return max(session.scalars(select(m.Regime.position)).all(), default=-1) + 1
