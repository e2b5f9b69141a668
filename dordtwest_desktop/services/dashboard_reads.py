"""The dashboard's figures read as aggregates: a few statements, whatever the programme's size.

The DTO functions (`charts.timeline_series`, `funding.funding_series`,
`dashboard.attention`) compute the same series from whole lists; the PDF still
uses them. On screen, at 20,000 milestones and 2,000 initiatives, reading and
converting whole tables took seconds, so these read sums, counts and only the
rows that are drawn one by one. Tests compare both ways on the same data.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, and_, case, cast, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import ActionStatus, FundingStatus, MilestoneStatus
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services import convert_meetings as cm
from dordtwest_desktop.services.charts import (
    OTHER_LANE,
    PROGRAMME_LANE,
    TimelineLane,
    TimelineMark,
    TimelineSeries,
    axis_range,
    mark_of,
)
from dordtwest_desktop.services.dto import MeetingDTO
from dordtwest_desktop.services.funding import FundingBar, FundingSeries, series_of, short_name
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.types import stored_bounds

ATTENTION_TITLES = 3  # the overdue milestones the card names, oldest first


# -- timeline --------------------------------------------------------------------------


def timeline_summary(session: Session, today: date, limit: int) -> TimelineSeries:
    """The dashboard's timeline in at most `limit` lanes, as `top_lanes` cuts it.

    The programme's lane and, when there are more lanes than `limit`, the initiatives
    with the most milestones get a lane each with every mark; the last lane,
    "other initiatives (n)", holds one mark per date and status (`TimelineMark.count`
    milestones each) from a GROUP BY. The axis spans every milestone and running time.
    Lanes are all the initiatives (`empty_lanes`), in their usual order.
    """
    initiatives = session.execute(
        select(
            m.Initiative.id,
            m.Initiative.name,
            m.Initiative.period_start,
            m.Initiative.period_end,
        ).order_by(m.Initiative.position, m.Initiative.name)
    ).all()
    counts: dict[uuid.UUID | None, int] = dict(
        session.execute(
            select(m.Milestone.initiative_id, func.count()).group_by(m.Milestone.initiative_id)
        ).all()
    )
    periods = _periods(session, initiatives)
    if len(initiatives) + 1 <= limit:
        kept = list(range(len(initiatives)))
        merged: list[int] = []
    else:
        room = max(limit - 2, 0)
        order = sorted(
            range(len(initiatives)), key=lambda n: (-counts.get(initiatives[n].id, 0), n)
        )
        kept, merged = sorted(order[:room]), order[room:]
    kept_ids = [initiatives[n].id for n in kept]
    milestone = m.Milestone
    own = session.execute(
        select(
            milestone.id,
            milestone.title,
            milestone.due,
            milestone.status,
            milestone.body,
            milestone.kind,
            milestone.initiative_id,
        ).where(or_(milestone.initiative_id.is_(None), milestone.initiative_id.in_(kept_ids)))
    ).all()
    # Read when no lane is merged too (it finds nothing): as many statements at any size.
    groups = session.execute(
        select(
            milestone.due,
            milestone.status,
            milestone.kind,
            func.count(),
            # Text: PostgreSQL has no min() of a uuid.
            func.min(cast(milestone.id, String)),
            func.min(milestone.title),
            func.min(milestone.body),
        )
        .where(milestone.initiative_id.is_not(None), milestone.initiative_id.not_in(kept_ids))
        .group_by(milestone.due, milestone.status, milestone.kind)
    ).all()
    # Numbered in date order over the whole chart, as `timeline_series` numbers them.
    keyed: list[tuple[tuple[object, str], uuid.UUID | str | None, tuple[Any, ...]]] = []
    for row in own:
        fields = (row.id, row.title, row.due, row.status, row.body, row.kind, 1)
        keyed.append(((row.due.sort_key(), row.title), row.initiative_id, fields))
    for due, status, kind, count, ident, title, body in groups:
        text = title if count == 1 else tr("{count} milestones").format(count=count)
        fields = (uuid.UUID(ident), text, due, status, body if count == 1 else None, kind, count)
        keyed.append(((due.sort_key(), title), OTHER_LANE, fields))
    keyed.sort(key=lambda k: k[0])
    by_lane: dict[uuid.UUID | str | None, list[TimelineMark]] = defaultdict(list)
    for number, (_key, lane, fields) in enumerate(keyed, start=1):
        by_lane[lane].append(mark_of(number, *fields))
    lanes = [TimelineLane(PROGRAMME_LANE, tr("Programme"), None, tuple(by_lane.get(None, ())))]
    for n in kept:
        lane_row = initiatives[n]
        marks = tuple(by_lane.get(lane_row.id, ()))
        lanes.append(TimelineLane(str(lane_row.id), lane_row.name, lane_row.id, marks, periods[n]))
    if merged:
        title = tr("other initiatives ({count})").format(count=len(merged))
        lanes.append(TimelineLane(OTHER_LANE, title, None, tuple(by_lane.get(OTHER_LANE, ()))))
    # The axis as the whole chart's: running times of merged lanes count too.
    spans = [p for p in periods if p is not None]
    start, end = axis_range(
        [d for lane in lanes for x in lane.marks for d in (x.first, x.last)], spans, today
    )
    return TimelineSeries(lanes=tuple(lanes), start=start, end=end, today=today)


def _periods(session: Session, initiatives: Sequence[object]) -> list[tuple[date, date] | None]:
    """Each initiative's running time (`charts.initiative_period`), from two narrow reads."""
    starts: dict[uuid.UUID, list[PreciseDate]] = defaultdict(list)
    ends: dict[uuid.UUID, list[PreciseDate]] = defaultdict(list)
    line = m.FundingLine
    for ident, first, last in session.execute(
        select(line.initiative_id, line.period_start, line.period_end).where(
            or_(line.period_start.is_not(None), line.period_end.is_not(None))
        )
    ):
        if first is not None:
            starts[ident].append(first)
        if last is not None:
            ends[ident].append(last)
    found: list[tuple[date, date] | None] = []
    for row in initiatives:
        if row.period_start and row.period_end:  # type: ignore[attr-defined]
            found.append((row.period_start.first_day(), row.period_end.last_day()))  # type: ignore[attr-defined]
        elif starts.get(row.id) and ends.get(row.id):  # type: ignore[attr-defined]
            found.append(
                (
                    min(p.first_day() for p in starts[row.id]),  # type: ignore[attr-defined]
                    max(p.last_day() for p in ends[row.id]),  # type: ignore[attr-defined]
                )
            )
        else:
            found.append(None)
    return found


