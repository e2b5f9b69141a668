"""The list views open in bounded work however long the lists grow (issue 13).

Counted, not timed: the statements a view's opening sends, what its first read
touches, and how often the model's Python runs per row for a search or a sort.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.services.dto import ComponentDTO, InitiativeDTO, MilestoneDTO
from dordtwest_desktop.services.rows import MilestoneRow
from dordtwest_desktop.store.database import Store
from dordtwest_desktop.ui import workbook_export
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dialogs.milestone import MilestoneDialog
from dordtwest_desktop.ui.meetings.meetings_view import MeetingsView
from dordtwest_desktop.ui.models import Column
from dordtwest_desktop.ui.settings import Settings
from dordtwest_desktop.ui.views import programme as programme_view
from dordtwest_desktop.ui.views.actions import ActionsView
from dordtwest_desktop.ui.views.base import SIZED_ROWS, RecordListView
from dordtwest_desktop.ui.views.goals import GoalsView
from dordtwest_desktop.ui.views.initiatives import InitiativesView
from dordtwest_desktop.ui.views.milestones import MilestonesView
from dordtwest_desktop.ui.views.programme import ProgrammeView
from tests.services.test_query_counts import counted, grow

LISTS = {
    "milestones": MilestonesView,
    "actions": ActionsView,
    "meetings": MeetingsView,
    "goals": GoalsView,
    "initiatives": InitiativesView,
}


@pytest.fixture
def context(store: Store, tmp_path: Path) -> AppContext:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    return AppContext.create(store, settings)


def opening(qtbot, context: AppContext, factory: type[QWidget]) -> tuple[QWidget, list[str]]:
    with counted(context.store) as statements:
        view = factory(context)
        qtbot.addWidget(view)
        view.resize(1200, 800)
        view.show()
    return view, statements


def test_opening_a_list_costs_the_same_statements_however_many_records(qtbot, context, store):
    before = {key: len(opening(qtbot, context, view)[1]) for key, view in LISTS.items()}
    grow(store, 12)
    after = {key: len(opening(qtbot, context, view)[1]) for key, view in LISTS.items()}
    assert after == before
    assert all(count <= 8 for count in before.values()), before


def test_the_milestones_list_reads_light_rows_and_the_form_the_whole_record(qtbot, context):
    programme = context.programme
    milestone = MilestoneDTO(
        id=uuid.uuid4(),
        title="Voorbeeld: schouw met bewoners",
        due=PreciseDate.parse("maart 2027"),
        notes="Voorbeeld: alleen in het formulier",
    )
    programme.save_milestone(milestone)
    view, statements = opening(qtbot, context, MilestonesView)
    reads = [s for s in statements if "FROM milestone" in s]
    assert len(reads) == 1
    assert "notes" not in reads[0]  # the list does not read what it does not show
    assert all(isinstance(row, MilestoneRow) for row in view.model.rows())
    view.select(milestone.id)
    view.edit_selected()  # what Enter and F2 do (test_keyboard presses them)
    (dialog,) = view.findChildren(MilestoneDialog)
    assert dialog.original == programme.milestone(milestone.id)
    assert dialog.original.notes == "Voorbeeld: alleen in het formulier"


def test_the_overview_reads_its_first_pages_only(qtbot, context, store):
    programme = context.programme
    extra = 3 * programme_view.INITIATIVES_PER_PAGE
    for n in range(extra):
        programme.save_initiative(
            InitiativeDTO(
                id=uuid.uuid4(),
                name=f"Voorbeeld: inspanning {n:03}",
                components=(ComponentDTO(id=uuid.uuid4(), name="Voorbeeld: onderdeel"),),
            )
        )
    view, statements = opening(qtbot, context, ProgrammeView)
    initiative_reads = [s for s in statements if "FROM initiative" in s and "count(" not in s]
    assert initiative_reads and all("LIMIT" in s for s in initiative_reads)
    assert not [s for s in statements if "FROM milestone" in s]  # the planning comes last
    shown = view.browser.toPlainText()
    assert "Voorbeeld: inspanning 000" in shown
    assert "Voorbeeld: inspanning 074" not in shown
    # Reading on, the reader reaches every initiative and the planning.
    whole = view.whole()
    assert all(f"Voorbeeld: inspanning {n:03}" in whole for n in range(extra))
    assert "1ste kwartaal 2024" in whole


@dataclass(frozen=True)
class Thing:
    id: int
    name: str
    size: int


class ThingsView(RecordListView):
    def __init__(self, calls: list[str]) -> None:
        def name(thing: Thing) -> str:
            calls.append("name")
            return thing.name

        def size(thing: Thing) -> str:
            calls.append("size")
            return str(thing.size)

        columns = [Column("Naam", name, title=True), Column("Grootte", size, lambda t: t.size)]
        super().__init__(columns, "Dingen")


def things(count: int) -> list[Thing]:
    # Sizes not in the given order, so that sorting moves every row.
    return [Thing(n, f"ding {n:05}", (n * 7919) % count) for n in range(count)]


def test_a_list_does_its_work_per_shown_row_not_per_record(qtbot):
    calls: list[str] = []
    view = ThingsView(calls)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    rows = things(5000)
    view.set_rows(rows)
    # The search text is made in the background 300 ms later (the next test): held
    # off here, or a slow machine's first paint lets it in and the counts below race.
    view.model.stop_preparing()
    qtbot.wait(1)
    # Opening sizes the columns from the first rows and paints a screenful.
    assert len(calls) < 2 * (SIZED_ROWS + 100), len(calls)
    assert view.count.text() == "5000 rijen"

    calls.clear()
    view.search.setText("ding 0")
    assert 2 * 5000 <= len(calls) < 2 * (5000 + 100)  # one haystack per record, once
    calls.clear()
    view.search.setText("ding 00")
    view.search.setText("ding 001")
    assert len(calls) < 2 * 100  # later keystrokes only paint
    assert view.count.text() == "100 van 5000 getoond"

    view.search.clear()
    view.select(4242)
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # a header click
    proxy = view.proxy
    sizes = [int(proxy.data(proxy.index(r, 1))) for r in range(proxy.rowCount())]
    assert sizes == sorted((t.size for t in rows), reverse=True)  # every row, not a page
    assert view.current().id == 4242  # the selection stays with its record

    view.search.setText("ding 04")
    assert view.current().id == 4242
    sheet = workbook_export.view_sheet(view)
    assert [row[0] for row in sheet.rows] == [
        proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())
    ]
    assert len(sheet.rows) == 1000


def test_the_search_text_is_ready_before_the_first_keystroke(qtbot):
    calls: list[str] = []
    view = ThingsView(calls)
    qtbot.addWidget(view)
    view.show()
    view.set_rows(things(5000))
    # Made a slice at a time once the window is idle, not all at the first keystroke.
    qtbot.waitUntil(lambda: len(calls) >= 2 * 5000, timeout=10_000)
    calls.clear()
    view.search.setText("ding 01")
    assert len(calls) < 2 * 100
    assert view.proxy.rowCount() == 1000
