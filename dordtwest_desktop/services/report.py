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

from sqlalchemy import func, select

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import Assessment, Body, MilestoneStatus, Outcome
from dordtwest_desktop.domain.periods import ReportPeriod, parse_period
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.dashboard import IndicatorChart, indicator_chart
from dordtwest_desktop.services.dto import (
    GoalDTO,
    InitiativeDTO,
    MilestoneDTO,
    PillarDTO,
    ProgrammeOverview,
)
from dordtwest_desktop.services.indicators import IndicatorDTO, IndicatorService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store import models as m
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
    milestone: MilestoneDTO
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
    overview = ProgrammeService(store).overview()
    indicators = IndicatorService(store).indicators()
    meetings, left_out = _alliance_decisions(store, chosen)
    programme = overview.programme
    return ReportData(
        programme_name=programme.name,
        national_goal=programme.national_goal,
        ambition=programme.ambition,
        motto=programme.motto,
        subgoals=tuple(g.title for g in sorted(overview.subgoals, key=lambda g: g.position)),
        period=chosen,
        today=today,
        pillars=_pillars(overview, indicators, chosen, today),
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

    def __init__(self, overview: ProgrammeOverview) -> None:
        goals = {g.id: g for g in (*overview.subgoals, *overview.strategic_goals)}
        goals.update({g.id: g for i in overview.initiatives for g in i.goals})
        self._goals = goals
        self.initiatives = {i.id: i for i in overview.initiatives}
        self._of_initiative = {i.id: self._initiative_pillar(i) for i in overview.initiatives}

    def _goal_pillar(self, goal_id: uuid.UUID | None, depth: int = 0) -> uuid.UUID | None:
        goal = self._goals.get(goal_id) if goal_id else None
        if goal is None or depth > 20:  # a cycle in the goals must not hang the report
            return None
        if goal.pillar_id is not None:
            return goal.pillar_id
        return self._goal_pillar(goal.parent_id, depth + 1)

    def _initiative_pillar(self, initiative: InitiativeDTO) -> uuid.UUID | None:
        # An initiative without its own pillar takes the pillar of a goal it serves.
        if initiative.pillar_id is not None:
            return initiative.pillar_id
        for goal in initiative.goals:
            found = self._goal_pillar(goal.parent_id)
            if found is not None:
                return found
        return None

    def of_initiative(self, ident: uuid.UUID | None) -> uuid.UUID | None:
        return self._of_initiative.get(ident) if ident else None

    def of_milestone(self, milestone: MilestoneDTO) -> uuid.UUID | None:
        if milestone.initiative_id in self._of_initiative:
            return self.of_initiative(milestone.initiative_id)
        goal = self._goals.get(milestone.goal_id) if milestone.goal_id else None
        if goal is not None and goal.initiative_id is not None:
            return self.of_initiative(goal.initiative_id)
        return self._goal_pillar(milestone.goal_id)


def _pillars(
    overview: ProgrammeOverview,
    indicators: Sequence[IndicatorDTO],
    period: ReportPeriod,
    today: date,
) -> tuple[PillarReport, ...]:
    where = _Pillars(overview)
    known = {p.id for p in overview.pillars}

    def home(pillar_id: uuid.UUID | None) -> uuid.UUID | None:
        return pillar_id if pillar_id in known else None

    initiatives: dict[uuid.UUID | None, list[InitiativeDTO]] = {}
    for initiative in sorted(overview.initiatives, key=lambda i: i.position):
        if period.overlaps(*_days(initiative.period_start, initiative.period_end)):
            initiatives.setdefault(home(where.of_initiative(initiative.id)), []).append(initiative)
    milestones: dict[uuid.UUID | None, list[MilestoneDTO]] = {}
    for milestone in overview.milestones:
        milestones.setdefault(home(where.of_milestone(milestone)), []).append(milestone)
    charts: dict[uuid.UUID | None, list[IndicatorChart]] = {}
    for item in indicators:
        chart = _chart_until(item, period.year)
        charts.setdefault(home(item.pillar_id), []).append(chart)
    out = []
    for pillar in [*sorted(overview.pillars, key=lambda p: p.position), None]:
        key = pillar.id if pillar else None
        own = tuple(initiatives.get(key, ()))
        report = PillarReport(
            pillar=pillar,
            title=pillar.name if pillar else tr("The programme as a whole"),
            strategic_goals=tuple(
                sorted(
                    (g for g in overview.strategic_goals if home(g.pillar_id) == key),
                    key=lambda g: g.position,
                )
            )
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
    milestones: Iterable[MilestoneDTO], where: _Pillars, period: ReportPeriod, today: date
) -> dict[str, tuple[MilestoneLine, ...]]:
    """Reached in the period; late (still planned, its date past by the end of the period
    or today, whichever is first: earlier periods' too, since they are still late); next
    (planned, not late, due in this period or the one after it)."""
    following = period.following()
    cutoff = min(today, date.fromordinal(period.last.toordinal() + 1))
    groups: dict[str, list[MilestoneLine]] = {"reached": [], "late": [], "upcoming": []}
    for milestone in sorted(milestones, key=lambda x: x.due):
        first, last = milestone.due.first_day(), milestone.due.last_day()
        initiative = where.initiatives.get(milestone.initiative_id or uuid.UUID(int=0))
        line = MilestoneLine(milestone, initiative.name if initiative else "")
        if milestone.status is MilestoneStatus.REACHED:
            if period.overlaps(first, last):
                groups["reached"].append(line)
        elif milestone.status is MilestoneStatus.PLANNED:
            if last < cutoff:
                groups["late"].append(line)
            elif first <= following.last:
                groups["upcoming"].append(line)
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


# -- decisions -------------------------------------------------------------------------


def _alliance_decisions(
    store: Store, period: ReportPeriod
) -> tuple[tuple[ReportMeeting, ...], int]:
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


def report_file_name(data: ReportData) -> str:
    """ "voortgangsrapportage-2024.pdf", "voortgangsrapportage-1ste-helft-2024-concept.pdf"."""
    words = [tr("progress-report", context="filename"), *data.period.render().lower().split()]
    if data.draft:
        words.append(tr("draft", context="filename"))
    return "-".join(words) + ".pdf"
