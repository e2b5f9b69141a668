"""Meeting → Publish for the council information system (ORI)…: choose a folder, then
write the ORI export off the GUI thread with a cancellable progress dialog.

The same code as the command line's `export ori` writes the folder
(`export.ori.write_ori_folder`); here the user is asked what the command line
refuses: a folder that holds other files gets a new folder inside it, an earlier
ORI export is replaced only when the user says so.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.export.ori import is_earlier_export
from dordtwest_desktop.folders import FolderState, check_folder, folder_state
from dordtwest_desktop.services.documents import Cancelled, Progress
from dordtwest_desktop.services.ori import PreparedOri, prepare_ori
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.export_dialog import WriteJob, run_with_progress

log = logging.getLogger(__name__)
TR_CONTEXT = "OriExport"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def publish_action(parent: QObject) -> QAction:
    """The menu entry; the meeting view connects it to `publish_ori`."""
    action = QAction(_tr("Publish for the council information system (&ORI)…"), parent)
    action.setObjectName("publish_ori")
    action.setIconText(_tr("Publish (ORI)…"))
    action.setToolTip(
        _tr(
            "Write the public part of the meeting (agenda, decisions, attendees, public "
            "briefing pack and attachments) into a folder, as ODS Open Raadsinformatie"
        )
    )
    return action


class OriJob(WriteJob):
    """The ORI folder, written on a pool thread."""

    def __init__(self, prepared: PreparedOri, out: Path) -> None:
        def write(progress: Progress, cancelled: Cancelled) -> object:
            from dordtwest_desktop.export.ori import write_ori_folder

            return write_ori_folder(prepared, out, progress=progress, cancelled=cancelled)

        super().__init__(write, out)
        self.prepared = prepared


def start_publishing(prepared: PreparedOri, out: Path, parent: QWidget | None) -> OriJob:
    job = OriJob(prepared, out)
    run_with_progress(job, _tr("Publishing in %1…").replace("%1", out.name), "ori_progress", parent)
    return job


def _yes(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        _tr("Publish for the council information system"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _warn(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, _tr("Publish for the council information system"), message)


def choose_target(parent: QWidget | None, chosen: Path, new_name: str) -> Path | None:
    """The folder to write: the chosen one, or a new one inside it; None when the user
    says no. A DomainError when it cannot be written at all."""
    state = folder_state(chosen, is_earlier_export)
    if state is FolderState.OCCUPIED:
        question = _tr(
            "The folder '%1' already holds other files. Make a new folder '%2' in it for the export?"
        )
        if not _yes(parent, question.replace("%1", str(chosen)).replace("%2", new_name)):
            return None
        chosen = chosen / new_name
        state = folder_state(chosen, is_earlier_export)
    if state is FolderState.EARLIER_EXPORT:
        question = _tr(
            "The folder '%1' holds an earlier export for the council information system. "
            "Replace it with this meeting's?"
        )
        if not _yes(parent, question.replace("%1", str(chosen))):
            return None
    check_folder(chosen, is_earlier_export)  # refuses an occupied or unwritable one
    return chosen


def publish_ori(
    context: AppContext, meeting_id: uuid.UUID, parent: QWidget | None = None
) -> OriJob | None:
    """Ask for the folder, read on the GUI thread (quick), write in the pool."""
    start = context.settings.last_folder or str(Path.home())
    name = QFileDialog.getExistingDirectory(
        parent, _tr("Folder for the council information system"), start
    )
    if not name:
        return None
    try:
        prepared = prepare_ori(context.store, meeting_id, author=context.settings.user_name)
        out = choose_target(parent, Path(name).expanduser(), prepared.folder_name)
    except DomainError as error:
        _warn(parent, error.message)
        return None
    if out is None:
        return None
    context.settings.last_folder = str(out.parent)
    job = start_publishing(prepared, out, parent)
    job.signals.finished.connect(lambda path: offer_to_open_folder(parent, path))
    job.signals.failed.connect(lambda message: _warn(parent, message))
    return job


def offer_to_open_folder(parent: QWidget | None, path: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("ori_done")
    box.setWindowTitle(_tr("Export ready"))
    box.setText(_tr("Written for the council information system: %1").replace("%1", path))
    open_folder = box.addButton(_tr("Open folder"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Close"), QMessageBox.ButtonRole.RejectRole)
    box.buttonClicked.connect(
        lambda button: button is open_folder and QDesktopServices.openUrl(QUrl.fromLocalFile(path))
    )
    box.open()
    return box
