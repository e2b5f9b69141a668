"""The progress report for the council (voortgangsrapportage): what it says, read in one go.

The export use case's first half for `export report --period 2024`; the PDF
(export.report) only draws the `ReportData` built here. Everything the report
says comes from the database, and what must not leave the machine is never read
into it: no agenda item marked confidential nor its decision, no remark of any
kind (shared or personal), no attendee, presenter or chair. Only the count of
left-out confidential decisions is kept, so the report can say that it is not
complete.

Per pillar: its strategic goals, the initiatives that run in the period with
their status, the milestones reached, late and next, the funding per funder, and
the indicators as they stood at the end of the period, assessed against the
Dordrecht average (`domain.indicators`). What belongs to no pillar is reported
under "the programme as a whole".
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import Assessment, Body, GoalKind, MilestoneStatus
from dordtwest_desktop.domain.periods import ReportPeriod, parse_period
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.dashboard import IndicatorChart, indicator_chart
from dordtwest_desktop.services.dto import (
    GoalDTO,
    InitiativeDTO,
    PillarDTO,
)
from dordtwest_desktop.services.indicators import IndicatorDTO, IndicatorService
from dordtwest_desktop.services.report_reads import (
    ProgrammeFacts,
    ReportDecision,
    ReportMeeting,
    alliance_decisions,
)
from dordtwest_desktop.store.database import Store

__all__ = [
    "FunderTotal",
    "MilestoneLine",
    "PillarReport",
    "ReportData",
    "ReportDecision",
    "ReportMeeting",
    "report_data",
]


@dataclass(frozen=True)
class MilestoneLine:
    """A milestone as the report lists it."""

    title: str
    due: PreciseDate
    body: Body | None
    initiative: str  # the initiative's name; empty for a milestone of the programme


@dataclass(frozen=True)
class FunderTotal:
    """One funder's lines for the initiatives of a pillar (unknown amounts are not zero)."""

    funder: str
    lines: int
    requested_cents: int | None
    granted_cents: int | None


@dataclass(frozen=True)
class PillarReport:
    """One pillar in the period; `pillar` None: the programme as a whole (no pillar)."""

    pillar: PillarDTO | None
    title: str
    strategic_goals: tuple[GoalDTO, ...]
    initiatives: tuple[InitiativeDTO, ...]
    reached: tuple[MilestoneLine, ...]
    late: tuple[MilestoneLine, ...]
    upcoming: tuple[MilestoneLine, ...]
    funding: tuple[FunderTotal, ...]
    indicators: tuple[IndicatorChart, ...]  # figures up to the end of the period

    @property
    def is_empty(self) -> bool:
        return not (
            self.initiatives
            or self.reached
            or self.late
            or self.upcoming
            or self.funding
            or self.indicators
        )

    def assessments(self, kind: Assessment) -> int:
        return sum(
            c.evaluation is not None and c.evaluation.assessment is kind for c in self.indicators
        )


@dataclass(frozen=True)
class ReportData:
    programme_name: str
    national_goal: str
    ambition: str
    motto: str
    subgoals: tuple[str, ...]
    period: ReportPeriod
    today: date
    pillars: tuple[PillarReport, ...]  # the pillars in order, then the programme as a whole
    meetings: tuple[ReportMeeting, ...]  # of the Alliantie, in the period, by day
    left_out_confidential: int  # decisions on confidential items, not shown
    draft: bool = False
    author: str = ""

    @property
    def decisions(self) -> int:
        return sum(len(x.decisions) for x in self.meetings)

    def total(self, field: str) -> int:
        return sum(len(getattr(p, field)) for p in self.pillars)

    @property
    def is_empty(self) -> bool:
        return all(p.is_empty for p in self.pillars) and not self.meetings


