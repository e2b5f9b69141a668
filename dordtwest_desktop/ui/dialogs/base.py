"""An editor dialog: the change is stored when accepted; errors stay in the form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from dordtwest_desktop.domain.errors import (
    ConflictError,
    DomainError,
    ValidationError,
    each_error,
)
from dordtwest_desktop.services.history import HistoryEntryDTO
from dordtwest_desktop.ui.dialogs.conflict import Choice, ConflictDialog, rebased, record_of
from dordtwest_desktop.ui.dialogs.history import HistoryTable
from dordtwest_desktop.ui.widgets import Form

TR_CONTEXT = "EditDialog"


def _tr(text: str) -> str:
    # Not self.tr: in a subclass that would look in the subclass's context.
    return QCoreApplication.translate(TR_CONTEXT, text)


class EditDialog(QDialog):
    """Subclasses fill `self.form`, implement `collect()` and `submit(value)`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.form = Form(self)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet("color: #c0392b;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.form)

    def add_history(self, entries: Sequence[HistoryEntryDTO]) -> None:
        """A History tab beside the form: every change of this record, newest first.

        Beside what holds the form in the dialog: the form itself, or the tabs a dialog
        put it in (an initiative's, an agenda item's), which get one tab more.
        """
        content: QWidget = self.form
        while (parent := content.parentWidget()) is not self:
            assert parent is not None, "the form is in this dialog"
            content = parent
        if isinstance(content, QTabWidget):
            tabs = content
        else:
            tabs = QTabWidget(self)
            self.body.replaceWidget(content, tabs)
            tabs.addTab(content, _tr("&Details"))
        tabs.setObjectName("record_tabs")
        tabs.addTab(HistoryTable(entries, self.form.describe, tabs), _tr("&History"))
        self.history_tabs = tabs

    def finish_layout(self) -> None:
        self.body.addWidget(self.general_error)
        self.body.addWidget(self.buttons)

    def accept(self) -> None:
        self.form.clear_errors()
        self.general_error.hide()
        try:
            # Every field's own check first, so all wrong fields show at once.
            self.form.validate()
            value = self.collect()
        except ValidationError as error:
            self.show_errors(error)
            return
        self.store(value)

    def show_errors(self, error: ValidationError) -> None:
        """Each error at its field; those the form has no field for below it."""
        unplaced = self.form.show_errors(list(each_error(error)))
        if unplaced:
            self._general("\n".join(unplaced))

    def store(self, value: Any) -> None:
        try:
            self.submit(value)
        except ConflictError as error:
            self._resolve(error, value)
            return
        except ValidationError as error:
            self.show_errors(error)
            return
        except DomainError as error:
            self._general(error.message)
            return
        super().accept()

    def _resolve(self, error: ConflictError, value: Any) -> None:
        """Someone changed the record since this editor loaded it: ask, never overwrite."""
        dialog = ConflictDialog(
            error.message,
            error.theirs,
            record_of(value),
            self.form.describe,
            self,
            by=error.by,
            at=error.at,
        )
        choice = self.ask(dialog)
        if choice is Choice.MINE:
            theirs = error.theirs
            self.store(rebased(value, getattr(theirs, "version", 0) if theirs else 0))
        elif choice is Choice.THEIRS:
            self.reject()
        else:
            self._general(error.message)

    def ask(self, dialog: ConflictDialog) -> Choice:
        """Show the conflict modally; tests replace this to answer."""
        dialog.exec()
        return dialog.choice

    def _general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()

    def collect(self) -> Any:
        raise NotImplementedError

    def submit(self, value: Any) -> None:
        raise NotImplementedError
