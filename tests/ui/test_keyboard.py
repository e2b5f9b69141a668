"""The keyboard reaches the views and their commands (issue 14, first part)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from dordtwest_desktop.domain.enums import AttendeeRole
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


def _walk(window, qtbot, start, limit=200):
    """Tab from `start` until the focus comes back to it; the widgets passed on the way."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=1000)
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            return seen
        seen.append(focused)
    raise AssertionError(f"Tab never came back: {[w.objectName() for w in seen[-10:]]}")


def _buttons(root):
    """The buttons a user sees and can press under `root`."""
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and b.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def _name(widget):
    return f"{type(widget).__name__}:{widget.objectName() or widget.text()}"


def test_tab_reaches_every_button_of_the_main_window_and_the_meeting(window, qtbot):
    window.resize(1024, 700)
    for key in ("goals", "milestones"):
        view = window.show_view(key)
        view.table.selectRow(0)
        seen = _walk(window, qtbot, window.nav)
        missing = [_name(b) for b in _buttons(window) if b not in seen]
        assert not missing, (key, missing)
    page = window.show_view("meetings").open_meeting(window.context.meetings.meetings()[-1].id)
    qtbot.waitExposed(page)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        seen = _walk(window, qtbot, window.nav)
        missing = [_name(b) for b in _buttons(window) if b not in seen]
        assert not missing, (tab, missing)
        # The order follows the layout: the toolbar, the tabs, then the page from the top.
        toolbar = [w for w in seen if w.parent() is page.toolbar]
        after = seen[seen.index(toolbar[-1]) + 1 :]
        assert after[0] is page.tabs.tabBar()
        assert page.tabs.currentWidget().isAncestorOf(after[1])
    page.tabs.setCurrentWidget(page.agenda)
    names = [w.objectName() for w in _walk(window, qtbot, page.agenda.table)]
    # The buttons under the agenda come before the item pane beside it.
    assert names.index("move_down") < names.index("item_details")
    page.tabs.setCurrentWidget(page.actions_panel)
    own = page.actions_panel.own_place
    # This meeting has no actions of its own: its list says so, with a button to add one.
    start = own.empty.button if own.currentWidget() is own.empty else own.table
    names = [w.objectName() for w in _walk(window, qtbot, start)]
    assert names.index("done_action") < names.index("carried_actions") < names.index("edit_carried")


def _live_shortcuts(window):
    """The shortcuts that answer now: (key, action) for the window, and per focus widget."""
    window_wide, per_widget = [], []
    for action in window.findChildren(QAction):
        if not action.isEnabled() or not action.shortcuts():
            continue
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        in_menu_bar = any(
            isinstance(o, QMenu) and o.menuAction() in window.menuBar().actions() for o in owners
        )
        shown = [o for o in owners if o.isVisible() and not isinstance(o, QMenu)]
        context = action.shortcutContext()
        for key in action.shortcuts():
            if context == Qt.ShortcutContext.WindowShortcut and (in_menu_bar or shown):
                window_wide.append((key.toString(), action))
            elif context != Qt.ShortcutContext.WindowShortcut and shown:
                per_widget.extend((key.toString(), action, owner) for owner in shown)
    return window_wide, per_widget


def _assert_no_ambiguous_shortcut(window, where):
    window_wide, per_widget = _live_shortcuts(window)
    keys = [key for key, _action in window_wide]
    doubles = {key for key in keys if keys.count(key) > 1}
    assert not doubles, (where, doubles)
    local = [(key, owner) for key, _action, owner in per_widget]
    assert len(local) == len(set(local)), where
    clashes = {key for key, _owner in local} & set(keys)
    assert not clashes, (where, clashes)


def test_each_shortcut_answers_alone_on_every_screen(window, qtbot):
    for key in window.views:
        window.show_view(key)
        _assert_no_ambiguous_shortcut(window, key)
    page = window.show_view("meetings").open_meeting(window.context.meetings.meetings()[-1].id)
    qtbot.waitExposed(page)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        _assert_no_ambiguous_shortcut(window, f"meeting tab {tab}")
    keys = {key for key, _action in _live_shortcuts(window)[0]}
    assert {"Ctrl+N", "Ctrl+E", "Ctrl+I", "Alt+Left", "Ctrl+1", "Ctrl+6"} <= keys


def _mnemonics(menu):
    return [
        text[text.index("&") + 1].lower()
        for text in (a.text() for a in menu.actions() if not a.isSeparator())
        if "&" in text
    ]