def report_data(
    store: Store,
    period: str | ReportPeriod,
    *,
    draft: bool = False,
    today: date | None = None,
    author: str = "",
) -> ReportData:
    """Read everything the report of `period` shows; a bad period is a ValidationError."""
    chosen = period if isinstance(period, ReportPeriod) else parse_period(period)
    today = today or date.today()
    with store.read() as session:
        programme = ProgrammeFacts.read(session)
    indicators = IndicatorService(store).indicators()
    meetings, left_out = alliance_decisions(store, chosen)
    return ReportData(
        programme_name=programme.name,
        national_goal=programme.national_goal,
        ambition=programme.ambition,
        motto=programme.motto,
        subgoals=tuple(
            g.title
            for g in sorted(programme.goals.values(), key=lambda g: g.position)
            if g.kind is GoalKind.NATIONAL_SUBGOAL
        ),
        period=chosen,
        today=today,
        pillars=_pillars(programme, indicators, chosen, today),
        meetings=meetings,
        left_out_confidential=left_out,
        draft=draft,
        author=author,
    )


# -- per pillar ------------------------------------------------------------------------


def _days(start: PreciseDate | None, end: PreciseDate | None) -> tuple[date | None, date | None]:
    return (start.first_day() if start else None, end.last_day() if end else None)


class _Pillars:
    """Which pillar each initiative, milestone and indicator belongs to (None: none)."""

    def __init__(self, programme: ProgrammeFacts) -> None:
        self._goals = programme.goals
        self._own = programme.initiative_goals
        served: dict[uuid.UUID, list[uuid.UUID]] = {}
        for initiative_id, parent_id in self._own.values():
            if parent_id is not None:
                served.setdefault(initiative_id, []).append(parent_id)
        self.names = {i.id: i.name for i in programme.initiatives}
        self._of_initiative = {
            i.id: self._initiative_pillar(i, served.get(i.id, ())) for i in programme.initiatives
        }

    def _goal_pillar(self, goal_id: uuid.UUID | None, depth: int = 0) -> uuid.UUID | None:
        goal = self._goals.get(goal_id) if goal_id else None
        if goal is None or depth > 20:  # a cycle in the goals must not hang the report
            return None
        if goal.pillar_id is not None:
            return goal.pillar_id
        return self._goal_pillar(goal.parent_id, depth + 1)

    def _initiative_pillar(
        self, initiative: InitiativeDTO, served: Iterable[uuid.UUID]
    ) -> uuid.UUID | None:
        # An initiative without its own pillar takes the pillar of a goal it serves.
        if initiative.pillar_id is not None:
            return initiative.pillar_id
        for goal_id in served:
            found = self._goal_pillar(goal_id)
            if found is not None:
                return found
        return None

    def of_initiative(self, ident: uuid.UUID | None) -> uuid.UUID | None:
        return self._of_initiative.get(ident) if ident else None

    def of_milestone(
        self, initiative_id: uuid.UUID | None, goal_id: uuid.UUID | None
    ) -> uuid.UUID | None:
        if initiative_id in self._of_initiative:
            return self.of_initiative(initiative_id)
        if goal_id in self._own:
            return self.of_initiative(self._own[goal_id][0])
        return self._goal_pillar(goal_id)


