"""The light rows of the long lists hold what the whole records hold (issue 13)."""

from __future__ import annotations

import uuid

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
