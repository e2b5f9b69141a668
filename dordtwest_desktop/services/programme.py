"""Use cases of the programme: goals, initiatives with components and funding, milestones."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain import records
from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import GoalKind
from dordtwest_desktop.domain.errors import NotFoundError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services import convert, regime_sync
from dordtwest_desktop.services.common import (
    Service,
    Snapshot,
    based_on,
    check,
    no_collection,
)
from dordtwest_desktop.services.dto import (
    FundingLineDTO,
    GoalDTO,
    InitiativeDTO,
    MilestoneDTO,
    PillarDTO,
    ProgrammeDTO,
    ProgrammeOverview,
)
from dordtwest_desktop.services.rows import (
    InitiativeRow,
    MilestoneRow,
    initiative_rows,
    milestone_rows,
)
from dordtwest_desktop.store import exchange
from dordtwest_desktop.store import models as m

# Suggestions only: the funder is free text, since not every scheme is national.
MINISTRIES = (
    "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)",
    "Ministerie van Justitie en Veiligheid (J&V)",
    "Ministerie van Onderwijs, Cultuur en Wetenschap (OCW)",
    "Ministerie van Sociale Zaken en Werkgelegenheid (SZW)",
    "Ministerie van Volksgezondheid, Welzijn en Sport (VWS)",
    "Ministerie van Volkshuisvesting en Ruimtelijke Ordening (VRO)",
)


def _milestone_text(title: str, due: PreciseDate) -> str:
    """A milestone as a link picker names it: "Besluit gemeenteraad (maart 2024)"."""
    return f"{title} ({due.render()})"


@dataclass(frozen=True)
class OverviewHead:
    """The top of the programme overview; its initiatives and planning are read in pages."""

    programme: ProgrammeDTO
    pillars: tuple[PillarDTO, ...]
    subgoals: tuple[GoalDTO, ...]
    strategic_goals: tuple[GoalDTO, ...]
    initiative_count: int


@dataclass(frozen=True)
class LinkTargets:
    goals: tuple[tuple[str, uuid.UUID], ...]
    initiatives: tuple[tuple[str, uuid.UUID], ...]
    milestones: tuple[tuple[str, uuid.UUID], ...]


class ProgrammeService(Service):
    # -- reading ---------------------------------------------------------------
    def overview(self) -> ProgrammeOverview:
        with self.store.read() as session:
            programme = session.scalars(select(m.Programme).limit(1)).first()
            if programme is None:
                raise NotFoundError(tr("This database holds no programme."))
            goals = self._goals(session)
            return ProgrammeOverview(
                programme=convert.programme(programme),
                pillars=self._pillars(session),
                subgoals=tuple(g for g in goals if g.kind is GoalKind.NATIONAL_SUBGOAL),
                strategic_goals=tuple(g for g in goals if g.kind is GoalKind.STRATEGIC),
                initiatives=self._initiatives(session),
                milestones=self._milestones(session),
                funders=self._funders(session),
            )

    def overview_head(self) -> OverviewHead:
        """The programme, its pillars and its own goals, without initiatives or milestones."""
        with self.store.read() as session:
            programme = session.scalars(select(m.Programme).limit(1)).first()
            if programme is None:
                raise NotFoundError(tr("This database holds no programme."))
            own = (GoalKind.NATIONAL_SUBGOAL, GoalKind.STRATEGIC)
            goals = self._goals(session, m.Goal.kind.in_(own))
            return OverviewHead(
                programme=convert.programme(programme),
                pillars=self._pillars(session),
                subgoals=tuple(g for g in goals if g.kind is GoalKind.NATIONAL_SUBGOAL),
                strategic_goals=tuple(g for g in goals if g.kind is GoalKind.STRATEGIC),
                initiative_count=session.scalar(select(func.count()).select_from(m.Initiative))
                or 0,
            )

    def initiative_page(self, offset: int, limit: int) -> tuple[InitiativeDTO, ...]:
        """`limit` initiatives from `offset` in the list's order, with their children."""
        with self.store.read() as session, no_collection():
            return self._initiatives(session, offset, limit)

    def name(self) -> str:
        """The programme's name (for the window title); empty when there is no programme."""
        with self.store.read() as session:
            return session.scalar(select(m.Programme.name).limit(1)) or ""

    def pillars(self) -> tuple[PillarDTO, ...]:
        with self.store.read() as session:
            return self._pillars(session)

    def goals(self) -> tuple[GoalDTO, ...]:
        with self.store.read() as session, no_collection():
            return self._goals(session)

    def initiatives(self) -> tuple[InitiativeDTO, ...]:
        with self.store.read() as session, no_collection():
            return self._initiatives(session)

    def initiative_rows(self) -> list[InitiativeRow]:
        """Every initiative as the list shows it, in the programme's order."""
        with self.store.read() as session:
            return initiative_rows(session)

    def initiative_names(self) -> tuple[tuple[uuid.UUID, str], ...]:
        """Each initiative's (id, name) in the list's order: for a column or a filter."""
        with self.store.read() as session, no_collection():
            rows = session.execute(
                select(m.Initiative.id, m.Initiative.name).order_by(
                    m.Initiative.position, m.Initiative.name
                )
            )
            return tuple((row.id, row.name) for row in rows)

    def initiative(self, ident: uuid.UUID) -> InitiativeDTO:
        with self.store.read() as session:
            row = session.get(m.Initiative, ident)
            if row is None:
                raise NotFoundError(tr("This record no longer exists."))
            return convert.initiative(row)

    def milestones(self) -> tuple[MilestoneDTO, ...]:
        with self.store.read() as session:
            return self._milestones(session)

    def milestone_rows(self) -> list[MilestoneRow]:
        """Every milestone as a list shows it, in the programme's order (by date)."""
        with self.store.read() as session:
            return milestone_rows(session)

    def milestone(self, ident: uuid.UUID) -> MilestoneDTO:
        with self.store.read() as session:
            row = session.get(m.Milestone, ident)
            if row is None:
                raise NotFoundError(tr("This record no longer exists."))
            return convert.milestone(row)

    def funders(self) -> tuple[str, ...]:
        with self.store.read() as session:
            return self._funders(session)

    def link_targets(self) -> LinkTargets:
        """What an agenda item can link to, as (text, id), in the lists' order.

        Only the names are read: a meeting opens without loading the programme.
        """
        with self.store.read() as session:
            order = {kind: n for n, kind in enumerate(GoalKind)}
            goals = session.execute(select(m.Goal.id, m.Goal.title, m.Goal.kind, m.Goal.position))
            initiatives = session.execute(
                select(m.Initiative.id, m.Initiative.name).order_by(
                    m.Initiative.position, m.Initiative.name
                )
            )
            milestones = session.execute(select(m.Milestone.id, m.Milestone.title, m.Milestone.due))
            return LinkTargets(
                goals=tuple(
                    (g.title, g.id)
                    for g in sorted(goals, key=lambda g: (order[g.kind], g.position, g.title))
                ),
                initiatives=tuple((i.name, i.id) for i in initiatives),
                milestones=tuple(
                    (_milestone_text(x.title, x.due), x.id)
                    for x in sorted(milestones, key=lambda x: (x.due.sort_key(), x.title))
                ),
            )

    def link_names(
        self,
        goal_ids: Iterable[uuid.UUID],
        initiative_ids: Iterable[uuid.UUID],
        milestone_ids: Iterable[uuid.UUID],
    ) -> tuple[dict[uuid.UUID, str], dict[uuid.UUID, str], dict[uuid.UUID, str]]:
        """The texts `link_targets` gives these records, read for these only (a meeting's links).

        Three statements, also when a list is empty: as many for any meeting.
        """
        goals, initiatives, milestones = set(goal_ids), set(initiative_ids), set(milestone_ids)
        with self.store.read() as session:
            goal_names = session.execute(
                select(m.Goal.id, m.Goal.title).where(m.Goal.id.in_(goals))
            ).all()
            initiative_names = session.execute(
                select(m.Initiative.id, m.Initiative.name).where(m.Initiative.id.in_(initiatives))
            ).all()
            milestone_rows = session.execute(
                select(m.Milestone.id, m.Milestone.title, m.Milestone.due).where(
                    m.Milestone.id.in_(milestones)
                )
            ).all()
        return (
            {ident: title for ident, title in goal_names},
            {ident: name for ident, name in initiative_names},
            {x.id: _milestone_text(x.title, x.due) for x in milestone_rows},
        )

    @staticmethod
    def _pillars(session: Session) -> tuple[PillarDTO, ...]:
        rows = session.scalars(select(m.Pillar).order_by(m.Pillar.position))
        return tuple(PillarDTO(id=p.id, position=p.position, name=p.name) for p in rows)

    # Lists read plain rows, not ORM objects: the same attributes, a fraction of the
    # cost at tens of thousands of records (no identity map, no instrumentation).

    @staticmethod
    def _goals(session: Session, *where: Any) -> tuple[GoalDTO, ...]:
        order = {kind: n for n, kind in enumerate(GoalKind)}
        found = session.execute(select(*m.Goal.__table__.c).where(*where))
        goals = [convert.goal(g) for g in found]
        return tuple(sorted(goals, key=lambda g: (order[g.kind], g.position, g.title)))

    @staticmethod
    def _initiatives(
        session: Session, offset: int = 0, limit: int | None = None
    ) -> tuple[InitiativeDTO, ...]:
        query = select(*m.Initiative.__table__.c).order_by(m.Initiative.position, m.Initiative.name)
        if limit is not None:
            query = query.offset(offset).limit(limit)
        rows = session.execute(query).all()
        # A page reads the children of its own initiatives only.
        page = [row.id for row in rows] if limit is not None else None

        def children(model: type[m.Base]) -> dict[uuid.UUID, list[Any]]:
            table = model.__table__
            found: dict[uuid.UUID, list[Any]] = defaultdict(list)
            parent = table.c.initiative_id
            wanted = parent.is_not(None) if page is None else parent.in_(page)
            for row in session.execute(select(*table.c).where(wanted).order_by(table.c.position)):
                found[row.initiative_id].append(row)
            return found

        goals, components, funding = (
            children(m.Goal),
            children(m.Component),
            children(m.FundingLine),
        )
        return tuple(
            convert.initiative_of(row, goals[row.id], components[row.id], funding[row.id])
            for row in rows
        )

    @staticmethod
    def _milestones(session: Session) -> tuple[MilestoneDTO, ...]:
        found = session.execute(select(*m.Milestone.__table__.c))
        rows = [convert.milestone(x) for x in found]
        return tuple(sorted(rows, key=lambda x: (x.due.sort_key(), x.title)))

    @staticmethod
    def _funders(session: Session) -> tuple[str, ...]:
        used = session.scalars(select(m.FundingLine.funder).distinct()).all()
        return tuple(sorted({*MINISTRIES, *(f for f in used if f)}))

    # -- goals -----------------------------------------------------------------
    def save_goal(self, dto: GoalDTO) -> GoalDTO | None:
        """Create or update a goal; returns the previous version (None if new)."""
        records.goal(title=dto.title, position=dto.position)
        title = dto.title.strip()
        with self.store.transaction() as session:
            row = session.get(m.Goal, dto.id)
            previous = convert.goal(row) if row else None
            based_on(row, dto.version, previous)
            self._check_parent(session, dto)
            if row is None:
                row = m.Goal(id=dto.id)
                session.add(row)
            row.kind = dto.kind
            row.title = title
            row.description = dto.description.strip()
            row.position = dto.position
            row.pillar_id = dto.pillar_id
            row.parent_id = dto.parent_id
            row.initiative_id = dto.initiative_id
            return previous

    @staticmethod
    def _check_parent(session: Session, dto: GoalDTO) -> None:
        records.no_cycle(
            dto.id,
            dto.parent_id,
            lambda parent: session.scalar(select(m.Goal.parent_id).where(m.Goal.id == parent)),
        )

    def delete_goal(self, ident: uuid.UUID) -> Snapshot:
        return self._delete("goal", ident)

    # -- initiatives -----------------------------------------------------------
    def save_initiative(self, dto: InitiativeDTO) -> InitiativeDTO | None:
        """Create or update an initiative with its goals, components and funding lines.

        Children absent from `dto` are removed; returns the previous version.
        """
        records.initiative(name=dto.name, period_start=dto.period_start, period_end=dto.period_end)
        name = dto.name.strip()
        for line in dto.funding:
            validate_funding_line(line)
        for goal in dto.goals:
            check(records.goal, "goals", title=goal.title)
        with self.store.transaction() as session:
            row = session.get(m.Initiative, dto.id)
            previous = convert.initiative(row) if row else None
            based_on(row, dto.version, previous)
            if row is None:
                row = m.Initiative(id=dto.id, position=_next_position(session))
                session.add(row)
            else:
                kept = {f.id for f in dto.funding}
                regime_sync.release_lines(session, [f for f in row.funding if f.id not in kept])
            row.name = name
            row.status = dto.status
            row.ambition = dto.ambition.strip()
            row.target_area = dto.target_area.strip()
            row.responsible = dto.responsible.strip()
            row.pillar_id = dto.pillar_id
            row.period_start = dto.period_start
            row.period_end = dto.period_end
            row.notes = dto.notes
            _replace_children(session, row, dto)
            # The report milestones follow the lines' regimes and periods, in this same
            # transaction: a period the regime cannot use refuses the whole save.
            regime_sync.sync_lines(session, row.funding)
            return previous

    def delete_initiative(self, ident: uuid.UUID) -> Snapshot:
        with self.store.transaction() as session:
            # The snapshot holds the report milestones too, so an undo brings them back.
            rows = exchange.snapshot(session, "initiative", ident)
            row = session.get(m.Initiative, ident)
            if row is None or not rows:
                raise NotFoundError(tr("This record no longer exists."))
            regime_sync.release_lines(session, row.funding)
            session.flush()
            session.expunge_all()
            exchange.delete_row(session, "initiative", ident)
            return Snapshot(table="initiative", id=ident, rows=rows)

    # -- milestones ------------------------------------------------------------
    def save_milestone(self, dto: MilestoneDTO) -> MilestoneDTO | None:
        records.milestone(title=dto.title)
        title = dto.title.strip()
        with self.store.transaction() as session:
            row = session.get(m.Milestone, dto.id)
            previous = convert.milestone(row) if row else None
            based_on(row, dto.version, previous)
            if row is None:
                row = m.Milestone(id=dto.id)
                session.add(row)
            row.title = title
            row.due = dto.due
            row.status = dto.status
            row.body = dto.body
            row.initiative_id = dto.initiative_id
            row.goal_id = dto.goal_id
            row.meeting_id = dto.meeting_id
            row.notes = dto.notes
            row.kind = dto.kind
            row.funding_line_id = dto.funding_line_id
            if row.funding_line_id is not None and row.regime_key is not None:
                # A user's edit of a report milestone: say at once whether it deviates.
                line = session.get(m.FundingLine, row.funding_line_id)
                if line is not None:
                    regime_sync.sync_lines(session, [line])
            return previous

    def delete_milestone(self, ident: uuid.UUID) -> Snapshot:
        return self._delete("milestone", ident)