def milestones_in_group(
    session: Session,
    series: TimelineSeries,
    mark: TimelineMark,
    limit: int,
) -> tuple[tuple[uuid.UUID, str], ...]:
    """The milestones a grouped mark of the "other" lane stands for: (id, title), by title."""
    kept = [lane.initiative_id for lane in series.lanes if lane.initiative_id is not None]
    milestone = m.Milestone
    rows = session.execute(
        select(milestone.id, milestone.title, milestone.due)
        .where(
            milestone.initiative_id.is_not(None),
            milestone.initiative_id.not_in(kept),
            milestone.status == mark.status,
            milestone.kind == mark.kind,
            # The stored text of the date: the mark's own label, rendered alike.
            milestone.due == PreciseDate.parse(mark.label),
        )
        .order_by(milestone.title, milestone.id)
        .limit(limit)
    ).all()
    return tuple((r.id, r.title) for r in rows)


# -- funding ---------------------------------------------------------------------------


def funding_totals(session: Session) -> FundingSeries:
    """`funding.funding_series` from sums per initiative and funder (one GROUP BY)."""
    line = m.FundingLine
    unknown = case(
        (and_(line.requested_cents.is_(None), line.status != FundingStatus.GRANTED), 1), else_=0
    )
    pending = case(
        (and_(line.granted_cents.is_(None), line.status == FundingStatus.REQUESTED), 1), else_=0
    )
    rows = session.execute(
        select(
            m.Initiative.id,
            m.Initiative.name,
            line.funder,
            line.scheme,
            func.coalesce(func.sum(line.requested_cents), 0),
            func.coalesce(func.sum(line.granted_cents), 0),
            func.sum(unknown),
            func.sum(pending),
        )
        .join(m.Initiative, m.Initiative.id == line.initiative_id)
        .group_by(
            m.Initiative.id, m.Initiative.name, m.Initiative.position, line.funder, line.scheme
        )
        .order_by(
            m.Initiative.position, m.Initiative.name, m.Initiative.id, func.min(line.position)
        )
    ).all()
    per_initiative: dict[uuid.UUID, tuple[str, list[int]]] = {}
    funders: dict[str, list[int]] = {}
    for ident, name, funder, scheme, *amounts in rows:
        sums = per_initiative.setdefault(ident, (name, [0, 0, 0, 0]))[1]
        key = funder.strip() or scheme.strip() or tr("unknown funder")
        totals = funders.setdefault(key, [0, 0, 0, 0])
        for index, value in enumerate(amounts):
            sums[index] += int(value)
            totals[index] += int(value)
    by_initiative = [
        FundingBar(str(ident), short_name(name), name, *sums)
        for ident, (name, sums) in per_initiative.items()
    ]
    return series_of(by_initiative, funders)


