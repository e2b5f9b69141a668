"""RSS over open/close cycles of the dashboard, on the big database of dashboard.py.

    python benchmarks/dashboard_memory.py [--cycles 5]

Two ways a dashboard is closed: the view alone (built, shown, closed and deleted on a
context that outlives it) and the whole window replaced by another on the same file
(File → Open), as `ui.app.Running` does. Each cycle ends with what the event loop does
for deleteLater() and a garbage collection, then reads the process's RSS (Linux).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import sys
import tempfile
import weakref
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.dashboard import fill_big
from dordtwest_desktop.store.database import open_store
from dordtwest_desktop.ui.app import Running
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.dashboard import DashboardView
from dordtwest_desktop.ui.settings import Settings


def rss_mib() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


def view_cycles(app: QApplication, db: Path, settings: Settings, cycles: int) -> list[float]:
    store = open_store(db)
    context = AppContext.create(store, settings)
    figures, alive = [rss_mib()], []
    for _ in range(cycles):
        view = DashboardView(context)
        view.resize(1400, 1000)
        view.show()
        settle(app)  # the first paint, then the charts
        view.timeline  # noqa: B018 - built for sure
        alive.append(weakref.ref(view))
        view.close()
        view.deleteLater()
        del view
        settle(app)
        figures.append(rss_mib())
    print(f"  views still alive: {sum(r() is not None for r in alive)} of {cycles}")
    store.close()
    return figures


def window_cycles(app: QApplication, db: Path, settings: Settings, cycles: int) -> list[float]:
    running = Running(settings)
    window = running.show(open_store(db), None)
    settle(app)
    figures, alive = [rss_mib()], []
    for _ in range(cycles):
        alive.append(weakref.ref(window))
        window = running.show(open_store(db), None)
        settle(app)
        figures.append(rss_mib())
    print(f"  replaced windows still alive: {sum(r() is not None for r in alive)} of {cycles}")
    window.close()
    running.close()
    return figures


def report(name: str, figures: list[float]) -> None:
    steps = [b - a for a, b in itertools.pairwise(figures)]
    print(f"{name}: RSS {' → '.join(f'{x:.0f}' for x in figures)} MiB")
    print(f"  growth per cycle: {', '.join(f'{x:+.1f}' for x in steps)} MiB")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycles", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DORDTWEST_DATA_DIR"] = folder
        db = Path(folder) / "big.sqlite"
        store = open_store(db)
        fill_big(store)
        store.close()
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        report("dashboard view opened and closed", view_cycles(app, db, settings, args.cycles))
        report("window replaced (File → Open)", window_cycles(app, db, settings, args.cycles))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
