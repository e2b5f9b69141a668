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

from dordtwest_desktop.domain import milestones as rules
from dordtwest_desktop.domain.enums import MilestoneStatus
from dordtwest_desktop.services.dto import MilestoneDTO

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


def _overdue(milestone: MilestoneDTO, today: date) -> bool:
    return rules.is_overdue(milestone.status, milestone.due.last_day(), today)


def _left_out(rest: Sequence[MilestoneDTO]) -> LeftOut:
    if not rest:
        return LeftOut()
    days = [x.due.first_day() for x in rest]
    return LeftOut(len(rest), min(days), max(days))


def meeting_milestones(
    milestones: Sequence[MilestoneDTO],
    linked: Iterable[uuid.UUID],
    meeting_id: uuid.UUID,
    meeting_day: date,
    today: date,
) -> MeetingMilestones:
    """Select from the programme's milestones what the pack of this meeting shows."""
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
    return MeetingMilestones(
        milestones=tuple(x for x in ordered if x.id in shown),
        linked=frozenset(wanted & {x.id for x in milestones}),
        window_end=window_end,
        overdue_left_out=_left_out(overdue[:cut]),
        upcoming_left_out=_left_out(upcoming[UPCOMING_LIMIT:]),
        programme_total=len(milestones),
    )
