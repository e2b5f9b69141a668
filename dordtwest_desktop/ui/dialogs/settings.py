"""The settings: the user's name (author of remarks) and the language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from dordtwest_desktop.ui.dialogs.base import EditDialog
from dordtwest_desktop.ui.settings import Settings


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
        self.form.add("language", self.tr("Language (after restart)"), self.language)
        self.finish_layout()

    def collect(self) -> tuple[str, str]:
        from dordtwest_desktop.services.common import required

        name = required(self.user.text(), "user", self.tr("Your name"))
        return name, str(self.language.currentData())

    def submit(self, value: tuple[str, str]) -> None:
        self.settings.user_name, self.settings.language = value
