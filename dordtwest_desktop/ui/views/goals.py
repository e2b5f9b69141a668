"""The goals (doelen): national sub-goals, strategic goals and initiative goals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dordtwest_desktop.domain.enums import GoalKind
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.changes import Kind
from dordtwest_desktop.services.dto import GoalDTO
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dialogs.goal import GoalDialog
from dordtwest_desktop.ui.models import Column
from dordtwest_desktop.ui.views.base import RecordListView

TR_CONTEXT = "GoalsView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class GoalsView(RecordListView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        kind_order = {k: n for n, k in enumerate(GoalKind)}
        columns: list[Column[GoalDTO]] = [
            Column(
                _tr("Kind"), lambda g: label(g.kind), lambda g: (kind_order[g.kind], g.position)
            ),
            Column(_tr("Goal"), lambda g: g.title, title=True),
            Column(_tr("Pillar"), lambda g: self._pillars.get(g.pillar_id, "")),
            Column(
                _tr("Initiative / part of"),
                lambda g: (
                    self._initiatives.get(g.initiative_id) or self._goals.get(g.parent_id, "")
                ),
            ),
        ]
        super().__init__(columns, _tr("Goals"), parent)
        self.set_empty_text(
            _tr(
                "No goals recorded yet. A goal says what the programme wants to reach; "
                "initiatives and agenda items refer to it."
            ),
            _tr("New goal…"),
        )
        self.context = context
        self.last_change = context.history.last_change
        self._pillars: dict[Any, str] = {}
        self._initiatives: dict[Any, str] = {}
        self._goals: dict[Any, str] = {}
        pillars = context.programme.pillars()
        self.pillar_filter = self.add_filter(
            "pillar",
            _tr("All pillars"),
            [(p.name, p.id) for p in pillars],
            lambda goal, pillar: goal.pillar_id == pillar,
        )
        self.kind_filter = self.add_filter(
            "kind",
            _tr("All kinds"),
            [(label(k), k) for k in GoalKind],
            lambda goal, kind: goal.kind == kind,
        )
        self.shows = frozenset({Kind.GOAL, Kind.INITIATIVE, Kind.PROGRAMME})
        context.events.changed.connect(self.on_changes)
        self.reload()

    def reload(self) -> None:
        programme = self.context.programme
        self._pillars = {p.id: p.name for p in programme.pillars()}
        self._initiatives = dict(programme.initiative_names())
        goals = programme.goals()
        self._goals = {g.id: g.title for g in goals}
        self.set_rows(goals)

    def _dialog(self, goal: GoalDTO | None) -> GoalDialog:
        programme = self.context.programme
        dialog = GoalDialog(goal, programme.pillars(), programme.goals(), self)
        if goal is not None:
            dialog.add_history(self.context.history.of(goal.id))
        dialog.on_submit = self._save
        dialog.open()
        return dialog

    def _save(self, goal: GoalDTO) -> None:
        programme = self.context.programme
        self.context.ops.save(
            _tr("Edit goal"),
            goal,
            programme.save_goal,
            programme.delete_goal,
            self.context.events.programme_changed,
            created=_tr("Add goal"),
        )
        self.select(goal.id)

    def on_new(self) -> GoalDialog:
        return self._dialog(None)

    def on_edit(self, record: GoalDTO) -> GoalDialog:
        return self._dialog(record)

    def on_delete(self, record: GoalDTO) -> None:
        if not self.confirm_delete(record.title, record):
            return
        programme = self.context.programme
        self.context.ops.change(
            _tr("Delete goal"),
            lambda: programme.delete_goal(record.id),
            programme.restore,
            self.context.events.programme_changed,
        )
