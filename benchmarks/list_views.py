"""Opening each list view and a search keystroke, wall and CPU time (issue 13).

    .venv/bin/python benchmarks/list_views.py --db /tmp/scale.sqlite [--runs 5] [--profile]
        [programme milestones actions meetings goals initiatives keys-milestones keys-actions]

The database is scale.py's (build it with `benchmarks/scale.py --db PATH` first); it is
only read. Each figure is the median of `--runs`; CPU time is this process's, so a busy
machine shows in the wall time more than in the CPU time. `--profile` prints the 25
costliest functions of one more run (cProfile, by own time).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scale import Qt
from dordtwest_desktop.services.storage import open_store

WORDS = ["w", "wi", "wij", "wijk", "wij", "wi", "w", ""]


def views() -> dict[str, Callable[..., Any]]:
    from dordtwest_desktop.ui.meetings.meetings_view import MeetingsView
    from dordtwest_desktop.ui.views.actions import ActionsView
    from dordtwest_desktop.ui.views.goals import GoalsView
    from dordtwest_desktop.ui.views.initiatives import InitiativesView
    from dordtwest_desktop.ui.views.milestones import MilestonesView
    from dordtwest_desktop.ui.views.programme import ProgrammeView

    return {
        "programme": ProgrammeView,
        "milestones": MilestonesView,
        "actions": ActionsView,
        "meetings": MeetingsView,
        "goals": GoalsView,
        "initiatives": InitiativesView,
    }


def opened(qt: Qt, factory: Callable[..., Any]) -> Any:
    view = factory(qt.context)
    view.resize(1400, 900)
    view.show()
    qt.settle()
    return view


def dropped(qt: Qt, view: Any) -> None:
    view.close()
    view.deleteLater()
    qt.settle()


def clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = clocks()
    return wall - start[0], cpu - start[1]


def keystrokes(qt: Qt, view: Any, runs: int, profile: bool) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for n in range(runs):
        start = clocks()
        view.search.setText(WORDS[n % len(WORDS)])
        qt.settle()
        wall, cpu = since(start)
        walls.append(wall)
        cpus.append(cpu)
    if profile:
        found = cProfile.Profile()
        found.enable()
        view.search.setText("wijk")
        qt.settle()
        found.disable()
        pstats.Stats(found).sort_stats("tottime").print_stats(25)
    return walls, cpus


def measure(qt: Qt, name: str, runs: int, profile: bool) -> tuple[list[float], list[float]]:
    if name.startswith("keys-"):
        view = opened(qt, views()[name.removeprefix("keys-")])
        found = keystrokes(qt, view, runs, profile)
        dropped(qt, view)
        return found
    factory = views()[name]
    walls, cpus = [], []
    for _ in range(runs):
        start = clocks()
        view = opened(qt, factory)
        wall, cpu = since(start)
        walls.append(wall)
        cpus.append(cpu)
        dropped(qt, view)
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        view = opened(qt, factory)
        profiler.disable()
        dropped(qt, view)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return walls, cpus


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    names = args.names or [*views(), "keys-milestones", "keys-actions"]
    store = open_store(args.db)
    qt = Qt(store)
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    for name in names:
        walls, cpus = measure(qt, name, args.runs, args.profile)
        print(
            f"{name:18} wall {statistics.median(walls) * 1000:6,.0f} ms"
            f"  cpu {statistics.median(cpus) * 1000:6,.0f} ms"
            f"  (wall {min(walls) * 1000:,.0f}–{max(walls) * 1000:,.0f} ms)",
            flush=True,
        )
        if name.startswith("keys-"):  # the first one makes the search text, if not ready
            print(f"{'':18} each: " + ", ".join(f"{w * 1000:.0f}" for w in walls) + " ms")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
