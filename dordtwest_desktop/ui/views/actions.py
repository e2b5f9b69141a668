"""The action list (actielijst): every action, overdue ones highlighted."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from dordtwest_desktop.domain.enums import ActionStatus
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.changes import Kind
from dordtwest_desktop.services.dto import ActionDTO, MeetingDTO
from dordtwest_desktop.services.rows import ActionRow
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.meetings.actions import ActionChanges, ActionDialog, action_columns
from dordtwest_desktop.ui.models import today
from dordtwest_desktop.ui.views.base import RecordListView

TR_CONTEXT = "ActionsView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class ActionsView(RecordListView):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self._meetings: dict[uuid.UUID, MeetingDTO] = {}
        super().__init__(action_columns(lambda: self._meetings), _tr("Actions"), parent)
        self.set_empty_text(
            _tr(
                "No actions yet. Actions agreed in a meeting appear here; "
                "you can also add one yourself."
            ),
            _tr("New action…"),
        )
        self.context = context
        self.changes = ActionChanges(context, self)
        self.model.highlight = lambda action: action.is_overdue(today())
        self.status_filter = self.add_filter(
            "status",
            _tr("All statuses"),
            [(label(s), s) for s in ActionStatus],
            lambda action, status: action.status == status,
        )
        self.overdue_filter = self.add_filter(
            "overdue",
            _tr("Overdue or not"),
            [(_tr("Only overdue"), True)],
            lambda action, _wanted: action.is_overdue(today()),
        )
        self.done_button = QPushButton(_tr("Mark done"), self)
        self.done_button.setObjectName("mark_done")
        self.done_button.clicked.connect(self._mark_done)
        self.buttons.insertWidget(3, self.done_button)
        self.shows = frozenset({Kind.ACTION, Kind.MEETING, Kind.AGENDA_ITEM})
        context.events.changed.connect(self.on_changes)
        self.reload()

    def reload(self) -> None:
        self._meetings = {m.id: m for m in self.context.meetings.meetings()}
        # Light rows: the form and "mark done" read the whole action (_full).
        self.set_rows(self.context.meetings.action_rows())

    def _full(self, record: ActionDTO | ActionRow) -> ActionDTO | None:
        if isinstance(record, ActionDTO):
            return record
        return self.read_whole(self.context.meetings.action, record.id)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "done_button"):
            current = self.current()
            self.done_button.setEnabled(current is not None and current.status is ActionStatus.OPEN)

    def _mark_done(self) -> None:
        current = self.current()
        action = None if current is None else self._full(current)
        if action is not None:
            self.changes.mark_done(action)

    def on_new(self) -> ActionDialog:
        return self.changes.dialog(None)

    def on_edit(self, record: ActionDTO | ActionRow) -> ActionDialog | None:
        action = self._full(record)
        return None if action is None else self.changes.dialog(action)

    def on_delete(self, record: ActionDTO | ActionRow) -> None:
        action = self._full(record)
        if action is not None:
            self.changes.delete(action)
