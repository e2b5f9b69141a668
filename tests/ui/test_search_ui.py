"""The window's search field (issue 17, point 4): type, see the results grouped by kind
with the matched words marked, Enter opens the record."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from dordtwest_desktop.domain.enums import ItemKind, Visibility
from dordtwest_desktop.services.dto import AgendaItemDTO, AnnotationDTO
from dordtwest_desktop.ui.search import HIT_ROLE, HTML_ROLE
from tests.helpers import make_pdf
from tests.ui.test_meeting_support import make_window

USER = "Coördinator Test"
NOW = datetime(2026, 12, 2, 10, 0)


@pytest.fixture
def window(qtbot, store, tmp_path):
    main = make_window(qtbot, store, tmp_path, user=USER)
    main.activateWindow()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def item(window):
    """An agenda item with a remark and an attachment that speak of coördinatie."""
    meetings = window.context.meetings
    meeting = meetings.meetings()[0]
    dto = AgendaItemDTO(uuid.uuid4(), meeting.id, ItemKind.DISCUSSION, "Wijkteams")
    meetings.save_item(dto)
    for author, visibility, text in (
        ("Sanne Bos", Visibility.SHARED, "Meer coördinatie graag."),
        ("Sanne Bos", Visibility.PERSONAL, "Mijn eigen coördinatie-notitie"),
        (USER, Visibility.PERSONAL, "Coördinatie: zelf nabellen"),
    ):
        meetings.save_annotation(
            AnnotationDTO(uuid.uuid4(), dto.id, author, text, NOW, NOW, visibility), author
        )
    window.context.attachments.add_bytes(dto.id, "plan.pdf", make_pdf(1, "Coördinatie wijkteams"))
    return dto


def groups(window) -> dict[str, list[str]]:
    tree = window.search.tree
    found = {}
    for row in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(row)
        found[group.text(0)] = [
            group.child(i).data(0, HTML_ROLE) for i in range(group.childCount())
        ]
    return found


def test_typing_shows_results_grouped_with_marks(window, qtbot, item):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    field = window.search.field
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, "coordinatie")
    qtbot.waitUntil(lambda: window.search.area.currentWidget() is window.search.page)
    found = groups(window)
    remarks = next(v for k, v in found.items() if k.startswith("Opmerkingen"))
    # Shared and my own personal remark; not Sanne's personal one.
    assert len(remarks) == 2
    assert not any("eigen" in html for html in remarks)
    attachments = next(v for k, v in found.items() if k.startswith("Bijlagen"))
    assert "<b style='background:#fff0a8'>Coördinatie</b>" in attachments[0]
    window.grab().save(str(window.context.store.path.parent / "search.png"))


def test_enter_opens_the_meeting_at_the_agenda_item(window, qtbot, item):
    field = window.search.field
    field.setFocus()
    qtbot.keyClicks(field, "wijkteam coordinatie")
    qtbot.keyClick(field, Qt.Key.Key_Down)  # into the results, on the first hit
    tree = window.search.tree
    assert QApplication.focusWidget() is tree
    hit = tree.currentItem().data(0, HIT_ROLE)
    assert hit.item_id == item.id
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    meetings = window.views["meetings"]
    assert window.search.area.currentWidget() is window.stack
    assert meetings.meeting.isVisible() and meetings.meeting.meeting_id == item.meeting_id
    assert meetings.meeting.agenda.current().item.id == item.id


def test_enter_in_the_field_opens_the_best_hit_in_its_dialog(window, qtbot):
    field = window.search.field
    field.setFocus()
    qtbot.keyClicks(field, "crabbeh")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    view = window.views["initiatives"]
    assert window.stack.currentWidget() is view
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert dialogs, "the initiative's dialog opens"
    for dialog in dialogs:
        dialog.reject()


def test_hostile_text_says_so_and_escape_returns(window, qtbot):
    window.show_view("goals")
    field = window.search.field
    field.setFocus()
    qtbot.keyClicks(field, '"*()')
    window.search.search_now()
    assert '"' in window.search.status.text() and window.search.tree.topLevelItemCount() == 0
    field.setText("x" * 10_000)
    window.search.search_now()
    assert "200" in window.search.status.text()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert window.search.area.currentWidget() is window.stack


def test_ctrl_f_stays_with_a_lists_own_filter(window, qtbot):
    view = window.show_view("goals")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search
    window.show_view("dashboard")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search.field