def test_every_menu_entry_has_its_own_mnemonic(window, qtbot):
    window.show_view("meetings")  # fills the Meeting menu
    bar = window.menuBar()
    assert len(set(_mnemonics(bar))) == len(bar.actions()), _mnemonics(bar)
    for top in bar.actions():
        menu = top.menu()
        entries = [a for a in menu.actions() if not a.isSeparator()]
        letters = _mnemonics(menu)
        assert len(letters) == len(entries), [a.text() for a in entries]
        assert len(set(letters)) == len(letters), (top.text(), [a.text() for a in entries])


def test_the_meeting_menu_holds_the_toolbar_while_a_meeting_is_on_screen(window, qtbot):
    menu = window.meeting_menu
    assert next(a for a in window.menuBar().actions() if a.menu() is menu).text() == "&Vergadering"
    assert [a.isEnabled() for a in menu.actions()] == [False]  # a hint until meetings are built
    assert "meetings" not in window.views._built
    menu.aboutToShow.emit()  # opening the menu builds the meetings view, which fills it
    meetings = window.views["meetings"]
    page = meetings.meeting
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert page.back_action in entries and page.import_action in entries
    assert set(page.export_actions.values()) <= set(entries)
    assert not any(a.isEnabled() for a in entries)
    window.show_view("meetings")
    meetings.open_meeting(window.context.meetings.meetings()[-1].id)
    qtbot.waitExposed(page)
    assert all(a.isEnabled() for a in entries)
    assert [a.text() for a in entries][:3] == [
        "&Terug naar alle vergaderingen",
        "&Vergadergegevens…",
        "Nieuw &agendapunt…",
    ]
    # The toolbar keeps its short texts; the menu entry is the same action.
    assert page.toolbar.widgetForAction(page.back_action).text() == "‹ Alle vergaderingen"
    page.new_actions[2].trigger()  # New action… switches to its tab and opens the form
    assert page.tabs.currentWidget() is page.actions_panel
    dialog = next(d for d in page.actions_panel.findChildren(QDialog) if d.isVisible())
    dialog.reject()
    with qtbot.waitSignal(page.closed, timeout=2000):
        page.back_action.trigger()
    assert not any(a.isEnabled() for a in entries)
    window.show_view("goals")
    assert not any(a.isEnabled() for a in entries)


