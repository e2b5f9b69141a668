"""The figures behind the dashboard's charts, alike for the screen and for print.

Plain data (no Qt, no reportlab): the pyqtgraph dashboard (ui.dashboard) and the
PDF (export.dashboard) draw the same series, so they cannot disagree.

* timeline: `services.charts.timeline_series` (one lane per initiative plus the
  programme's own), a point for a day, a bar over the days a vaguer date covers;
* funding: requested against granted, per initiative and per funder, with totals
  (`services.funding`, re-exported here);
* indicators: per indicator the yearly figures of Dordt West, the Dordrecht
  average, the Netherlands and the target, grouped by pillar;
* attention: overdue milestones, open and overdue actions, the next meeting.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from dordtwest_desktop.domain import milestones as milestone_rules
from dordtwest_desktop.domain.dates import DatePoint, PreciseDate, Precision, short_axis_label
from dordtwest_desktop.domain.enums import ActionStatus, Direction, MilestoneStatus
from dordtwest_desktop.domain.indicators import Evaluation, gap_in_words
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services import dashboard_reads
from dordtwest_desktop.services.charts import TimelineMark, TimelineSeries
from dordtwest_desktop.services.common import Service
from dordtwest_desktop.services.dashboard_reads import ATTENTION_TITLES
from dordtwest_desktop.services.dto import (
    ActionDTO,
    MeetingDTO,
    MilestoneDTO,
    PillarDTO,
)
from dordtwest_desktop.services.funding import FundingBar, FundingSeries, funding_series, short_name
from dordtwest_desktop.services.indicators import IndicatorDTO, IndicatorService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.services.regimes import Deadline, RegimeService
from dordtwest_desktop.store import models as m

# The funding names stay importable from here, where the UI and the tests take them.
__all__ = [
    "ASSESSMENT_COLOURS",
    "NEUTRAL_COLOUR",
    "PALETTE",
    "Attention",
    "DashboardData",
    "DashboardService",
    "FundingBar",
    "FundingSeries",
    "IndicatorChart",
    "IndicatorGroup",
    "assessment_colour",
    "attention",
    "date_ticks",
    "funding_series",
    "indicator_chart",
    "indicator_groups",
    "is_overdue",
    "mark_colour",
    "short_name",
    "status_text",
]

# The timeline's lanes on screen, the last one "overige" when there are more: as many as
# the chart shows without scrolling (ui.dashboard.timeline.MAX_VISIBLE_LANES).
SCREEN_LANES = 18
# The lanes of the printed timeline (export.timeline_chart.OVERVIEW_LANES: as many as
# fit its height at their smallest readable size).
PRINT_LANES = 19

# The colours of the charts, shared by screen and print so that both read alike.
PALETTE = {
    "dordt_west": "#1f3a5f",
    "dordrecht": "#7a8691",
    "netherlands": "#b39b5e",
    "target": "#2e7d32",
    "requested": "#9fb7d3",
    "granted": "#1f3a5f",
    "planned": "#1f5fa8",
    "reached": "#2e7d32",
    "cancelled": "#9aa3ab",
    "overdue": "#b00020",
    # A report to a funder (accountability regime): its own colour while planned.
    "report": "#7b3fa0",
    "period": "#d5dce3",
    "today": "#b00020",
}
# Per assessment, from very favourable to very unfavourable.
ASSESSMENT_COLOURS = {
    "very_favourable": "#1b7837",
    "favourable": "#5aae61",
    "average": "#7a8691",
    "unfavourable": "#d6604d",
    "very_unfavourable": "#b2182b",
}
# No verdict (direction unknown, or no figures): no colour either.
NEUTRAL_COLOUR = "#5c6670"


def assessment_colour(evaluation: Evaluation | None) -> str:
    if evaluation is None or evaluation.assessment is None:
        return NEUTRAL_COLOUR
    return ASSESSMENT_COLOURS[evaluation.assessment.value]


def mark_colour(mark: TimelineMark, today: date) -> str:
    """Planned, reached, cancelled, or overdue (still planned, its date passed)."""
    if is_overdue(mark, today):
        return PALETTE["overdue"]
    if mark.is_report and mark.status is MilestoneStatus.PLANNED:
        return PALETTE["report"]
    return PALETTE[mark.status.value]


# -- indicators ------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorChart:
    """One small chart: an indicator's yearly figures against the average and the target."""

    id: uuid.UUID
    name: str
    unit: str
    direction: Direction
    source: str
    years: tuple[int, ...]
    dordt_west: tuple[float, ...]
    dordrecht: tuple[float, ...]
    netherlands: tuple[float | None, ...]
    target: float | None  # an explicit target; None: the Dordrecht average is the target
    evaluation: Evaluation | None

    @property
    def is_empty(self) -> bool:
        return not self.years

    @property
    def has_netherlands(self) -> bool:
        return any(v is not None for v in self.netherlands)

    @property
    def target_line(self) -> tuple[float, ...]:
        """The target per year: the explicit target, else the Dordrecht average itself."""
        if self.target is not None:
            return tuple(self.target for _ in self.years)
        return self.dordrecht

    def value_range(self) -> tuple[float, float]:
        values = [*self.dordt_west, *self.dordrecht]
        values += [v for v in self.netherlands if v is not None]
        if self.target is not None:
            values.append(self.target)
        if not values:
            return 0.0, 1.0
        low, high = min(values), max(values)
        if low == high:
            return low - 1, high + 1
        return low, high

    def summary(self, *, document: bool = False) -> str:
        """ "2023: 8,1 % tegen 4,2 %: 3,9 procentpunt ongunstiger dan het Dordts
        gemiddelde (zeer ongunstig), verbetert".

        With the direction unknown there is no verdict: the app asks to set it, a
        document (`document`) only says it is not set.
        """
        found = self.evaluation
        if found is None:
            return tr("No figures yet.")
        words = gap_in_words(found, self.unit, self.direction)
        text = tr("{year}: {words}").format(year=found.year, words=words)
        if found.assessment is None:
            return (
                text + " · " + tr("direction not yet set")
                if document
                else text + " · " + tr("direction unknown — set it")
            )
        text += f" ({label(found.assessment)})"
        if found.trend is not None:
            text += ", " + label(found.trend)
        return text

    def subtitle(self) -> str:
        parts = [label(self.direction)]
        if self.unit:
            parts.insert(0, self.unit)
        if self.source:
            parts.append(self.source)
        return " · ".join(parts)


