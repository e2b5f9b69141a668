"""The milestones (mijlpalen), each with a date of its own precision."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dordtwest_desktop.domain import milestones
from dordtwest_desktop.domain.enums import MilestoneStatus
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.changes import Kind
from dordtwest_desktop.services.dto import MilestoneDTO
from dordtwest_desktop.services.rows import MilestoneRow
from dordtwest_desktop.services.workbook import CellKind
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dialogs.milestone import MilestoneDialog
from dordtwest_desktop.ui.models import Column, today
from dordtwest_desktop.ui.views.base import RecordListView

TR_CONTEXT = "MilestonesView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


Shown = MilestoneDTO | MilestoneRow


def is_overdue(milestone: Shown) -> bool:
    return milestones.is_overdue(milestone.status, milestone.due.last_day(), today())


def _regime_text(milestone: MilestoneRow) -> str:
    """A report to a funder says whether it still follows its regime."""
    if not milestone.report:
        return ""
    return _tr("deviates from the regime") if milestone.deviation else _tr("follows the regime")


class MilestonesView(RecordListView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        columns: list[Column[MilestoneRow]] = [
            Column(
                _tr("Date"),
                lambda x: x.due.render(),
                lambda x: x.due.sort_key(),
                cell=lambda x: x.due,
                kind=CellKind.VAGUE_DATE,
            ),
            Column(_tr("Milestone"), lambda x: x.title, title=True),
            Column(_tr("Status"), self._status),
            Column(_tr("Decided by"), lambda x: label(x.body) if x.body else ""),
            Column(_tr("Initiative"), lambda x: self._initiatives.get(x.initiative_id, "")),
            Column(_tr("Regime"), _regime_text),
        ]
        super().__init__(columns, _tr("Milestones"), parent)
        self.set_empty_text(
            _tr(
                "No milestones recorded yet. Milestones put decisions and deliveries "
                "on the dashboard's timeline."
            ),
            _tr("New milestone…"),
        )
        self.context = context
        self.last_change = context.history.last_change
        self._initiatives: dict[Any, str] = {}
        self._names_fresh = False  # just read for the filter: the first reload uses them
        self.model.highlight = is_overdue
        self.add_filter(
            "status",
            _tr("All statuses"),
            [(label(s), s) for s in MilestoneStatus],
            lambda milestone, status: milestone.status == status,
        )
        self.initiative_filter = self.add_filter(
            "initiative",
            _tr("All initiatives"),
            [(name, ident) for ident, name in self._read_initiatives()],
            lambda milestone, initiative: milestone.initiative_id == initiative,
        )
        self.shows = frozenset(
            {Kind.MILESTONE, Kind.INITIATIVE, Kind.GOAL, Kind.MEETING, Kind.DECISION}
        )
        context.events.changed.connect(self.on_changes)
        self.reload()

    @staticmethod
    def _status(milestone: Shown) -> str:
        # The same words as the dashboard and the pack ("gepland, over tijd").
        return milestones.status_text(milestone.status, milestone.due.last_day(), today())

    def _read_initiatives(self) -> tuple[tuple[Any, str], ...]:
        names = self.context.programme.initiative_names()
        self._initiatives = dict(names)
        self._names_fresh = True
        return names

    def reload(self) -> None:
        if not self._names_fresh:
            self._read_initiatives()
        self._names_fresh = False
        # Light rows: the form reads the whole milestone when it opens (on_edit).
        self.set_rows(self.context.programme.milestone_rows())

    def _dialog(self, milestone: MilestoneDTO | None) -> MilestoneDialog:
        dialog = MilestoneDialog(milestone, self.context.programme.initiatives(), self)
        if milestone is not None:
            dialog.add_history(self.context.history.of(milestone.id))
        dialog.on_submit = self._save
        dialog.open()
        return dialog

    def _save(self, milestone: MilestoneDTO) -> None:
        programme = self.context.programme
        self.context.ops.save(
            _tr("Edit milestone"),
            milestone,
            programme.save_milestone,
            programme.delete_milestone,
            self.context.events.programme_changed,
            created=_tr("Add milestone"),
        )
        self.select(milestone.id)

    def on_new(self) -> MilestoneDialog:
        return self._dialog(None)

    def on_edit(self, record: Shown) -> MilestoneDialog | None:
        if isinstance(record, MilestoneRow):
            whole = self.read_whole(self.context.programme.milestone, record.id)
            return None if whole is None else self._dialog(whole)
        return self._dialog(record)

    def on_delete(self, record: Shown) -> None:
        if _is_report(record):
            # A report of a funding line's regime comes back at the next regeneration:
            # offer what keeps it gone for good, "vervallen", which the regime respects.
            answer = self.ask_report_delete(
                _tr(
                    "'%1' is a report its funding line's accountability regime requires. "
                    "Deleted, it comes back the next time the regime is applied. Set it to "
                    "'cancelled' instead? It then stays, and the regime leaves it alone."
                ).replace("%1", record.title)
            )
            if answer == "cancel":
                return
            if answer == "lapse":
                self._lapse(record)
                return
        elif not self.confirm_delete(record.title, record):
            return
        programme = self.context.programme
        self.context.ops.change(
            _tr("Delete milestone"),
            lambda: programme.delete_milestone(record.id),
            programme.restore,
            self.context.events.programme_changed,
        )

    def _lapse(self, record: Shown) -> None:
        milestone = self.read_whole(self.context.programme.milestone, record.id)
        if milestone is not None:
            self._save(replace(milestone, status=MilestoneStatus.CANCELLED))

    def ask_report_delete(self, question: str) -> str:
        """'lapse', 'delete' or 'cancel'; tests replace this to answer."""
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Delete"), question, parent=self)
        lapse = box.addButton(_tr("Set to cancelled"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(_tr("Delete anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(lapse)
        box.exec()
        clicked = box.clickedButton()
        return "lapse" if clicked is lapse else "delete" if clicked is delete else "cancel"


def _is_report(record: Shown) -> bool:
    """Made by a funding line's accountability regime."""
    if isinstance(record, MilestoneRow):
        return record.report
    return record.funding_line_id is not None
