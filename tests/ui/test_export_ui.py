"""Exporting from the GUI: in the background, cancellable, the same PDF as the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QThreadPool

from dordtwest_desktop.store.database import Store
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.export_dialog import ExportDialog, ExportJob, start_export
from dordtwest_desktop.ui.settings import Settings


@pytest.fixture
def context(store: Store, tmp_path: Path) -> AppContext:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return AppContext.create(store, settings)


def test_pack_exports_in_the_background(qtbot, context: AppContext, tmp_path: Path):
    meeting = context.meetings.meetings()[-1]
    out = tmp_path / "pack.pdf"
    job = start_export(context, meeting.id, "pack", out, draft=True)
    with qtbot.waitSignal(job.signals.finished, timeout=30_000) as finished:
        pass
    assert finished.args == [str(out)]
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Besluitvorming uitvoeringsprogramma" in text
    assert "CONCEPT" in text


def test_dialog_exports_decision_list(qtbot, context: AppContext, tmp_path: Path, monkeypatch):
    meeting = context.meetings.meetings()[-1]
    dialog = ExportDialog(context, meeting.id, "decisions")
    qtbot.addWidget(dialog)
    assert dialog.path.text().endswith("besluitenlijst-2024-02-08.pdf")
    out = tmp_path / "besluiten.pdf"
    dialog.path.setText(str(out))
    shown: list[str] = []
    monkeypatch.setattr(
        "dordtwest_desktop.ui.export_dialog.offer_to_open",
        lambda parent, path, warning="": shown.append(path),
    )
    dialog.start()
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: shown == [str(out)])
    assert PdfReader(out).pages


def test_bad_folder_is_refused_at_the_field(qtbot, context: AppContext, tmp_path: Path):
    meeting = context.meetings.meetings()[-1]
    dialog = ExportDialog(context, meeting.id, "agenda")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "bestaat-niet" / "agenda.pdf"))
    dialog.start()
    assert dialog.job is None
    from PySide6.QtWidgets import QLabel

    assert "bestaande map" in dialog.findChild(QLabel, "error_path").text()


def test_cancelled_export_leaves_no_file(qtbot, context: AppContext, tmp_path: Path):
    meeting = context.meetings.meetings()[-1]
    out = tmp_path / "afgebroken.pdf"
    from dordtwest_desktop.services.documents import prepare_document

    job = ExportJob(prepare_document(context.store, "pack", meeting=meeting.id), out)
    job.cancel()
    with qtbot.waitSignal(job.signals.cancelled, timeout=30_000):
        QThreadPool.globalInstance().start(job)
    assert not out.exists()


def _mark_confidential(context: AppContext, meeting_id) -> str:
    from dataclasses import replace

    item = context.meetings.detail(meeting_id).agenda[0].item
    context.meetings.save_item(replace(item, confidential=True, title="Geheim voorbeeldpunt"))
    return "Geheim voorbeeldpunt"


def test_decision_list_from_the_dialog_leaves_out_a_confidential_item(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
):
    meeting = context.meetings.meetings()[-1]
    secret = _mark_confidential(context, meeting.id)
    dialog = ExportDialog(context, meeting.id, "decisions")
    qtbot.addWidget(dialog)
    # The decision list offers no "public" choice: it is public by rule.
    assert not dialog.public.isEnabled()
    out = tmp_path / "besluiten.pdf"
    dialog.path.setText(str(out))
    monkeypatch.setattr("dordtwest_desktop.ui.export_dialog.offer_to_open", lambda *a: None)
    dialog.start()
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=30_000):
        pass
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert secret not in text
    assert "Besluitenlijst" in text


def test_the_proposed_name_says_which_variant(qtbot, context: AppContext):
    meeting = context.meetings.meetings()[-1]
    dialog = ExportDialog(context, meeting.id, "pack")
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()).name == "vergaderstukken-2024-02-08.pdf"
    dialog.public.setChecked(True)
    assert Path(dialog.path.text()).name == "vergaderstukken-2024-02-08-openbaar.pdf"
    dialog.fillable.setChecked(True)
    dialog.draft.setChecked(True)
    assert Path(dialog.path.text()).name == (
        "vergaderstukken-2024-02-08-openbaar-invulbaar-concept.pdf"
    )


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch, answer: str
):
    from PySide6.QtWidgets import QMessageBox

    meeting = context.meetings.meetings()[-1]
    out = tmp_path / "besluiten.pdf"
    out.write_bytes(b"mijn eigen bestand")
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr("dordtwest_desktop.ui.export_dialog.offer_to_open", lambda *a: None)
    dialog = ExportDialog(context, meeting.id, "decisions")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(out))
    dialog.start()
    assert asked and "besluiten.pdf" in asked[0] and "bestaat al" in asked[0]
    if answer == "No":
        assert (dialog.job is None and dialog.isVisible() is False) or dialog.job is None
        assert out.read_bytes() == b"mijn eigen bestand"
    else:
        assert dialog.job is not None
        with qtbot.waitSignal(dialog.job.signals.finished, timeout=30_000):
            pass
        assert out.read_bytes().startswith(b"%PDF")


def test_the_dialog_warns_of_attachments_that_are_not_accessible(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from dordtwest_desktop.services.attachments import AttachmentService
    from dordtwest_desktop.ui.export_dialog import offer_to_open
    from tests.export.builders import pdf_pages

    meeting = context.meetings.meetings()[-1]
    item = context.meetings.detail(meeting.id).agenda[0].item
    AttachmentService(context.store).add_bytes(item.id, "Scan.pdf", pdf_pages(1, "SCAN"))
    dialog = ExportDialog(context, meeting.id, "pack")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "pack.pdf"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "dordtwest_desktop.ui.export_dialog.offer_to_open",
        lambda parent, path, warning="": shown.append((path, warning)),
    )
    dialog.start()
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(shown))
    warning = shown[0][1]
    assert "Scan.pdf" in warning and "schermlezer" in warning
    box = offer_to_open(None, shown[0][0], warning)
    assert box.icon() == QMessageBox.Icon.Warning and "Scan.pdf" in box.informativeText()
    box.close()
