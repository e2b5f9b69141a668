"""Small things a user notices (issue 14, point 8): name, attachments, undo texts, exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dordtwest_desktop.ui.settings import Settings
from tests.ui.test_meeting_support import make_window, write_pdf


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


def test_the_name_is_asked_once_with_the_login_name_ready(qtbot, tmp_path, monkeypatch):
    from dordtwest_desktop.ui.dialogs import user_name
    from dordtwest_desktop.ui.settings import _login_name

    settings = Settings(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    assert settings.name_to_ask
    dialog = user_name.ask_name_once(settings, None)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.name.text() == _login_name()
    dialog.name.setText("  Sanne Bos ")
    dialog.accept()
    assert settings.user_name == "Sanne Bos"
    assert not settings.name_to_ask
    assert user_name.ask_name_once(settings, None) is None


def test_a_declined_name_is_not_asked_again(qtbot, tmp_path):
    from dordtwest_desktop.ui.dialogs.user_name import ask_name_once
    from dordtwest_desktop.ui.settings import _login_name

    settings = Settings(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    dialog = ask_name_once(settings, None)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert settings.user_name == _login_name()
    assert ask_name_once(settings, None) is None


def test_a_name_given_in_the_settings_is_not_asked(tmp_path):
    settings = Settings(QSettings(str(tmp_path / "named.ini"), QSettings.Format.IniFormat))
    settings.user_name = "Sanne Bos"
    assert not settings.name_to_ask


def test_an_attachment_nothing_opens_is_offered_to_save(window, qtbot, tmp_path, monkeypatch):
    page = window.show_view("meetings").open_meeting(window.context.meetings.meetings()[-1].id)
    section = page.agenda.pane.attachments
    assert section.add_files([write_pdf(tmp_path / "Raadsvoorstel.pdf", pages=2)])
    section.table.selectRow(0)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    section.open_current()
    assert len(opened) == 1
    box = section.findChild(QMessageBox, "no_viewer")
    assert box.isVisible() and "Raadsvoorstel.pdf" in box.text()
    assert "Geen programma" in box.text()
    target = tmp_path / "bewaard" / "voorstel.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    box.findChild(type(box.defaultButton()), "save_attachment_as").click()
    assert target.read_bytes() == (tmp_path / "Raadsvoorstel.pdf").read_bytes()
    assert window.context.settings.last_folder == str(target.parent)


def test_undo_and_redo_say_a_new_record_was_added(window, qtbot):
    view = window.show_view("milestones")
    dialog = view.on_new()
    qtbot.keyClicks(dialog.title_edit, "Voorbeeld: Schouw")
    qtbot.keyClicks(dialog.due, "maart 2027")
    dialog.accept()
    assert not dialog.isVisible()
    assert window.undo_action.text() == "&Ongedaan maken Mijlpaal toevoegen"
    window.context.undo_stack.undo()
    assert window.redo_action.text() == "Opnieu&w Mijlpaal toevoegen"
    window.context.undo_stack.redo()
    view.select(window.context.programme.milestones()[-1].id)
    edit = view.on_edit(view.current())
    edit.accept()
    assert window.undo_action.text() == "&Ongedaan maken Mijlpaal bewerken"


def test_the_dashboard_exports_from_the_file_menu(window, qtbot, tmp_path, monkeypatch):
    file_menu = window.menuBar().actions()[0].menu()
    (entry,) = [a for a in file_menu.actions() if a.text() == "&Dashboard exporteren (PDF)…"]
    out = tmp_path / "dashboard"
    asked: list[str] = []

    def save_name(_parent, title, suggestion, _filter):
        asked.append(Path(suggestion).name)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    from dordtwest_desktop.ui import export_dialog

    jobs = []
    start = export_dialog.start_export
    monkeypatch.setattr(
        export_dialog, "start_export", lambda *a, **k: jobs.append(start(*a, **k)) or jobs[-1]
    )
    entry.trigger()
    assert len(jobs) == 1  # the menu entry ran the export, off the GUI thread
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "export_done") is not None, timeout=60000)
    written = out.with_suffix(".pdf")
    assert asked[0].startswith("dashboard-") and asked[0].endswith(".pdf")
    assert written.read_bytes().startswith(b"%PDF")
    window.findChild(QMessageBox, "export_done").reject()


def test_an_initiative_with_nothing_recorded_says_so_and_offers_the_form(window, qtbot):
    from dordtwest_desktop.ui.dialogs.initiative import InitiativeDialog

    view = window.show_view("programme")
    text = view.browser.toPlainText()
    heading = "Wijkproject Werken in de energietransitie"
    assert heading in text
    after = text.split(heading, 1)[1].lstrip()
    assert after.startswith("Nog niets vastgelegd. Gegevens toevoegen…")
    empty = next(i for i in window.context.programme.initiatives() if i.name == heading)
    dialog = view.follow(QUrl(f"initiative:{empty.id}"))
    assert isinstance(dialog, InitiativeDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.target_area, "Dordt West")
    dialog.accept()
    assert not dialog.isVisible()
    after = view.browser.toPlainText().split(heading, 1)[1].lstrip()
    assert after.startswith("Doelgebied: Dordt West")
