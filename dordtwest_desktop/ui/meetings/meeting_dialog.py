"""Creating or editing a meeting (vergadering): body, date and times, place, chair, status."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.dates import format_short_date, parse_day
from dordtwest_desktop.domain.enums import MEETING_BODIES, Body, MeetingStatus
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.dto import MeetingDTO
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.meetings.common import format_time, meeting_label, parse_time
from dordtwest_desktop.ui.widgets import ValueCombo, enum_combo, parse_field


@dataclass(frozen=True)
class AgendaStart:
    """How a new meeting's agenda begins: the standard agenda, a copy, or empty."""

    standard: bool = True
    copy_from: uuid.UUID | None = None


def _bodies(meeting: MeetingDTO | None) -> list[Body]:
    """The bodies that hold meetings, and a stored one that may not, to be seen and changed.

    A funder's meeting stored before the rule said so shows as it is (saving it says
    why it cannot stay), not as the first body in the list, which a save would write.
    """
    bodies = list(MEETING_BODIES)
    if meeting is not None and meeting.body not in bodies:
        bodies.append(meeting.body)
    return bodies


class MeetingDialog(EditDialog):
    def __init__(
        self,
        meeting: MeetingDTO | None,
        earlier: tuple[MeetingDTO, ...],
        people: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(
            self.tr("New meeting") if meeting is None else self.tr("Meeting details")
        )
        self.original = meeting
        self.on_submit: Callable[[MeetingDTO, AgendaStart], None] | None = None
        self._fields(meeting, people)
        if meeting is None:
            self._agenda_choice(earlier)
        self.finish_layout()

    def _fields(self, meeting: MeetingDTO | None, people: tuple[str, ...]) -> None:
        form = self.form
        self.body_combo = form.add(
            "body",
            self.tr("Body"),
            enum_combo(_bodies(meeting), label, meeting.body if meeting else None),
        )
        self.body_name = form.add("body_name", self.tr("Name of the body"), QLineEdit())
        self.title_edit = form.add("title", self.tr("Title"), QLineEdit())
        self.title_edit.setPlaceholderText(
            self.tr("optional, e.g. Besluitvorming uitvoeringsprogramma")
        )
        self.day = form.add("day", self.tr("Date"), QLineEdit(), check=self._day)
        self.day.setPlaceholderText(self.tr("e.g. 8 februari 2024 or 8-2-2024"))
        self.start = form.add(
            "start_time",
            self.tr("Start time"),
            QLineEdit(),
            check=lambda: parse_time(self.start.text(), "start_time"),
        )
        self.start.setPlaceholderText(self.tr("e.g. 14:00"))
        self.end = form.add(
            "end_time",
            self.tr("Planned end"),
            QLineEdit(),
            check=lambda: parse_time(self.end.text(), "end_time"),
        )
        self.end.setPlaceholderText(self.tr("e.g. 16:00; the agenda warns when it runs later"))
        self.location = form.add("location", self.tr("Location"), QLineEdit())
        self.chair = form.add("chair", self.tr("Chair"), QLineEdit())
        self.chair.setCompleter(QCompleter(list(people), self.chair))
        self.status = form.add(
            "status",
            self.tr("Status"),
            enum_combo(list(MeetingStatus), label, meeting.status if meeting else None),
        )
        if meeting is not None:
            self.body_name.setText(meeting.body_name)
            self.title_edit.setText(meeting.title)
            self.day.setText(format_short_date(meeting.day))
            self.start.setText(format_time(meeting.start_time))
            self.end.setText(format_time(meeting.end_time))
            self.location.setText(meeting.location)
            self.chair.setText(meeting.chair)
        self.body_combo.currentIndexChanged.connect(self._body_changed)
        self._body_changed()

    def _body_changed(self) -> None:
        self.body_name.setEnabled(self.body_combo.value() is Body.OTHER)

    def _agenda_choice(self, earlier: tuple[MeetingDTO, ...]) -> None:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        self.standard_agenda = QRadioButton(self.tr("Standard agenda of the Alliantie"), holder)
        self.copy_agenda = QRadioButton(self.tr("Copy the agenda of an earlier meeting:"), holder)
        self.empty_agenda = QRadioButton(self.tr("Empty agenda"), holder)
        self.copy_source = ValueCombo(holder)
        self.copy_source.setObjectName("copy_source")
        for meeting in reversed(earlier):
            title = f" – {meeting.title}" if meeting.title else ""
            self.copy_source.add_value(meeting_label(meeting) + title, meeting.id)
        group = QButtonGroup(holder)
        for button in (self.standard_agenda, self.copy_agenda, self.empty_agenda):
            group.addButton(button)
        box.addWidget(self.standard_agenda)
        box.addWidget(self.copy_agenda)
        box.addWidget(self.copy_source)
        box.addWidget(self.empty_agenda)
        self.standard_agenda.setChecked(True)
        self.copy_agenda.setEnabled(bool(earlier))
        self.copy_source.setEnabled(False)
        self.copy_agenda.toggled.connect(self.copy_source.setEnabled)
        self.copy_source.activated.connect(lambda _index: self.copy_agenda.setChecked(True))
        self.form.add("agenda", self.tr("Agenda"), holder)

    def agenda_start(self) -> AgendaStart:
        if self.original is not None or self.empty_agenda.isChecked():
            return AgendaStart(standard=False)
        if self.copy_agenda.isChecked():
            return AgendaStart(standard=False, copy_from=self.copy_source.value())
        return AgendaStart(standard=True)

    def _day(self) -> date:
        if not self.day.text().strip():
            raise ValidationError(
                self.tr("A meeting needs a date; write for example 8 februari 2024."), field="day"
            )
        return parse_field("day", parse_day, self.day.text())

    def collect(self) -> MeetingDTO:
        base = self.original or MeetingDTO(id=uuid.uuid4(), body=Body.ALLIANCE, day=date.today())
        return replace(
            base,
            body=self.body_combo.value(),
            body_name=self.body_name.text() if self.body_combo.value() is Body.OTHER else "",
            title=self.title_edit.text(),
            day=self._day(),
            start_time=parse_time(self.start.text(), "start_time"),
            end_time=parse_time(self.end.text(), "end_time"),
            location=self.location.text(),
            chair=self.chair.text(),
            status=self.status.value(),
        )

    def submit(self, value: MeetingDTO) -> None:
        assert self.on_submit is not None
        self.on_submit(value, self.agenda_start())
