"""File → Export partner overview (PDF)…: choose the organisation, confidential or not, the file.

The same use case as `export partner --org NAME`: `start_export` prepares the
overview on the GUI thread (one read) and draws it in the thread pool with the
export dialogs' cancellable progress, as the progress report's dialog does.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.services.people import PeopleService
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.export_dialog import ExportJob, PdfTarget, offer_to_open, start_export
from dordtwest_desktop.ui.widgets import Form


class PartnerDialog(QDialog):
    """Organisation, confidential option and file of a partner overview."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export partner overview"))
        self.setMinimumWidth(520)  # room for the proposed file name
        self.context = context
        self.job: ExportJob | None = None
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
        self.target = PdfTarget(self.tr("Export partner overview"), self)
        self.path = self.target.path
        self.form.add("path", self.tr("File"), self.target)
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
        self.target.propose(self.context, "-".join(w for w in words if w) + ".pdf")

    def start(self) -> None:
        self.form.clear_errors()
        if self.organisation.count() == 0:
            return
        out = self.target.checked(self.form)
        if out is None:
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