# -- attention -------------------------------------------------------------------------


@dataclass(frozen=True)
class AttentionFigures:
    overdue_milestones: int
    overdue_titles: tuple[str, ...]
    open_actions: int
    overdue_actions: int
    next_meeting: MeetingDTO | None


def attention_figures(session: Session, today: date) -> AttentionFigures:
    """Counts per date (GROUP BY), the few titles shown, and the one next meeting."""
    milestone = m.Milestone
    # The dates as stored text: whether a date has passed is read from its text
    # (stored_bounds), without a PreciseDate for each of thousands of distinct dates.
    milestone_due = type_coerce(milestone.due, String)
    planned = session.execute(
        select(milestone_due, func.count())
        .where(milestone.status == MilestoneStatus.PLANNED)
        .group_by(milestone.due)
    ).all()
    late = sorted((due for due, _ in planned if stored_bounds(due)[1] < today), key=stored_bounds)
    per_due = dict(planned)
    # Only the oldest dates hold the titles the card names.
    oldest: list[str] = []
    for due in late:
        if sum(per_due[d] for d in oldest) >= ATTENTION_TITLES:
            break
        oldest.append(due)
    titles: tuple[str, ...] = ()
    if oldest:
        rows = sorted(
            session.execute(
                select(milestone.title, milestone.due).where(
                    milestone.status == MilestoneStatus.PLANNED, milestone_due.in_(oldest)
                )
            ),
            key=lambda r: (r.due.sort_key(), r.title),
        )
        titles = tuple(r.title for r in rows[:ATTENTION_TITLES])
    action = m.Action
    open_by_due = session.execute(
        select(type_coerce(action.due, String), func.count())
        .where(action.status == ActionStatus.OPEN)
        .group_by(action.due)
    ).all()
    meeting = session.scalars(
        select(m.Meeting)
        .where(m.Meeting.day >= today)
        .order_by(m.Meeting.day, m.Meeting.start_time.is_(None), m.Meeting.start_time)
        .limit(1)
    ).first()
    return AttentionFigures(
        overdue_milestones=sum(per_due[d] for d in late),
        overdue_titles=titles,
        open_actions=sum(n for _, n in open_by_due),
        overdue_actions=sum(
            n for due, n in open_by_due if due is not None and stored_bounds(due)[1] < today
        ),
        next_meeting=cm.meeting(meeting) if meeting is not None else None,
    )
