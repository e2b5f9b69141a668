"""The light rows of the long lists hold what the whole records hold (issue 13)."""

from __future__ import annotations

import uuid
from dataclasses import replace

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import ActionStatus, Body, MilestoneStatus
from dordtwest_desktop.services.dto import ActionDTO, MilestoneDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store
from tests.services.test_query_counts import grow


def test_milestone_rows_match_the_milestones(store: Store) -> None:
    programme = ProgrammeService(store)
    initiative = programme.initiatives()[0]
    programme.save_milestone(
        MilestoneDTO(
            id=uuid.uuid4(),
            title="Voorbeeld: besluit in de raad",
            due=PreciseDate.parse("Q3 2027"),
            status=MilestoneStatus.REACHED,
            body=Body.COUNCIL,
            initiative_id=initiative.id,
            notes="Voorbeeld: niet in de lijst",
        )
    )
    whole = programme.milestones()
    rows = programme.milestone_rows()
    assert [r.id for r in rows] == [x.id for x in whole]  # the same order
    for row, milestone in zip(rows, whole, strict=True):
        assert (row.title, row.due, row.status, row.body, row.initiative_id, row.version) == (
            milestone.title,
            milestone.due,
            milestone.status,
            milestone.body,
            milestone.initiative_id,
            milestone.version,
        )
        assert row.report == (milestone.funding_line_id is not None)
        assert row.deviation == milestone.deviation
        assert isinstance(row.status, MilestoneStatus)
        assert row.initiative_id is None or isinstance(row.initiative_id, uuid.UUID)
    # The form reads the whole record, notes included.
    chosen = next(r for r in rows if r.title == "Voorbeeld: besluit in de raad")
    assert programme.milestone(chosen.id).notes == "Voorbeeld: niet in de lijst"


def test_action_rows_match_the_actions(store: Store) -> None:
    grow(store, 3)
    meetings = MeetingService(store)
    meeting = meetings.meetings()[0]
    meetings.save_action(
        ActionDTO(
            id=uuid.uuid4(),
            description="Voorbeeld: afgerond",
            owner="Voorbeeld: secretaris",
            status=ActionStatus.DONE,
            meeting_id=meeting.id,
        )
    )
    whole = meetings.actions()
    rows = meetings.action_rows()
    assert [r.id for r in rows] == [a.id for a in whole]
    for row, action in zip(rows, whole, strict=True):
        assert (row.description, row.owner, row.due, row.status, row.meeting_id) == (
            action.description,
            action.owner,
            action.due,
            action.status,
            action.meeting_id,
        )
        assert row.version == action.version
        assert row.meeting_id is None or isinstance(row.meeting_id, uuid.UUID)
        assert meetings.action(row.id) == action


def test_the_overview_in_pages_holds_every_initiative(store: Store) -> None:
    programme = ProgrammeService(store)
    grow(store, 5)
    whole = programme.initiatives()
    head = programme.overview_head()
    assert head.initiative_count == len(whole)
    paged = [*programme.initiative_page(0, 3), *programme.initiative_page(3, 100)]
    assert paged == list(whole)
    overview = programme.overview()
    assert (head.subgoals, head.strategic_goals) == (overview.subgoals, overview.strategic_goals)


def test_action_rows_keep_the_order_of_action_order_on_ties_and_far_dates(store: Store) -> None:
    from dordtwest_desktop.services.rows import action_order

    meetings = MeetingService(store)
    meeting = meetings.meetings()[0]
    dues = [None, "31 december 2200", "2200", "1 januari 1900", "Q2 2027", "juni 2027"]
    texts = ["Voorbeeld: b", "Voorbeeld: a", "voorbeeld: a", "Voorbeeld: Ä"]
    for n, (due, text) in enumerate((d, t) for d in dues for t in texts):
        meetings.save_action(
            ActionDTO(
                id=uuid.uuid4(),
                description=text,
                owner="Voorbeeld",
                due=None if due is None else PreciseDate.parse(due),
                status=ActionStatus.DONE if n % 3 == 0 else ActionStatus.OPEN,
                meeting_id=meeting.id,
            )
        )
    rows = meetings.action_rows()
    keys = [action_order(r) for r in rows]
    assert keys == sorted(keys)
    assert [r.id for r in rows] == [a.id for a in meetings.actions()]


def test_milestone_rows_sort_by_date_then_title_on_ties(store: Store) -> None:
    programme = ProgrammeService(store)
    for due in ["Q3 2027", "juli 2027", "1 juli 2027", "2027"]:
        for title in ["Voorbeeld: b", "Voorbeeld: a", "voorbeeld: A", "Voorbeeld: Ä"]:
            programme.save_milestone(
                MilestoneDTO(
                    id=uuid.uuid4(),
                    title=title,
                    due=PreciseDate.parse(due),
                    status=MilestoneStatus.PLANNED,
                )
            )
    rows = programme.milestone_rows()
    keys = [(r.due.sort_key(), r.title) for r in rows]
    assert keys == sorted(keys)
    assert [r.id for r in rows] == [x.id for x in programme.milestones()]


def test_initiative_rows_match_the_initiatives(store: Store) -> None:
    from dordtwest_desktop.domain.enums import FundingStatus
    from dordtwest_desktop.services.dto import FundingLineDTO

    programme = ProgrammeService(store)
    grow(store, 3)
    first = programme.initiatives()[0]
    lines = (
        FundingLineDTO(uuid.uuid4(), "Voorbeeld", "Voorbeeld: Rijk", FundingStatus.REQUESTED),
        FundingLineDTO(
            uuid.uuid4(), "Voorbeeld", "Voorbeeld: Rijk", FundingStatus.GRANTED, granted_cents=5
        ),
        FundingLineDTO(uuid.uuid4(), "Voorbeeld", "", FundingStatus.REQUESTED, requested_cents=0),
    )
    programme.save_initiative(replace(first, funding=first.funding + lines))
    whole = programme.initiatives()
    rows = programme.initiative_rows()
    assert [r.id for r in rows] == [i.id for i in whole]  # the same order
    for row, initiative in zip(rows, whole, strict=True):
        funders = ", ".join(dict.fromkeys(f.funder for f in initiative.funding if f.funder))
        assert row == (
            initiative.id,
            initiative.name,
            initiative.status,
            initiative.pillar_id,
            initiative.target_area,
            funders,
            initiative.requested_cents,
            initiative.granted_cents,
            initiative.version,
        )
    assert any(r.requested_cents is None for r in rows)  # unknown, not zero
    mine = next(r for r in rows if r.id == first.id)
    assert mine.funders.count("Voorbeeld: Rijk") == 1
