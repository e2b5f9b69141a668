"""Starting the GUI: application, translation, logging, the store, the main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dordtwest_desktop.domain.errors import StorageError
from dordtwest_desktop.paths import APP_NAME, ORG_NAME, default_database, log_dir

if TYPE_CHECKING:
    from dordtwest_desktop.services.storage import Store
    from dordtwest_desktop.ui.main_window import MainWindow
    from dordtwest_desktop.ui.settings import Settings

log = logging.getLogger(__name__)
TR_CONTEXT = "App"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def setup_logging() -> str:
    path = log_dir() / "dordtwest.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(path)


def install_crash_dialog(log_path: str) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, value, tb))
        details = "".join(traceback.format_exception(kind, value, tb))
        box = QMessageBox(QMessageBox.Icon.Critical, _tr("Unexpected error"), "")
        box.setText(
            _tr(
                "Something went wrong that the app did not expect. Your data is safe up to the last change that was stored."
            )
        )
        box.setInformativeText(_tr("Details are in the log file:\n%1").replace("%1", log_path))
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Dordt West Alliantie")
    return app


def run(db: str | None = None, lang: str | None = None) -> int:
    from dordtwest_desktop.ui import translations
    from dordtwest_desktop.ui.dialogs.user_name import ask_name_once
    from dordtwest_desktop.ui.settings import Settings
    from dordtwest_desktop.ui.startup import open_interactively

    app = create_application()
    settings = Settings()
    keep = translations.install(app, lang or settings.language)  # noqa: F841 - keep alive
    log_path = setup_logging()
    install_crash_dialog(log_path)
    # The last database (a file, or a server without its password) unless one is given.
    opened = open_interactively(db or settings.last_database or default_database())
    if opened is None:
        return 1
    running = Running(settings)
    window = running.show(*opened)
    # At first start, once: the name to write with remarks (the login name stands ready).
    QTimer.singleShot(0, window, lambda: ask_name_once(settings, running.window))
    code = app.exec()
    running.close()
    return code


class Running:
    """The window on the database the app works on; File → Connect/Open replaces both."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.window: MainWindow | None = None
        self.store: Store | None = None
        self.lock: QLockFile | None = None

    def show(self, store: Store, lock: QLockFile | None) -> MainWindow:
        from dordtwest_desktop.services.storage import daily_backup, remembered
        from dordtwest_desktop.ui.context import AppContext
        from dordtwest_desktop.ui.main_window import MainWindow

        try:
            if not store.read_only:
                daily_backup(store)
        except StorageError as error:  # a failed backup must not keep the user out
            log.warning("daily backup failed: %s", error.message)
        previous = (self.window, self.store, self.lock)
        window = MainWindow(AppContext.create(store, self.settings))
        window.switch = self.show
        # Show the new window before closing the old, or the app would quit.
        window.show()
        self.window, self.store, self.lock = window, store, lock
        self.settings.last_database = remembered(store.path or store.url)
        old_window, old_store, old_lock = previous
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        self._release(old_store, old_lock)
        return window

    def close(self) -> None:
        self._release(self.store, self.lock)
        self.store = self.lock = None

    @staticmethod
    def _release(store: Store | None, lock: QLockFile | None) -> None:
        if store is not None:
            store.close()
        if lock is not None:
            lock.unlock()
