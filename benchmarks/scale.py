"""Issue 13's table, row by row, on a programme of ten years (median of five runs).

    python benchmarks/scale.py [--db PATH] [--factor 1] [--runs 5] [--only NAME ...]

Builds the database of issue 13 when PATH does not exist yet (kept for the next run;
`--factor 0.1` makes a tenth of it): the seeded programme, `dashboard.fill_big`
(indicators × 20 years) and `team_data.fill_team` in bulk, the same rows the services
would write, up to 2,000 initiatives, 5,000 goals, 20,000 milestones, 1,000 meetings
of 15 items, 15 decisions and 15 actions each, 100,000 remarks and 200 people. The
build takes a few minutes, not hours.

Each operation runs once to warm up, then `--runs` times; the median is printed
with the goal of the issue. Wall-clock figures of a 2-CPU machine shared with other
work: read them as ratios, and count queries in tests (tests/services/
test_query_counts.py), never seconds.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.dashboard import fill_big  # noqa: E402
from benchmarks.team_data import Scale, fill_team  # noqa: E402
from dordtwest_desktop.services.storage import Store, open_store  # noqa: E402

ISSUE_13 = Scale(
    initiatives=2000,
    goals=5000,
    milestones=20000,
    meetings=1000,
    remarks=100000,
    people=200,
    items_per_meeting=15,
    actions_per_meeting=15,
    decisions_per_meeting=15,
)

GOALS = {  # operation -> the issue's goal, as printed
    "start to first paint": "≤ 1.5× bare window",
    "programme view": "< 200 ms",
    "milestones view": "< 200 ms",
    "actions view": "< 200 ms",
    "meetings view": "< 200 ms",
    "goals view": "< 200 ms",
    "initiatives view": "< 200 ms",
    "filter keystroke, milestones": "< 50 ms",
    "filter keystroke, actions": "< 50 ms",
    "open one meeting": "< 150 ms",
    "dashboard": "< 1 s",
    "RSS after every view": "< 300 MiB",
    "RSS, main window after every view": "< 300 MiB",
    "export json": "< 3 s, bounded memory",
    "import json (empty database)": "< 10 s",
    "export pack (one meeting)": "< 3 s",
    "export dashboard": "< 2 s",
    "refresh of all views after an import": "< 1 s",
    "refresh after an import, main window": "< 1 s",
}


def build(path: Path, factor: float) -> float:
    start = time.perf_counter()
    store = open_store(path)  # creates, migrates and seeds
    try:
        fill_big(store)
        fill_team(store, ISSUE_13.times(factor))
    finally:
        store.close()
    return time.perf_counter() - start


def median_of(runs: int, action: Callable[[], float]) -> float:
    action()  # warm-up
    walls, cpus = [], []
    for _ in range(runs):
        cpu = time.process_time()
        walls.append(action())
        # An action that cleans up after its timed part says its own CPU time.
        cpus.append(getattr(action, "cpu", None) or time.process_time() - cpu)
    # CPU time of this process (all its threads): steadier than the wall on a shared machine.
    median_of.cpu = statistics.median(cpus)  # type: ignore[attr-defined]
    return statistics.median(walls)


def timed(call: Callable[[], object]) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        call()
        return time.perf_counter() - start

    return run


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Qt:
    """The real widgets, offscreen, in one application and one context."""

    def __init__(self, store: Store) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from dordtwest_desktop.ui import translations
        from dordtwest_desktop.ui.app import collect_for_a_session
        from dordtwest_desktop.ui.context import AppContext
        from dordtwest_desktop.ui.settings import Settings

        self.app = QApplication.instance() or QApplication([])
        collect_for_a_session()  # as the app does from its first paint on
        self.keep = translations.install(self.app, "nl")
        self.folder = tempfile.TemporaryDirectory()
        settings = Settings(
            QSettings(str(Path(self.folder.name) / "s.ini"), QSettings.Format.IniFormat)
        )
        settings.user_name = "Benchmark"
        self.context = AppContext.create(store, settings)

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def opening(self, factory: Callable[..., object]) -> Callable[[], float]:
        from PySide6.QtCore import QCoreApplication, QEvent

        def run() -> float:
            start, cpu = time.perf_counter(), time.process_time()
            view = factory(self.context)
            view.resize(1400, 900)  # type: ignore[attr-defined]
            view.show()  # type: ignore[attr-defined]
            self.settle()
            elapsed = time.perf_counter() - start
            run.cpu = time.process_time() - cpu  # type: ignore[attr-defined]
            view.close()  # type: ignore[attr-defined]
            view.deleteLater()  # type: ignore[attr-defined]
            # As the app's event loop would: processEvents() leaves deferred deletes
            # alone, so every view opened here stayed (the RSS rows after counted them,
            # 20,000 milestone rows each). A view is in reference cycles (its columns'
            # functions name it): collected at once, not at the session's next full
            # collection.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self.settle()
            gc.collect()
            return elapsed

        return run

    def keystroke(self, factory: Callable[..., object]) -> Callable[[], float]:
        shown: list[Any] = []
        words = iter(["w", "wi", "wij", "wijk", "wij", "wi", "w", ""] * 1000)

        def run() -> float:
            # Made at the row's first (warm-up) run, not before the table: a list on
            # screen makes its search haystacks in idle slices, which ran inside the
            # rows measured in between (70 ms of "open one meeting" with --only).
            if not shown:
                shown.append(factory(self.context))
                shown[0].resize(1400, 900)
                shown[0].show()
                self.settle()
            view = shown[0]
            start = time.perf_counter()
            view.search.setText(next(words))
            self.settle()
            return time.perf_counter() - start

        return run


def in_child(statements: str, *paths: Path) -> tuple[float, float]:
    """Run `statements` (which set `seconds`) in a fresh process: seconds and peak MiB.

    The peak is the child's VmHWM, not ru_maxrss: the latter can carry the parent's peak
    over fork and exec. The paths are sys.argv[2:].
    """
    code = (
        "import sys, time; sys.path.insert(0, sys.argv[1]);"
        "from dordtwest_desktop.services.storage import open_store, export_json, import_json;"
        f"{statements};"
        "print(seconds,"
        " next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak_kib = result.stdout.split()
    return float(seconds), int(peak_kib) / 1024


def operations(store: Store, db: Path, qt: Qt) -> dict[str, Callable[[], float]]:
    from dordtwest_desktop.exporting import export_document
    from dordtwest_desktop.services.storage import export_json
    from dordtwest_desktop.ui.dashboard import DashboardView
    from dordtwest_desktop.ui.meetings.meeting_view import MeetingView
    from dordtwest_desktop.ui.meetings.meetings_view import MeetingsView
    from dordtwest_desktop.ui.views.actions import ActionsView
    from dordtwest_desktop.ui.views.goals import GoalsView
    from dordtwest_desktop.ui.views.initiatives import InitiativesView
    from dordtwest_desktop.ui.views.milestones import MilestonesView
    from dordtwest_desktop.ui.views.programme import ProgrammeView

    out = Path(qt.folder.name)
    meetings = qt.context.meetings.meetings()
    fullest = max(meetings[-20:], key=lambda m: len(qt.context.meetings.detail(m.id).agenda))
    pages: list[MeetingView] = []

    def open_meeting() -> None:
        if not pages:  # made at the warm-up run, as the keystroke rows' lists
            pages.append(MeetingView(qt.context))
            pages[0].resize(1400, 900)
            pages[0].show()
            qt.settle()
        pages[0].show_meeting(fullest.id)
        qt.settle()

    def exported_json() -> float:
        """In a child process, whose peak memory is the export's."""
        seconds, exported_json.peak_mib = in_child(  # type: ignore[attr-defined]
            "s = open_store(sys.argv[2]); t = time.perf_counter(); export_json(s, sys.argv[3]);"
            "seconds = time.perf_counter() - t",
            db,
            out / "all.json",
        )
        return seconds

    def imported_json() -> float:
        """Into an empty database, in a child process, whose peak memory is the import's."""
        if not (out / "all.json").exists():
            export_json(store, out / "all.json")
        for stale in out.glob("empty.sqlite*"):
            stale.unlink()
        seconds, imported_json.peak_mib = in_child(  # type: ignore[attr-defined]
            "s = open_store(sys.argv[2], seed=False); t = time.perf_counter();"
            "import_json(s, sys.argv[3]); seconds = time.perf_counter() - t; s.close()",
            out / "empty.sqlite",
            out / "all.json",
        )
        return seconds

    views = {
        "programme view": ProgrammeView,
        "milestones view": MilestonesView,
        "actions view": ActionsView,
        "meetings view": MeetingsView,
        "goals view": GoalsView,
        "initiatives view": InitiativesView,
    }
    opened: list[object] = []

    def every_view() -> float:
        for factory in (*views.values(), DashboardView):
            before = rss_mib()
            view = factory(qt.context)
            view.show()
            opened.append(view)
            qt.settle()
            if factory is DashboardView:
                view.charts()  # type: ignore[attr-defined]
                qt.settle()
                every_view.dashboard_mib = rss_mib() - before  # type: ignore[attr-defined]
        return rss_mib()

    def refresh_all() -> float:
        if not opened:
            every_view()
        start = time.perf_counter()
        qt.context.events.everything_changed("benchmark")
        qt.settle()
        return time.perf_counter() - start

    def window_rss() -> float:
        """A fresh process: the main window, every view shown once, back to the first."""
        code = (
            "import os, sys; sys.path.insert(0, sys.argv[1]);"
            "os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
            "from benchmarks.scale import Qt, rss_mib;"
            "from dordtwest_desktop.services.storage import open_store;"
            "from dordtwest_desktop.ui.main_window import MainWindow;"
            "qt = Qt(open_store(sys.argv[2])); w = MainWindow(qt.context); w.resize(1400, 900);"
            "w.show(); qt.settle();"
            "[(w.show_view(k), qt.settle()) for k in list(w.views)];"
            "w.show_view(next(iter(w.views))); qt.settle(); print(rss_mib())"
        )
        result = subprocess.run(
            [sys.executable, "-c", code, str(ROOT), str(db)],
            capture_output=True,
            text=True,
            check=True,
        )
        return float(result.stdout.split()[-1])

    window: list[object] = []

    def refresh_window() -> float:
        """As the app refreshes: the main window with every view built, one on screen.

        A view that is not on screen reads again when it is next shown (ReloadWhenSeen),
        so the refresh costs the shown view (here the dashboard, the first screen).
        """
        from PySide6.QtCore import QCoreApplication, QEvent

        from dordtwest_desktop.ui.main_window import MainWindow

        if not window:
            # Alone: the views the rows before opened in windows of their own go first,
            # and the windows of the keystroke rows and of the meeting hide (they are
            # made with the operations, and a shown list would reload with the window).
            for view in opened:
                view.close()  # type: ignore[attr-defined]
                view.deleteLater()  # type: ignore[attr-defined]
            opened.clear()
            for other in qt.app.topLevelWidgets():  # type: ignore[attr-defined]
                other.hide()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            qt.settle()
            main = MainWindow(qt.context)
            main.resize(1400, 900)
            main.show()
            for key in list(main.views):
                main.show_view(key)
                qt.settle()
            main.show_view(next(iter(main.views)))
            qt.settle()
            window.append(main)
        start = time.perf_counter()
        qt.context.events.everything_changed("benchmark")
        qt.settle()
        return time.perf_counter() - start

    found: dict[str, Callable[[], float]] = {
        name: qt.opening(factory) for name, factory in views.items()
    }
    found |= {
        "filter keystroke, milestones": qt.keystroke(MilestonesView),
        "filter keystroke, actions": qt.keystroke(ActionsView),
        "open one meeting": timed(open_meeting),
        "dashboard": qt.opening(DashboardView),
        "export json": exported_json,
        "import json (empty database)": imported_json,
        "export pack (one meeting)": timed(
            lambda: export_document(store, "pack", out=out / "pack.pdf", meeting=fullest.id)
        ),
        "export dashboard": timed(
            lambda: export_document(store, "dashboard", out=out / "dashboard.pdf")
        ),
        "RSS after every view": every_view,
        "RSS, main window after every view": window_rss,
        "refresh of all views after an import": refresh_all,
        "refresh after an import, main window": refresh_window,
    }
    return found


