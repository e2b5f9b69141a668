"""Meetings through the UI: a new meeting, an agenda built, reordered, decided and annotated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from dordtwest_desktop.domain.enums import ItemKind, MilestoneStatus, Outcome
from tests.ui.test_meeting_support import USER, column, error_text, make_window, titles


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


@pytest.fixture
def view(window):
    return window.show_view("meetings")


def new_meeting(view, qtbot, day="12 maart 2024", start="14:00", end="15:00"):
    dialog = view.on_new()
    qtbot.keyClicks(dialog.day, day)
    qtbot.keyClicks(dialog.start, start)
    qtbot.keyClicks(dialog.end, end)
    qtbot.keyClicks(dialog.location, "Voorbeeld: Wijkcentrum Crabbehof")
    dialog.accept()
    assert not dialog.isVisible(), error_text(dialog, "day")
    return view.meeting


def add_item(agenda, qtbot, title, minutes, kind=ItemKind.DISCUSSION, points=()):
    dialog = agenda.new_item()
    dialog.kind.set_value(kind)
    qtbot.keyClicks(dialog.title_edit, title)
    qtbot.keyClicks(dialog.duration, str(minutes))
    qtbot.keyClicks(dialog.presenter, "Voorbeeld: wethouder")
    for point in points:
        dialog.points.add_line(point)
    dialog.accept()
    assert not dialog.isVisible(), error_text(dialog, "duration") or error_text(dialog, "title")
    return dialog


def test_navigation_offers_meetings_and_actions(window):
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert texts[-2:] == ["Vergaderingen", "Actielijst"]


def test_build_reorder_decide_and_annotate_an_agenda(window, view, qtbot):
    stack = window.context.undo_stack
    page = new_meeting(view, qtbot)
    assert view.stack.currentWidget() is page
    assert "dinsdag 12 maart 2024" in page.header.text()
    agenda = page.agenda
    assert titles(agenda) == [
        "Opening",
        "Vaststellen agenda",
        "Besluitenlijst en actielijst vorige vergadering",
        "Mededelingen",
        "Rondvraag",
        "Sluiting",
    ]
    add_item(
        agenda, qtbot, "Voorbeeld: Wijkaanpak", 30, ItemKind.DECISION, ["Instemmen met de aanpak"]
    )
    add_item(agenda, qtbot, "Voorbeeld: Voortgang", 45)
    # New items go before "Rondvraag" and "Sluiting".
    assert titles(agenda)[4:6] == ["Voorbeeld: Wijkaanpak", "Voorbeeld: Voortgang"]
    assert column(agenda.model, 1)[4:7] == ["14:00", "14:30", "15:15"]
    # 75 minutes from 14:00 runs past the planned end at 15:00.
    assert agenda.warning.isVisible() and "15:15" in agenda.warning.text()
    background = agenda.model.data(agenda.model.index(5, 0), Qt.ItemDataRole.BackgroundRole)
    assert background is not None
    assert agenda.model.data(agenda.model.index(4, 0), Qt.ItemDataRole.BackgroundRole) is None

    # Keyboard: Ctrl+Up moves the selected item, undo and redo put it back and forth.
    agenda.select(agenda.model.rows()[5].item.id)
    agenda.table.setFocus()
    qtbot.keyClick(agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(agenda)[4:6] == ["Voorbeeld: Voortgang", "Voorbeeld: Wijkaanpak"]
    assert agenda.current().item.title == "Voorbeeld: Voortgang"
    assert column(agenda.model, 1)[4:6] == ["14:00", "14:45"]
    stack.undo()
    assert titles(agenda)[4:6] == ["Voorbeeld: Wijkaanpak", "Voorbeeld: Voortgang"]
    stack.redo()
    assert titles(agenda)[4:6] == ["Voorbeeld: Voortgang", "Voorbeeld: Wijkaanpak"]
    qtbot.keyClick(agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(agenda)[4:6] == ["Voorbeeld: Wijkaanpak", "Voorbeeld: Voortgang"]

    # Drag and drop: the model's drop moves "Voortgang" to the top.
    model = agenda.model
    data = model.mimeData([model.index(5, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(agenda)[:2] == ["Voorbeeld: Voortgang", "Opening"]
    assert column(agenda.model, 0)[:2] == ["1", "2"]
    stack.undo()
    assert titles(agenda)[5] == "Voorbeeld: Voortgang"
    stack.redo()
    assert titles(agenda)[0] == "Voorbeeld: Voortgang"
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 6)
    assert titles(agenda)[4:6] == ["Voorbeeld: Wijkaanpak", "Voorbeeld: Voortgang"]

    # The decision, with the proposed decision point as its starting text.
    agenda.select(agenda.model.rows()[4].item.id)
    pane = agenda.pane
    decision = pane.record_decision()
    assert decision.text.toPlainText() == "Instemmen met de aanpak"
    decision.outcome.set_value(Outcome.ADOPTED_AMENDED)
    decision.accept()
    assert not decision.isVisible()
    assert column(agenda.model, 6)[4] == "gewijzigd aangenomen"
    assert "Uitkomst: gewijzigd aangenomen" in pane.browser.toPlainText()
    assert pane.record_button.text() == "Besluit bewerken…"

    # Two remarks: one on the item, one on the decision; newest last.
    for about, text in ((0, "Graag de planning erbij."), (1, "Akkoord, mits de wijk meedoet.")):
        remark = pane.annotations.add()
        remark.about.setCurrentIndex(about)
        qtbot.keyClicks(remark.text, text)
        remark.accept()
        assert not remark.isVisible()
    remarks = pane.annotations.model
    assert column(remarks, 5) == ["Graag de planning erbij.", "Akkoord, mits de wijk meedoet."]
    assert column(remarks, 2) == [USER, USER]
    assert column(remarks, 3) == ["agendapunt", "besluit"]

    # Undo remark, remark, decision; redo them all.
    stack.undo()
    stack.undo()
    assert remarks.rowCount() == 0
    stack.undo()
    assert column(agenda.model, 6)[4] == ""
    for _ in range(3):
        stack.redo()
    assert remarks.rowCount() == 2
    assert column(agenda.model, 6)[4] == "gewijzigd aangenomen"


def test_edit_and_delete_item_with_undo(window, view, qtbot, monkeypatch):
    stack = window.context.undo_stack
    page = view.open_meeting(window.context.meetings.meetings()[-1].id)
    agenda = page.agenda
    add_item(agenda, qtbot, "Voorbeeld: Eerste", 10)
    add_item(agenda, qtbot, "Voorbeeld: Tweede", 20)
    assert titles(agenda)[1:] == ["Voorbeeld: Eerste", "Voorbeeld: Tweede"]
    agenda.select(agenda.model.rows()[1].item.id)
    editor = agenda.edit_current()
    editor.title_edit.clear()
    qtbot.keyClicks(editor.title_edit, "Voorbeeld: Eerste (gewijzigd)")
    editor.confidential.set_value(True)
    editor.accept()
    assert titles(agenda)[1] == "Voorbeeld: Eerste (gewijzigd)"
    assert column(agenda.model, 4)[1] == "Voorbeeld: Eerste (gewijzigd) (vertrouwelijk)"
    stack.undo()
    assert titles(agenda)[1] == "Voorbeeld: Eerste"
    stack.redo()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    agenda.select(agenda.model.rows()[1].item.id)
    agenda.delete_current()
    assert titles(agenda)[1:] == ["Voorbeeld: Tweede"]
    stack.undo()
    assert titles(agenda)[1:] == ["Voorbeeld: Eerste (gewijzigd)", "Voorbeeld: Tweede"]
    stack.redo()
    assert titles(agenda)[1:] == ["Voorbeeld: Tweede"]


def test_decision_marks_a_linked_milestone_reached(window, view, qtbot):
    context = window.context
    page = view.open_meeting(context.meetings.meetings()[-1].id)
    pane = page.agenda.pane
    dialog = pane.record_decision()
    qtbot.keyClicks(dialog.text, "De Alliantie stelt het uitvoeringsprogramma vast.")
    dialog.milestone.setCurrentIndex(1)
    dialog.accept()
    assert not dialog.isVisible()
    reached = [m for m in context.programme.milestones() if m.status is MilestoneStatus.REACHED]
    assert [m.title for m in reached] == ["Besluitvorming Alliantie Dordt West"]
    assert "Mijlpaal behaald" in pane.browser.toPlainText()
    context.undo_stack.undo()
    assert all(m.status is not MilestoneStatus.REACHED for m in context.programme.milestones())
    assert "Nog geen besluit vastgelegd." in pane.browser.toPlainText()


def test_copy_the_agenda_of_an_earlier_meeting(window, view, qtbot):
    dialog = view.on_new()
    dialog.copy_agenda.setChecked(True)
    assert dialog.copy_source.currentText().startswith("8 februari 2024")
    qtbot.keyClicks(dialog.day, "14 maart 2024")
    dialog.accept()
    assert titles(view.meeting.agenda) == [
        "Besluitvorming uitvoeringsprogramma Nationaal Programma Dordt West"
    ]
    view.meeting.back_action.trigger()
    assert view.stack.currentWidget() is view.list
    assert column(view.list.proxy, 0)[-1] == "14 maart 2024"
    window.context.undo_stack.undo()
    assert "14 maart 2024" not in column(view.list.proxy, 0)
    window.context.undo_stack.redo()
    assert "14 maart 2024" in column(view.list.proxy, 0)


def test_meeting_details_edit_and_undo(window, view, qtbot):
    page = view.open_meeting(window.context.meetings.meetings()[-1].id)
    dialog = page.edit_details()
    assert dialog.day.text() == "8 februari 2024"
    qtbot.keyClicks(dialog.start, "14.30")
    qtbot.keyClicks(dialog.chair, "Voorbeeld: voorzitter")
    dialog.accept()
    assert not dialog.isVisible()
    assert "14:30" in page.header.text() and "voorzitter: Voorbeeld" in page.header.text()
    assert column(page.agenda.model, 1) == ["14:30"]
    window.context.undo_stack.undo()
    assert "14:30" not in page.header.text()


def test_deleting_a_meeting_with_decisions_asks_and_can_be_undone(window, view, monkeypatch):
    context = window.context
    meeting = context.meetings.meetings()[-1]
    page = view.open_meeting(meeting.id)
    dialog = page.agenda.pane.record_decision()
    dialog.text.setPlainText("Vastgesteld.")
    dialog.accept()
    page.back_action.trigger()
    asked = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    view.list.select(meeting.id)
    view.list.delete_button.click()
    assert "vastgelegde besluiten" in asked[0]
    assert meeting.id not in [m.id for m in context.meetings.meetings()]
    context.undo_stack.undo()
    assert context.meetings.has_decisions(meeting.id)
    assert view.list.proxy.rowCount() == 4


def test_undoing_the_creation_of_an_open_meeting_returns_to_the_list(window, view, qtbot):
    page = new_meeting(view, qtbot)
    assert view.stack.currentWidget() is page
    window.context.undo_stack.undo()
    assert view.stack.currentWidget() is view.list
    assert view.list.proxy.rowCount() == 4
    window.context.undo_stack.redo()
    assert view.list.proxy.rowCount() == 5
    view.list.select(view.list.model.rows()[-1].id)
    view.list.edit_button.click()
    assert view.stack.currentWidget() is page
    assert len(page.agenda.model.rows()) == 6
