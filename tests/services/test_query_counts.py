"""Reads cost the same number of statements however many records there are (no N+1).

Speed is checked by counting statements, not by the clock: each list and the
dashboard are read on the seeded programme and again after records of every
kind were added, and must take exactly as many statements both times.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import Body, FundingStatus
from dordtwest_desktop.services.dashboard import DashboardService
from dordtwest_desktop.services.dto import (
    ActionDTO,
    ComponentDTO,
    FundingLineDTO,
    InitiativeDTO,
    MeetingDTO,
    MilestoneDTO,
)
from dordtwest_desktop.services.indicators import IndicatorService
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store

PARTS = ("timeline", "funding", "attention", "indicators")


@contextmanager
def counted(store: Store) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        if not sql.lstrip().upper().startswith(("PRAGMA", "BEGIN", "SAVEPOINT", "RELEASE")):
            statements.append(sql)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def reads(store: Store) -> dict[str, Callable[[], object]]:
    programme, meetings = ProgrammeService(store), MeetingService(store)
    return {
        "goals": programme.goals,
        "initiatives": programme.initiatives,
        "milestones": programme.milestones,
        "milestone rows": programme.milestone_rows,
        "initiative rows": programme.initiative_rows,
        "initiative names": programme.initiative_names,
        "overview": programme.overview,
        "overview head": programme.overview_head,
        "a page of initiatives": lambda: programme.initiative_page(0, 25),
        "meetings": meetings.meetings,
        "actions": meetings.actions,
        "action rows": meetings.action_rows,
        "indicators": IndicatorService(store).indicators,
        "dashboard": lambda: DashboardService(store).parts(PARTS, date(2026, 12, 1)),
    }


def statements_per_read(store: Store) -> dict[str, int]:
    found = {}
    for name, read in reads(store).items():
        read()  # warm: the first read may load what is cached afterwards
        with counted(store) as statements:
            read()
        found[name] = len(statements)
    return found


def grow(store: Store, times: int) -> None:
    """Records of every kind a list shows, each with children (example data)."""
    programme, meetings = ProgrammeService(store), MeetingService(store)
    for n in range(times):
        initiative = InitiativeDTO(
            id=uuid.uuid4(),
            name=f"Voorbeeldinspanning {n}",
            components=(ComponentDTO(id=uuid.uuid4(), name=f"Onderdeel {n}"),),
            funding=(
                FundingLineDTO(
                    id=uuid.uuid4(),
                    scheme="Voorbeeldregeling",
                    funder="BZK",
                    status=FundingStatus.GRANTED,
                    granted_cents=100_000 * (n + 1),
                ),
            ),
        )
        programme.save_initiative(initiative)
        programme.save_milestone(
            MilestoneDTO(
                id=uuid.uuid4(),
                title=f"Voorbeeldmijlpaal {n}",
                due=PreciseDate.parse(f"{1 + n % 28} maart 2027"),
                initiative_id=initiative.id,
            )
        )
        meeting = MeetingDTO(
            id=uuid.uuid4(), body=Body.ALLIANCE, day=date(2027, 1, 14) + timedelta(days=7 * n)
        )
        meetings.save_meeting(meeting)
        meetings.save_action(
            ActionDTO(
                id=uuid.uuid4(),
                description=f"Voorbeeldactie {n}",
                meeting_id=meeting.id,
                due=PreciseDate.parse("2027"),
            )
        )


def test_no_read_costs_a_statement_per_record(store: Store) -> None:
    small = statements_per_read(store)
    grow(store, 12)
    assert statements_per_read(store) == small


@pytest.mark.parametrize("part", PARTS)
def test_the_dashboard_reads_each_list_once(store: Store, part: str) -> None:
    service = DashboardService(store)
    with counted(store) as one:
        service.parts((part,), date(2026, 12, 1))
    with counted(store) as every:
        service.parts(PARTS, date(2026, 12, 1))
    # Aggregates and narrow rows, never whole records: no milestone's notes, no
    # action's text, no funding line's decision number is read for the dashboard.
    for column in ("milestone.notes", "action.description", "funding_line.decision_number"):
        assert not [s for s in every if column in s], column
    assert len(every) <= 24, len(every)
    assert one
