"""An editor opened before someone else's change asks instead of overwriting it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QTableWidget

from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.store.database import open_store
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.dialogs.conflict import Choice, ConflictDialog
from tests.ui.test_meeting_support import make_window


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


def _open_first_item(window):
    view = window.show_view("meetings")
    meeting_id = window.context.meetings.meetings()[-1].id
    page = view.open_meeting(meeting_id)
    page.agenda.table.selectRow(0)
    return meeting_id, page.agenda.edit_current()


def _stored_item(store, meeting_id, item_id):
    detail = MeetingService(store).detail(meeting_id)
    return next(s.item for s in detail.agenda if s.item.id == item_id)


def _meanwhile_confidential(db_path, meeting_id, item_id) -> None:
    other = open_store(db_path)  # the other coordinator's window, its own connection
    try:
        item = _stored_item(other, meeting_id, item_id)
        MeetingService(other).save_item(replace(item, confidential=True))
    finally:
        other.close()


def _answer(monkeypatch, choice: Choice, seen: list[ConflictDialog]) -> None:
    def ask(self, dialog):
        seen.append(dialog)
        return choice

    monkeypatch.setattr(EditDialog, "ask", ask)


@pytest.mark.parametrize("choice", [Choice.CANCEL, Choice.THEIRS])
def test_cancel_or_theirs_keeps_the_other_change(window, db_path, qtbot, monkeypatch, choice):
    meeting_id, dialog = _open_first_item(window)
    item_id = dialog.original.id
    _meanwhile_confidential(db_path, meeting_id, item_id)
    dialog.title_edit.setText("Mijn nieuwe titel")
    seen: list[ConflictDialog] = []
    _answer(monkeypatch, choice, seen)
    dialog.accept()
    (conflict,) = seen
    table = conflict.findChild(QTableWidget, "conflict_table")
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rows["Titel"][1] == "Mijn nieuwe titel"
    assert "vertrouwelijk" in rows["Openbaarheid"][0]
    assert "openbaar" in rows["Openbaarheid"][1]
    stored = _stored_item(window.context.store, meeting_id, item_id)
    assert stored.confidential and stored.title != "Mijn nieuwe titel"
    assert window.context.undo_stack.count() == 0
    if choice is Choice.CANCEL:
        # Back in the editor with the typed text, and told why nothing was stored.
        assert dialog.isVisible()
        assert dialog.title_edit.text() == "Mijn nieuwe titel"
        assert "Iemand anders heeft" in dialog.findChild(QLabel, "general_error").text()
    else:
        assert not dialog.isVisible()


def test_saving_mine_anyway_goes_on_top_and_undoes(window, db_path, monkeypatch):
    meeting_id, dialog = _open_first_item(window)
    item_id = dialog.original.id
    _meanwhile_confidential(db_path, meeting_id, item_id)
    dialog.title_edit.setText("Mijn nieuwe titel")
    _answer(monkeypatch, Choice.MINE, [])
    dialog.accept()
    assert not dialog.isVisible()
    stored = _stored_item(window.context.store, meeting_id, item_id)
    assert stored.title == "Mijn nieuwe titel"
    # The editor's own choice: its whole record, so the item is public again.
    assert not stored.confidential
    window.context.undo_stack.undo()
    undone = _stored_item(window.context.store, meeting_id, item_id)
    assert undone.confidential and undone.title != "Mijn nieuwe titel"
    window.context.undo_stack.redo()
    assert _stored_item(window.context.store, meeting_id, item_id).title == "Mijn nieuwe titel"


def test_undo_after_someone_else_changed_the_record_is_refused(window, db_path, monkeypatch):
    meeting_id, dialog = _open_first_item(window)
    item_id = dialog.original.id
    dialog.title_edit.setText("Mijn titel")
    dialog.accept()
    assert not dialog.isVisible()
    _meanwhile_confidential(db_path, meeting_id, item_id)
    reported: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: reported.append(text))
    window.context.undo_stack.undo()
    assert reported and "Iemand anders heeft" in reported[0]
    stored = _stored_item(window.context.store, meeting_id, item_id)
    assert stored.confidential and stored.title == "Mijn titel"
