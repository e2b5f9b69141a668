"""Bad input refused at the field (nothing half-saved), attachments, attendees, remark authors."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from PySide6.QtWidgets import QPushButton

from dordtwest_desktop.domain.enums import Attendance, AttendeeRole, Visibility
from dordtwest_desktop.services.dto import AnnotationDTO
from tests.ui.test_meeting_support import column, error_text, make_window, titles, write_pdf


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


@pytest.fixture
def page(window):
    view = window.show_view("meetings")
    return view.open_meeting(window.context.meetings.meetings()[-1].id)


def test_meeting_without_date_or_with_bad_time_is_refused(window, qtbot):
    view = window.show_view("meetings")
    before = len(window.context.meetings.meetings())
    dialog = view.on_new()
    dialog.accept()
    assert dialog.isVisible()
    assert "Een vergadering heeft een datum nodig" in error_text(dialog, "day")
    qtbot.keyClicks(dialog.day, "31 februari 2024")
    dialog.accept()
    assert "'31 februari 2024' is geen dag" in error_text(dialog, "day")
    dialog.day.clear()
    qtbot.keyClicks(dialog.day, "12 maart 2024")
    qtbot.keyClicks(dialog.start, "twee uur")
    dialog.accept()
    assert "'twee uur' is geen tijd" in error_text(dialog, "start_time")
    assert error_text(dialog, "day") == ""
    dialog.start.setText("15:00")
    dialog.end.setText("14:00")
    dialog.accept()
    assert "eindtijd" in error_text(dialog, "end_time")
    assert len(window.context.meetings.meetings()) == before
    assert window.context.undo_stack.count() == 0


def test_other_body_needs_its_name(window, qtbot):
    from dordtwest_desktop.domain.enums import Body

    dialog = window.show_view("meetings").on_new()
    dialog.body_combo.set_value(Body.OTHER)
    qtbot.keyClicks(dialog.day, "12 maart 2024")
    dialog.accept()
    assert "De naam van het orgaan mag niet leeg zijn" in error_text(dialog, "body_name")
    qtbot.keyClicks(dialog.body_name, "Voorbeeld: Wijkraad Crabbehof")
    dialog.accept()
    assert not dialog.isVisible()
    assert window.context.meetings.meetings()[-1].body_label == "Voorbeeld: Wijkraad Crabbehof"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-5", "Een duur is een aantal minuten van 0 tot en met 1440."),
        ("een uur", "'een uur' is geen aantal minuten; schrijf bijvoorbeeld 60 voor een uur."),
        ("2000", "Een duur is een aantal minuten van 0 tot en met 1440."),
    ],
)
def test_bad_duration_is_refused_at_the_field(window, page, qtbot, typed, message):
    agenda = page.agenda
    before = titles(agenda)
    dialog = agenda.new_item()
    qtbot.keyClicks(dialog.title_edit, "Voorbeeld: Te lang")
    qtbot.keyClicks(dialog.duration, typed)
    dialog.accept()
    assert dialog.isVisible()
    assert error_text(dialog, "duration") == message
    assert titles(agenda) == before
    assert window.context.undo_stack.count() == 0


def test_item_without_title_is_refused(page):
    dialog = page.agenda.new_item()
    dialog.accept()
    assert "De titel mag niet leeg zijn." in error_text(dialog, "title")


def test_attachments_refused_or_listed_with_name_and_size(window, page, tmp_path):
    section = page.agenda.pane.attachments
    text = tmp_path / "notulen.pdf"
    text.write_text("Dit is geen PDF.", encoding="utf-8")
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    assert not section.add_files([text])
    assert "'notulen.pdf' is geen PDF-bestand." in section.error.text()
    assert section.error.isVisible()
    assert not section.add_files([empty])
    assert "'leeg.pdf' is leeg (0 bytes)." in section.error.text()
    assert section.model.rowCount() == 0
    assert window.context.undo_stack.count() == 0

    pdf = write_pdf(tmp_path / "Raadsvoorstel.pdf", pages=2)
    assert section.add_files([pdf])
    assert not section.error.isVisible()
    assert column(section.model, 0) == ["Raadsvoorstel.pdf"]
    size = column(section.model, 1)[0]
    assert size.endswith(("bytes", "kB")) and column(section.model, 2) == ["2"]
    window.context.undo_stack.undo()
    assert section.model.rowCount() == 0
    pdf.unlink()  # redo restores the stored copy; it does not read the file again
    window.context.undo_stack.redo()
    assert column(section.model, 0) == ["Raadsvoorstel.pdf"]
    section.table.selectRow(0)
    section.remove_current()
    assert section.model.rowCount() == 0
    window.context.undo_stack.undo()
    assert section.model.rowCount() == 1


def test_attendees_new_and_known_people_with_role_and_attendance(window, page, qtbot):
    panel = page.attendees
    stack = window.context.undo_stack
    dialog = panel.add()
    dialog.accept()
    assert "Kies een persoon" in error_text(dialog, "person")
    dialog.person.setCurrentText("Voorbeeld: Jan de Vries")
    dialog.organisation.setCurrentText("Voorbeeld: Woonbron")
    dialog.role.set_value(AttendeeRole.CHAIR)
    dialog.accept()
    assert not dialog.isVisible()
    assert column(panel.model, 0) == ["Voorbeeld: Jan de Vries"]
    assert column(panel.model, 1) == ["Voorbeeld: Woonbron"]
    assert column(panel.model, 2) == ["voorzitter"]

    again = panel.add()
    again.person.setCurrentText("Voorbeeld: Jan de Vries (Voorbeeld: Woonbron)")
    assert not again.organisation.isEnabled()
    again.accept()
    assert "staat al op de presentielijst" in error_text(again, "person")
    again.reject()

    panel.table.selectRow(0)
    editor = panel.edit_current()
    editor.attendance.set_value(Attendance.EXCUSED)
    editor.accept()
    assert column(panel.model, 3) == ["afwezig met bericht"]
    assert "0 aanwezig, 1 afwezig met bericht" in panel.count.text()
    stack.undo()
    assert column(panel.model, 3) == ["aanwezig"]
    panel.table.selectRow(0)
    panel.remove_current()
    assert panel.model.rowCount() == 0
    stack.undo()
    assert panel.model.rowCount() == 1
    stack.undo()
    assert panel.model.rowCount() == 0
    assert window.context.people.people() == ()
    stack.redo()
    assert column(panel.model, 0) == ["Voorbeeld: Jan de Vries"]


def test_only_the_author_may_change_a_remark(window, page, qtbot):
    context = window.context
    item = page.agenda.current().item
    moment = datetime(2024, 2, 8, 14, 5)
    other = AnnotationDTO(
        id=uuid.uuid4(),
        item_id=item.id,
        author="Voorbeeld: Wijkagent",
        text="Vanuit de politie: eens.",
        created_at=moment,
        updated_at=moment,
    )
    context.meetings.save_annotation(other, "Voorbeeld: Wijkagent")
    context.events.meetings_changed.emit()
    section = page.agenda.pane.annotations
    section.select_row(0)
    assert not section.findChild(QPushButton, "edit_annotation").isEnabled()
    assert not section.findChild(QPushButton, "delete_annotation").isEnabled()
    assert section.edit_current() is None

    mine = section.add()
    qtbot.keyClicks(mine.text, "Eigen aantekening.")
    mine.visibility.set_value(Visibility.PERSONAL)
    mine.accept()
    assert column(section.model, 4) == ["gedeeld", "persoonlijk"]
    section.select_row(1)
    assert section.findChild(QPushButton, "edit_annotation").isEnabled()
    editor = section.edit_current()
    editor.text.setPlainText("Eigen aantekening, bijgewerkt.")
    editor.accept()
    assert column(section.model, 5)[1] == "Eigen aantekening, bijgewerkt."
    section.delete_current()
    assert section.model.rowCount() == 1
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert column(section.model, 5)[1] == "Eigen aantekening."


def test_error_without_a_field_shows_below_the_form(window, page, qtbot):
    dialog = page.agenda.new_item()
    qtbot.keyClicks(dialog.title_edit, "Voorbeeld: Verweesd")
    window.context.meetings.delete_meeting(page.meeting_id)  # e.g. by another window
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == "Dit record bestaat niet meer."


def test_a_funders_meeting_stored_before_the_rule_shows_as_it_is(window, store, qtbot):
    # Not as the first body in the list (the alliance), which a save would write
    # without anyone choosing it: the stored body shows, and saving says why it
    # cannot stay.
    from sqlalchemy import update

    from dordtwest_desktop.domain.enums import Body
    from dordtwest_desktop.store import models as m

    meeting = window.context.meetings.meetings()[-1]
    with store.transaction() as session:
        session.execute(update(m.Meeting).where(m.Meeting.id == meeting.id).values(body="funder"))
    page = window.show_view("meetings").open_meeting(meeting.id)
    dialog = page.edit_details()
    assert dialog.body_combo.value() is Body.FUNDER
    assert dialog.body_combo.currentText() == "Financier"
    dialog.accept()
    assert dialog.isVisible()
    assert "Een financier houdt geen vergaderingen" in error_text(dialog, "body")
    # Two lines at this width: the dialog grows until the message is read whole.
    from PySide6.QtWidgets import QLabel

    message = dialog.findChild(QLabel, "error_body")
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))
    assert message.heightForWidth(message.width()) > message.fontMetrics().height() * 1.5
    dialog.body_combo.set_value(Body.COUNCIL)
    dialog.accept()
    assert not dialog.isVisible()
    assert window.context.meetings.detail(meeting.id).meeting.body is Body.COUNCIL
