"""The keyboard reaches the views and their commands (issue 14, first part)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_meeting_support import make_window


@pytest.fixture
def window(qtbot, store, tmp_path):
    main = make_window(qtbot, store, tmp_path)
    main.activateWindow()
    qtbot.waitExposed(main)
    return main


def test_ctrl_and_a_number_opens_each_view(window, qtbot):
    for number, key in enumerate(window.views, start=1):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.stack.currentWidget() is window.views[key], key
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Beel&d")
    assert [a.shortcut().toString() for a in view_menu.actions()][:3] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
    ]


def test_tab_leaves_the_table_for_the_buttons(window, qtbot):
    view = window.show_view("goals")
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not view.table
    seen = set()
    for _ in range(12):
        seen.add(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert {"new", "edit", "delete"} <= seen


def test_new_open_and_find_by_keyboard(window, qtbot, monkeypatch):
    view = window.show_view("goals")
    calls: list[str] = []
    monkeypatch.setattr(view, "on_new", lambda: calls.append("new"))
    monkeypatch.setattr(view, "on_edit", lambda record: calls.append(f"edit {record.title}"))
    # The shortcut actions were bound to the methods at construction: trigger them.
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert calls == [f"edit {view.current().title}"] * 2
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search


def test_ctrl_n_makes_a_new_record_in_the_view_on_screen(window, qtbot):
    from dordtwest_desktop.ui.dialogs.goal import GoalDialog
    from dordtwest_desktop.ui.dialogs.milestone import MilestoneDialog

    goals = window.show_view("goals")
    qtbot.keyClick(goals.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = [d for d in goals.findChildren(GoalDialog) if d.isVisible()]
    opened = [w for w in window.findChildren(MilestoneDialog) if w.isVisible()]
    assert not opened  # the hidden views' Ctrl+N is off
    dialog.reject()


def test_the_meeting_toolbar_by_keyboard(window, qtbot):
    from dordtwest_desktop.ui.export_dialog import ExportDialog

    meetings = window.show_view("meetings")
    page = meetings.open_meeting(window.context.meetings.meetings()[-1].id)
    qtbot.waitExposed(page)
    for action in (page.back_action, page.details_action, page.import_action):
        button = page.toolbar.widgetForAction(action)
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, action.text()
    page.agenda.table.setFocus()
    qtbot.keyClick(page.agenda.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = [d for d in page.findChildren(ExportDialog) if d.isVisible()]
    assert dialog.document.value() == "pack"
    dialog.reject()
    with qtbot.waitSignal(page.closed, timeout=2000):
        qtbot.keyClick(page.agenda.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
