"""Starting the GUI: application, translation, logging, the store, the main window."""

from __future__ import annotations

import gc
import logging
import logging.handlers
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QTimer, Signal
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


def skip_pyside_source_scan() -> None:
    """Stop PySide6 reading the source of every module imported after it.

    For its opt-in `from __feature__ import …` PySide6 hooks every import and runs
    `inspect.getsource` on each new module to see whether it mentions PySide6 (napari
    issue 8584): a tenth of a second or more for SQLAlchemy's modules at start. The
    app uses no __feature__, for which "ignore this module" and "uses PySide6 without
    features" behave alike, so the scan may say "no" at once. A PySide6 without
    that internal leaves this a no-op.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = lambda module: False  # type: ignore[attr-defined]


def create_application() -> QApplication:
    skip_pyside_source_scan()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Dordt West Alliantie")
    return app


def run(db: str | None = None, lang: str | None = None) -> int:
    gc.disable()  # until the first paint (CollectorAfterFirstPaint)
    app = create_application()  # first: it makes the imports below cheaper
    CollectorAfterFirstPaint(app)

    from dordtwest_desktop.ui import translations
    from dordtwest_desktop.ui.dialogs.user_name import ask_name_once
    from dordtwest_desktop.ui.settings import Settings
    from dordtwest_desktop.ui.startup import open_interactively

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


GC_AT_THE_LATEST_MS = 5000

# Python's default (700, 10, 10) starts a young collection every 700 new objects and
# a full one every 100 young ones (when the old generation has grown by a quarter).
# A session on a large programme holds some 300,000 tracked objects (77,000 of them
# the UUIDs of the lists' rows): a full collection takes about 230 ms, and a refresh
# of the views after an import, which makes its rows anew, ran one or two (0.46 s of
# which 0.23 s collecting, benchmarks/README). A young collection every 10,000 new
# objects makes a full one ten times rarer; garbage in cycles still goes, later.
SESSION_GC_THRESHOLDS = (10_000, 10, 10)


def collect_for_a_session() -> None:
    """The collector on, at the thresholds of a long session with large lists."""
    gc.set_threshold(*SESSION_GC_THRESHOLDS)
    gc.enable()


class CollectorAfterFirstPaint(QObject):
    """Python's cyclic garbage collector held off from launch until a window is painted.

    A launch makes a few hundred thousand objects (SQLAlchemy, the models, Qt's enums)
    and none of them is garbage yet: the 200 collections that ran meanwhile only
    delayed the first paint (80-90 ms on the 2-core machine, benchmarks/startup.py).
    Back on just after the first paint (of the window, or of a dialog shown before
    it), at the session's thresholds (collect_for_a_session). Not gc.freeze(): a window made at
    launch and later replaced (File > Open) must still be collectable.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.installEventFilter(self)
        # Should nothing be painted (a window kept hidden), a session still collects.
        QTimer.singleShot(GC_AT_THE_LATEST_MS, self, self._enable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not gc.isenabled():
            # Queued: the painted window reaches the screen before the first collection.
            QTimer.singleShot(0, self, self._enable)
        return False

    def _enable(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        collect_for_a_session()


class DailyBackup(QObject):
    """The day's first backup of a store, on a thread of its own: the window never waits.

    The backup reads through a pooled connection of its own (SQLite's online backup
    API), so the window may read and write meanwhile; the store is closed only after
    `wait()`. A failure is logged and said in the window's status bar.
    """

    failed = Signal(str)  # the reason, for the user; emitted on the backup's thread

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.error: str | None = None
        self._thread = threading.Thread(target=self._run, name="daily-backup", daemon=True)

    def start(self) -> DailyBackup:
        self._thread.start()
        return self

    def _run(self) -> None:
        from dordtwest_desktop.services.storage import daily_backup

        try:
            made = daily_backup(self.store)
        except StorageError as error:  # a failed backup must not keep the user out
            self._fail(error.message)
        except Exception as error:  # a bug: log it and go on, the data itself is fine
            log.exception("daily backup failed")
            self._fail(str(error))
        else:
            if made is not None:
                log.info("daily backup written to %s", made)

    def _fail(self, message: str) -> None:
        log.warning("daily backup failed: %s", message)
        self.error = message
        self.failed.emit(message)

    def wait(self) -> None:
        if self._thread.is_alive():
            self._thread.join()


class Running:
    """The window on the database the app works on; File → Connect/Open replaces both."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.window: MainWindow | None = None
        self.store: Store | None = None
        self.lock: QLockFile | None = None
        self.backup: DailyBackup | None = None

    def show(self, store: Store, lock: QLockFile | None) -> MainWindow:
        from dordtwest_desktop.services.storage import remembered
        from dordtwest_desktop.ui.context import AppContext
        from dordtwest_desktop.ui.main_window import MainWindow

        previous = (self.window, self.store, self.lock, self.backup)
        window = MainWindow(AppContext.create(store, self.settings))
        window.switch = self.show
        backup = None
        if not store.read_only and store.is_sqlite:
            backup = DailyBackup(store)
            # Queued to the GUI thread (the window lives there), and gone with the window.
            backup.failed.connect(window.say_backup_failed)
            backup.start()
        # Show the new window before closing the old, or the app would quit.
        window.show()
        self.window, self.store, self.lock, self.backup = window, store, lock, backup
        self.settings.last_database = remembered(store.path or store.url)
        old_window, old_store, old_lock, old_backup = previous
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        self._release(old_store, old_lock, old_backup)
        return window

    def close(self) -> None:
        self._release(self.store, self.lock, self.backup)
        self.store = self.lock = self.backup = None

    @staticmethod
    def _release(store: Store | None, lock: QLockFile | None, backup: DailyBackup | None) -> None:
        if backup is not None:
            backup.wait()  # never close a store under its running backup
        if store is not None:
            store.close()
        if lock is not None:
            lock.unlock()