def startup(db: Path, runs: int) -> str:
    """Launch to first paint on this database, against the bare window (startup.py)."""
    from benchmarks.startup import measure

    with tempfile.TemporaryDirectory() as folder:
        # A copy of its own: this process keeps the database open (its WAL unmerged),
        # which no user's start meets, and which makes every start check the file.
        copy = Path(folder) / "start.sqlite"
        with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        db = copy
        measure(["app", str(db)], folder)  # warm-up, and today's backup
        measure(["bare"], folder)
        app, bare = [], []
        for _ in range(runs):
            app.append(measure(["app", str(db)], folder)["first-paint"])
            bare.append(measure(["bare"], folder)["first-paint"])
    first, plain = statistics.median(app), statistics.median(bare)
    return f"{first * 1000:,.0f} ms, bare {plain * 1000:,.0f} ms: ratio {first / plain:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "scale.sqlite")
    parser.add_argument("--factor", type=float, default=1.0, help="of issue 13's figures")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", nargs="*", help="operations whose name starts so")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"building {args.db} … {build(args.db, args.factor):.0f} s")
    store = open_store(args.db)
    qt = Qt(store)
    print(f"load average {os.getloadavg()[0]:.2f} at the start; {calibration()}")
    print(f"{'operation':40} {'median (CPU)':>24}  goal")

    def wanted(name: str) -> bool:
        return not args.only or any(name.startswith(prefix) for prefix in args.only)

    for name, action in operations(store, args.db, qt).items():
        if not wanted(name):
            continue
        if name == "RSS after every view":
            figure = f"{action():,.0f} MiB"
            figure += f" (dashboard +{getattr(action, 'dashboard_mib', 0):,.0f})"
        elif name.startswith("RSS"):
            figure = f"{statistics.median(action() for _ in range(args.runs)):,.0f} MiB"
        else:
            figure = f"{median_of(args.runs, action) * 1000:,.0f} ms"
            figure += f" (CPU {median_of.cpu * 1000:,.0f})"  # type: ignore[attr-defined]
            peak = getattr(action, "peak_mib", None)
            if peak is not None:
                figure += f", {peak:,.0f} MiB"
        print(f"{name:40} {figure:>24}  {GOALS[name]}", flush=True)
    store.close()
    if wanted("start to first paint"):
        print(
            f"{'start to first paint':40} {startup(args.db, args.runs)}  {GOALS['start to first paint']}"
        )
    print(
        f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB"
    )
    print(f"at the end: {calibration()}")
    return 0


def calibration() -> str:
    """The machine's speed now: a fixed piece of plain Python, median of 9 runs.

    This shared machine ran the same code up to 1.6 times slower from one hour to the
    next; a table is read against its own calibration, and code against code in turns.
    """
    times = []
    for run in range(10):
        start = time.perf_counter()
        sorted(str(n) for n in range(100_000))
        if run:  # the first warms up
            times.append(time.perf_counter() - start)
    return f"calibration {statistics.median(times) * 1000:.1f} ms"


if __name__ == "__main__":
    raise SystemExit(main())
