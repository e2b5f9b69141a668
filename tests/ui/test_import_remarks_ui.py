"""Remarks back through the GUI: drop or choose the filled packs, see them in the meeting."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QCheckBox

from dordtwest_desktop.readback.fields import item_field
from dordtwest_desktop.ui.export_dialog import ExportDialog
from tests.export.builders import Built, example_meeting
from tests.services.test_annotation_import import export_pack, fill, filled_pack
from tests.ui.test_meeting_support import make_window


@pytest.fixture
def built(store) -> Built:
    return example_meeting(store)


@pytest.fixture
def page(qtbot, store, tmp_path, built):
    window = make_window(qtbot, store, tmp_path)
    view = window.show_view("meetings")
    return view.open_meeting(built.meeting_id)


def drop(widget, files: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide6 marks its only constructor as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(widget.rect().center(), actions, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(widget.rect().center()), actions, mime, buttons, keys)
    QApplication.sendEvent(widget, event)
    return event


def remark_authors(page, item_id) -> list[str]:
    page.agenda.select(item_id)
    return [a.author for a in page.agenda.pane.annotations.model.rows()]


def test_dropped_pack_lands_in_the_meeting(qtbot, page, store, built, tmp_path):
    main, info = built.items
    pdf = filled_pack(store, built, tmp_path)
    assert remark_authors(page, main.id) == ["coördinator"] * 2  # the example's own remarks
    # Dropped on the agenda table, which only reorders its own rows: the meeting takes it.
    with qtbot.waitSignal(page.remarks_import.reported, timeout=30_000) as done:
        drop(page.agenda.table.viewport(), [pdf, tmp_path / "notities.txt"])
    report = done.args[0]
    assert report.added == 7
    box = page.remarks_import.report_box
    assert box is not None and box.objectName() == "import_report"
    assert "7 opmerkingen ingelezen uit 1 bestand" in box.text()
    assert "B. Bakker (6), C. Çelik (1)" in box.text()
    # The meeting refreshed itself through meetings_changed.
    assert remark_authors(page, main.id).count("B. Bakker") == 4
    assert sorted(remark_authors(page, info.id)) == ["B. Bakker", "C. Çelik"]
    box.close()


def test_import_action_and_a_second_time(qtbot, page, store, built, tmp_path, monkeypatch):
    pdf = filled_pack(store, built, tmp_path)
    monkeypatch.setattr(
        "dordtwest_desktop.ui.meetings.meeting_view.choose_files", lambda parent, folder: [pdf]
    )
    assert page.import_action.iconText() == "Opmerkingen importeren…"
    for expected in ("7 nieuw", "Geen nieuwe of gewijzigde opmerkingen. 7 opmerkingen waren"):
        with qtbot.waitSignal(page.remarks_import.reported, timeout=30_000):
            page.import_action.trigger()
        assert expected in page.remarks_import.report_box.text()
        page.remarks_import.report_box.close()
    assert page.context.settings.last_folder == str(tmp_path)


def test_a_file_without_a_name_asks_who_wrote_it(qtbot, page, store, built, tmp_path):
    main, _ = built.items
    pack = export_pack(store, built.meeting_id, tmp_path / "pack.pdf")
    unnamed = tmp_path / "naamloos.pdf"
    fill(pack, unnamed, {item_field(built.meeting_id, main.id): "Wie ben ik?"})
    with qtbot.waitSignal(page.remarks_import.reported, timeout=30_000) as refused:
        page.import_remarks([unnamed])
    assert refused.args[0].failed
    assert "naamveld op het voorblad is leeg" in page.remarks_import.report_box.text()
    page.remarks_import.report_box.done(0)
    dialog = page.remarks_import.author_dialog
    assert dialog is not None and dialog.isVisible()
    assert "naamloos.pdf" in dialog.labelText()
    dialog.setTextValue("E. Eijkelenboom")
    with qtbot.waitSignal(page.remarks_import.reported, timeout=30_000) as done:
        dialog.accept()
    assert done.args[0].added == 1
    assert "E. Eijkelenboom" in remark_authors(page, main.id)
    page.remarks_import.report_box.close()


def test_a_pack_of_another_meeting_is_refused(qtbot, page, store, built, tmp_path):
    other = page.context.meetings.meetings()[0]
    assert other.id != built.meeting_id
    page.show_meeting(other.id)
    with qtbot.waitSignal(page.remarks_import.reported, timeout=30_000):
        page.import_remarks([filled_pack(store, built, tmp_path)])
    assert "niet van deze vergadering" in page.remarks_import.report_box.text()
    page.remarks_import.report_box.close()


def test_export_dialog_offers_fields_for_the_pack(qtbot, page, built, tmp_path, monkeypatch):
    dialog = ExportDialog(page.context, built.meeting_id, "agenda")
    qtbot.addWidget(dialog)
    box = dialog.findChild(QCheckBox, "fillable") or dialog.fillable
    assert box.text() == "Met invulvelden voor opmerkingen"
    assert not box.isEnabled()
    dialog.document.set_value("pack")
    assert box.isEnabled()
    box.setChecked(True)
    out = tmp_path / "invulbaar.pdf"
    dialog.path.setText(str(out))
    monkeypatch.setattr("dordtwest_desktop.ui.export_dialog.offer_to_open", lambda *args: None)
    dialog.start()
    assert dialog.job is not None and dialog.job.prepared.data.fillable
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=30_000):
        pass
    assert any(":item:" in name for name in PdfReader(out).get_fields() or {})
