"""File → Export progress report (PDF)…: choose the period, draft or not, and the file.

The same use case as `export report --period 2024`: `start_export` prepares the
report on the GUI thread (one read) and draws it in the thread pool with the
export dialogs' cancellable progress; the file is offered to open when done.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.errors import DomainError, ValidationError
from dordtwest_desktop.domain.periods import parse_period
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.export_dialog import ExportJob, PdfTarget, offer_to_open, start_export
from dordtwest_desktop.ui.widgets import Form


def default_period(today: date) -> str:
    """Last year until the end of March (the report on a year is written after it), else
    this year so far."""
    return str(today.year - 1 if today.month <= 3 else today.year)


class ReportDialog(QDialog):
    """Period, draft and file of the progress report; exports in the background."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export progress report"))
        self.setMinimumWidth(520)  # room for the proposed file name
        self.context = context
        self.job: ExportJob | None = None
        self.form = Form(self)
        self.period = QLineEdit(default_period(date.today()), self)
        self.period.setObjectName("period")
        self.period.setToolTip(
            self.tr("A year (2024), a half year (H1 2024) or a quarter (Q3 2024)")
        )
        self.form.add("period", self.tr("Period"), self.period, check=self._check_period)
        self.draft = QCheckBox(self.tr("Draft (CONCEPT watermark)"), self)
        self.form.add("draft", "", self.draft)
        self.target = PdfTarget(self.tr("Export progress report"), self)
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
        self.period.textChanged.connect(self._propose_name)
        self.draft.toggled.connect(self._propose_name)
        self._propose_name()

    def _check_period(self) -> None:
        parse_period(self.period.text())

    def _propose_name(self) -> None:
        from dordtwest_desktop.i18n import tr

        try:
            period = parse_period(self.period.text()).render()
        except ValidationError:
            return  # keep the last good proposal while the period is being typed
        words = [tr("progress-report", context="filename"), *period.lower().split()]
        if self.draft.isChecked():
            words.append(tr("draft", context="filename"))
        self.target.propose(self.context, "-".join(words) + ".pdf")

    def start(self) -> None:
        self.form.clear_errors()
        refused = self.form.check()
        for error in refused:
            self.form.show_error(error.field or "period", error.message)
        if refused:
            self.adjustSize()  # room for the message under the field
            return
        out = self.target.checked(self.form)
        if out is None:
            return
        self.context.settings.last_folder = str(out.parent)
        try:
            self.job = start_export(
                self.context,
                None,
                "report",
                out,
                draft=self.draft.isChecked(),
                period=self.period.text(),
                parent=self.parentWidget(),
            )
        except ValidationError as error:
            self.form.show_error(error.field if error.field == "period" else "path", error.message)
            return
        except DomainError as error:
            self.form.show_error("path", error.message)
            return
        parent = self.parentWidget()
        self.job.signals.finished.connect(lambda path: offer_to_open(parent, path))
        self.job.signals.failed.connect(
            lambda message: QMessageBox.warning(parent, self.tr("Export progress report"), message)
        )
        self.accept()
