"""Who attends a meeting (presentielijst): people of the partner organisations, role, attendance."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from dordtwest_desktop.domain.enums import Attendance, AttendeeRole
from dordtwest_desktop.domain.errors import DomainError, ValidationError
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.services.dto import AttendeeDTO, MeetingDetail, PersonDTO
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.meetings.common import (
    button_row,
    record_table,
    run_reported,
    selected_row,
    table_keys,
)
from dordtwest_desktop.ui.models import Column, RecordModel
from dordtwest_desktop.ui.views.base import TableOrEmpty
from dordtwest_desktop.ui.widgets import enum_combo


def _person_text(person: PersonDTO) -> str:
    return f"{person.name} ({person.organisation})" if person.organisation else person.name


class AttendeeDialog(EditDialog):
    """Pick a known person or type a new one (with a partner organisation as free text)."""

    def __init__(
        self,
        attendee: AttendeeDTO | None,
        meeting_id: uuid.UUID,
        people: tuple[PersonDTO, ...],
        organisations: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(
            self.tr("Add attendee") if attendee is None else self.tr("Edit attendee")
        )
        self.original = attendee
        self.meeting_id = meeting_id
        self.people = people
        self.on_submit: Callable[[AttendeeDTO, PersonDTO | None], None] | None = None
        self._person_field(attendee)
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.addItems(list(organisations))
        self.organisation.setCurrentText("")
        self.form.add("organisation", self.tr("Organisation (for a new person)"), self.organisation)
        # The address puts the person on the meeting's calendar invitation (.ics).
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@organisation.nl"))
        self.form.add("email", self.tr("E-mail (for a new person)"), self.email)
        self.role = self.form.add(
            "role",
            self.tr("Role"),
            # A new attendee is a member: chair and secretary are chosen, not assumed.
            enum_combo(
                list(AttendeeRole), label, attendee.role if attendee else AttendeeRole.MEMBER
            ),
        )
        self.attendance = self.form.add(
            "attendance",
            self.tr("Attendance"),
            enum_combo(list(Attendance), label, attendee.attendance if attendee else None),
        )
        self.person.currentTextChanged.connect(self._person_changed)
        self._person_changed()
        self.finish_layout()

    def _person_field(self, attendee: AttendeeDTO | None) -> None:
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.addItems([_person_text(p) for p in self.people])
        self.person.setCurrentText(attendee.name if attendee else "")
        completer, line = self.person.completer(), self.person.lineEdit()
        assert completer is not None and line is not None  # an editable combo has both
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line.setPlaceholderText(self.tr("a known person, or type a new name"))
        self.person.setEnabled(attendee is None)
        self.form.add("person", self.tr("Person"), self.person)

    def _known(self) -> PersonDTO | None:
        text = self.person.currentText().strip().casefold()
        for person in self.people:
            if text in (_person_text(person).casefold(), person.name.casefold()):
                return person
        return None

    def _person_changed(self) -> None:
        known = self._known()
        self.organisation.setEnabled(self.original is None and known is None)
        self.email.setEnabled(self.original is None and known is None)
        if known is not None:
            self.organisation.setCurrentText(known.organisation)
            self.email.setText(known.email)

    def collect(self) -> tuple[AttendeeDTO, PersonDTO | None]:
        if self.original is not None:
            changed = replace(
                self.original, role=self.role.value(), attendance=self.attendance.value()
            )
            return changed, None
        name = self.person.currentText().strip()
        if not name:
            raise ValidationError(
                self.tr("Choose a person or type the name of a new one."), "person"
            )
        known = self._known()
        new = None
        if known is None:
            new = PersonDTO(
                id=uuid.uuid4(),
                name=name,
                organisation=self.organisation.currentText(),
                email=self._email(),
            )
            person_id = new.id
        else:
            person_id = known.id
        attendee = AttendeeDTO(
            id=uuid.uuid4(),
            meeting_id=self.meeting_id,
            person_id=person_id,
            role=self.role.value(),
            attendance=self.attendance.value(),
        )
        return attendee, new

    def _email(self) -> str:
        text = self.email.text().strip()
        if text and (text.count("@") != 1 or any(c.isspace() for c in text) or "." not in text):
            raise ValidationError(
                self.tr(
                    "'%1' is not an e-mail address; write for example a.jansen@dordrecht.nl."
                ).replace("%1", text),
                "email",
            )
        return text

    def submit(self, value: tuple[AttendeeDTO, PersonDTO | None]) -> None:
        assert self.on_submit is not None
        self.on_submit(*value)


class AttendeesPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: MeetingDetail | None = None
        columns: list[Column[AttendeeDTO]] = [
            Column(self.tr("Name"), lambda a: a.name),
            Column(self.tr("Organisation"), lambda a: a.organisation),
            Column(
                self.tr("Role"), lambda a: label(a.role), lambda a: list(AttendeeRole).index(a.role)
            ),
            Column(self.tr("Attendance"), lambda a: label(a.attendance)),
        ]
        self.model: RecordModel[AttendeeDTO] = RecordModel(columns, self)
        self.table = record_table(self.model, self, "attendees")
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        table_keys(self.table, self.edit_current, self.remove_current)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        self.table_place = TableOrEmpty(
            self.table,
            self.add,
            self.tr("No attendees yet. Add who is invited, and later who came."),
            self.tr("Add attendee…"),
            self,
        )
        layout.addWidget(self.table_place, 1)
        layout.addLayout(
            button_row(
                self,
                (self.tr("Add attendee…"), "add_attendee", self.add),
                (self.tr("Edit…"), "edit_attendee", self.edit_current),
                (self.tr("Remove"), "remove_attendee", self.remove_current),
            )
        )

    def set_detail(self, detail: MeetingDetail) -> None:
        self.detail = detail
        self.model.set_rows(detail.attendees)
        self.table_place.show_rows(len(detail.attendees))
        self.table.resizeColumnsToContents()
        present = sum(1 for a in detail.attendees if a.attendance is Attendance.PRESENT)
        text = self.tr("%1 present, %2 absent with apologies").replace("%1", str(present))
        self.count.setText(text.replace("%2", str(len(detail.attendees) - present)))

    def current(self) -> AttendeeDTO | None:
        row = selected_row(self.table)
        return self.model.record(row) if row >= 0 else None

    def add(self) -> AttendeeDialog | None:
        return self._dialog(None)

    def edit_current(self) -> AttendeeDialog | None:
        current = self.current()
        return self._dialog(current) if current else None

    def _dialog(self, attendee: AttendeeDTO | None) -> AttendeeDialog | None:
        if self.detail is None:
            return None
        people = self.context.people
        organisations = tuple(o.name for o in people.organisations())
        dialog = AttendeeDialog(
            attendee, self.detail.meeting.id, people.people(), organisations, self
        )
        if attendee is not None:
            dialog.add_history(self.context.history.of(attendee.id))
        dialog.on_submit = self._save
        dialog.open()
        return dialog

    def _save(self, attendee: AttendeeDTO, person: PersonDTO | None) -> None:
        people = self.context.people

        def save(record: AttendeeDTO) -> AttendeeDTO | None:
            if person is not None:
                people.save_person(person)
            try:
                return people.save_attendee(record)
            except DomainError:
                if person is not None:
                    people.delete_person(person.id)
                raise

        def delete(ident: uuid.UUID) -> None:
            people.remove_attendee(ident)
            if person is not None:
                people.delete_person(person.id)

        self.context.ops.save(
            self.tr("Edit attendee list"),
            attendee,
            save,
            delete,
            self.context.events.meetings_changed,
            created=self.tr("Add attendee"),
        )

    def remove_current(self) -> None:
        current = self.current()
        if current is None:
            return
        people = self.context.people
        run_reported(
            self.context,
            lambda: self.context.ops.change(
                self.tr("Remove attendee"),
                lambda: people.remove_attendee(current.id),
                people.restore,
                self.context.events.meetings_changed,
            ),
        )
