"""Accountability regimes: editing them, and the milestones they generate for funding lines.

`sync_lines` is the one place that keeps a funding line's report milestones in
step with its regime and period. It runs inside the caller's transaction (saving
an initiative, a milestone or a regime), so a use case stores the line and its
milestones together or not at all.

A generated milestone follows its regime until a user touches it: edits its
title or date, marks it reached or cancelled, or links it to a meeting, an
agenda item, a goal or a decision. A touched milestone is never moved or deleted
by a regeneration; it is kept, and where it no longer matches the regime it is
marked "deviates from the regime" with the reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain import records
from dordtwest_desktop.domain.enums import Body, MilestoneKind, MilestoneStatus
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.regimes import Moment, Planned, plan
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.common import Service, Snapshot, based_on, delete_with_snapshot
from dordtwest_desktop.services.dto import FundingLineDTO
from dordtwest_desktop.store import models as m

# Generated milestones get identities derived from their line and moment: a redo
# or a regeneration elsewhere (another copy of the store) gives the same record.
_NAMESPACE = uuid.UUID("0c5d8f8e-3a59-4b8a-a1f4-1c0e3e2b7d41")
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


@dataclass(frozen=True)
class SyncReport:
    lines: int
    created: int
    moved: int
    deleted: int
    deviating: int


def milestone_id(line_id: uuid.UUID, key: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{line_id}/{key}")


def line_name(line: m.FundingLine | FundingLineDTO) -> str:
    return f"'{line.scheme or line.funder}'"


def moments_of(row: m.Regime) -> tuple[Moment, ...]:
    return tuple(
        Moment(x.id, x.title, x.rule, x.months, x.day, x.month, x.fixed) for x in row.moments
    )


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


# -- keeping milestones in step ----------------------------------------------------
class _Counter:
    def __init__(self) -> None:
        self.created = self.moved = self.deleted = self.deviating = 0


def sync_lines(session: Session, lines: Sequence[m.FundingLine]) -> SyncReport:
    """Bring the generated milestones of these lines in step with their regimes.

    Reads what it needs in a few queries for all lines at once (regenerating every
    line of a large store is one call). Raises ValidationError, naming the line and
    the regime, when a regime cannot be applied to a line's period.
    """
    session.flush()
    ids = [line.id for line in lines]
    regimes = _regimes(session, {line.regime_id for line in lines if line.regime_id})
    existing: dict[uuid.UUID, list[m.Milestone]] = {i: [] for i in ids}
    for row in _chunked_milestones(session, ids):
        existing[row.funding_line_id].append(row)
    linked = _linked([ms.id for rows in existing.values() for ms in rows], session)
    count = _Counter()
    for line in lines:
        regime = regimes.get(line.regime_id) if line.regime_id else None
        planned = (
            plan(regime[0], regime[1], line.period_start, line.period_end, line_name(line))
            if regime
            else ()
        )
        _sync_line(session, line, planned, existing[line.id], linked, count)
    session.flush()
    return SyncReport(len(lines), count.created, count.moved, count.deleted, count.deviating)


def release_lines(session: Session, lines: Iterable[m.FundingLine]) -> None:
    """Before lines go: their untouched report milestones go too, touched ones stay marked."""
    for line in lines:
        line.regime_id = None
    sync_lines(session, list(lines))


def _regimes(
    session: Session, ids: set[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, tuple[Moment, ...]]]:
    if not ids:
        return {}
    found: dict[uuid.UUID, tuple[str, tuple[Moment, ...]]] = {}
    for row in session.scalars(select(m.Regime).where(m.Regime.id.in_(ids))):
        found[row.id] = (row.name, moments_of(row))
    return found


def _chunked_milestones(session: Session, ids: list[uuid.UUID]) -> Iterable[m.Milestone]:
    # Bound the IN list: SQLite allows some thousands of parameters per statement.
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        yield from session.scalars(
            select(m.Milestone).where(
                m.Milestone.funding_line_id.in_(part), m.Milestone.regime_key.is_not(None)
            )
        )


def _linked(ids: list[uuid.UUID], session: Session) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        found.update(
            session.scalars(
                select(m.item_milestone.c.milestone_id).where(
                    m.item_milestone.c.milestone_id.in_(part)
                )
            )
        )
        found.update(
            x
            for x in session.scalars(
                select(m.Decision.reached_milestone_id).where(
                    m.Decision.reached_milestone_id.in_(part)
                )
            )
            if x is not None
        )
    return found


def _sync_line(
    session: Session,
    line: m.FundingLine,
    planned: tuple[Planned, ...],
    existing: list[m.Milestone],
    linked: set[uuid.UUID],
    count: _Counter,
) -> None:
    wanted = {p.key: p for p in planned}
    for row in existing:
        want = wanted.pop(row.regime_key or "", None)
        reason = touched(row, row.id in linked)
        if reason is None:
            if want is None:
                session.delete(row)
                count.deleted += 1
            else:
                count.moved += _follow(row, want, line)
            continue
        # Touched by a user: keep it; say whether and why it deviates.
        if want is not None and row.title == want.title and row.due == want.due:
            row.regime_title, row.regime_due, row.deviation = want.title, want.due, ""
        else:
            row.deviation = deviation_text(reason, want)
            count.deviating += 1
    for want in wanted.values():
        row = m.Milestone(
            id=milestone_id(line.id, want.key),
            regime_key=want.key,
            status=MilestoneStatus.PLANNED,
            notes="",
        )
        _follow(row, want, line)
        session.add(row)
        count.created += 1


def _follow(row: m.Milestone, want: Planned, line: m.FundingLine) -> int:
    moved = int(row.due is not None and (row.due != want.due or row.title != want.title))
    row.title = want.title
    row.due = want.due
    row.regime_title = want.title
    row.regime_due = want.due
    row.deviation = ""
    row.kind = MilestoneKind.ACCOUNTABILITY
    row.body = Body.FUNDER
    row.funding_line_id = line.id
    row.initiative_id = line.initiative_id
    return moved


def touched(row: m.Milestone, linked: bool) -> str | None:
    """Why a user's hand is on this generated milestone; None when it is untouched."""
    if row.status is MilestoneStatus.REACHED:
        return tr("it has been reached")
    if row.status is MilestoneStatus.CANCELLED:
        return tr("it has been cancelled")
    if linked or row.meeting_id is not None or row.goal_id is not None:
        return tr("it is linked to a meeting, agenda item, goal or decision")
    if row.title != row.regime_title or row.due != row.regime_due:
        return tr("it was edited by hand")
    return None


def deviation_text(reason: str, want: Planned | None) -> str:
    if want is None:
        return tr(
            "Deviates from the regime: {reason}, and the regime no longer asks for this report."
        ).format(reason=reason)
    return tr("Deviates from the regime: {reason}; the regime says '{title}' on {due}.").format(
        reason=reason, title=want.title, due=want.due.render()
    )


# -- the use cases -------------------------------------------------------------------
class RegimeService(Service):
    def regimes(self) -> tuple[RegimeDTO, ...]:
        with self.store.read() as session:
            used: dict[uuid.UUID, int] = {}
            for regime_id in session.scalars(
                select(m.FundingLine.regime_id).where(m.FundingLine.regime_id.is_not(None))
            ):
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
            lines = session.scalars(select(m.FundingLine)).all()
            return sync_lines(session, lines)

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
