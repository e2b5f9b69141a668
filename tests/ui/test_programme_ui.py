"""The main window on a temporary database: edit an initiative, undo, redo, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dordtwest_desktop.store.database import Store
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.main_window import MainWindow
from dordtwest_desktop.ui.models import RECORD_ROLE
from dordtwest_desktop.ui.settings import Settings


@pytest.fixture
def window(qtbot, store: Store, tmp_path):
    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(AppContext.create(store, settings))
    qtbot.addWidget(main)
    main.show()
    return main


def names(view) -> list[str]:
    model = view.proxy
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_main_window_shows_the_programme(window):
    overview = window.views["programme"].browser.toPlainText()
    assert "Nationaal Programma Dordt West" in overview
    assert "Crabbehof" in overview
    assert "1ste kwartaal 2024" in overview
    navigation = [window.nav.item(i).text() for i in range(window.nav.count())]
    start = navigation.index("Programma")
    assert navigation[start : start + 4] == ["Programma", "Doelen", "Inspanningen", "Mijlpalen"]


def test_initiative_with_funding_line_edit_undo_redo_delete(window, qtbot, monkeypatch):
    view = window.show_view("initiatives")
    dialog = view.on_new()
    qtbot.keyClicks(dialog.name, "Voorbeeld: Buurtsportcoach")
    funding = dialog.add_funding()
    qtbot.keyClicks(funding.scheme, "Voorbeeldregeling")
    funding.funder.setCurrentText("Provincie Zuid-Holland")
    qtbot.keyClicks(funding.requested, "vier miljoen")
    funding.accept()
    assert funding.isVisible(), "an amount in words must be refused"
    assert (
        "vier miljoen" in funding.findChild(type(funding.general_error), "error_requested").text()
    )
    funding.requested.clear()
    qtbot.keyClicks(funding.requested, "1,5 miljoen")
    qtbot.keyClicks(funding.decision_date, "Q2 2025")
    funding.accept()
    assert not funding.isVisible()
    dialog.accept()
    assert not dialog.isVisible()
    assert "Voorbeeld: Buurtsportcoach" in names(view)
    row = names(view).index("Voorbeeld: Buurtsportcoach")
    shown = view.proxy.data(view.proxy.index(row, 0), RECORD_ROLE)
    stored = window.context.programme.initiative(shown.id)
    assert (shown.requested_cents, shown.funders) == (1_500_000_00, "Provincie Zuid-Holland")
    assert stored.funding[0].requested_cents == 1_500_000_00
    assert stored.funding[0].decision_date.render() == "2de kwartaal 2025"
    assert view.proxy.data(view.proxy.index(row, 5)) == "€ 1,5 miljoen"

    view.select(stored.id)
    editor = view.on_edit(shown)  # a list row: the form reads the whole initiative
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Voorbeeld: Sportcoach")
    editor.accept()
    assert "Voorbeeld: Sportcoach" in names(view)
    assert "Voorbeeld: Buurtsportcoach" not in names(view)

    window.undo_action.trigger()
    assert "Voorbeeld: Buurtsportcoach" in names(view)
    window.redo_action.trigger()
    assert "Voorbeeld: Sportcoach" in names(view)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.select(stored.id)
    view.delete_button.click()
    assert "Voorbeeld: Sportcoach" not in names(view)
    window.undo_action.trigger()
    assert "Voorbeeld: Sportcoach" in names(view)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert not any(n.startswith("Voorbeeld") for n in names(view))


def test_empty_name_is_refused_in_the_form(window, qtbot):
    view = window.show_view("initiatives")
    dialog = view.on_new()
    dialog.accept()
    assert dialog.isVisible()
    error = dialog.findChild(type(dialog.general_error), "error_name")
    assert error.isVisible() and "mag niet leeg zijn" in error.text()
    assert len(names(view)) == 4


def test_filters_and_search(window, qtbot):
    view = window.show_view("initiatives")
    qtbot.keyClicks(view.search, "crabbe")
    assert names(view) == ["Volkshuisvestingsfonds"]
    view.search.clear()
    goals = window.show_view("goals")
    goals.pillar_filter.setCurrentIndex(5)
    assert names(goals) == ["strategisch doel"]


def test_search_finds_what_a_reload_brought(window, qtbot):
    from dataclasses import replace

    view = window.show_view("goals")
    qtbot.keyClicks(view.search, "zoekwoord")
    assert view.proxy.rowCount() == 0
    goal = window.context.programme.goals()[0]
    programme = window.context.programme
    window.context.ops.save(
        "Doel",
        replace(goal, title="Met zoekwoord (voorbeeld)"),
        programme.save_goal,
        programme.delete_goal,
    )
    assert view.proxy.rowCount() == 1


def test_milestone_bad_date_refused(window, qtbot):
    view = window.show_view("milestones")
    dialog = view.on_new()
    qtbot.keyClicks(dialog.title_edit, "Voorbeeldmijlpaal")
    qtbot.keyClicks(dialog.due, "31 februari 2024")
    dialog.accept()
    assert dialog.isVisible()
    assert "31 februari 2024" in dialog.findChild(type(dialog.general_error), "error_due").text()
    dialog.due.clear()
    qtbot.keyClicks(dialog.due, "medio 2025")
    dialog.accept()
    assert not dialog.isVisible()
    model = view.proxy
    dates = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "medio 2025" in dates


def test_models_pass_the_model_tester(window, qtmodeltester):
    for key in ("goals", "initiatives", "milestones"):
        qtmodeltester.check(window.views[key].model)
        qtmodeltester.check(window.views[key].proxy)
    assert Qt.ItemDataRole.UserRole


@pytest.mark.parametrize(
    ("key", "read"), [("initiatives", "initiative"), ("milestones", "milestone")]
)
def test_a_row_deleted_elsewhere_says_so_and_leaves_the_list(window, monkeypatch, key, read):
    """A list holds light rows; the form reads the whole record, which may be gone."""
    view = window.show_view(key)
    row = view.model.record(0)
    programme = window.context.programme
    getattr(programme, f"delete_{read}")(row.id)  # as another window or user would
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    assert view.on_edit(row) is None
    assert told == ["Dit record bestaat niet meer."]
    assert row.id not in {view.model.record(r).id for r in range(view.model.rowCount())}


def test_an_initiatives_history_is_one_tab_more_beside_its_own(window, qtbot):
    """The dialog keeps its fields in its own tabs; History does not take the form away."""
    view = window.show_view("initiatives")
    dialog = view.on_edit(view.model.record(0))
    qtbot.waitExposed(dialog)
    tabs = dialog.history_tabs
    texts = [tabs.tabText(i) for i in range(tabs.count())]
    assert texts == ["Algemeen", "Doelen", "Onderdelen", "Middelen", "Gesc&hiedenis"]
    assert tabs.widget(0) is dialog.form and dialog.name.isVisible()
    assert tabs.geometry().width() > dialog.width() // 2
    dialog.reject()
