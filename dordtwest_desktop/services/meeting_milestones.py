"""Which milestones a briefing pack shows: those that matter for its meeting.

Not the whole register (2,000 milestones are a hundred pages nobody reads before a
meeting), but three kinds, each once:

* linked: the milestones its agenda items name, and those set for this meeting;
* overdue: still planned while their date has passed (on the day the pack is made);
* upcoming: planned, and falling due from now up to UPCOMING_WINDOW after the meeting.

Overdue and upcoming are capped (OVERDUE_LIMIT, UPCOMING_LIMIT): the most recently
overdue and the soonest due are shown, and what is left out is counted, so the
document can say "overige". Linked milestones are never left out.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, NamedTuple, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain import milestones as rules
from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import MilestoneStatus
from dordtwest_desktop.services import convert
from dordtwest_desktop.services.dto import MilestoneDTO
from dordtwest_desktop.store import models as m

# "The next ones": due within about three months after the meeting.
UPCOMING_WINDOW = timedelta(days=92)
OVERDUE_LIMIT = 25
UPCOMING_LIMIT = 25


@dataclass(frozen=True)
class LeftOut:
    """Milestones of one kind a summary leaves out: how many, and their dates' span."""

    count: int = 0
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True)
class MeetingMilestones:
    """The pack's milestones, in date order, and what was left out of them."""

    milestones: tuple[MilestoneDTO, ...]
    linked: frozenset[uuid.UUID]
    window_end: date  # upcoming: due up to and including this day
    overdue_left_out: LeftOut = LeftOut()
    upcoming_left_out: LeftOut = LeftOut()
    programme_total: int = 0  # every milestone of the programme

    @property
    def others(self) -> int:
        """The programme's milestones not shown, overdue and upcoming ones left out included."""
        return self.programme_total - len(self.milestones)


class Dated(Protocol):
    """What choosing a pack's milestones looks at (a MilestoneDTO, or a light row)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def title(self) -> str: ...
    @property
    def due(self) -> PreciseDate: ...
    @property
    def status(self) -> MilestoneStatus: ...
    @property
    def meeting_id(self) -> uuid.UUID | None: ...


D = TypeVar("D", bound=Dated)


class _Light(NamedTuple):
    id: uuid.UUID
    title: str
    due: PreciseDate
    status: MilestoneStatus
    meeting_id: uuid.UUID | None


def _overdue(milestone: Dated, today: date) -> bool:
    return rules.is_overdue(milestone.status, milestone.due.last_day(), today)


def _left_out(rest: Sequence[Dated]) -> LeftOut:
    if not rest:
        return LeftOut()
    days = [x.due.first_day() for x in rest]
    return LeftOut(len(rest), min(days), max(days))


@dataclass(frozen=True)
class _Choice(Generic[D]):
    milestones: list[D]
    linked: frozenset[uuid.UUID]
    window_end: date
    overdue_left_out: LeftOut
    upcoming_left_out: LeftOut


def _choose(
    milestones: Sequence[D],
    linked: Iterable[uuid.UUID],
    meeting_id: uuid.UUID,
    meeting_day: date,
    today: date,
) -> _Choice[D]:
    wanted = set(linked) | {x.id for x in milestones if x.meeting_id == meeting_id}
    window_end = meeting_day + UPCOMING_WINDOW
    ordered = sorted(milestones, key=lambda x: (x.due.sort_key(), x.title))
    rest = [x for x in ordered if x.id not in wanted]
    overdue = [x for x in rest if _overdue(x, today)]
    upcoming = [
        x
        for x in rest
        if x.status is MilestoneStatus.PLANNED
        and not _overdue(x, today)
        and x.due.first_day() <= window_end
    ]
    # The most recently overdue (those the meeting can still act on) and the soonest due.
    cut = max(len(overdue) - OVERDUE_LIMIT, 0)
    shown = wanted | {x.id for x in overdue[cut:]} | {x.id for x in upcoming[:UPCOMING_LIMIT]}
    return _Choice(
        milestones=[x for x in ordered if x.id in shown],
        linked=frozenset(wanted & {x.id for x in milestones}),
        window_end=window_end,
        overdue_left_out=_left_out(overdue[:cut]),
        upcoming_left_out=_left_out(upcoming[UPCOMING_LIMIT:]),
    )


def meeting_milestones(
    milestones: Sequence[MilestoneDTO],
    linked: Iterable[uuid.UUID],
    meeting_id: uuid.UUID,
    meeting_day: date,
    today: date,
) -> MeetingMilestones:
    """Select from the programme's milestones what the pack of this meeting shows."""
    chosen = _choose(milestones, linked, meeting_id, meeting_day, today)
    return MeetingMilestones(
        milestones=tuple(chosen.milestones),
        linked=chosen.linked,
        window_end=chosen.window_end,
        overdue_left_out=chosen.overdue_left_out,
        upcoming_left_out=chosen.upcoming_left_out,
        programme_total=len(milestones),
    )


def read_meeting_milestones(
    session: Session,
    linked: Iterable[uuid.UUID],
    meeting_id: uuid.UUID,
    meeting_day: date,
    today: date,
) -> MeetingMilestones:
    """The same choice from the store: every milestone read as the few fields the choice
    looks at, and only the chosen ones as whole records (a pack of issue 13's programme
    shows some 60 of its 20,000)."""
    table = m.Milestone.__table__
    light = [
        _Light(*row)
        for row in session.execute(
            select(table.c.id, table.c.title, table.c.due, table.c.status, table.c.meeting_id)
        )
    ]
    chosen = _choose(light, linked, meeting_id, meeting_day, today)
    ids = [x.id for x in chosen.milestones]
    full: dict[uuid.UUID, MilestoneDTO] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(select(*table.c).where(table.c.id.in_(ids[start : start + 500])))
        full.update((row.id, convert.milestone(row)) for row in rows)
    return MeetingMilestones(
        milestones=tuple(full[x.id] for x in chosen.milestones),
        linked=chosen.linked,
        window_end=chosen.window_end,
        overdue_left_out=chosen.overdue_left_out,
        upcoming_left_out=chosen.upcoming_left_out,
        programme_total=len(light),
    )
