"""At first start: which name the app writes with the user's remarks and changes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from dordtwest_desktop.ui.settings import Settings


class UserNameDialog(QDialog):
    """Asked once; the login name stands ready. Cancel keeps the login name."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("user_name_dialog")
        self.setWindowTitle(self.tr("Your name"))
        text = QLabel(
            self.tr(
                "The app writes your name with your remarks and in the history of changes, "
                "so that others know who wrote what. You can change it later under "
                "Edit → Settings."
            ),
            self,
        )
        text.setWordWrap(True)
        self.name = QLineEdit(settings.user_name, self)
        self.name.setObjectName("user_name")
        self.name.selectAll()
        label = QLabel(self.tr("&Your name"), self)
        label.setBuddy(self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.finished.connect(lambda _result: settings.name_asked())

    def accept(self) -> None:
        name = self.name.text().strip()
        if name:
            self.settings.user_name = name
        super().accept()


def ask_name_once(settings: Settings, parent: QWidget | None) -> UserNameDialog | None:
    """The dialog, opened, when no name was ever given or asked for; else None."""
    if not settings.name_to_ask:
        return None
    dialog = UserNameDialog(settings, parent)
    dialog.open()
    return dialog
