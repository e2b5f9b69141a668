"""Editing a goal (doel)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from dordtwest_desktop.domain.enums import GoalKind
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.i18n import tr as core_tr
from dordtwest_desktop.services.dto import GoalDTO, PillarDTO
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.widgets import enum_combo, optional_combo


class GoalDialog(EditDialog):
    def __init__(
        self,
        goal: GoalDTO | None,
        pillars: tuple[PillarDTO, ...],
        parents: tuple[GoalDTO, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New goal") if goal is None else self.tr("Edit goal"))
        self.original = goal
        kinds = [GoalKind.NATIONAL_SUBGOAL, GoalKind.STRATEGIC]
        self.kind = self.form.add(
            "kind", self.tr("Kind"), enum_combo(kinds, label, goal.kind if goal else None)
        )
        if goal is not None and goal.kind is GoalKind.INITIATIVE:
            self.kind.add_value(label(GoalKind.INITIATIVE), GoalKind.INITIATIVE)
            self.kind.set_value(GoalKind.INITIATIVE)
            self.kind.setEnabled(False)
        self.title_edit = self.form.add(
            "title", self.tr("Title"), QLineEdit(), required=core_tr("The title")
        )
        self.description = self.form.add("description", self.tr("Description"), QPlainTextEdit())
        self.pillar = self.form.add(
            "pillar_id",
            self.tr("Pillar"),
            optional_combo(
                [(p.name, p.id) for p in pillars],
                self.tr("(none)"),
                goal.pillar_id if goal else None,
            ),
        )
        others = [(g.title, g.id) for g in parents if goal is None or g.id != goal.id]
        self.parent_goal = self.form.add(
            "parent_id",
            self.tr("Part of"),
            optional_combo(others, self.tr("(none)"), goal.parent_id if goal else None),
        )
        if goal is not None:
            self.title_edit.setText(goal.title)
            self.description.setPlainText(goal.description)
        self.finish_layout()
        self.result_value: GoalDTO | None = None
        self.on_submit: Callable[[GoalDTO], None] | None = None

    def collect(self) -> GoalDTO:
        base = self.original
        return GoalDTO(
            id=base.id if base else uuid.uuid4(),
            version=base.version if base else 0,
            kind=self.kind.value(),
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
            position=base.position if base else 999,
            pillar_id=self.pillar.value(),
            parent_id=self.parent_goal.value(),
            initiative_id=base.initiative_id if base else None,
        )

    def submit(self, value: GoalDTO) -> None:
        assert self.on_submit is not None
        self.on_submit(value)
        self.result_value = value