@dataclass(frozen=True)
class IndicatorGroup:
    """The indicators of one pillar (or of none)."""

    pillar_id: uuid.UUID | None
    title: str
    charts: tuple[IndicatorChart, ...]


def indicator_chart(item: IndicatorDTO) -> IndicatorChart:
    values = item.values
    return IndicatorChart(
        id=item.id,
        name=item.name,
        unit=item.unit,
        direction=item.direction,
        source=item.source,
        years=tuple(v.year for v in values),
        dordt_west=tuple(v.dordt_west for v in values),
        dordrecht=tuple(v.dordrecht for v in values),
        netherlands=tuple(v.netherlands for v in values),
        target=item.target,
        evaluation=item.evaluation(),
    )


def indicator_groups(
    indicators: Sequence[IndicatorDTO], pillars: Sequence[PillarDTO]
) -> tuple[IndicatorGroup, ...]:
    """Charts grouped by pillar in the pillars' order; indicators of no pillar last."""
    order = sorted(pillars, key=lambda p: p.position)
    groups = []
    for pillar in [*order, None]:
        pillar_id = pillar.id if pillar else None
        own = [i for i in indicators if i.pillar_id == pillar_id] if pillar else []
        if pillar is None:
            known = {p.id for p in order}
            own = [i for i in indicators if i.pillar_id not in known]
        if own:
            title = pillar.name if pillar else tr("Without a pillar")
            groups.append(IndicatorGroup(pillar_id, title, tuple(indicator_chart(i) for i in own)))
    return tuple(groups)


# -- attention -------------------------------------------------------------------------


