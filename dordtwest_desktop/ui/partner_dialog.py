"""File → Export partner overview (PDF)…: choose the organisation, confidential or not, the file.

The same use case as `export partner --org NAME`: `start_export` prepares the
overview on the GUI thread (one read) and draws it in the thread pool with the
export dialogs' cancellable progress, as the progress report's dialog does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.services.people import PeopleService
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.export_dialog import ExportJob, offer_to_open, start_export
from dordtwest_desktop.ui.widgets import Form


class PartnerDialog(QDialog):
    """Organisation, confidential option and file of a partner overview."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export partner overview"))
        self.setMinimumWidth(520)  # room for the proposed file name
        self.context = context
        self.job: ExportJob | None = None
        self._chosen: Path | None = None
        self.form = Form(self)
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("organisation")
        for organisation in PeopleService(context.store).organisations():
            self.organisation.addItem(organisation.name, str(organisation.id))
        self.form.add("organisation", self.tr("Organisation"), self.organisation)
        self.confidential = QCheckBox(
            self.tr("Include confidential items (marked on every page)"), self
        )
        self.confidential.setObjectName("confidential")
        self.form.add("confidential", "", self.confidential)
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path, 1)
        line.addWidget(browse)
        self.form.add("path", self.tr("File"), row)
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
        if self.organisation.count() == 0:
            self.form.show_error(
                "organisation",
                self.tr("No organisations are known: give people an organisation first."),
            )
            self.export_button.setEnabled(False)
        self.organisation.currentIndexChanged.connect(self._propose_name)
        self.confidential.toggled.connect(self._propose_name)
        self._propose_name()

    def _propose_name(self) -> None:
        from dordtwest_desktop.i18n import tr

        name = self.organisation.currentText().casefold()
        slug = "-".join(w for w in "".join(c if c.isalnum() else " " for c in name).split())
        words = [tr("partner-overview", context="filename"), slug[:60], date.today().isoformat()]
        if self.confidential.isChecked():
            words.append(tr("confidential", context="filename"))
        typed = self.path.text().strip()
        folder = (
            Path(typed).expanduser().parent
            if typed
            else Path(self.context.settings.last_folder or Path.home())
        )
        self.path.setText(str(folder / ("-".join(w for w in words if w) + ".pdf")))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export partner overview"), self.path.text(), "PDF (*.pdf)"
        )
        if name:
            self._chosen = Path(name).expanduser()  # the save dialog asked about replacing
            self.path.setText(name)

    def _may_overwrite(self, out: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Export partner overview"),
            self.tr("'%1' already exists. Replace it?").replace("%1", out.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start(self) -> None:
        self.form.clear_errors()
        if self.organisation.count() == 0:
            return
        out = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip() or not out.parent.is_dir():
            self.form.show_error("path", self.tr("Choose a file in an existing folder."))
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        if out.exists() and out != self._chosen and not self._may_overwrite(out):
            return
        self.context.settings.last_folder = str(out.parent)
        try:
            self.job = start_export(
                self.context,
                None,
                "partner",
                out,
                organisation=self.organisation.currentData(),
                confidential=self.confidential.isChecked(),
                parent=self.parentWidget(),
            )
        except DomainError as error:
            self.form.show_error("organisation", error.message)
            return
        parent = self.parentWidget()
        self.job.signals.finished.connect(lambda path: offer_to_open(parent, path))
        self.job.signals.failed.connect(
            lambda message: QMessageBox.warning(parent, self.tr("Export partner overview"), message)
        )
        self.accept()
