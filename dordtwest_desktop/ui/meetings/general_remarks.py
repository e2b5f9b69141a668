"""The meeting's general remarks: those on the meeting as a whole, not on one item.

They come from notes that attendees put on pages of the briefing pack that belong
to no agenda item (cover, agenda, actions, milestones, funding, indicators).
They are read here and can be deleted; the next briefing pack shows them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.dto import AnnotationDTO, MeetingDetail
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.meetings.common import (
    button_row,
    card_list,
    format_moment,
    run_reported,
    table_keys,
)
from dordtwest_desktop.ui.models import Column, RecordModel


class GeneralRemarksPanel(QWidget):
    """A read-only list of the meeting's general remarks, oldest first, with Delete."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        columns: list[Column[AnnotationDTO]] = [
            Column(self.tr("Remark"), self._card, lambda a: a.created_at),
            Column(self.tr("When"), lambda a: format_moment(a.created_at), lambda a: a.created_at),
            Column(self.tr("Author"), lambda a: a.author),
            Column(self.tr("Visibility"), lambda a: label(a.visibility)),
        ]
        self.model: RecordModel[AnnotationDTO] = RecordModel(columns, self)
        self.view = card_list(self.model, "general_remarks", self)
        self.intro = QLabel(
            self.tr(
                "Remarks on the meeting as a whole: notes that attendees put on pages of the "
                "briefing pack that belong to no agenda item. The next briefing pack shows "
                "the shared ones."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.empty = QLabel(self.tr("There are no general remarks."), self)
        self.empty.setObjectName("general_remarks_empty")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.button_row = button_row(
            self, (self.tr("Delete"), "delete_general_remark", self.delete_current)
        )
        layout.addLayout(self.button_row)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        table_keys(self.view, delete=self.delete_current)
        self._update_buttons()

    def _card(self, annotation: AnnotationDTO) -> str:
        head = " · ".join(
            (annotation.author, format_moment(annotation.created_at), label(annotation.visibility))
        )
        return f"{head}\n{annotation.text}"

    def set_detail(self, detail: MeetingDetail) -> None:
        selected = self.current()
        self.model.set_rows(detail.general_remarks)
        if selected is not None:
            row = self.model.row_of(selected.id)
            if 0 <= row < self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(row, 0))
        self.empty.setVisible(not detail.general_remarks)
        self._update_buttons()

    def current(self) -> AnnotationDTO | None:
        indexes = self.view.selectionModel().selectedIndexes()
        return self.model.record(indexes[0].row()) if indexes else None

    def _deletable(self, annotation: AnnotationDTO | None) -> bool:
        # As under an item: one's own, or one imported from a PDF.
        return annotation is not None and (
            annotation.author == self.context.settings.user_name
            or annotation.source_key is not None
        )

    def _update_buttons(self) -> None:
        allowed = self._deletable(self.current())
        button = self.button_row.buttons["delete_general_remark"]
        button.setEnabled(allowed)
        button.setToolTip("" if allowed else self.tr("Only the author can delete this remark."))

    def delete_current(self) -> None:
        annotation = self.current()
        if annotation is None or not self._deletable(annotation):
            return
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