@dataclass(frozen=True)
class Attention:
    """The counts that need attention today, and the few overdue milestones named."""

    today: date
    overdue_milestones: int
    overdue_titles: tuple[str, ...]  # the oldest ATTENTION_TITLES, in date order
    open_actions: int
    overdue_actions: int
    next_meeting: MeetingDTO | None


def is_overdue(milestone: MilestoneDTO | TimelineMark, today: date) -> bool:
    """Still planned while its date (as a whole: all of "Q1 2024") has passed."""
    return milestone_rules.is_overdue(milestone.status, last_day(milestone), today)


def status_text(milestone: MilestoneDTO | TimelineMark, today: date) -> str:
    """The status as the app and the documents word it: "gepland, over tijd"."""
    return milestone_rules.status_text(milestone.status, last_day(milestone), today)


def last_day(milestone: MilestoneDTO | TimelineMark) -> date:
    return milestone.last if isinstance(milestone, TimelineMark) else milestone.due.last_day()


def attention(
    milestones: Sequence[MilestoneDTO],
    actions: Sequence[ActionDTO],
    meetings: Sequence[MeetingDTO],
    today: date,
) -> Attention:
    """From whole lists (the PDF); the screen reads the same counts as aggregates."""
    upcoming = [x for x in meetings if x.day >= today]
    upcoming.sort(key=lambda x: (x.day, x.start_time is None, x.start_time or 0))
    overdue = sorted(
        (x for x in milestones if is_overdue(x, today)), key=lambda x: (x.due.sort_key(), x.title)
    )
    return Attention(
        today=today,
        overdue_milestones=len(overdue),
        overdue_titles=tuple(x.title for x in overdue[:ATTENTION_TITLES]),
        open_actions=sum(a.status is ActionStatus.OPEN for a in actions),
        overdue_actions=sum(a.is_overdue(today) for a in actions),
        next_meeting=upcoming[0] if upcoming else None,
    )


# -- axis labels -----------------------------------------------------------------------

_STEPS = (  # (unit, count): days, weeks, months, quarters, years and runs of years
    ("day", 1),
    ("day", 7),
    ("month", 1),
    ("month", 3),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
    ("year", 25),
    ("year", 50),
    ("year", 100),
)


