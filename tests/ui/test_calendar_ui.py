"""Calendar files in the GUI: the invitation from the Meeting menu, the import with a preview."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dordtwest_desktop.domain.calendar import uid_of
from tests.services.test_ics import programme_period
from tests.ui.test_meeting_support import error_text, make_window

FILE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
BEGIN:VEVENT\r
UID:kernteam@google.com\r
DTSTART;TZID=W. Europe Standard Time:20250327T100000\r
DTEND;TZID=W. Europe Standard Time:20250327T113000\r
RRULE:FREQ=WEEKLY;COUNT=3\r
SUMMARY:Kernteam Dordt West\r
LOCATION:Stadskantoor\\, zaal 3\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:afgelast@google.com\r
DTSTART:20250601T080000Z\r
STATUS:CANCELLED\r
SUMMARY:Afgelast overleg\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, staticmethod(lambda parent, title, text, *a: shown.append(text))
        )
    return shown


def test_the_meeting_menu_writes_the_invitation(window, qtbot, tmp_path: Path, messages):
    view = window.show_view("meetings")
    meeting = window.context.meetings.meetings()[-1]
    view.open_meeting(meeting.id)
    window.meeting_menu.aboutToShow.emit()
    entries = [a.text() for a in window.meeting_menu.actions() if not a.isSeparator()]
    assert "Agenda-&uitnodiging (.ics)…" in entries
    assert view.meeting.export_actions["ics"] in view.meeting.export_button.menu().actions()
    out = tmp_path / "uitnodiging.ics"
    summary = view.meeting.export_invitation(out)
    assert summary is not None and "1 vergadering geschreven" in summary
    assert "hele dag" in summary  # the seed's meetings have no start time yet
    assert messages == [summary]
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == uid_of(meeting.id)


def test_import_shows_a_preview_and_writes_only_when_confirmed(
    window, qtbot, tmp_path: Path, messages
):
    path = tmp_path / "google.ics"
    path.write_text(FILE, encoding="utf-8")
    programme_period(window.context.store, "2024", "2026")
    view = window.show_view("meetings")
    before = len(window.context.meetings.meetings())
    dialog = view.list.import_calendar(path)
    assert dialog is not None
    qtbot.addWidget(dialog)
    rows = [
        [dialog.tree.topLevelItem(r).text(c) for c in range(6)]
        for r in range(dialog.tree.topLevelItemCount())
    ]
    assert [r[0] for r in rows] == ["Nieuw", "Nieuw", "Nieuw", "Overgeslagen"]
    assert rows[0][1:5] == [
        "27 maart 2025",
        "10:00–11:30",
        "Kernteam Dordt West",
        "Stadskantoor, zaal 3",
    ]
    assert rows[1][2] == "10:00–11:30"  # after the change to summer time, still 10:00
    assert "geannuleerd" in rows[3][5]
    assert "3 vergaderingen toegevoegd" in dialog.summary.text()
    assert "van 1 januari 2024 tot en met 31 december 2026" in dialog.summary.text()
    assert len(window.context.meetings.meetings()) == before  # nothing written yet
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(window.context.meetings.meetings()) == before + 3
    qtbot.waitUntil(lambda: view.list.model.rowCount() == before + 3)
    # One step on the undo stack: undo takes the three away, redo brings them back.
    window.context.undo_stack.undo()
    assert len(window.context.meetings.meetings()) == before
    window.context.undo_stack.redo()
    assert len(window.context.meetings.meetings()) == before + 3
    again = view.list.import_calendar(path)
    assert again is not None
    qtbot.addWidget(again)
    assert not again.import_button.isEnabled()  # all unchanged: nothing to import
    again.reject()


def test_a_bad_file_says_where_and_imports_nothing(window, qtbot, tmp_path: Path, messages):
    path = tmp_path / "kapot.ics"
    path.write_text(FILE.replace("DTSTART:20250601T080000Z\r\n", ""), encoding="utf-8")
    view = window.show_view("meetings")
    before = len(window.context.meetings.meetings())
    assert view.list.import_calendar(path) is None
    assert messages == [
        "kapot.ics: Afspraak 2 (regel 12, 'Afgelast overleg'): DTSTART ontbreekt: wanneer "
        "begint de afspraak? Er is niets geïmporteerd."
    ]
    assert len(window.context.meetings.meetings()) == before


def test_a_new_attendees_address_reaches_the_invitation(window, qtbot, tmp_path: Path, messages):
    view = window.show_view("meetings")
    page = view.open_meeting(window.context.meetings.meetings()[-1].id)
    dialog = page.attendees.add()
    qtbot.addWidget(dialog)
    dialog.person.setCurrentText("Voorbeeld: Anna de Vries")
    qtbot.keyClicks(dialog.email, "geen adres")
    dialog.accept()
    assert dialog.isVisible()  # refused at the field
    assert "geen e-mailadres" in error_text(dialog, "email")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "anna@example.org")
    dialog.accept()
    assert not dialog.isVisible()
    out = tmp_path / "uitnodiging.ics"
    page.export_invitation(out)
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:anna@example.org"
    assert attendee.params["CN"] == "Voorbeeld: Anna de Vries"