def _pillars(
    programme: ProgrammeFacts,
    indicators: Sequence[IndicatorDTO],
    period: ReportPeriod,
    today: date,
) -> tuple[PillarReport, ...]:
    where = _Pillars(programme)
    known = {p.id for p in programme.pillars}

    def home(pillar_id: uuid.UUID | None) -> uuid.UUID | None:
        return pillar_id if pillar_id in known else None

    initiatives: dict[uuid.UUID | None, list[InitiativeDTO]] = {}
    for initiative in programme.initiatives:
        if period.overlaps(*_days(initiative.period_start, initiative.period_end)):
            initiatives.setdefault(home(where.of_initiative(initiative.id)), []).append(initiative)
    milestones: dict[uuid.UUID | None, list[Any]] = {}
    for row in programme.milestones:
        key = home(where.of_milestone(row.initiative_id, row.goal_id))
        milestones.setdefault(key, []).append(row)
    charts: dict[uuid.UUID | None, list[IndicatorChart]] = {}
    for item in indicators:
        chart = _chart_until(item, period.year)
        charts.setdefault(home(item.pillar_id), []).append(chart)
    strategic = sorted(
        (g for g in programme.goals.values() if g.kind is GoalKind.STRATEGIC),
        key=lambda g: g.position,
    )
    out = []
    for pillar in [*sorted(programme.pillars, key=lambda p: p.position), None]:
        key = pillar.id if pillar else None
        own = tuple(initiatives.get(key, ()))
        report = PillarReport(
            pillar=pillar,
            title=pillar.name if pillar else tr("The programme as a whole"),
            strategic_goals=tuple(g for g in strategic if home(g.pillar_id) == key)
            if pillar
            else (),
            initiatives=own,
            funding=_funding(own, period),
            indicators=tuple(charts.get(key, ())),
            **_milestone_groups(milestones.get(key, ()), where, period, today),
        )
        # The programme as a whole only when something belongs there.
        if pillar is not None or not report.is_empty:
            out.append(report)
    return tuple(out)


def _milestone_groups(
    rows: Iterable[Any], where: _Pillars, period: ReportPeriod, today: date
) -> dict[str, tuple[MilestoneLine, ...]]:
    """Reached in the period; late (still planned, its date past by the end of the period
    or today, whichever is first: earlier periods' too, since they are still late); next
    (planned, not late, due in this period or the one after it)."""
    following = period.following()
    cutoff = min(today, date.fromordinal(period.last.toordinal() + 1))
    groups: dict[str, list[MilestoneLine]] = {"reached": [], "late": [], "upcoming": []}
    for row in sorted(rows, key=lambda r: (r.due.sort_key(), r.title)):
        first, last = row.due.sort_key()
        group = None
        if row.status is MilestoneStatus.REACHED:
            group = "reached" if period.first <= last and first <= period.last else None
        elif last < cutoff:
            group = "late"
        elif first <= following.last:
            group = "upcoming"
        if group is not None:
            name = where.names.get(row.initiative_id, "") if row.initiative_id else ""
            groups[group].append(MilestoneLine(row.title, row.due, row.body, name))
    return {key: tuple(lines) for key, lines in groups.items()}


def _funding(initiatives: Sequence[InitiativeDTO], period: ReportPeriod) -> tuple[FunderTotal, ...]:
    """Per funder, the lines that run in the period (or whose period is not known)."""
    found: dict[str, list[tuple[int | None, int | None]]] = {}
    for initiative in initiatives:
        for line in initiative.funding:
            if period.overlaps(*_days(line.period_start, line.period_end)):
                key = line.funder.strip() or tr("Funder unknown")
                found.setdefault(key, []).append((line.requested_cents, line.granted_cents))
    return tuple(
        FunderTotal(
            funder=funder,
            lines=len(amounts),
            requested_cents=_sum(a for a, _ in amounts),
            granted_cents=_sum(b for _, b in amounts),
        )
        for funder, amounts in sorted(found.items(), key=lambda kv: kv[0].casefold())
    )


def _sum(amounts: Iterable[int | None]) -> int | None:
    known = [a for a in amounts if a is not None]
    return sum(known) if known else None


def _chart_until(item: IndicatorDTO, year: int) -> IndicatorChart:
    """The indicator as it stood at the end of the report's year: later figures unknown."""
    values = tuple(v for v in item.values if v.year <= year)
    return indicator_chart(dataclasses.replace(item, values=values))


def report_file_name(data: ReportData) -> str:
    """ "voortgangsrapportage-2024.pdf", "voortgangsrapportage-1ste-helft-2024-concept.pdf"."""
    words = [tr("progress-report", context="filename"), *data.period.render().lower().split()]
    if data.draft:
        words.append(tr("draft", context="filename"))
    return "-".join(words) + ".pdf"