def _month_start(day: date, months: int) -> date:
    index = (day.year * 12 + day.month - 1) // months * months
    return date(index // 12, index % 12 + 1, 1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _tick_label(day: date, unit: str, count: int) -> str:
    if unit == "day":
        return short_axis_label(PreciseDate.of_day(day))
    if unit == "month" and count == 3:
        quarter = (day.month - 1) // 3 + 1
        return short_axis_label(PreciseDate(DatePoint(day.year, Precision.QUARTER, quarter)))
    if unit == "month":
        return short_axis_label(PreciseDate(DatePoint(day.year, Precision.MONTH, day.month)))
    return str(day.year)


def date_ticks(start: date, end: date, max_ticks: int = 8) -> tuple[tuple[date, str], ...]:
    """Ticks for a date axis, labelled in Dutch: "14 nov 2023", "nov 2023", "Q1 2024", "2024".

    The finest step that gives at most `max_ticks` ticks between `start` and `end`.
    """
    if end < start:
        start, end = end, start
    span = (end - start).days + 1
    max_ticks = max(max_ticks, 2)
    for unit, count in _STEPS:
        length = {"day": 1, "month": 30.44, "year": 365.25}[unit] * count
        if span / length <= max_ticks:
            break
    ticks: list[tuple[date, str]] = []
    if unit == "day":
        day = start
        if count == 7:
            day = start + timedelta(days=(7 - start.weekday()) % 7)  # Mondays
        while day <= end:
            ticks.append((day, _tick_label(day, unit, count)))
            day += timedelta(days=count)
    elif unit == "month":
        day = _month_start(start, count)
        while day <= end:
            if day >= start:
                ticks.append((day, _tick_label(day, unit, count)))
            day = _add_months(day, count)
    else:
        first = start.year if start == date(start.year, 1, 1) else start.year + 1
        year = (first + count - 1) // count * count
        while year <= min(end.year, 9999):
            ticks.append((date(year, 1, 1), str(year)))
            year += count
    return tuple(ticks)


# -- everything at once ----------------------------------------------------------------


@dataclass(frozen=True)
class DashboardData:
    programme_name: str
    motto: str
    today: date
    timeline: TimelineSeries
    funding: FundingSeries
    indicators: tuple[IndicatorGroup, ...]
    attention: Attention
    # Reports to funders overdue or due within DEADLINE_DAYS (the Deadlines card).
    deadlines: tuple[Deadline, ...] = ()


@dataclass(frozen=True)
class DashboardParts:
    """The parts of the dashboard a refresh asked for (None: not asked)."""

    timeline: TimelineSeries | None = None
    funding: FundingSeries | None = None
    attention: Attention | None = None
    motto: str | None = None
    indicators: tuple[IndicatorGroup, ...] | None = None


class DashboardService(Service):
    """Reads each part on its own, so a view can refresh only what changed."""

    def parts(self, names: Iterable[str], today: date, lanes: int = SCREEN_LANES) -> DashboardParts:
        """The named parts (timeline, funding, attention, indicators), each from aggregates.

        A fixed number of statements however large the programme: sums and counts in
        SQL, and only the rows drawn one by one (the timeline's `lanes` lanes).
        """
        wanted = set(names)
        with self.store.read() as session:
            timeline = (
                dashboard_reads.timeline_summary(session, today, lanes)
                if "timeline" in wanted
                else None
            )
            funding = dashboard_reads.funding_totals(session) if "funding" in wanted else None
            found = attention = motto = None
            if "attention" in wanted:
                found = dashboard_reads.attention_figures(session, today)
                attention = Attention(
                    today=today,
                    overdue_milestones=found.overdue_milestones,
                    overdue_titles=found.overdue_titles,
                    open_actions=found.open_actions,
                    overdue_actions=found.overdue_actions,
                    next_meeting=found.next_meeting,
                )
                motto = session.scalar(select(m.Programme.motto).limit(1)) or ""
        return DashboardParts(
            timeline=timeline,
            funding=funding,
            attention=attention,
            motto=motto,
            indicators=self.indicators() if "indicators" in wanted else None,
        )

    def group(
        self, series: TimelineSeries, mark: TimelineMark, limit: int
    ) -> tuple[tuple[uuid.UUID, str], ...]:
        """The milestones (id, title) a grouped mark of the timeline stands for."""
        with self.store.read() as session:
            return dashboard_reads.milestones_in_group(session, series, mark, limit)

    # One part each, through `parts`, so each is computed in one place only.
    def timeline(self, today: date) -> TimelineSeries:
        found = self.parts(("timeline",), today).timeline
        assert found is not None
        return found

    def funding(self) -> FundingSeries:
        found = self.parts(("funding",), date.today()).funding
        assert found is not None
        return found

    def indicators(self) -> tuple[IndicatorGroup, ...]:
        pillars = ProgrammeService(self.store).pillars()
        return indicator_groups(IndicatorService(self.store).indicators(), pillars)

    def attention(self, today: date) -> Attention:
        found = self.parts(("attention",), today).attention
        assert found is not None
        return found

    def motto(self) -> str:
        with self.store.read() as session:
            return session.scalar(select(m.Programme.motto).limit(1)) or ""

    def pillars(self) -> tuple[PillarDTO, ...]:
        return ProgrammeService(self.store).pillars()

    def data(self, today: date | None = None) -> DashboardData:
        """Everything the dashboard PDF shows, from the same aggregates as the view."""
        today = today or date.today()
        parts = self.parts(("timeline", "funding", "attention", "indicators"), today, PRINT_LANES)
        assert parts.timeline is not None and parts.funding is not None
        assert parts.attention is not None and parts.indicators is not None
        return DashboardData(
            programme_name=ProgrammeService(self.store).name(),
            motto=parts.motto or "",
            today=today,
            timeline=parts.timeline,
            funding=parts.funding,
            indicators=parts.indicators,
            attention=parts.attention,
            deadlines=RegimeService(self.store).deadlines(today),
        )
