"""Exporting a meeting's PDFs from the GUI: off the GUI thread, with a cancellable progress
dialog, and an offer to open the file or its folder when done. The same service code as the
command line's `export` builds the document."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.services.documents import (
    OPTIONS,
    Cancelled,
    ExportCancelled,
    PreparedDocument,
    Progress,
    file_name,
    not_accessible_warning,
    prepare_document,
)
from dordtwest_desktop.services.storage import ExchangeCancelled, Store, import_json
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.widgets import Form, ValueCombo

log = logging.getLogger(__name__)
TR_CONTEXT = "ExportDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class PdfTarget(QWidget):
    """The file a PDF export writes: its path, *Browse…*, and the checks before writing.

    Shared by every PDF export dialog (documents, progress report, partner overview).
    """

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = title
        self.chosen: Path | None = None  # picked in the save dialog, which asked about replacing
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        browse = QPushButton(_tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path, 1)
        line.addWidget(browse)

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.title, self.path.text(), "PDF (*.pdf)")
        if name:
            self.chosen = Path(name).expanduser()
            self.path.setText(name)

    def propose(self, context: AppContext, name: str) -> None:
        """`name` in the folder typed so far, else the last folder used."""
        typed = self.path.text().strip()
        folder = (
            Path(typed).expanduser().parent
            if typed
            else Path(context.settings.last_folder or Path.home())
        )
        self.path.setText(str(folder / name))

    def checked(self, form: Form) -> Path | None:
        """The file to write, or None: an error at the field, or the user keeps the file."""
        out = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip() or not out.parent.is_dir():
            form.show_error("path", _tr("Choose a file in an existing folder."))
            return None
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        if out.exists() and out != self.chosen and not self._may_overwrite(out):
            return None
        return out

    def _may_overwrite(self, out: Path) -> bool:
        """A file that exists is replaced only when the user says so."""
        answer = QMessageBox.question(
            self,
            self.title,
            _tr("'%1' already exists. Replace it?").replace("%1", out.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def document_names() -> dict[str, str]:
    return {
        "agenda": _tr("Agenda"),
        "pack": _tr("Briefing pack"),
        "decisions": _tr("Decision list"),
    }


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()


class WriteJob(QRunnable):
    """Writes one file or folder from plain data on a pool thread; never touches widgets.

    `write(progress, cancelled)` does the work; every export of the app (documents,
    the ORI folder, workbooks) runs through this one job, so cancelling, errors and
    the final signal behave alike.
    """

    progress_dialog: QProgressDialog  # set on the GUI thread by whoever starts the job
    warning = ""  # what the user should know of the result (attachments not accessible)

    def __init__(self, write: Callable[[Progress, Cancelled], object], out: Path) -> None:
        super().__init__()
        self.write, self.out = write, out
        self.signals = _Signals()
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def failure(self, error: Exception) -> str:
        """What the user reads when the job met an error the app did not expect."""
        return _tr("The export failed: %1").replace("%1", str(error))

    def run(self) -> None:
        try:
            self.write(
                lambda done, total: self.signals.progress.emit(done, total),
                lambda: self._cancel,
            )
        except (ExportCancelled, ExchangeCancelled):
            self.signals.cancelled.emit()
        except DomainError as error:
            self.signals.failed.emit(error.message)
        except Exception as error:  # a bug: log it and tell the user rather than die silently
            log.exception("%s failed: %s", type(self).__name__, self.out)
            self.signals.failed.emit(self.failure(error))
        else:
            self.signals.finished.emit(str(self.out))


class ImportJob(WriteJob):
    """An exchange file merged into the store on a pool thread, with progress and cancel.

    All or nothing, as on the command line: a cancel rolls the whole import back.
    `counts` holds the records merged per table once `finished` is emitted.
    """

    counts: dict[str, int]

    def __init__(self, store: Store, path: Path) -> None:
        def write(progress: Progress, cancelled: Cancelled) -> object:
            self.counts = import_json(store, path, progress=progress, cancelled=cancelled)
            return self.counts

        super().__init__(write, path)
        self.counts = {}

    def failure(self, error: Exception) -> str:
        return _tr("The import failed: %1").replace("%1", str(error))


class ExportJob(WriteJob):
    """One PDF document."""

    def __init__(self, prepared: PreparedDocument, out: Path) -> None:
        def write(progress: Progress, cancelled: Cancelled) -> object:
            from dordtwest_desktop.export import write_document

            return write_document(prepared, out, progress=progress, cancelled=cancelled)

        super().__init__(write, out)
        self.prepared = prepared


def start_export(
    context: AppContext,
    meeting_id: uuid.UUID | None,
    what: str,
    out: Path,
    *,
    draft: bool = False,
    public: bool = False,
    fillable: bool = False,
    period: str | None = None,
    organisation: str | None = None,
    confidential: bool = False,
    parent: QWidget | None = None,
) -> ExportJob:
    """Prepare on the GUI thread (a quick read, every rule applied), draw in the pool."""
    prepared = prepare_document(
        context.store,
        what,
        meeting=meeting_id,
        draft=draft,
        public=public,
        fillable=fillable,
        author=context.settings.user_name,
        period=period,
        organisation=organisation,
        confidential=confidential,
    )
    job = ExportJob(prepared, out)
    inaccessible = prepared.inaccessible_attachments()
    job.warning = not_accessible_warning(inaccessible) if inaccessible else ""
    run_with_progress(job, _tr("Exporting %1…").replace("%1", out.name), "export_progress", parent)
    return job


def run_with_progress(job: WriteJob, label: str, name: str, parent: QWidget | None) -> None:
    """Start the job in the pool behind a cancellable progress dialog named `name`."""
    progress = QProgressDialog(label, _tr("Cancel"), 0, 0, parent)
    progress.setObjectName(name)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.canceled.connect(job.cancel)

    def advance(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    job.signals.progress.connect(advance)
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(progress.close)
    job.setAutoDelete(False)
    job.progress_dialog = progress
    QThreadPool.globalInstance().start(job)


def offer_to_open(parent: QWidget | None, path: str, warning: str = "") -> QMessageBox:
    """Export done: open the file or its folder; `warning` says what is not accessible."""
    box = QMessageBox(parent)
    box.setObjectName("export_done")
    box.setWindowTitle(_tr("Export ready"))
    box.setText(_tr("Written: %1").replace("%1", path))
    if warning:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(warning)
    open_file = box.addButton(_tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(_tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_tr("Close"), QMessageBox.ButtonRole.RejectRole)

    def clicked(button: QAbstractButton) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        elif button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def export_dashboard(context: AppContext, parent: QWidget | None) -> ExportJob | None:
    """File → Export dashboard (PDF)…: ask where, then draw it off the GUI thread."""
    from datetime import date

    folder = Path(context.settings.last_folder or Path.home())
    suggestion = folder / file_name("dashboard", date.today())
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export dashboard"), str(suggestion), "PDF (*.pdf)"
    )
    if not name:
        return None
    out = Path(name).expanduser()
    if out.suffix.lower() != ".pdf":
        out = out.with_suffix(".pdf")
    context.settings.last_folder = str(out.parent)
    try:
        job = start_export(context, None, "dashboard", out, parent=parent)
    except DomainError as error:
        QMessageBox.warning(parent, _tr("Export dashboard"), error.message)
        return None
    job.signals.finished.connect(lambda path: offer_to_open(parent, path))
    job.signals.failed.connect(
        lambda message: QMessageBox.warning(parent, _tr("Export dashboard"), message)
    )
    return job


class ExportDialog(QDialog):
    """Choose document, options and file; then export in the background."""

    def __init__(
        self,
        context: AppContext,
        meeting_id: uuid.UUID,
        what: str = "pack",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.context, self.meeting_id = context, meeting_id
        self.job: ExportJob | None = None
        self.form = Form(self)
        self.document = ValueCombo(self)
        for key, name in document_names().items():
            self.document.add_value(name, key)
        self.document.set_value(what)
        self.form.add("document", self.tr("Document"), self.document)
        self.draft = QCheckBox(self.tr("Draft (CONCEPT watermark)"), self)
        self.public = QCheckBox(
            self.tr("Public version for the council (without confidential items)"), self
        )
        self.fillable = QCheckBox(self.tr("With fields for remarks"), self)
        self.fillable.setToolTip(
            self.tr(
                "Boxes under each agenda item and proposed decision, and one for the name, "
                "that attendees fill in with any PDF reader; import them with "
                "'Import remarks…'."
            )
        )
        for key, box in (
            ("draft", self.draft),
            ("public", self.public),
            ("fillable", self.fillable),
        ):
            self.form.add(key, "", box)
        self.target = PdfTarget(self.tr("Export PDF"), self)
        self.path = self.target.path
        self.form.add("path", self.tr("File"), self.target)
        self.document.currentIndexChanged.connect(self._document_changed)
        for box in (self.draft, self.public, self.fillable):
            box.toggled.connect(self._propose_name)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self._document_changed()

    def _suggested_name(self) -> str:
        meeting = self.context.meetings.meeting(self.meeting_id)
        return file_name(
            self.document.value(),
            meeting.day,
            draft=self.draft.isChecked(),
            public=self.public.isChecked() and self.public.isEnabled(),
            fillable=self.fillable.isChecked() and self.fillable.isEnabled(),
        )

    def _document_changed(self) -> None:
        offers = OPTIONS[self.document.value()]
        self.draft.setEnabled(offers.draft)
        self.public.setEnabled(offers.public)
        self.fillable.setEnabled(offers.fillable)
        self._propose_name()

    def _propose_name(self) -> None:
        # A name that says which variant it is, so a public pack never silently
        # replaces the confidential one; the folder the user chose stays.
        self.target.propose(self.context, self._suggested_name())

    def start(self) -> None:
        self.form.clear_errors()
        out = self.target.checked(self.form)
        if out is None:
            return
        self.context.settings.last_folder = str(out.parent)
        try:
            self.job = start_export(
                self.context,
                self.meeting_id,
                self.document.value(),
                out,
                draft=self.draft.isChecked(),
                public=self.public.isChecked() and self.public.isEnabled(),
                fillable=self.fillable.isChecked() and self.fillable.isEnabled(),
                parent=self.parentWidget(),
            )
        except DomainError as error:
            self.form.show_error("path", error.message)
            return
        parent = self.parentWidget()
        warning = self.job.warning
        self.job.signals.finished.connect(lambda path: offer_to_open(parent, path, warning))
        self.job.signals.failed.connect(
            lambda message: QMessageBox.warning(parent, self.tr("Export PDF"), message)
        )
        self.accept()
