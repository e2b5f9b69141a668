"""Remarks from briefing pack PDFs into the meeting on screen ("Opmerkingen importeren").

Files come from a file dialog or are dropped on the meeting. The import runs in
the thread pool with plain values (the same service as the command line's
`import annotations`), then the meeting views refresh through `meetings_changed`
and a summary says what came in. A file whose remarks name no author is asked
about afterwards, and imported again with the name given.

The import is not undoable (it is not on the undo stack): a re-import adds
nothing, and a remark that should not be there is deleted like any other.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.services.annotation_import import ImportReport, import_annotations
from dordtwest_desktop.services.changes import MEETING_KINDS, Changes
from dordtwest_desktop.services.storage import Store
from dordtwest_desktop.ui.context import AppContext

log = logging.getLogger(__name__)
TR_CONTEXT = "ImportRemarks"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def pdf_files(mime: QMimeData) -> list[Path]:
    """The local PDF files among dragged data."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == ".pdf"]


def choose_files(parent: QWidget | None, folder: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent, _tr("Import remarks"), folder, _tr("PDF files (*.pdf)")
    )
    return [Path(n) for n in names]


class _Signals(QObject):
    finished = Signal(object)  # ImportReport
    failed = Signal(str)


class ImportJob(QRunnable):
    """Imports the files on a pool thread; never touches widgets."""

    def __init__(
        self, store: Store, files: list[Path], author: str | None, meeting_id: uuid.UUID
    ) -> None:
        super().__init__()
        self.store, self.files, self.author, self.meeting_id = store, files, author, meeting_id
        self.signals = _Signals()

    def run(self) -> None:
        try:
            report = import_annotations(
                self.store, self.files, self.author, meeting_id=self.meeting_id
            )
        except DomainError as error:
            self.signals.failed.emit(error.message)
        except Exception as error:  # a bug: log it and tell the user rather than die silently
            log.exception("import of remarks failed")
            self.signals.failed.emit(_tr("The import failed: %1").replace("%1", str(error)))
        else:
            self.signals.finished.emit(report)


class RemarksImport(QObject):
    """The imports started from one meeting view, and what they show afterwards."""

    reported = Signal(object)  # ImportReport, once its summary is on screen

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.jobs: list[ImportJob] = []
        self.report_box: QMessageBox | None = None
        self.author_dialog: QInputDialog | None = None

    def start(
        self, meeting_id: uuid.UUID, files: list[Path], author: str | None = None
    ) -> ImportJob | None:
        if not files:
            return None
        self.context.settings.last_folder = str(files[0].parent)
        job = ImportJob(self.context.store, files, author, meeting_id)
        job.setAutoDelete(False)
        job.signals.finished.connect(lambda report: self._finished(meeting_id, report))
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(lambda _report: self._forget(job))
        job.signals.failed.connect(lambda _message: self._forget(job))
        self.jobs.append(job)
        QThreadPool.globalInstance().start(job)
        return job

    def _forget(self, job: ImportJob) -> None:
        if job in self.jobs:
            self.jobs.remove(job)

    def _finished(self, meeting_id: uuid.UUID, report: ImportReport) -> None:
        if report.added or report.updated:
            self.context.events.announce(Changes.of(MEETING_KINDS))
        box = QMessageBox(self.parent_widget)
        box.setObjectName("import_report")
        box.setWindowTitle(_tr("Import remarks"))
        box.setIcon(QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information)
        box.setText(report.summary())
        unnamed = [f.path for f in report.files if f.needs_author]
        if unnamed:
            box.finished.connect(lambda _result: self._ask_author(meeting_id, unnamed))
        box.open()
        self.report_box = box
        self.reported.emit(report)

    def _failed(self, message: str) -> None:
        box = QMessageBox(self.parent_widget)
        box.setObjectName("import_report")
        box.setWindowTitle(_tr("Import remarks"))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(message)
        box.open()
        self.report_box = box

    def _ask_author(self, meeting_id: uuid.UUID, files: list[Path]) -> None:
        """Who wrote the remarks of a file that names nobody; then that file again."""
        path, rest = files[0], files[1:]
        dialog = QInputDialog(self.parent_widget)
        dialog.setObjectName("import_author")
        dialog.setWindowTitle(_tr("Import remarks"))
        dialog.setLabelText(
            _tr("Who wrote the remarks in '%1'? The file does not say.").replace("%1", path.name)
        )

        def answered(name: str) -> None:
            if name.strip():
                self.start(meeting_id, [path], name.strip())

        dialog.textValueSelected.connect(answered)
        if rest:
            dialog.finished.connect(lambda _result: self._ask_author(meeting_id, rest))
        dialog.open()
        self.author_dialog = dialog
