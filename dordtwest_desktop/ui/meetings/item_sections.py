"""The lists under a selected agenda item: its PDF attachments and its remarks."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.dto import AgendaItemDTO, AnnotationDTO, AttachmentDTO, DecisionDTO
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.meetings.common import (
    Recreate,
    button_row,
    card_list,
    error_label,
    format_moment,
    format_size,
    record_table,
    run_reported,
    selected_row,
)
from dordtwest_desktop.ui.meetings.record_dialogs import AnnotationDialog
from dordtwest_desktop.ui.models import Column, RecordModel


class AttachmentsSection(QWidget):
    """PDFs of one item, copied into the database; listed by name and size."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item: AgendaItemDTO | None = None
        columns: list[Column[AttachmentDTO]] = [
            Column(self.tr("File"), lambda a: a.filename),
            Column(self.tr("Size"), lambda a: format_size(a.size), lambda a: a.size, True),
            Column(self.tr("Pages"), lambda a: str(a.page_count), lambda a: a.page_count, True),
        ]
        self.model: RecordModel[AttachmentDTO] = RecordModel(columns, self)
        self.table = record_table(self.model, self, "attachments")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setMaximumHeight(90)
        self.error = error_label(self, "error_attachment")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{self.tr('Attachments (PDF)')}</b>", self))
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        self.button_row = button_row(
            self,
            (self.tr("Add PDF…"), "add_attachment", self.choose_files),
            (self.tr("Open"), "open_attachment", self.open_current),
            (self.tr("Remove"), "remove_attachment", self.remove_current),
        )
        layout.addLayout(self.button_row)

    def set_item(self, item: AgendaItemDTO | None, attachments: Sequence[AttachmentDTO]) -> None:
        if item is None or self.item is None or item.id != self.item.id:
            self.error.hide()
        self.item = item
        self.model.set_rows(attachments)
        self.table.resizeColumnsToContents()
        self.setEnabled(item is not None)

    def choose_files(self) -> None:
        folder = self.context.settings.last_folder or str(Path.home())
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach PDF files"), folder, self.tr("PDF files (*.pdf)")
        )
        if names:
            self.context.settings.last_folder = str(Path(names[0]).parent)
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: Sequence[Path]) -> bool:
        """Attach each file as its own undoable change; stop at the first refusal."""
        assert self.item is not None
        self.error.hide()
        service, item_id = self.context.attachments, self.item.id
        for path in paths:
            change = Recreate(
                partial(service.add, item_id, path),
                lambda added: service.remove(added.id),
                service.restore,
            )
            try:
                self.context.ops.change(
                    self.tr("Attach '%1'").replace("%1", path.name),
                    change.do,
                    change.undo,
                    self.context.events.meetings_changed,
                )
            except DomainError as error:
                self.error.setText(error.message)
                self.error.show()
                return False
        return True

    def current(self) -> AttachmentDTO | None:
        row = selected_row(self.table)
        return self.model.record(row) if row >= 0 else None

    def open_current(self) -> None:
        attachment = self.current()
        if attachment is None:
            return
        try:
            data = self.context.attachments.content(attachment.id)
        except DomainError as error:
            self.context.ops.report(error.message)
            return
        folder = Path(tempfile.mkdtemp(prefix="dordtwest-"))
        target = folder / attachment.filename
        target.write_bytes(data)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self.no_viewer(attachment, data)

    def no_viewer(self, attachment: AttachmentDTO, data: bytes) -> QMessageBox:
        """Nothing opened the PDF: say so, and offer to save it where the user can find it."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Open attachment"),
            self.tr(
                "No program on this computer opens '%1'. Save it and open it with a PDF viewer."
            ).replace("%1", attachment.filename),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("no_viewer")
        save = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("save_attachment_as")
        box.setDefaultButton(save)
        save.clicked.connect(lambda: self.save_as(attachment.filename, data))
        box.open()
        return box

    def save_as(self, filename: str, data: bytes) -> Path | None:
        folder = self.context.settings.last_folder or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save attachment"), str(Path(folder) / filename), self.tr("PDF (*.pdf)")
        )
        if not name:
            return None
        try:
            Path(name).write_bytes(data)
        except OSError as error:
            self.context.ops.report(
                self.tr("'%1' could not be written: %2")
                .replace("%1", name)
                .replace("%2", str(error.strerror))
            )
            return None
        self.context.settings.last_folder = str(Path(name).parent)
        return Path(name)

    def remove_current(self) -> None:
        attachment = self.current()
        if attachment is None:
            return
        service = self.context.attachments
        run_reported(
            self.context,
            lambda: self.context.ops.change(
                self.tr("Remove attachment '%1'").replace("%1", attachment.filename),
                lambda: service.remove(attachment.id),
                service.restore,
                self.context.events.meetings_changed,
            ),
        )


class AnnotationsSection(QWidget):
    """Remarks on one item, oldest first; only their author may change them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item: AgendaItemDTO | None = None
        self.decision: DecisionDTO | None = None
        columns: list[Column[AnnotationDTO]] = [
            Column(self.tr("Remark"), self._card, lambda a: a.created_at),
            Column(self.tr("When"), lambda a: format_moment(a.created_at), lambda a: a.created_at),
            Column(self.tr("Author"), lambda a: a.author),
            Column(self.tr("About"), self._about),
            Column(self.tr("Visibility"), lambda a: label(a.visibility)),
            Column(self.tr("Remark"), lambda a: a.text),
        ]
        self.model: RecordModel[AnnotationDTO] = RecordModel(columns, self)
        # A list of cards (who, when, about what, then the text) reads better than
        # a table in a narrow pane; the model keeps the separate columns too.
        self.view = card_list(self.model, "annotations", self)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{self.tr('Remarks')}</b>", self))
        layout.addWidget(self.view, 1)
        self.button_row = button_row(
            self,
            (self.tr("Add remark…"), "add_annotation", self.add),
            (self.tr("Edit…"), "edit_annotation", self.edit_current),
            (self.tr("Delete"), "delete_annotation", self.delete_current),
        )
        layout.addLayout(self.button_row)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _card(self, annotation: AnnotationDTO) -> str:
        head = " · ".join(
            (
                annotation.author,
                format_moment(annotation.created_at),
                self._about(annotation),
                label(annotation.visibility),
            )
        )
        return f"{head}\n{annotation.text}"

    def _about(self, annotation: AnnotationDTO) -> str:
        if annotation.decision_id is not None:
            return self.tr("decision")
        if annotation.point_id is not None and self.item is not None:
            ids = [p.id for p in self.item.points]
            if annotation.point_id in ids:
                return self.tr("point %1").replace("%1", str(ids.index(annotation.point_id) + 1))
        return self.tr("item")

    def set_item(
        self,
        item: AgendaItemDTO | None,
        decision: DecisionDTO | None,
        annotations: Sequence[AnnotationDTO],
    ) -> None:
        selected = self.current()
        self.item, self.decision = item, decision
        self.model.set_rows(annotations)
        if selected is not None:
            self.select_row(self.model.row_of(selected.id))
        self.setEnabled(item is not None)
        self._update_buttons()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))

    def current(self) -> AnnotationDTO | None:
        indexes = self.view.selectionModel().selectedIndexes()
        return self.model.record(indexes[0].row()) if indexes else None

    def _own(self, annotation: AnnotationDTO | None) -> bool:
        return annotation is not None and annotation.author == self.context.settings.user_name

    def _deletable(self, annotation: AnnotationDTO | None) -> bool:
        # Remarks imported from a PDF may be removed by whoever imported them.
        return self._own(annotation) or (
            annotation is not None and annotation.source_key is not None
        )

    def _update_buttons(self) -> None:
        current = self.current()
        for name, allowed in (
            ("edit_annotation", self._own(current)),
            ("delete_annotation", self._deletable(current)),
        ):
            button = self.button_row.buttons[name]
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else self.tr("Only the author can change a remark."))

    def add(self) -> AnnotationDialog:
        return self._dialog(None)

    def edit_current(self) -> AnnotationDialog | None:
        annotation = self.current()
        return self._dialog(annotation) if self._own(annotation) else None

    def _dialog(self, annotation: AnnotationDTO | None) -> AnnotationDialog:
        assert self.item is not None
        user = self.context.settings.user_name
        dialog = AnnotationDialog(self.item, annotation, self.decision, user, self)
        if annotation is not None:
            dialog.add_history(self.context.history.of(annotation.id))
        dialog.on_submit = self._save
        dialog.open()
        return dialog

    def _save(self, annotation: AnnotationDTO) -> None:
        service, user = self.context.meetings, self.context.settings.user_name
        self.context.ops.save(
            self.tr("Edit remark"),
            annotation,
            lambda record: service.save_annotation(record, user),
            lambda ident: service.delete_annotation(ident, user),
            self.context.events.meetings_changed,
            created=self.tr("Add remark"),
        )
        self.select_row(self.model.row_of(annotation.id))

    def delete_current(self) -> None:
        annotation = self.current()
        if not self._deletable(annotation):
            return
        assert annotation is not None
        service, user = self.context.meetings, self.context.settings.user_name
        run_reported(
            self.context,
            lambda: self.context.ops.change(
                self.tr("Delete remark"),
                lambda: service.delete_annotation(annotation.id, user),
                service.restore,
                self.context.events.meetings_changed,
            ),
        )