def validate_funding_line(line: FundingLineDTO) -> None:
    records.funding_line(
        scheme=line.scheme,
        funder=line.funder,
        requested_cents=line.requested_cents,
        granted_cents=line.granted_cents,
        period_start=line.period_start,
        period_end=line.period_end,
    )


def _next_position(session: Session) -> int:
    positions = session.scalars(select(m.Initiative.position)).all()
    return max(positions, default=-1) + 1


def _replace_children(session: Session, row: m.Initiative, dto: InitiativeDTO) -> None:
    # Assign whole new lists: kept children stay the same objects, the rest are
    # orphans that the cascade deletes at flush.
    existing_goals = {g.id: g for g in row.goals}
    goals = []
    for position, goal in enumerate(dto.goals):
        target = existing_goals.get(goal.id) or m.Goal(id=goal.id, kind=GoalKind.INITIATIVE)
        target.title = goal.title.strip()
        target.description = goal.description
        target.position = position
        target.pillar_id = goal.pillar_id
        goals.append(target)
    row.goals = goals
    existing_components = {c.id: c for c in row.components}
    row.components = [
        _component(existing_components.get(c.id), c.id, c.name.strip(), i)
        for i, c in enumerate(dto.components)
        if c.name.strip()
    ]
    existing_lines = {f.id: f for f in row.funding}
    row.funding = [
        convert.apply_funding(existing_lines.get(f.id) or m.FundingLine(id=f.id), f, i)
        for i, f in enumerate(dto.funding)
    ]


def _component(row: m.Component | None, ident: uuid.UUID, name: str, position: int) -> m.Component:
    target = row or m.Component(id=ident)
    target.name = name
    target.position = position
    return target
