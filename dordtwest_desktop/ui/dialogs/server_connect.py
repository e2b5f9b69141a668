"""Connecting to a shared PostgreSQL server: host, port, database, user.

The password is used for this session only and never stored: put it in libpq's
password file (~/.pgpass, or the file PGPASSFILE names) to connect without it.
The connection is tried before the dialog closes, so a wrong address or
password is said here, at the field the user can fix.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.services.storage import Store, open_store, server_fields, server_url
from dordtwest_desktop.ui.dialogs.base import EditDialog


class ServerDialog(EditDialog):
    def __init__(self, remembered: str = "", parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Connect to server"))
        fields = server_fields(remembered) if remembered else {}
        self.host = self.form.add("host", self.tr("&Server"), QLineEdit())
        self.host.setPlaceholderText(self.tr("e.g. db.gemeente.local"))
        self.port = self.form.add("port", self.tr("&Port"), QSpinBox())
        self.port.setRange(1, 65535)
        self.port.setValue(int(fields.get("port", 5432)))
        self.database = self.form.add("database", self.tr("&Database"), QLineEdit())
        self.user = self.form.add("user", self.tr("&User"), QLineEdit())
        self.password = self.form.add("password", self.tr("Pass&word"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.host.setText(str(fields.get("host", "")))
        self.database.setText(str(fields.get("database", "dordtwest")))
        self.user.setText(str(fields.get("user", "")))
        note = QLabel(
            self.tr(
                "The password is used for this session only and never stored. To connect "
                "without typing it, put it in your .pgpass file (see the README)."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("password_note")
        self.body.addWidget(note)
        self.finish_layout()
        self.opened: Store | None = None

    def collect(self) -> str:
        for key, field, name in (
            ("host", self.host, self.tr("Fill in the server's name or address.")),
            ("database", self.database, self.tr("Fill in the database's name.")),
            ("user", self.user, self.tr("Fill in your user name on the server.")),
        ):
            if not field.text().strip():
                raise ValidationError(name, field=key)
        return server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )

    def submit(self, value: str) -> None:
        # Raises StorageError with the server's fault in one sentence; the dialog
        # keeps every field as typed.
        self.opened = open_store(value)
