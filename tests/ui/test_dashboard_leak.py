"""A closed and deleted dashboard is garbage, also when its window is replaced.

These checks call gc.collect() while Qt objects are being torn down, which can
leave PySide/pyqtgraph wrappers in a state that crashes a later, unrelated
collection in the same process. So they run in a pytest process of their own,
started by the one test the main run sees.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from dordtwest_desktop.store.database import Store, open_store
from dordtwest_desktop.ui.app import Running
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dashboard import DashboardView
from dordtwest_desktop.ui.main_window import MainWindow
from dordtwest_desktop.ui.settings import Settings

CHILD = "DORDTWEST_LEAK_CHECKS"

if not os.environ.get(CHILD):

    def test_the_leak_checks_pass_in_a_process_of_their_own() -> None:
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__],
            env={**os.environ, CHILD: "1"},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
        assert "3 passed" in result.stdout, result.stdout[-2000:]

else:

    @pytest.fixture
    def settings(tmp_path: Path) -> Settings:
        return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))

    def collect() -> None:
        """What the event loop does for deleteLater(), then Python's cycle collector."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()

    def charts_drawn(view: DashboardView) -> Callable[[], bool]:
        return lambda: view._charts is not None

    def test_a_closed_dashboard_is_garbage(qtbot, store: Store, settings: Settings):
        context = AppContext.create(store, settings)  # outlives the view, as in the app
        view = DashboardView(context)
        view.resize(1200, 900)
        view.show()
        qtbot.waitExposed(view)
        qtbot.waitUntil(charts_drawn(view))  # drawn after the first paint
        context.events.everything_changed()  # a change it heard and redrew
        qtbot.wait(10)
        gone = weakref.ref(view)
        plot = weakref.ref(view.timeline.plot)
        view.close()
        view.deleteLater()
        del view
        collect()
        assert gone() is None
        assert plot() is None
        context.events.everything_changed()  # no one left to answer

    def test_a_replaced_window_and_its_dashboard_are_garbage(
        qtbot, db_path: Path, tmp_path: Path, settings: Settings
    ):
        running = Running(settings)
        first = running.show(open_store(db_path), None)
        qtbot.waitExposed(first)
        window, dashboard = weakref.ref(first), weakref.ref(first.views["dashboard"])
        second = running.show(open_store(db_path), None)  # File → Open of the same file
        qtbot.addWidget(second)
        del first
        collect()
        assert window() is None
        assert dashboard() is None
        running.close()

    def test_the_window_listens_with_a_bound_method(qtbot, store: Store, settings: Settings):
        """A lambda holding the window on the context's events kept every view alive."""
        window = MainWindow(AppContext.create(store, settings))
        window.show()
        qtbot.waitExposed(window)
        gone = weakref.ref(window)
        window.close()
        window.deleteLater()
        del window
        collect()
        assert gone() is None
