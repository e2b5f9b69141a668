"""The meetings (vergaderingen): a list, and in its place the meeting that is opened."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.dates import format_short_date
from dordtwest_desktop.domain.enums import MEETING_BODIES, MeetingStatus
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.meeting_title import meeting_title
from dordtwest_desktop.services.changes import Kind
from dordtwest_desktop.services.dto import MeetingDTO
from dordtwest_desktop.services.workbook import CellKind
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.meetings.common import Recreate, format_time
from dordtwest_desktop.ui.meetings.meeting_dialog import AgendaStart, MeetingDialog
from dordtwest_desktop.ui.meetings.meeting_view import MeetingView
from dordtwest_desktop.ui.models import Column
from dordtwest_desktop.ui.views.base import RecordListView

TR_CONTEXT = "MeetingListView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def _times(meeting: MeetingDTO) -> str:
    if meeting.start_time is None:
        return ""
    end = f"–{format_time(meeting.end_time)}" if meeting.end_time else ""
    return format_time(meeting.start_time) + end


class MeetingListView(RecordListView):
    def __init__(
        self,
        context: AppContext,
        open_meeting: Callable[[uuid.UUID], MeetingView],
        parent: QWidget | None = None,
    ) -> None:
        columns: list[Column[MeetingDTO]] = [
            Column(
                _tr("Date"),
                lambda m: format_short_date(m.day),
                lambda m: m.day,
                cell=lambda m: m.day,
                kind=CellKind.DATE,
            ),
            Column(_tr("Time"), _times),
            Column(_tr("Body"), lambda m: m.body_label),
            Column(_tr("Title"), lambda m: meeting_title(m.title, m.body, m.body_name), title=True),
            Column(_tr("Location"), lambda m: m.location),
            Column(_tr("Status"), lambda m: label(m.status)),
        ]
        super().__init__(columns, _tr("Meetings"), parent)
        self.set_empty_text(
            _tr(
                "No meetings yet. Plan the first one; its agenda can start "
                "from the standard agenda."
            ),
            _tr("New meeting…"),
        )
        self.context = context
        self.last_change = context.history.last_change
        self.open_meeting = open_meeting
        self.edit_button.setText(_tr("Open…"))
        self.import_button = self._button(
            _tr("Import calendar (.ics)…"), self.import_calendar, "import_calendar"
        )
        self.import_button.setToolTip(
            _tr("Add or update meetings from an Outlook or Google calendar file")
        )
        # Beside the list's own buttons, before the stretch and the count.
        self.buttons.insertWidget(3, self.import_button)
        self.add_filter(
            "body",
            _tr("All bodies"),
            [(label(b), b) for b in MEETING_BODIES],
            lambda meeting, body: meeting.body == body,
        )
        self.add_filter(
            "status",
            _tr("All statuses"),
            [(label(s), s) for s in MeetingStatus],
            lambda meeting, status: meeting.status == status,
        )
        self.shows = frozenset({Kind.MEETING, Kind.AGENDA_ITEM, Kind.DECISION, Kind.ATTENDEE})
        context.events.changed.connect(self.on_changes)
        self.reload()

    def reload(self) -> None:
        self.set_rows(self.context.meetings.meetings())

    def on_new(self) -> MeetingDialog:
        people = tuple(p.name for p in self.context.people.people())
        dialog = MeetingDialog(None, self.context.meetings.meetings(), people, self)
        dialog.on_submit = self._create
        dialog.open()
        return dialog

    def _create(self, meeting: MeetingDTO, start: AgendaStart) -> None:
        service = self.context.meetings
        change = Recreate(
            lambda: service.create_meeting(
                meeting, standard_agenda=start.standard, copy_from=start.copy_from
            ),
            lambda created: service.delete_meeting(created.id),
            service.restore,
        )
        self.context.ops.change(
            _tr("New meeting"), change.do, change.undo, self.context.events.meetings_changed
        )
        self.select(meeting.id)
        self.open_meeting(meeting.id)

    def import_calendar(self, path: Path | None = None) -> QDialog | None:
        """Meetings from an .ics file, after a preview of what is added and changed."""
        from dordtwest_desktop.ui.meetings.calendar_files import start_import

        return start_import(self, self.context, path)

    def on_edit(self, record: MeetingDTO) -> MeetingView:
        return self.open_meeting(record.id)

    def on_delete(self, record: MeetingDTO) -> None:
        service = self.context.meetings
        name = f"{record.body_label} {format_short_date(record.day)}"
        if service.has_decisions(record.id):
            question = _tr(
                "The meeting '%1' has recorded decisions. Delete it with its agenda, "
                "decisions and remarks? You can undo this with Ctrl+Z."
            ).replace("%1", name)
            answer = QMessageBox.question(self, _tr("Delete meeting"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        elif not self.confirm_delete(name, record):
            return
        self.context.ops.change(
            _tr("Delete meeting"),
            lambda: service.delete_meeting(record.id),
            service.restore,
            self.context.events.meetings_changed,
        )


class MeetingsView(QWidget):
    """The list of meetings; opening one shows it in the list's place."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stack = QStackedWidget(self)
        self.list = MeetingListView(context, self.open_meeting, self)
        self.meeting = MeetingView(context, self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.meeting)
        self.meeting.closed.connect(self.show_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def open_meeting(self, ident: uuid.UUID) -> MeetingView:
        self.meeting.show_meeting(ident)
        if self.meeting.meeting_id is not None:
            self.stack.setCurrentWidget(self.meeting)
            self.list.select(ident)
        return self.meeting

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)

    def on_new(self) -> MeetingDialog:
        return self.list.on_new()

    def fill_menu(self, menu: QMenu) -> None:
        """The window's Meeting menu: the opened meeting's commands."""
        self.meeting.fill_menu(menu)
