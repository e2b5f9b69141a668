"""The app's settings, declared once and typed."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()

    @property
    def user_name(self) -> str:
        """The name the app writes as author of remarks."""
        value = self._q.value("user/name", "")
        return str(value) if value else _login_name()

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._q.setValue("user/name", value.strip())

    @property
    def name_to_ask(self) -> bool:
        """No name was given and the user was not asked yet: ask once, at first start."""
        return not self._q.value("user/name", "") and not self._q.value("user/name_asked", False)

    def name_asked(self) -> None:
        self._q.setValue("user/name_asked", True)

    @property
    def language(self) -> str:
        value = str(self._q.value("ui/language", "nl"))
        return value if value in ("nl", "en") else "nl"

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    @property
    def last_database(self) -> str:
        """The database the app opened last (a file, or a server URL without password)."""
        return str(self._q.value("database/last", ""))

    @last_database.setter
    def last_database(self, value: str) -> None:
        self._q.setValue("database/last", value)

    @property
    def last_folder(self) -> str:
        return str(self._q.value("ui/last_folder", ""))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._q.setValue("ui/last_folder", value)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
