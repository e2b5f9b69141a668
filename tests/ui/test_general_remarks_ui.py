"""The meeting's general remarks in the meeting view: their tab, the list, Delete and undo."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dordtwest_desktop.domain.enums import Visibility
from dordtwest_desktop.services.dto import AnnotationDTO
from dordtwest_desktop.services.meetings import MeetingService
from tests.export.builders import Built, example_meeting
from tests.services.test_annotation_import import NOW
from tests.ui.test_meeting_support import make_window


@pytest.fixture
def built(store) -> Built:
    return example_meeting(store)


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


def remark(meeting: uuid.UUID, text: str, author: str, source: str | None) -> AnnotationDTO:
    return AnnotationDTO(
        id=uuid.uuid4(),
        item_id=None,
        meeting_id=meeting,
        author=author,
        text=text,
        created_at=NOW,
        updated_at=NOW,
        visibility=Visibility.SHARED,
        source_key=source,
    )


def test_general_remarks_tab_lists_and_deletes(qtbot, window, store, built, tmp_path: Path):
    service = MeetingService(store)
    imported = remark(built.meeting_id, "Bron van de cijfers?", "D. Dekker", "pdf-annot:x:19:a:d")
    foreign = remark(built.meeting_id, "Van een ander, in de app", "E. Ander", None)
    for note in (imported, foreign):
        service.save_annotation(note, note.author)
    page = window.show_view("meetings").open_meeting(built.meeting_id)
    panel = page.general_remarks
    index = page.tabs.indexOf(panel)
    assert page.tabs.tabText(index) == "Algemene opmerkingen (2)"
    page.tabs.setCurrentIndex(index)
    assert not panel.empty.isVisible()
    cards = [panel.model.data(panel.model.index(r, 0)) for r in range(panel.model.rowCount())]
    assert any(c.startswith("D. Dekker · ") and c.endswith("\nBron van de cijfers?") for c in cards)
    if os.environ.get("DORDTWEST_SHOTS"):
        window.grab().save(os.path.join(os.environ["DORDTWEST_SHOTS"], "general_remarks.png"))

    delete = panel.button_row.buttons["delete_general_remark"]
    panel.view.setCurrentIndex(panel.model.index(panel.model.row_of(foreign.id), 0))
    assert not delete.isEnabled()  # another author's own remark
    panel.view.setCurrentIndex(panel.model.index(panel.model.row_of(imported.id), 0))
    assert delete.isEnabled()  # imported from a PDF: whoever imported may remove it
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert [a.text for a in panel.model.rows()] == [foreign.text]
    assert page.tabs.tabText(index) == "Algemene opmerkingen (1)"
    window.context.undo_stack.undo()
    assert sorted(a.text for a in panel.model.rows()) == sorted([foreign.text, imported.text])


def test_no_general_remarks(qtbot, window, built):
    page = window.show_view("meetings").open_meeting(built.meeting_id)
    page.tabs.setCurrentWidget(page.general_remarks)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Algemene opmerkingen (0)"
    assert page.general_remarks.empty.isVisible()
    assert page.general_remarks.empty.text() == "Er zijn geen algemene opmerkingen."
