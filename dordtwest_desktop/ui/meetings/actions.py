"""Actions (actiepunten): the editor, the columns, the changes, and a meeting's action tab."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from html import escape
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.enums import ActionStatus
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.i18n import tr as core_tr
from dordtwest_desktop.services.dto import ActionDTO, MeetingDetail, MeetingDTO
from dordtwest_desktop.services.workbook import CellKind
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.dialogs.conflict import changed_meanwhile
from dordtwest_desktop.ui.meetings.common import (
    button_row,
    meeting_label,
    record_table,
    run_reported,
    selected_row,
    tab_chain,
    table_keys,
)
from dordtwest_desktop.ui.models import Column, RecordModel, today
from dordtwest_desktop.ui.views.base import TableOrEmpty
from dordtwest_desktop.ui.widgets import DateField, PersonChoice, enum_combo, optional_combo

TR_CONTEXT = "Actions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def action_status(action: ActionDTO) -> str:
    text = label(action.status)
    return _tr("%1 (overdue)").replace("%1", text) if action.is_overdue(today()) else text


def action_columns(meetings: Callable[[], dict[uuid.UUID, MeetingDTO]]) -> list[Column[ActionDTO]]:
    """Due date, description, owner, status and meeting of origin (looked up when shown)."""
    # A meeting's label, made once per meeting (a list has 15 actions a meeting):
    # kept with the meeting it was made of, so a changed meeting is labelled anew.
    labels: dict[uuid.UUID, tuple[MeetingDTO, str]] = {}

    def meeting_of(action: ActionDTO) -> str:
        ident = action.meeting_id
        meeting = None if ident is None else meetings().get(ident)
        if meeting is None:
            return ""
        known = labels.get(meeting.id)
        if known is None or known[0] is not meeting:
            known = labels[meeting.id] = (meeting, meeting_label(meeting))
        return known[1]

    return [
        Column(
            _tr("Due"),
            lambda a: a.due.render() if a.due else "",
            lambda a: a.due.sort_key() if a.due else (date.max, date.max),
            cell=lambda a: a.due,
            kind=CellKind.VAGUE_DATE,
        ),
        Column(_tr("Action"), lambda a: a.description, title=True),
        Column(_tr("Owner"), lambda a: a.owner),
        Column(_tr("Status"), action_status, lambda a: list(ActionStatus).index(a.status)),
        Column(
            _tr("Meeting"),
            meeting_of,
            lambda a: m.day if a.meeting_id and (m := meetings().get(a.meeting_id)) else date.min,
        ),
    ]


class ActionDialog(EditDialog):
    def __init__(
        self,
        action: ActionDTO | None,
        meetings: tuple[MeetingDTO, ...],
        people: tuple[str, ...],
        meeting_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New action") if action is None else self.tr("Edit action"))
        self.original = action
        self.on_submit: Callable[[ActionDTO], None] | None = None
        self.description = self.form.add(
            "description", self.tr("Action"), QPlainTextEdit(), required=core_tr("The description")
        )
        self.description.setMaximumHeight(90)
        self.owner = self.form.add(
            "owner",
            self.tr("Owner"),
            PersonChoice(people, action.owner if action else ""),
            check=lambda: self.owner.value("owner"),
        )
        self.due = self.form.add("due", self.tr("Due"), DateField(action.due if action else None))
        self.status = self.form.add(
            "status",
            self.tr("Status"),
            enum_combo(list(ActionStatus), label, action.status if action else None),
        )
        self.meeting = self.form.add(
            "meeting",
            self.tr("Meeting of origin"),
            optional_combo(
                [(meeting_label(m), m.id) for m in meetings],
                self.tr("(none)"),
                action.meeting_id if action else meeting_id,
            ),
        )
        if action is not None:
            self.description.setPlainText(action.description)
        self.finish_layout()

    def collect(self) -> ActionDTO:
        base = self.original or ActionDTO(
            id=uuid.uuid4(), description="", created_at=datetime.now().replace(microsecond=0)
        )
        meeting_id = self.meeting.value()
        return replace(
            base,
            description=self.description.toPlainText().strip(),
            owner=self.owner.value("owner"),
            due=self.due.value("due"),
            status=self.status.value(),
            meeting_id=meeting_id,
            item_id=base.item_id if meeting_id == base.meeting_id else None,
        )

    def submit(self, value: ActionDTO) -> None:
        assert self.on_submit is not None
        self.on_submit(value)


class ActionChanges:
    """The undoable changes of actions, shared by the action list and a meeting's tab."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        self.context = context
        self.parent = parent

    def dialog(self, action: ActionDTO | None, meeting_id: uuid.UUID | None = None) -> ActionDialog:
        meetings = self.context.meetings.meetings()
        # Known: the people of the partners and whoever already owns an action.
        owners = (a.owner for a in self.context.meetings.actions())
        people = (*(p.name for p in self.context.people.people()), *owners)
        dialog = ActionDialog(action, meetings, people, meeting_id, self.parent)
        if action is not None:
            dialog.add_history(self.context.history.of(action.id))
        dialog.on_submit = self.save
        dialog.open()
        return dialog

    def save(self, action: ActionDTO) -> None:
        service = self.context.meetings
        self.context.ops.save(
            _tr("Edit action"),
            action,
            service.save_action,
            service.delete_action,
            self.context.events.actions_changed,
            created=_tr("Add action"),
        )

    def mark_done(self, action: ActionDTO) -> None:
        done = replace(action, status=ActionStatus.DONE)
        run_reported(self.context, lambda: self.save(done))

    def delete(self, action: ActionDTO) -> None:
        question = _tr("Delete action '%1'? You can undo this with Ctrl+Z.").replace(
            "%1", action.description
        )
        meanwhile = changed_meanwhile(self.context.history.last_change, action, action.description)
        if meanwhile is not None:
            question = meanwhile + "\n\n" + question
        answer = QMessageBox.question(self.parent, _tr("Delete action"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self.context.meetings
        run_reported(
            self.context,
            lambda: self.context.ops.change(
                _tr("Delete action"),
                lambda: service.delete_action(action.id),
                service.restore,
                self.context.events.actions_changed,
            ),
        )


class MeetingActionsPanel(QWidget):
    """The actions that arose in this meeting, and the open ones it inherits."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: MeetingDetail | None = None
        self.changes = ActionChanges(context, self)
        self._meetings: dict[uuid.UUID, MeetingDTO] = {}
        self.own, self.own_table = self._table("actions")
        self.carried, self.carried_table = self._table("carried_actions")
        self.carried_heading = QLabel(self)
        self.carried_heading.setWordWrap(True)
        own, carried, changes = self.own_table, self.carried_table, self.changes
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{self.tr('Actions from this meeting')}</b>", self))
        self.own_place = TableOrEmpty(
            own,
            self.new_action,
            self.tr("No actions from this meeting yet."),
            self.tr("New action…"),
            self,
        )
        layout.addWidget(self.own_place, 1)
        own_row = button_row(
            self,
            (self.tr("New action…"), "new_action", self.new_action),
            (self.tr("Edit…"), "edit_action", lambda: self._on(own, changes.dialog)),
            (self.tr("Delete"), "delete_action", lambda: self._on(own, changes.delete)),
            (self.tr("Mark done"), "done_action", lambda: self._on(own, changes.mark_done)),
        )
        layout.addLayout(own_row)
        layout.addWidget(self.carried_heading)
        layout.addWidget(carried, 1)
        carried_row = button_row(
            self,
            (self.tr("Edit…"), "edit_carried", lambda: self._on(carried, changes.dialog)),
            (
                self.tr("Mark done"),
                "done_carried",
                lambda: self._on(carried, changes.mark_done),
            ),
        )
        layout.addLayout(carried_row)
        self.own_row, self.carried_row = own_row, carried_row
        # Tab goes down the page: each table, then the buttons under it.
        tab_chain(own, *own_row.buttons.values(), carried, *carried_row.buttons.values())

    def _table(self, name: str) -> tuple[RecordModel[ActionDTO], QTableView]:
        model: RecordModel[ActionDTO] = RecordModel(action_columns(lambda: self._meetings), self)
        model.highlight = lambda a: a.is_overdue(today())
        table = record_table(model, self, name)
        table.doubleClicked.connect(lambda index: self.changes.dialog(model.record(index.row())))
        # Both tables open a row; only this meeting's own actions are deleted here.
        delete = (lambda: self._on(table, self.changes.delete)) if name == "actions" else None
        table_keys(table, lambda: self._on(table, self.changes.dialog), delete)
        return model, table

    def set_detail(self, detail: MeetingDetail) -> None:
        self.detail = detail
        self._meetings = {m.id: m for m in self.context.meetings.meetings()}
        self.own.set_rows(detail.actions)
        self.own_place.show_rows(len(detail.actions))
        self.carried.set_rows(detail.carried_actions)
        for table in (self.own_table, self.carried_table):
            table.resizeColumnsToContents()
        heading = self.tr(
            "Open actions of earlier meetings of %1; they return under "
            "'besluitenlijst en actielijst vorige vergadering'"
        )
        body = escape(detail.meeting.body_label)
        self.carried_heading.setText(f"<b>{escape(heading).replace('%1', body)}</b>")

    def done_button(self) -> QPushButton:
        """The "Mark done" of the list the user is in: the one with focus, else a selection."""
        own = self.own_row.buttons["done_action"]
        carried = self.carried_row.buttons["done_carried"]
        if self.carried_table.hasFocus() or carried.hasFocus():
            return carried
        if selected_row(self.own_table) < 0 and selected_row(self.carried_table) >= 0:
            return carried
        return own

    def new_action(self) -> ActionDialog | None:
        if self.detail is None:
            return None
        return self.changes.dialog(None, self.detail.meeting.id)

    def _on(self, table: QTableView, call: Callable[[ActionDTO], Any]) -> Any:
        row = selected_row(table)
        model = cast(RecordModel[ActionDTO], table.model())
        return call(model.record(row)) if row >= 0 else None
