"""Issue 14, point 7 in the window: counts, Qt's own Dutch, the language in use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QLabel

from dordtwest_desktop import i18n
from dordtwest_desktop.ui import translations
from dordtwest_desktop.ui.dialogs.settings import SettingsDialog
from dordtwest_desktop.ui.settings import Settings
from tests.ui.test_meeting_support import make_window


@pytest.fixture
def window(qtbot, store, tmp_path):
    return make_window(qtbot, store, tmp_path)


def test_counts_take_the_dutch_singular(window, qtbot):
    view = window.show_view("initiatives")
    qtbot.keyClicks(view.search, "crabbe")
    assert view.count.text() == "1 van 4 getoond"
    view.search.clear()
    assert view.count.text() == "4 rijen"
    translate = QCoreApplication.translate
    assert translate("RecordListView", "%n record(s)", None, 1) == "1 rij"
    assert translate("AgendaPanel", "%n item(s)", None, 1) == "1 agendapunt"
    assert translate("ConflictDialog", "%n line(s)", None, 1) == "1 regel"


def test_a_meeting_of_one_item_says_agendapunt(window, qtbot):
    meetings = window.show_view("meetings")
    first = window.context.meetings.meetings()[0]
    page = meetings.open_meeting(first.id)
    detail = window.context.meetings.detail(first.id)
    text = page.agenda.summary.text()
    count = len(detail.agenda)
    assert text.startswith(f"{count} agendapunt" + ("" if count == 1 else "en"))
    assert "(" not in text.split("·")[0]


def test_qt_file_dialogs_speak_dutch(qtbot):
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    # Qt 6 labels carry mnemonics that qtbase_nl.qm lacks; our .ts fills them in.
    assert {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"} <= texts, texts
    assert translations.qt_gaps() == ("&Zoeken in:", "Bestands&type:")


def test_settings_say_the_language_in_use(qtbot, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.language = "nl"
    i18n.set_language("en")  # as with --lang en
    try:
        dialog = SettingsDialog(settings)
        qtbot.addWidget(dialog)
        note = dialog.language_note.text()
    finally:
        i18n.set_language("nl")
    assert "English" in note and "volgende start" in note
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language_note.text() == "Nu in gebruik: Nederlands."
    dialog.language.setCurrentIndex(1)
    assert "volgende start" in dialog.language_note.text()


def test_english_counts_in_qt(qapp):
    english = translations.EnglishNumerus(qapp)
    assert english.translate("RecordListView", "%n record(s)", None, 1) == "1 record"
    assert english.translate("RecordListView", "%n record(s)", None, 2) == "2 records"
    assert english.translate("X", "Open", None, -1) == ""
