"""The main window: navigation on the left, one view at a time on the right."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop import __version__
from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.services.changes import Changes, Kind, kinds_of_tables
from dordtwest_desktop.services.storage import ChangeWatch, Store
from dordtwest_desktop.ui.context import AppContext

Factory = Callable[[AppContext, QWidget], QWidget]


def _lazy(module: str, name: str) -> Factory:
    """A view factory that imports its module only when the view is first shown."""

    def build(context: AppContext, parent: QWidget) -> QWidget:
        view: QWidget = getattr(importlib.import_module(module), name)(context, parent)
        return view

    return build


# How often to look for changes other windows or programs committed.
if TYPE_CHECKING:
    from dordtwest_desktop.ui.export_dialog import WriteJob
    from dordtwest_desktop.ui.views.base import RecordListView

WATCH_INTERVAL_MS = 1000
ELSEWHERE = "elsewhere"


class Views(Mapping[str, QWidget]):
    """The window's views by key; each is built the first time it is asked for."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._factories: dict[str, Factory] = {}
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            self._built[key] = self._window._build_view(key, self._factories[key])
        return self._built[key]

    def __contains__(self, key: object) -> bool:
        # Mapping's own test would look the view up, and so build it.
        return key in self._factories

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.ops.parent = self
        # Set by the app: replaces this window by one on another database.
        self.switch: Callable[[Store, QLockFile | None], object] | None = None
        self.resize(1200, 760)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget(self)
        self.views = Views(self)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        if context.store.read_only:
            outer.addWidget(self._read_only_banner())
        layout = QHBoxLayout()
        layout.setContentsMargins(
            9, 9, 9, 9
        )  # the banner spans the window; the rest keeps a margin
        # One search field over everything, above the navigation; its results take
        # the place of the view on screen (ui/search.py).
        from dordtwest_desktop.ui.search import SearchPanel

        self.search = SearchPanel(self)
        left = QVBoxLayout()
        left.addWidget(self.search.field)
        left.addWidget(self.nav, 1)
        layout.addLayout(left)
        layout.addWidget(self.search.area, 1)
        outer.addLayout(layout)
        self.setCentralWidget(central)
        self._watch_elsewhere()
        # Only the first view is built at start; the others when first shown.
        self.add_view(
            "dashboard",
            self.tr("Dashboard"),
            _lazy("dordtwest_desktop.ui.dashboard", "DashboardView"),
        )
        self.add_view(
            "programme",
            self.tr("Programme"),
            _lazy("dordtwest_desktop.ui.views.programme", "ProgrammeView"),
        )
        self.add_view(
            "goals", self.tr("Goals"), _lazy("dordtwest_desktop.ui.views.goals", "GoalsView")
        )
        self.add_view(
            "initiatives",
            self.tr("Initiatives"),
            _lazy("dordtwest_desktop.ui.views.initiatives", "InitiativesView"),
        )
        self.add_view(
            "milestones",
            self.tr("Milestones"),
            _lazy("dordtwest_desktop.ui.views.milestones", "MilestonesView"),
        )
        self._add_optional_views()
        self._look()
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self._menus()
        # Permanent widgets: a temporary message would vanish once a menu was opened.
        self.store_label = QLabel(self._store_label(), self)
        self.store_label.setObjectName("store_label")
        self.updated_label = QLabel("", self)
        self.updated_label.setObjectName("updated_label")
        self.statusBar().addWidget(self.store_label, 1)
        self.statusBar().addPermanentWidget(self.updated_label)

    def _add_optional_views(self) -> None:
        """Views of later features register here so the window stays small."""
        from dordtwest_desktop.ui import registry

        for key, title, factory in registry.extra_views(self):
            self.add_view(key, title, factory)

    def _look(self) -> None:
        """Icons in the navigation, the app's icon, and a title naming programme and database."""
        from dordtwest_desktop.ui import look
        from dordtwest_desktop.ui.icons import app_icon

        look.style_navigation(self.nav)
        self.setWindowIcon(app_icon())
        self.setWindowTitle(look.window_title(self.context))
        self.context.events.changed.connect(self._retitle)

    def _retitle(self, changes: Changes) -> None:
        from dordtwest_desktop.ui import look

        if changes.touches({Kind.PROGRAMME}):
            self.setWindowTitle(look.window_title(self.context))

    def add_view(self, key: str, title: str, factory: Factory) -> None:
        self.views._factories[key] = factory
        self.stack.addWidget(QWidget(self.stack))  # stands in until the view is built
        item = QListWidgetItem(title, self.nav)
        item.setData(Qt.ItemDataRole.UserRole, key)

    def _watch_elsewhere(self) -> None:
        """Changes committed by another window or program refresh the views too."""
        self.change_watch = ChangeWatch(self.context.store)
        self._history_mark = self.context.history.since(None).mark
        # A bound method, not a lambda: PySide drops it when this window is deleted,
        # where a lambda holding `self` on the context's long-lived events would keep
        # the deleted window (and every view in it) alive.
        self.context.events.changed.connect(self._absorb_own)
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(WATCH_INTERVAL_MS)
        self._watch_timer.timeout.connect(self.poll_elsewhere)
        self._watch_timer.start()
        self.destroyed.connect(self.change_watch.close)

    def _absorb_own(self, changes: Changes) -> None:
        """This window's own change is no news when the watch sees it."""
        if changes.by != ELSEWHERE:
            self.change_watch.absorb()

    def poll_elsewhere(self) -> bool:
        was_connected = self.change_watch.connected
        changed = self.change_watch.poll()
        reconnected = self.change_watch.connected and not was_connected
        if self.change_watch.connected != was_connected:
            self._say_connection(self.change_watch.connected)
        if not changed:
            return False
        self.context.events.announce(self._what_changed_elsewhere(reconnected))
        if not reconnected:
            self._say_updated()
        return True

    def _what_changed_elsewhere(self, reconnected: bool) -> Changes:
        """Only the kinds the history names, so only the views showing them look again.

        A change the history does not know (an import, which writes in bulk), or a
        gap while the server was away, refreshes everything.
        """
        if reconnected:
            return Changes.everything(by=ELSEWHERE)
        if self.change_watch.tables is not None:  # the server's notification said
            return Changes(kinds_of_tables(self.change_watch.tables), by=ELSEWHERE)
        try:
            found = self.context.history.since(self._history_mark)
        except DomainError:
            return Changes.everything(by=ELSEWHERE)
        self._history_mark = found.mark
        if not found.tables:
            return Changes.everything(by=ELSEWHERE)
        return Changes(kinds_of_tables(found.tables), updated=found.ids, by=ELSEWHERE)

    def _say_connection(self, connected: bool) -> None:
        """Said once when the server goes away and once when it is back; typed text stays."""
        if connected:
            self.updated_label.setText(self.tr("Connection to the server restored"))
        else:
            self.updated_label.setText(
                self.tr(
                    "No connection to the server: trying again. What you type is kept; "
                    "save again once the connection is back."
                )
            )

    def say_backup_failed(self, reason: str) -> None:
        """The daily backup (made while the window is open) could not be written."""
        self.updated_label.setText(self.tr("The daily backup failed: %1").replace("%1", reason))

    def _say_updated(self) -> None:
        """'Updated by Sanne Bos, 10:42': who made the change this window just showed."""
        who = self.change_watch.last_by
        at = None
        try:
            latest = self.context.history.latest()
        except DomainError:
            latest = None
        if latest is not None:
            who = who or latest.who
            at = latest.at
        when = (at or datetime.now()).strftime("%H:%M")
        if who:
            text = self.tr("Updated by %1, %2").replace("%1", who).replace("%2", when)
        else:
            text = self.tr("Updated elsewhere, %1").replace("%1", when)
        self.updated_label.setText(text)

    def _read_only_banner(self) -> QLabel:
        banner = QLabel(
            self.context.store.read_only_reason
            or self.tr(
                "Read-only: this database is open in another window of the app. You can read "
                "and export here; changes are made in the other window."
            ),
            self,
        )
        banner.setObjectName("read_only_banner")
        banner.setWordWrap(True)
        banner.setStyleSheet(
            "background: #fff3cd; color: #5c4400; padding: 8px; border-bottom: 1px solid #e0c36c;"
        )
        return banner

    def _build_view(self, key: str, factory: Factory) -> QWidget:
        index = list(self.views).index(key)
        view = factory(self.context, self)
        view.setObjectName(f"view_{key}")
        fill_menu = getattr(view, "fill_menu", None)  # a view with commands in the menu bar
        if fill_menu is not None:
            fill_menu(self.meeting_menu)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, view)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return view

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.views[list(self.views)[row]]
        self.stack.setCurrentIndex(row)

    def show_view(self, key: str) -> QWidget:
        self.nav.setCurrentRow(list(self.views).index(key))
        return self.views[key]

    def _record_list(self) -> RecordListView | None:
        """The list of records on screen, if the current view shows one."""
        base = sys.modules.get("dordtwest_desktop.ui.views.base")
        if base is None:
            return None  # no list view was ever built: its module is not even loaded
        RecordListView = base.RecordListView
        view = self.stack.currentWidget()
        if isinstance(view, RecordListView):
            return view
        inner = getattr(view, "list", None)  # the meetings view, showing its list
        if isinstance(inner, RecordListView) and inner.isVisible():
            return inner
        return None

    def _update_record_actions(self) -> None:
        found = self._record_list()
        meeting = self._meeting_on_screen()
        selected = found is not None and found.current() is not None
        new, open_, delete = self.record_actions
        new.setEnabled(found is not None or meeting is not None)
        open_.setEnabled(selected)
        delete.setEnabled(selected)

    def _meeting_on_screen(self) -> Any:
        meetings = self.views._built.get("meetings")
        meeting = getattr(meetings, "meeting", None)
        return meeting if meeting is not None and meeting.isVisible() else None

    def new_record(self) -> None:
        found = self._record_list()
        if found is not None:
            found.on_new()
            return
        meeting = self._meeting_on_screen()
        if meeting is not None:
            meeting.new_here()

    def open_record(self) -> None:
        found = self._record_list()
        if found is not None:
            found.edit_selected()

    def delete_record(self) -> None:
        found = self._record_list()
        if found is not None:
            found.delete_selected()

    def _store_label(self) -> str:
        path = self.context.store.path
        return self.tr("Database: %1").replace("%1", str(path or self.context.store.label))

    def _menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(menu, self.tr("Connect to &server…"), self.connect_to_server)
        self._action(menu, self.tr("&Open local file…"), self.open_local_file)
        menu.addSeparator()
        self._action(menu, self.tr("Make &backup…"), self.make_backup)
        restore = self._action(menu, self.tr("&Restore a backup…"), self.restore_backup)
        if not self.context.store.is_sqlite:
            # A server database is restored by its administrator (pg_restore).
            restore.setEnabled(False)
        self._action(menu, self.tr("&Export all data (JSON)…"), self.export_json)
        self._action(menu, self.tr("&Import data (JSON)…"), self.import_json)
        self._action(menu, self.tr("Import i&ndicators (CSV, Excel)…"), self.import_indicators)
        self._action(menu, self.tr("Export &dashboard (PDF)…"), self.export_dashboard)
        self._action(menu, self.tr("Export progress re&port (PDF)…"), self.export_report)
        self._action(menu, self.tr("Export partner o&verview (PDF)…"), self.export_partner)
        self._action(menu, self.tr("Export &list to Excel…"), self.export_list_excel)
        self._action(menu, self.tr("Export &workbook (Excel)…"), self.export_workbook)
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.context.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.context.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit.addSeparator()
        # The list on screen's own commands. Their keys belong to the list (shown
        # after the tab, not registered twice, which Qt would call ambiguous).
        self.record_actions = (
            self._action(edit, self.tr("&New…") + "\tCtrl+N", self.new_record),
            self._action(edit, self.tr("&Open…") + "\tEnter", self.open_record),
            self._action(edit, self.tr("&Delete…") + "\tDel", self.delete_record),
        )
        edit.aboutToShow.connect(self._update_record_actions)
        edit.addSeparator()
        self._action(edit, self.tr("&Settings…"), self.open_settings)
        self._action(edit, self.tr("Accountability re&gimes…"), self.open_regimes)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, key in enumerate(self.views, start=1):
            self._action(
                view_menu,
                f"&{number} {self.nav.item(number - 1).text()}",
                partial(self.show_view, key),
                QKeySequence(f"Ctrl+{number}"),
            )
        self._meeting_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About"), self.about)

    def _meeting_menu(self) -> None:
        """The opened meeting's commands; the meetings view fills it once it is built."""
        self.meeting_menu = self.menuBar().addMenu(self.tr("&Meeting"))
        self.meeting_menu.setObjectName("meeting_menu")
        hint = self.meeting_menu.addAction(self.tr("Open a meeting under Meetings first"))
        hint.setEnabled(False)
        if "meetings" in self.views:
            self.meeting_menu.aboutToShow.connect(lambda: self.views["meetings"])

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _ask_path(self, title: str, filter_: str, save: bool, suggestion: str = "") -> Path | None:
        folder = self.context.settings.last_folder or str(Path.home())
        start = str(Path(folder) / suggestion) if suggestion else folder
        if save:
            name, _ = QFileDialog.getSaveFileName(self, title, start, filter_)
        else:
            name, _ = QFileDialog.getOpenFileName(self, title, start, filter_)
        if not name:
            return None
        self.context.settings.last_folder = str(Path(name).parent)
        return Path(name)

    def _run(self, call: Callable[[], str]) -> None:
        try:
            message = call()
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Dordt West Alliantie"), error.message)
            return
        self.statusBar().showMessage(message, 8000)

    def connect_to_server(self) -> QDialog | None:
        """Ask for a server and, once it answers, work on its database in a new window."""
        from dordtwest_desktop.ui.dialogs.server_connect import ServerDialog

        last = self.context.settings.last_database
        dialog = ServerDialog(last if "://" in last else "", self)
        dialog.accepted.connect(lambda: self._switch(dialog.opened, None))
        dialog.open()
        return dialog

    def open_local_file(self) -> None:
        from dordtwest_desktop.paths import default_database
        from dordtwest_desktop.ui.startup import open_interactively

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open local file"),
            str(default_database()),
            self.tr("Database (*.sqlite)"),
        )
        if not name:
            return
        opened = open_interactively(Path(name))
        if opened is not None:
            self._switch(*opened)

    def _switch(self, store: Store | None, lock: QLockFile | None) -> None:
        if store is None:
            return
        if self.switch is None:  # a window without an app around it (tests)
            store.close()
            return
        self.switch(store, lock)

    def make_backup(self) -> None:
        from datetime import date

        from dordtwest_desktop.services.storage import backup_suffix, backup_to

        suffix = backup_suffix(self.context.store)
        kinds = {
            ".sqlite": self.tr("Database (*.sqlite)"),
            ".dump": self.tr("PostgreSQL archive (*.dump)"),
            ".json": self.tr("Exchange file (*.json)"),
        }
        path = self._ask_path(
            self.tr("Make backup"),
            kinds[suffix],
            True,
            f"dordtwest-backup-{date.today().isoformat()}{suffix}",
        )
        if path is not None:
            self._run(
                lambda: self.tr("Backup written to %1").replace(
                    "%1", str(backup_to(self.context.store, path))
                )
            )

    def restore_backup(self) -> None:
        from dordtwest_desktop.ui.dialogs.restore import RestoreDialog

        RestoreDialog(self.context, self).open()

    def export_json(self) -> WriteJob | None:
        """Write the whole store on a pool thread behind a progress dialog (seconds at scale)."""
        from dordtwest_desktop.services.documents import Cancelled, Progress
        from dordtwest_desktop.services.storage import export_json
        from dordtwest_desktop.ui.export_dialog import WriteJob

        path = self._ask_path(
            self.tr("Export all data"), self.tr("Exchange file (*.json)"), True, "dordtwest.json"
        )
        if path is None:
            return None
        store = self.context.store
        written: dict[str, int] = {}

        def write(progress: Progress, cancelled: Cancelled) -> None:
            written.update(export_json(store, path, cancelled=cancelled))

        job = WriteJob(write, path)
        job.signals.finished.connect(
            lambda _: self.statusBar().showMessage(
                self.tr("%n record(s) written", None, sum(written.values())), 8000
            )
        )
        self._run_exchange(job, self.tr("Exporting %1…"), "export_progress")
        return job

    def import_json(self) -> WriteJob | None:
        """Merge an exchange file on a pool thread behind a progress dialog (cancel: nothing)."""
        from dordtwest_desktop.ui.export_dialog import ImportJob

        path = self._ask_path(self.tr("Import data"), self.tr("Exchange file (*.json)"), False)
        if path is None:
            return None
        job = ImportJob(self.context.store, path)

        def imported() -> None:
            # An import is not undoable step by step; start a fresh history.
            self.context.undo_stack.clear()
            self.context.events.everything_changed()
            merged = sum(job.counts.values())
            self.statusBar().showMessage(self.tr("%n record(s) merged", None, merged), 8000)

        job.signals.finished.connect(lambda _: imported())
        job.signals.cancelled.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Import stopped: nothing was changed."), 8000
            ),
        )
        self._run_exchange(job, self.tr("Importing %1…"), "import_progress")
        return job

    def _run_exchange(self, job: WriteJob, label: str, name: str) -> None:
        """An exchange file read or written behind a progress dialog; a failure in a box."""
        from dordtwest_desktop.ui.export_dialog import run_with_progress

        job.signals.failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Dordt West Alliantie"), message)
        )
        run_with_progress(job, label.replace("%1", job.out.name), name, self)

    def export_dashboard(self) -> object:
        from dordtwest_desktop.ui.export_dialog import export_dashboard

        return export_dashboard(self.context, self)

    def export_report(self) -> QDialog:
        from dordtwest_desktop.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_partner(self) -> QDialog:
        from dordtwest_desktop.ui.partner_dialog import PartnerDialog

        dialog = PartnerDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_list_excel(self) -> object:
        """The list on screen, as it shows it, to Excel (the view's own *Export to Excel…*)."""
        found = self._record_list()
        if found is None:
            self.statusBar().showMessage(self.tr("Open a list first (Goals, Milestones…)."), 8000)
            return None
        return found.export_to_excel()

    def export_workbook(self) -> object:
        from dordtwest_desktop.ui.workbook_export import export_programme

        return export_programme(self.context, self)

    def import_indicators(self) -> None:
        from dordtwest_desktop.ui.dashboard.indicators import import_indicators

        import_indicators(self.context, self)

    def open_settings(self) -> None:
        from dordtwest_desktop.ui.dialogs.settings import SettingsDialog

        SettingsDialog(self.context.settings, self).exec()

    def open_regimes(self) -> object:
        from dordtwest_desktop.ui.dialogs.regimes import open_regimes

        return open_regimes(self.context, self)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "Dordt West Alliantie %1\nProgramme and meetings of the Nationaal Programma Dordt West."
            ).replace("%1", __version__),
        )
