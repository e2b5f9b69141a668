"""The settings: the user's name (author of remarks) and the language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from dordtwest_desktop import i18n
from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.settings import Settings

# Each language in its own words, as language menus show them.
LANGUAGES = {"nl": "Nederlands", "en": "English"}


class SettingsDialog(EditDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.user = self.form.add("user", self.tr("Your name"), QLineEdit())
        self.user.setText(settings.user_name)
        self.user.setToolTip(self.tr("Written as author of your remarks."))
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if settings.language == "nl" else 1)
        self.form.add("language", self.tr("Language"), self.language)
        # The app may run in another language than the stored one (--lang en).
        self.language_note = QLabel(self._language_note(), self)
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        self.form.layout_.addRow("", self.language_note)
        self.language.currentIndexChanged.connect(
            lambda _index: self.language_note.setText(self._language_note())
        )
        self.finish_layout()

    def _language_note(self) -> str:
        running = LANGUAGES.get(i18n.language(), i18n.language())
        note = self.tr("In use now: %1.").replace("%1", running)
        if self.language.currentData() != i18n.language():
            note += " " + self.tr("The chosen language applies from the next start.")
        return note

    def collect(self) -> tuple[str, str]:
        from dordtwest_desktop.services.common import required

        name = required(self.user.text(), "user", self.tr("Your name"))
        return name, str(self.language.currentData())

    def submit(self, value: tuple[str, str]) -> None:
        self.settings.user_name, self.settings.language = value
