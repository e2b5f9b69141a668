"""Chart series computed from DTOs, drawn alike by the PDF export and the Qt dashboard.

Plain data only (no Qt, no reportlab): the print chart (export.timeline, with
reportlab.graphics) and the screen chart (pyqtgraph) draw the same series, so
they cannot disagree. Time is in calendar days (`datetime.date`); use
`unix_seconds` for pyqtgraph's DateAxisItem.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from dordtwest_desktop.domain.dates import PreciseDate, short_axis_label
from dordtwest_desktop.domain.enums import Body, MilestoneStatus
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.dto import InitiativeDTO, MilestoneDTO

PROGRAMME_LANE = "programme"
OTHER_LANE = "other"  # the lane that carries the initiatives a summary leaves out
TODAY_REACH = timedelta(days=366)


@dataclass(frozen=True)
class TimelineMark:
    """One milestone on the time axis: a point for a day, a bar for a vaguer date."""

    number: int  # 1-based, in date order over the whole chart: the legend's key
    milestone_id: uuid.UUID
    title: str
    first: date
    last: date
    label: str  # the date as written: "1ste kwartaal 2024"
    short_label: str  # for axes: "Q1 2024"
    status: MilestoneStatus
    body: Body | None = None

    @property
    def is_point(self) -> bool:
        return self.first == self.last


@dataclass(frozen=True)
class TimelineLane:
    """A row of the chart: the programme itself, or one initiative."""

    key: str  # PROGRAMME_LANE or the initiative's UUID as text
    title: str
    initiative_id: uuid.UUID | None
    marks: tuple[TimelineMark, ...]
    period: tuple[date, date] | None = None  # the initiative's running time, if known


@dataclass(frozen=True)
class AxisTick:
    day: date
    label: str
    major: bool  # a year boundary (minor ticks: quarters)


@dataclass(frozen=True)
class AxisSpan:
    """A stretch of the axis to label in its middle: a year, or a quarter."""

    first: date
    last: date
    label: str
    major: bool  # a year


@dataclass(frozen=True)
class TimelineSeries:
    lanes: tuple[TimelineLane, ...]
    start: date  # the axis range, padded to whole quarters
    end: date
    today: date

    @property
    def marks(self) -> tuple[TimelineMark, ...]:
        return tuple(sorted((m for lane in self.lanes for m in lane.marks), key=lambda m: m.number))

    @property
    def is_empty(self) -> bool:
        return not any(lane.marks or lane.period for lane in self.lanes)

    @property
    def days(self) -> int:
        return max((self.end - self.start).days, 1)

    def position(self, day: date) -> float:
        """0.0 at the start of the axis, 1.0 at its end (clamped)."""
        return min(1.0, max(0.0, (day - self.start).days / self.days))

    def shows_today(self) -> bool:
        return self.start <= self.today <= self.end


def timeline_series(
    milestones: Iterable[MilestoneDTO],
    initiatives: Sequence[InitiativeDTO],
    today: date,
    *,
    empty_lanes: bool = False,
) -> TimelineSeries:
    """Lanes per initiative plus one "Programma" lane (milestones of no initiative)."""
    ordered = sorted(milestones, key=lambda m: (m.due.sort_key(), m.title))
    known = {i.id for i in initiatives}
    marks = [_mark(n, m) for n, m in enumerate(ordered, start=1)]
    by_lane: dict[uuid.UUID | None, list[TimelineMark]] = {}
    for milestone, mark in zip(ordered, marks, strict=True):
        lane = milestone.initiative_id if milestone.initiative_id in known else None
        by_lane.setdefault(lane, []).append(mark)
    lanes = [TimelineLane(PROGRAMME_LANE, tr("Programme"), None, tuple(by_lane.get(None, ())))]
    for initiative in sorted(initiatives, key=lambda i: (i.position, i.name)):
        own = tuple(by_lane.get(initiative.id, ()))
        period = initiative_period(initiative)
        if own or period or empty_lanes:
            lanes.append(
                TimelineLane(str(initiative.id), initiative.name, initiative.id, own, period)
            )
    start, end = _axis_range(lanes, today)
    return TimelineSeries(lanes=tuple(lanes), start=start, end=end, today=today)


def top_lanes(series: TimelineSeries, limit: int) -> TimelineSeries:
    """At most `limit` lanes: all when they fit, else the busiest and one "overige" lane.

    Cut, the programme's own lane stays, then the initiatives with the most
    milestones (in their usual order), and a last lane carries the milestones of
    all the others, its title saying how many initiatives it holds. Every mark
    stays on the chart, with its number; only running times of merged lanes go.
    """
    if len(series.lanes) <= limit:
        return series
    own = [lane for lane in series.lanes if lane.key == PROGRAMME_LANE]
    others = [lane for lane in series.lanes if lane.key != PROGRAMME_LANE]
    room = max(limit - len(own) - 1, 0)
    order = sorted(range(len(others)), key=lambda n: (-len(others[n].marks), n))
    kept = sorted(order[:room])
    rest = [others[n] for n in order[room:]]
    marks = sorted((m for lane in rest for m in lane.marks), key=lambda m: m.number)
    title = tr("other initiatives ({count})").format(count=len(rest))
    merged = TimelineLane(OTHER_LANE, title, None, tuple(marks))
    lanes = (*own, *(others[n] for n in kept), merged)
    return TimelineSeries(lanes=lanes, start=series.start, end=series.end, today=series.today)


def initiative_period(initiative: InitiativeDTO) -> tuple[date, date] | None:
    """Its own period, else the span of its funding periods; None when neither is known."""
    if initiative.period_start and initiative.period_end:
        return initiative.period_start.first_day(), initiative.period_end.last_day()
    starts = [f.period_start for f in initiative.funding if f.period_start]
    ends = [f.period_end for f in initiative.funding if f.period_end]
    if not starts or not ends:
        return None
    return min(p.first_day() for p in starts), max(p.last_day() for p in ends)


def _mark(number: int, milestone: MilestoneDTO) -> TimelineMark:
    due: PreciseDate = milestone.due
    return TimelineMark(
        number=number,
        milestone_id=milestone.id,
        title=milestone.title,
        first=due.first_day(),
        last=due.last_day(),
        label=due.render(),
        short_label=short_axis_label(due),
        status=milestone.status,
        body=milestone.body,
    )


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _next_quarter(day: date) -> date:
    start = _quarter_start(day)
    month = start.month + 3
    return date(start.year + (month > 12), (month - 1) % 12 + 1, 1)


def _axis_range(lanes: Sequence[TimelineLane], today: date) -> tuple[date, date]:
    days = [d for lane in lanes for m in lane.marks for d in (m.first, m.last)]
    days += [d for lane in lanes if lane.period for d in lane.period]
    if not days:
        days = [today]
    # Today belongs on the axis when it is near the plans, not when it would squash them.
    if min(days) - TODAY_REACH <= today <= max(days) + TODAY_REACH:
        days.append(today)
    return _quarter_start(min(days)), _next_quarter(max(days)) - timedelta(days=1)


def axis_ticks(series: TimelineSeries) -> tuple[AxisTick, ...]:
    """Year ticks (labelled) and quarter ticks; only years when the range is long."""
    quarters = series.days < 6 * 366
    ticks: list[AxisTick] = []
    day = _quarter_start(series.start)
    while day <= series.end + timedelta(days=1):
        major = day.month == 1
        if major or quarters:
            label = str(day.year) if major else f"Q{(day.month - 1) // 3 + 1}"
            ticks.append(AxisTick(day, label, major))
        day = _next_quarter(day)
    return tuple(ticks)


def axis_spans(series: TimelineSeries) -> tuple[AxisSpan, ...]:
    """Years (cut to the axis), and their quarters when the range is not long."""
    spans = [
        AxisSpan(max(series.start, date(y, 1, 1)), min(series.end, date(y, 12, 31)), str(y), True)
        for y in range(series.start.year, series.end.year + 1)
    ]
    if series.days < 6 * 366:
        day = _quarter_start(series.start)
        while day <= series.end:
            last = _next_quarter(day) - timedelta(days=1)
            spans.append(
                AxisSpan(day, min(last, series.end), f"Q{(day.month - 1) // 3 + 1}", False)
            )
            day = last + timedelta(days=1)
    return tuple(spans)


def unix_seconds(day: date) -> float:
    """Midnight UTC of the day, as pyqtgraph's DateAxisItem expects."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()
