"""Opening a meeting and the dashboard: as many statements for a larger programme (issue 13).

Counted on the real widgets, not timed: the statements of `MeetingView.show_meeting`
and of a new `DashboardView` up to its charts, on the seeded programme and again
after records of every kind were added. An N+1 read, or a list read in full for
a picker, shows up as a different count or as a read of a whole table.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import MilestoneStatus
from dordtwest_desktop.services.dto import ActionDTO, InitiativeDTO, MilestoneDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.services.regimes import Deadline
from dordtwest_desktop.store.database import Store
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dashboard import DashboardView
from dordtwest_desktop.ui.dashboard.deadlines import MAX_LINES, DeadlinesCard
from dordtwest_desktop.ui.dialogs.milestone import MilestoneDialog
from dordtwest_desktop.ui.meetings.common import SearchCheckList
from dordtwest_desktop.ui.meetings.meeting_view import MeetingView
from dordtwest_desktop.ui.settings import Settings
from tests.export.builders import add_item, new_meeting
from tests.services.test_query_counts import counted, grow

SHARED_DAY = "1 maart 2027"


@pytest.fixture
def context(store: Store, tmp_path: Path) -> AppContext:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    return AppContext.create(store, settings)


def whole_table_reads(statements: list[str]) -> list[str]:
    """Statements that read every goal, initiative or milestone as rows (not aggregates)."""
    found = []
    for sql in statements:
        flat = " ".join(sql.split())
        for table in ("goal", "initiative", "milestone"):
            if f"FROM {table}" in flat and "WHERE" not in flat and "GROUP BY" not in flat:
                found.append(flat)
    return found


def link_and_carry(store: Store, meeting_id: uuid.UUID, n: int) -> None:
    """An item linking a goal, an initiative and a milestone; an open action of earlier."""
    programme, meetings = ProgrammeService(store), MeetingService(store)
    goal = programme.goals()[n % 3]
    initiative = programme.initiatives()[n % 3]
    milestone = programme.milestones()[n % 3]
    add_item(
        store,
        meeting_id,
        f"Voorbeeldpunt {n}",
        goal_ids=(goal.id,),
        initiative_ids=(initiative.id,),
        milestone_ids=(milestone.id,),
    )
    earlier = new_meeting(store, day=date(2023, 1, 5 + n))
    meetings.save_action(
        ActionDTO(id=uuid.uuid4(), description=f"Voorbeeldactie {n}", meeting_id=earlier.id)
    )


def test_opening_a_meeting_costs_as_many_statements_for_a_larger_programme(
    qtbot, store: Store, context: AppContext
) -> None:
    meeting = new_meeting(store, day=date(2024, 3, 14))
    link_and_carry(store, meeting.id, 0)
    view = MeetingView(context)
    qtbot.addWidget(view)
    view.show()
    view.show_meeting(meeting.id)  # warm: what is cached afterwards
    with counted(store) as small:
        view.show_meeting(meeting.id)
    grow(store, 12)
    for n in range(1, 6):
        link_and_carry(store, meeting.id, n)
    with counted(store) as large:
        view.show_meeting(meeting.id)
    assert len(view.detail.carried_actions) == 6  # type: ignore[union-attr]
    assert len(large) == len(small), "\n".join(large)
    # The link pickers' lists wait for an item dialog; the pane has the linked names.
    assert not whole_table_reads(large)
    assert not view.agenda.links.loaded
    names = view.agenda.links.milestone_names
    assert set(names) == {m.id for m in ProgrammeService(store).milestones()[:3]}
    dialog = view.agenda.new_item()
    assert dialog is not None and view.agenda.links.loaded
    assert dialog.milestones.count() == len(ProgrammeService(store).milestones())
    dialog.reject()


def open_dashboard(qtbot, context: AppContext) -> DashboardView:
    view = DashboardView(context)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    view.charts()
    return view


def test_the_dashboard_opens_with_as_many_statements_for_a_larger_programme(
    qtbot, store: Store, context: AppContext
) -> None:
    open_dashboard(qtbot, context)  # warm
    with counted(store) as small:
        open_dashboard(qtbot, context)
    grow(store, 30)  # more initiatives than the timeline has lanes: one is "other"
    with counted(store) as large:
        view = open_dashboard(qtbot, context)
    assert len(large) == len(small), "\n".join(large)
    # Narrow rows and aggregates: never whole records of the long lists.
    for column in ("milestone.notes", "initiative.notes", "goal.description", "action.owner"):
        assert not [sql for sql in large if column in sql], column
    series = view.timeline.series
    assert series is not None and series.lanes[-1].key == "other"
    assert len(view.funding.per_initiative.bars) <= 15


# The offscreen platform cannot raise a popup menu nor grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "grabbing the keyboard")
def test_a_mark_of_merged_lanes_lists_its_milestones_and_opens_one(
    qtbot, store: Store, context: AppContext
) -> None:
    programme = ProgrammeService(store)
    for n in range(24):
        initiative = InitiativeDTO(id=uuid.uuid4(), name=f"Voorbeeldinspanning {n:02d}")
        programme.save_initiative(initiative)
        programme.save_milestone(
            MilestoneDTO(
                id=uuid.uuid4(),
                title=f"Voorbeeldmijlpaal {n:02d}",
                due=PreciseDate.parse(SHARED_DAY),
                status=MilestoneStatus.PLANNED,
                initiative_id=initiative.id,
            )
        )
    view = open_dashboard(qtbot, context)
    series = view.timeline.series
    assert series is not None
    shown = {lane.initiative_id for lane in series.lanes}
    merged = sorted(
        m.title
        for m in programme.milestones()
        if m.initiative_id is not None and m.initiative_id not in shown
    )
    group = next(m for m in series.lanes[-1].marks if m.is_group)
    assert group.count == len(merged) > 1
    menu = view.choose_in_group(group, QPoint(0, 0))
    assert menu is not None
    assert [a.text() for a in menu.actions()] == merged
    menu.actions()[0].trigger()
    dialogs = view.findChildren(MilestoneDialog)
    assert [d.title_edit.text() for d in dialogs] == [merged[0]]
    menu.close()
    for dialog in dialogs:
        dialog.reject()


def test_the_deadlines_card_lists_at_most_what_fits_overdue_first(qtbot) -> None:
    start = date(2026, 1, 1)
    deadlines = tuple(
        Deadline(
            milestone_id=uuid.uuid4(),
            title=f"Voorbeeldverantwoording {n:02d}",
            due_text=f"dag {n}",
            due_first=start + timedelta(days=n),
            overdue=n % 4 == 3,
            funder=f"Voorbeeldfonds {n % 2}",
            scheme="",
            deviation="",
        )
        for n in range(MAX_LINES + 8)
    )
    card = DeadlinesCard()
    qtbot.addWidget(card)
    card.set_deadlines(deadlines)
    shown = card.shown()
    assert len(shown) == MAX_LINES
    assert all(d in shown for d in deadlines if d.overdue)  # overdue ones are never left out
    assert [d for d in deadlines if d in shown] == list(shown)  # in the card's order
    late = sum(d.overdue for d in deadlines) - sum(d.overdue for d in shown)
    assert " 8 " in card.body.text() and f" {late} " in card.body.text()


def test_a_long_link_picker_shows_the_checked_and_searches_the_rest(qtbot) -> None:
    values = [uuid.uuid4() for _ in range(SearchCheckList.SHOWN * 3)]
    items = [(f"Voorbeeldmijlpaal-{n:03d}", value) for n, value in enumerate(values)]
    picker = SearchCheckList(items, (values[450], values[7]))
    qtbot.addWidget(picker)
    # The checked ones first, then as many more as fit; no row per record.
    assert picker.count() == 2 + SearchCheckList.SHOWN
    assert picker.list.item(0).text() == "Voorbeeldmijlpaal-007"
    assert not picker.more.isHidden()
    qtbot.keyClicks(picker.search, "MIJLPAAL-05")
    shown = [picker.list.item(n).text() for n in range(picker.count())]
    assert shown == ["Voorbeeldmijlpaal-007", "Voorbeeldmijlpaal-450"] + [
        f"Voorbeeldmijlpaal-{n:03d}" for n in range(50, 60)
    ]
    assert picker.more.isHidden()
    picker.list.item(11).setCheckState(Qt.CheckState.Checked)  # 059
    picker.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # 007
    picker.search.clear()
    assert picker.checked() == (values[59], values[450])
