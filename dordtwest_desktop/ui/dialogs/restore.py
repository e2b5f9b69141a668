"""Restoring a backup: the list with date, kind and size; restore after asking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.services.storage import (
    BackupInfo,
    list_backups,
    make_backup,
    restore_backup,
)
from dordtwest_desktop.ui.context import AppContext

TR_CONTEXT = "RestoreDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def kind_label(kind: str) -> str:
    labels = {
        "daily": _tr("daily"),
        "before-migration": _tr("before an upgrade"),
        "before-restore": _tr("before a restore"),
        "manual": _tr("made by hand"),
    }
    return labels.get(kind, kind)


def size_label(size: int) -> str:
    return (
        f"{size / 1024:,.0f} kB".replace(",", ".")
        if size < 1024**2
        else (f"{size / 1024**2:.1f} MB".replace(".", ","))
    )


class RestoreDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(560, 380)
        self.context = context
        self.backups: list[BackupInfo] = list_backups(context.store)
        self.table = QTableWidget(len(self.backups), 3, self)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.verticalHeader().hide()
        for row, backup in enumerate(self.backups):
            cells = (
                backup.created.strftime("%d-%m-%Y %H:%M:%S"),
                kind_label(backup.kind),
                size_label(backup.size),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.backups:
            self.table.selectRow(0)
        hint = QLabel(
            self.tr("The current state is kept as a backup before anything is restored.")
            if self.backups
            else self.tr("There are no backups yet.")
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.backups))
        backup_now = buttons.addButton(
            self.tr("Make backup now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        backup_now.clicked.connect(self.backup_now)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def backup_now(self) -> None:
        try:
            path = make_backup(self.context.store, "manual")
        except DomainError as error:
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return
        QMessageBox.information(
            self, self.windowTitle(), self.tr("Backup written to %1").replace("%1", str(path))
        )
        self.done(QDialog.DialogCode.Rejected)

    def confirm(self, backup: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Restore the backup of %1? Changes made since then are replaced; the current state is kept as a backup."
            ).replace("%1", backup.created.strftime("%d-%m-%Y %H:%M")),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or not self.confirm(backup):
            return
        try:
            restore_backup(self.context.store, backup.path)
        except DomainError as error:
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return
        # The data changed wholesale: the undo history no longer applies to it.
        self.context.undo_stack.clear()
        self.context.events.everything_changed()
        self.accept()
