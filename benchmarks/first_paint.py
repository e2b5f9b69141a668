"""Launcher for benchmarks/startup.py: runs the app (or the bare baseline) with an event
filter on the application that prints the seconds from launch to the first paint of
any widget and then quits. The app itself knows nothing of the benchmark.

    FIRST_PAINT_EPOCH=<time.time() at launch> python benchmarks/first_paint.py app DB
    FIRST_PAINT_EPOCH=<time.time() at launch> python benchmarks/first_paint.py bare

FIRST_PAINT_CHARTS=1 (app only) waits on until the dashboard's charts are painted too.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

EPOCH = "FIRST_PAINT_EPOCH"


def since_launch() -> float:
    return time.time() - float(os.environ[EPOCH])


class FirstPaint(QObject):
    """Prints the first paint; with FIRST_PAINT_CHARTS=1 also the first paint after the
    dashboard's timeline chart exists ("charts"), the dashboard complete."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.painted = False
        self.wait_for_charts = os.environ.get("FIRST_PAINT_CHARTS") == "1"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.painted:
            self.painted = True
            print(f"first-paint {since_launch():.3f}", flush=True)
            if not self.wait_for_charts:
                self._done()
        elif self._charts_exist():
            print(f"charts {since_launch():.3f}", flush=True)
            self._done()
        return False

    @staticmethod
    def _charts_exist() -> bool:
        from PySide6.QtWidgets import QWidget

        return any(
            w.findChild(QWidget, "timeline_plot") is not None
            for w in QApplication.topLevelWidgets()
        )

    def _done(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        QTimer.singleShot(0, QCoreApplication.quit)


def watch(app: QApplication) -> FirstPaint:
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    return watcher


def app(db: str) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from dordtwest_desktop.ui.app import create_application, run

    watcher = watch(create_application())  # run() goes on with this application
    code = run(db=db, lang="nl")
    del watcher
    return code


def bare() -> int:
    import pyqtgraph as pg
    from PySide6.QtWidgets import QMainWindow

    application = QApplication([])
    watcher = watch(application)
    window = QMainWindow()
    plot = pg.PlotWidget(window)
    plot.plot([1, 3, 2, 4])
    window.setCentralWidget(plot)
    window.resize(1200, 760)
    window.show()
    code = application.exec()
    del watcher
    return code


if __name__ == "__main__":
    raise SystemExit(app(sys.argv[2]) if sys.argv[1] == "app" else bare())
