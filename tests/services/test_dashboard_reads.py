"""The dashboard's aggregates say what the whole lists say (issue 13).

The screen reads sums, counts and one GROUP BY (`services.dashboard_reads`); the
PDF computes the same series from whole lists of DTOs. Both run here on the same
records: every lane that fits is the same lane, the merged lane holds every
milestone it stands for, the funding sums are equal.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import FundingStatus, MilestoneStatus
from dordtwest_desktop.services.charts import OTHER_LANE, timeline_series, top_lanes
from dordtwest_desktop.services.dashboard import DashboardService
from dordtwest_desktop.services.dto import FundingLineDTO, InitiativeDTO, MilestoneDTO
from dordtwest_desktop.services.funding import funding_series
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store

TODAY = date(2026, 12, 1)
SHARED_DAY = "1 maart 2027"


def grow(store: Store, initiatives: int) -> None:
    """Initiatives with 1 to 4 milestones, several on one shared day, and varied funding."""
    programme = ProgrammeService(store)
    statuses = list(MilestoneStatus)
    for n in range(initiatives):
        lines = (
            FundingLineDTO(
                id=uuid.uuid4(),
                scheme=f"Voorbeeldregeling {n % 3}",
                # Every third line without a funder: the scheme names its bar.
                funder="" if n % 3 == 0 else f"Voorbeeldfonds {n % 4}",
                status=(FundingStatus.REQUESTED, FundingStatus.GRANTED, FundingStatus.REJECTED)[
                    n % 3
                ],
                requested_cents=None if n % 5 == 0 else 100_000 * (n + 1),
                granted_cents=50_000 * n if n % 3 == 1 else None,
            ),
        )
        initiative = InitiativeDTO(
            id=uuid.uuid4(),
            name=f"Voorbeeldinspanning {n:02d}",
            funding=lines if n % 4 else (),
            period_start=PreciseDate.parse("2025") if n % 6 == 0 else None,
            period_end=PreciseDate.parse("2031") if n % 6 == 0 else None,
        )
        programme.save_initiative(initiative)
        for k in range(1 + n % 4):
            due = SHARED_DAY if k == 0 else f"{1 + (n + k) % 28} juni {2024 + k}"
            programme.save_milestone(
                MilestoneDTO(
                    id=uuid.uuid4(),
                    title=f"Voorbeeldmijlpaal {n:02d}.{k}",
                    due=PreciseDate.parse(due),
                    status=statuses[(n + k) % len(statuses)] if k else MilestoneStatus.PLANNED,
                    initiative_id=initiative.id,
                )
            )


def whole_series(store: Store):  # type: ignore[no-untyped-def]
    programme = ProgrammeService(store)
    return timeline_series(programme.milestones(), programme.initiatives(), TODAY, empty_lanes=True)


def test_every_lane_that_fits_is_the_series_of_the_lists(store: Store) -> None:
    grow(store, 9)
    found = DashboardService(store).parts(("timeline",), TODAY, lanes=100).timeline
    assert found == whole_series(store)


def test_lanes_beyond_the_limit_become_one_lane_of_grouped_marks(store: Store) -> None:
    grow(store, 24)
    service = DashboardService(store)
    found = service.parts(("timeline",), TODAY, lanes=8).timeline
    assert found is not None
    cut = top_lanes(whole_series(store), 8)
    assert [lane.key for lane in found.lanes] == [lane.key for lane in cut.lanes]
    assert (found.start, found.end) == (cut.start, cut.end)
    for mine, theirs in zip(found.lanes[:-1], cut.lanes[:-1], strict=True):
        assert [m.milestone_id for m in mine.marks] == [m.milestone_id for m in theirs.marks]
        assert mine.period == theirs.period and mine.title == theirs.title
    other, merged = found.lanes[-1], cut.lanes[-1]
    assert other.key == OTHER_LANE and other.title == merged.title
    # One mark per date, status and kind, counting the milestones it stands for.
    assert Counter({(m.label, m.status, m.kind): m.count for m in other.marks}) == Counter(
        (m.label, m.status, m.kind) for m in merged.marks
    )
    shared = next(m for m in other.marks if m.label == SHARED_DAY and m.is_group)
    assert str(shared.count) in shared.title  # "18 mijlpalen" once translated
    listed = service.group(found, shared, limit=100)
    assert {ident for ident, _title in listed} == {
        m.milestone_id
        for m in merged.marks
        if (m.label, m.status, m.kind) == (shared.label, shared.status, shared.kind)
    }
    assert [title for _ident, title in listed] == sorted(title for _ident, title in listed)
    assert len(service.group(found, shared, limit=2)) == 2
    single = [m for m in other.marks if not m.is_group]
    assert single and all(m.title.startswith("Voorbeeldmijlpaal") for m in single)


def test_the_funding_sums_are_the_series_of_the_lists(store: Store) -> None:
    grow(store, 13)
    found = DashboardService(store).parts(("funding",), TODAY).funding
    assert found == funding_series(ProgrammeService(store).initiatives())
