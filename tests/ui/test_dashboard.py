"""The dashboard on the seeded database: it opens first, shows the seed, follows edits."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import ActionStatus, Direction, MilestoneStatus
from dordtwest_desktop.services.changes import Changes, Kind
from dordtwest_desktop.services.charts import unix_seconds
from dordtwest_desktop.services.dto import ActionDTO, MilestoneDTO
from dordtwest_desktop.services.indicators import IndicatorDTO, IndicatorService, IndicatorValueDTO
from dordtwest_desktop.store.database import Store
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dashboard import DashboardView, IndicatorsView
from dordtwest_desktop.ui.dashboard.indicator_dialog import IndicatorDialog
from dordtwest_desktop.ui.dashboard.indicators import import_indicators
from dordtwest_desktop.ui.dialogs.milestone import MilestoneDialog
from dordtwest_desktop.ui.main_window import MainWindow
from dordtwest_desktop.ui.settings import Settings

SEED_TITLES = {
    "Consultatie college van B&W",
    "Bespreking Alliantie Dordt West",
    "Consultatie gemeenteraad",
    "Besluitvorming Alliantie Dordt West",
    "Raadsvoorstel financiering 4-jarige uitvoeringsprogramma",
}
CSV = (
    "indicator;jaar;dordt_west;dordrecht;nederland\n"
    "Leefbaarometer (voorbeeld);2020;3,9;4,1;4,2\n"
    "Leefbaarometer (voorbeeld);2022;4,0;4,1;\n"
)


@pytest.fixture
def context(store: Store, tmp_path: Path) -> AppContext:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    return AppContext.create(store, settings)


@pytest.fixture
def dashboard(qtbot, context: AppContext) -> DashboardView:
    view = DashboardView(context)
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def titles(view: DashboardView) -> set[str]:
    return {m.title for m in view.timeline.marks()}


def add_milestone(context: AppContext, title: str) -> MilestoneDTO:
    programme = context.programme
    milestone = MilestoneDTO(id=uuid.uuid4(), title=title, due=PreciseDate.parse("Q3 2031"))
    context.ops.change(
        "Mijlpaal",
        lambda: programme.save_milestone(milestone),
        lambda previous: programme.delete_milestone(milestone.id),
        context.events.programme_changed,
    )
    return milestone


def test_the_dashboard_is_the_first_view(qtbot, context: AppContext):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.item(0).text() == "Dashboard"
    assert window.stack.currentWidget() is window.views["dashboard"]
    actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "I&ndicatoren importeren (CSV, Excel)…" in actions


def test_it_shows_the_seed(dashboard: DashboardView):
    assert titles(dashboard) == SEED_TITLES
    lanes = [lane.title for lane in dashboard.timeline.series.lanes]
    assert lanes[:2] == ["Programma", "Preventie met Gezag"]
    quarter = next(m for m in dashboard.timeline.marks() if m.label == "1ste kwartaal 2024")
    assert not quarter.is_point and quarter.short_label == "Q1 2024"
    assert "€ 17.400.000" in dashboard.funding.totals.text()
    assert "€ 4.300.000" in dashboard.funding.totals.text()
    assert [b.label for b in dashboard.funding.per_funder.bars] == [
        "BZK",
        "J&V",
        "BZK, OCW, SZW en VWS",
    ]
    assert dashboard.attention.milestones.figure.text() == "5"  # the seed's dates have passed
    assert dashboard.attention.meeting.figure.text() == "–"
    assert dashboard.indicators.empty.isVisible()
    assert "Dordts gemiddelde" in dashboard.motto.text()


def test_the_axis_speaks_dutch(dashboard: DashboardView):
    axis = dashboard.timeline.plot.getPlotItem().getAxis("bottom")
    levels = axis.tickValues(unix_seconds(date(2023, 10, 1)), unix_seconds(date(2024, 9, 30)), 800)
    labels = axis.tickStrings(levels[0][1], 1, 1)
    assert labels == ["Q4 2023", "Q1 2024", "Q2 2024", "Q3 2024"]
    levels = axis.tickValues(unix_seconds(date(2023, 10, 15)), unix_seconds(date(2024, 2, 10)), 800)
    assert axis.tickStrings(levels[0][1], 1, 1)[0] == "nov 2023"


def test_edits_undo_and_redo_show_at_once(qtbot, dashboard: DashboardView, context: AppContext):
    milestone = add_milestone(context, "Voorbeeldmijlpaal")
    qtbot.waitUntil(lambda: "Voorbeeldmijlpaal" in titles(dashboard))
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: titles(dashboard) == SEED_TITLES)
    context.undo_stack.redo()
    qtbot.waitUntil(lambda: "Voorbeeldmijlpaal" in titles(dashboard))
    stored = next(m for m in context.programme.milestones() if m.id == milestone.id)
    assert stored.version == 1  # stored, deleted by undo, stored anew by redo
    reached = replace(stored, status=MilestoneStatus.REACHED)
    context.programme.save_milestone(reached)
    context.events.announce(Changes.of({Kind.MILESTONE}))
    qtbot.waitUntil(
        lambda: any(m.status is MilestoneStatus.REACHED for m in dashboard.timeline.marks())
    )


def test_actions_and_meetings_update_the_counts(
    qtbot, dashboard: DashboardView, context: AppContext
):
    action = ActionDTO(
        id=uuid.uuid4(),
        description="Voorbeeldactie",
        due=PreciseDate.parse("1 januari 2024"),
        status=ActionStatus.OPEN,
        created_at=datetime(2023, 11, 1),
    )
    context.meetings.save_action(action)
    context.events.announce(Changes.of({Kind.ACTION}))
    qtbot.waitUntil(lambda: dashboard.attention.open_actions.figure.text() == "1")
    assert dashboard.attention.overdue_actions.figure.text() == "1"


def test_indicators_follow_an_import_and_its_undo(
    qtbot, dashboard: DashboardView, context: AppContext, tmp_path: Path
):
    path = tmp_path / "cijfers.csv"
    path.write_text(CSV, encoding="utf-8")
    summary = import_indicators(context, dashboard, path)
    assert summary is not None and summary.created == ("Leefbaarometer (voorbeeld)",)
    qtbot.waitUntil(lambda: len(dashboard.indicators.cards) == 1)
    card = dashboard.indicators.card("Leefbaarometer (voorbeeld)")
    plot = card.build()
    assert plot.parent() is card.holder
    assert "richting onbekend — stel in" in card.summary.text()  # a new indicator: no verdict
    curves = plot.getPlotItem().listDataItems()
    assert len(curves) == 3  # Netherlands, Dordrecht, Dordt West
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: not dashboard.indicators.cards)
    assert IndicatorService(context.store).indicators() == ()


def test_an_indicator_without_figures_gets_a_hint(
    qtbot, dashboard: DashboardView, context: AppContext
):
    service = IndicatorService(context.store)
    service.save_indicator(IndicatorDTO(id=uuid.uuid4(), name="Zonder cijfers (voorbeeld)"))
    context.events.announce(Changes.of({Kind.INDICATOR}))
    qtbot.waitUntil(lambda: len(dashboard.indicators.cards) == 1)
    plot = dashboard.indicators.cards[0].build()
    texts = [i.toPlainText() for i in plot.getPlotItem().items if hasattr(i, "toPlainText")]
    assert any("Nog geen cijfers" in t and "CSV" in t for t in texts)


def click(widget, point: QPoint) -> None:
    """Press and release as a mouse does (QTest would warn: the view ignores the press)."""
    local = QPointF(point)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        pressed = (
            Qt.MouseButton.LeftButton
            if kind is QEvent.Type.MouseButtonPress
            else Qt.MouseButton.NoButton
        )
        event = QMouseEvent(
            kind,
            local,
            QPointF(widget.mapToGlobal(point)),
            Qt.MouseButton.LeftButton,
            pressed,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)


def test_a_click_on_a_milestone_opens_it(qtbot, dashboard: DashboardView, monkeypatch):
    opened = []
    monkeypatch.setattr(MilestoneDialog, "open", lambda self: opened.append(self))
    plot = dashboard.timeline.plot
    box = plot.getViewBox()
    quarter = next(m for m in dashboard.timeline.marks() if m.label == "1ste kwartaal 2024")
    box.setXRange(unix_seconds(quarter.first) - 86400 * 60, unix_seconds(quarter.last) + 86400 * 60)
    qtbot.wait(10)
    scene_pos = dashboard.timeline.scene_pos_of(quarter)
    assert dashboard.timeline.mark_at(scene_pos) == quarter
    point = plot.mapFromScene(scene_pos)
    click(plot.viewport(), point)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].title_edit.text() == quarter.title
    assert dashboard.timeline.mark_at(scene_pos + QPoint(0, 400)) is None
    assert "1ste kwartaal 2024" in dashboard.timeline.describe(quarter)


def test_indicator_editor_new_edit_delete_undo(qtbot, context: AppContext, monkeypatch):
    view = IndicatorsView(context)
    qtbot.addWidget(view)
    view.show()
    dialog: IndicatorDialog = view.on_new()
    qtbot.keyClicks(dialog.name, "Veilig in de buurt (voorbeeld)")
    dialog.direction.set_value(Direction.HIGHER_IS_BETTER)
    table = dialog.values_table
    table.set_row(table.add_row(None), ["2023", "73", "83", "85"])
    table.set_row(table.add_row(None), ["2021", "zes", "83", ""])
    dialog.accept()
    assert dialog.isVisible()
    error = dialog.findChild(QLabel, "error_values")
    assert "Rij 2" in error.text() and "zes" in error.text()
    table.set_row(1, ["2021", "74,5", "83", ""])
    dialog.accept()
    assert not dialog.isVisible()
    (stored,) = IndicatorService(context.store).indicators()
    assert [(v.year, v.dordt_west) for v in stored.values] == [(2021, 74.5), (2023, 73)]
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 9)) == "zeer ongunstig"
    edit: IndicatorDialog = view.on_edit(stored)
    edit.target.setText("80")
    edit.accept()
    assert IndicatorService(context.store).indicators()[0].target == 80
    monkeypatch.setattr(view, "confirm_delete", lambda name, record=None: True)
    view.on_delete(IndicatorService(context.store).indicators()[0])
    assert view.model.rowCount() == 0
    context.undo_stack.undo()
    assert view.model.rowCount() == 1


def test_indicator_model_passes_the_tester(qtbot, qtmodeltester, context: AppContext):
    IndicatorService(context.store).save_indicator(
        IndicatorDTO(
            id=uuid.uuid4(),
            name="Voorbeeld",
            values=(IndicatorValueDTO(uuid.uuid4(), 2020, 1, 2),),
        )
    )
    view = IndicatorsView(context)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_manage_indicators_opens_the_list(qtbot, dashboard: DashboardView):
    window = dashboard.manage_indicators()
    assert window.isVisible()
    assert window.view.model.rowCount() == 0
    assert dashboard.manage_indicators() is window  # one window, raised again
    window.close()
