"""Editing a milestone (mijlpaal)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from dordtwest_desktop.domain.enums import Body, MilestoneStatus
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.i18n import tr as core_tr
from dordtwest_desktop.services.dto import InitiativeDTO, MilestoneDTO
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.widgets import DateField, enum_combo, optional_combo


class MilestoneDialog(EditDialog):
    def __init__(
        self,
        milestone: MilestoneDTO | None,
        initiatives: tuple[InitiativeDTO, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(
            self.tr("New milestone") if milestone is None else self.tr("Edit milestone")
        )
        self.original = milestone
        self.on_submit: Callable[[MilestoneDTO], None] | None = None
        self.title_edit = self.form.add(
            "title", self.tr("Title"), QLineEdit(), required=core_tr("The title")
        )
        self.due = self.form.add(
            "due", self.tr("Date"), DateField(milestone.due if milestone else None, required=True)
        )
        self.status = self.form.add(
            "status",
            self.tr("Status"),
            enum_combo(list(MilestoneStatus), label, milestone.status if milestone else None),
        )
        self.body_combo = self.form.add(
            "body",
            self.tr("Decided by"),
            optional_combo(
                [(label(b), b) for b in Body],
                self.tr("(none)"),
                milestone.body if milestone else None,
            ),
        )
        self.initiative = self.form.add(
            "initiative_id",
            self.tr("Initiative"),
            optional_combo(
                [(i.name, i.id) for i in initiatives],
                self.tr("(programme)"),
                milestone.initiative_id if milestone else None,
            ),
        )
        self.notes = self.form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(80)
        if milestone is not None:
            self.title_edit.setText(milestone.title)
            self.notes.setPlainText(milestone.notes)
        self.finish_layout()

    def collect(self) -> MilestoneDTO:
        base = self.original
        return MilestoneDTO(
            id=base.id if base else uuid.uuid4(),
            version=base.version if base else 0,
            title=self.title_edit.text(),
            due=self.due.required_value("due"),
            status=self.status.value(),
            body=self.body_combo.value(),
            initiative_id=self.initiative.value(),
            goal_id=base.goal_id if base else None,
            meeting_id=base.meeting_id if base else None,
            notes=self.notes.toPlainText(),
        )

    def submit(self, value: MilestoneDTO) -> None:
        assert self.on_submit is not None
        self.on_submit(value)