def test_the_meeting_tabs_by_keyboard(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = window.show_view("meetings").open_meeting(window.context.meetings.meetings()[-1].id)
    qtbot.waitExposed(page)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, title, _text, *args: asked.append(title) or QMessageBox.StandardButton.No,
    )

    def visible_dialogs():
        return [d for d in page.findChildren(QDialog) if d.isVisible()]

    # Agenda: Ctrl+N new, F2 and Enter open, Del asks first.
    page.agenda.table.setFocus()
    page.agenda.table.selectRow(0)
    for key, modifier in (
        (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(page.agenda.table, key, modifier)
        (dialog,) = visible_dialogs()
        dialog.reject()
    qtbot.keyClick(page.agenda.table, Qt.Key.Key_Delete)
    assert asked == ["Agendapunt verwijderen"]
    # Attendees: Ctrl+N adds one, as a member unless chosen otherwise.
    page.tabs.setCurrentWidget(page.attendees)
    page.attendees.table.setFocus()
    qtbot.keyClick(page.attendees.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = visible_dialogs()
    assert dialog.role.value() is AttendeeRole.MEMBER
    dialog.person.setCurrentText("Voorbeeld: Nieuwe Deelnemer")
    dialog.accept()
    assert not dialog.isVisible()
    row = next(
        r
        for r in range(page.attendees.model.rowCount())
        if page.attendees.model.record(r).name == "Voorbeeld: Nieuwe Deelnemer"
    )
    page.attendees.table.setFocus()
    page.attendees.table.selectRow(row)
    qtbot.keyClick(page.attendees.table, Qt.Key.Key_F2)
    (dialog,) = visible_dialogs()
    dialog.reject()
    before = page.attendees.model.rowCount()
    qtbot.keyClick(page.attendees.table, Qt.Key.Key_Delete)
    assert page.attendees.model.rowCount() == before - 1
    # Actions: Ctrl+N new action of this meeting, Del asks first.
    page.tabs.setCurrentWidget(page.actions_panel)
    page.actions_panel.own_table.setFocus()
    qtbot.keyClick(page.actions_panel.own_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = visible_dialogs()
    assert dialog.meeting.value() == page.meeting_id
    dialog.reject()


def test_del_in_a_list_view_asks_first(window, qtbot, monkeypatch):
    view = window.show_view("goals")
    questions: list[str] = []
    monkeypatch.setattr(
        view, "ask_delete", lambda q: questions.append(q) or QMessageBox.StandardButton.No
    )
    view.table.setFocus()
    view.table.selectRow(0)
    rows = view.model.rowCount()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(questions) == 1 and view.current().title in questions[0]
    assert view.model.rowCount() == rows


def test_the_edit_menu_holds_the_lists_new_open_and_delete(window, qtbot, monkeypatch):
    from dordtwest_desktop.ui.dialogs.goal import GoalDialog

    new, open_, delete = window.record_actions
    assert [a.text() for a in window.record_actions] == [
        "&Nieuw…\tCtrl+N",
        "&Bewerken…\tEnter",
        "&Verwijderen…\tDel",
    ]
    # No second registration of the list's own keys (Qt would call it ambiguous).
    assert all(a.shortcut().isEmpty() for a in window.record_actions)
    view = window.show_view("goals")
    window._update_record_actions()
    assert new.isEnabled() and not open_.isEnabled() and not delete.isEnabled()
    view.table.selectRow(0)
    window._update_record_actions()
    assert open_.isEnabled() and delete.isEnabled()
    open_.trigger()
    dialog = next(d for d in view.findChildren(GoalDialog) if d.isVisible())
    assert dialog.original == view.current()
    dialog.reject()
    asked: list[str] = []
    monkeypatch.setattr(
        view, "ask_delete", lambda q: asked.append(q) or QMessageBox.StandardButton.No
    )
    delete.trigger()
    assert asked and view.current() is not None
    # With a meeting on screen, New makes a record for the tab shown.
    meetings = window.show_view("meetings")
    page = meetings.open_meeting(window.context.meetings.meetings()[-1].id)
    window._update_record_actions()
    assert new.isEnabled()
    made = []
    monkeypatch.setattr(page, "new_here", lambda: made.append(True))
    new.trigger()
    assert made == [True]


def test_the_meeting_menu_reaches_the_buttons_beside_the_lists(window, qtbot):
    from dordtwest_desktop.domain.enums import ActionStatus
    from tests.ui.test_meeting_support import titles

    menu = window.meeting_menu
    menu.aboutToShow.emit()
    import uuid

    from dordtwest_desktop.domain.enums import ItemKind
    from dordtwest_desktop.services.dto import ActionDTO, AgendaItemDTO

    service = window.context.meetings
    meeting_id = service.meetings()[-1].id
    service.save_item(
        AgendaItemDTO(uuid.uuid4(), meeting_id, ItemKind.DISCUSSION, "Voorbeeld: tweede punt")
    )
    service.save_action(ActionDTO(uuid.uuid4(), "Voorbeeld: actie", meeting_id=meeting_id))
    page = window.show_view("meetings").open_meeting(meeting_id)
    qtbot.waitExposed(page)
    by_text = {action.text(): action for action, _panel, _button in page.item_actions}
    assert set(by_text) <= {a.text() for a in menu.actions()}
    assert list(by_text) == [
        "Agendapunt b&ewerken…\tF2",
        "Agendapunt om&hoog\tCtrl+Up",
        "Agendapunt om&laag\tCtrl+Down",
        "Agendapunt verw&ijderen…",
        "Besluit vastlegge&n…",
        "Bijlage toevoegen (PD&F)…",
        "Op&merking toevoegen…",
        "Actie gereed mel&den",
    ]
    # Nothing selected: the item's commands are off, as their buttons are.
    page.agenda.table.clearSelection()
    menu.aboutToShow.emit()
    assert not by_text["Besluit vastlegge&n…"].isEnabled()
    page.agenda.table.setCurrentIndex(page.agenda.model.index(1, 0))
    menu.aboutToShow.emit()
    assert by_text["Besluit vastlegge&n…"].isEnabled()
    before = titles(page.agenda)
    by_text["Agendapunt om&hoog\tCtrl+Up"].trigger()
    assert titles(page.agenda) == [before[1], before[0], *before[2:]]
    for text in ("Besluit vastlegge&n…", "Op&merking toevoegen…"):
        by_text[text].trigger()
        (dialog,) = [d for d in page.findChildren(QDialog) if d.isVisible()]
        dialog.reject()
    # The actions tab: "done" marks the selected action, switching tab first.
    page.tabs.setCurrentWidget(page.agenda)
    panel = page.actions_panel
    panel.own_table.setCurrentIndex(panel.own.index(0, 0))
    chosen = panel.own.record(0)
    menu.aboutToShow.emit()
    assert by_text["Actie gereed mel&den"].isEnabled()
    by_text["Actie gereed mel&den"].trigger()
    assert page.tabs.currentWidget() is panel
    stored = next(a for a in window.context.meetings.actions() if a.id == chosen.id)
    assert stored.status is ActionStatus.DONE
