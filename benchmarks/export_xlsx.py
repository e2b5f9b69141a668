"""How fast `export xlsx` writes the workbook of a team's programme (issue 16: under 5 s).

The database is the scale of benchmarks/ (`dashboard.fill_big` + `team_data.fill_team`:
2,000 initiatives, 20,000 milestones, 1,000 meetings with attendees and decisions,
100,000 remarks), with 30 actions per meeting instead of 3, so that it holds the
issue's 30,000 actions. Timed: the read (`workbook_data`), the writing
(`write_workbook`), both together as `export xlsx` runs them, and the command itself
in a process of its own (Python start and imports included).

Each figure is given as wall time and as CPU time of the process (`time.process_time`,
for the command its child's rusage): on a machine shared with other work the wall
time says more about the neighbours than about the export.

    python benchmarks/export_xlsx.py [--runs 3] [--db FILE]   (FILE is built if missing)
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.dashboard import fill_big  # noqa: E402
from benchmarks.team_data import Scale, fill_team  # noqa: E402
from dordtwest_desktop.export.workbook import write_workbook  # noqa: E402
from dordtwest_desktop.services.workbook import workbook_data  # noqa: E402
from dordtwest_desktop.store.database import open_store  # noqa: E402

SCALE = Scale(actions_per_meeting=30)


def build(path: Path) -> None:
    started = time.perf_counter()
    store = open_store(path)
    try:
        fill_big(store)
        fill_team(store, SCALE)
    finally:
        store.close()
    print(f"built {path} in {time.perf_counter() - started:.1f} s")


def timed(action: object) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and its finished children)."""
    gc.collect()

    def cpu() -> float:
        own = time.process_time()
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own + children.ru_utime + children.ru_stime

    started, started_cpu = time.perf_counter(), cpu()
    action()  # type: ignore[operator]
    return time.perf_counter() - started, cpu() - started_cpu


def said(runs: list[tuple[float, float]]) -> str:
    wall = statistics.median(w for w, _ in runs)
    cpu = statistics.median(c for _, c in runs)
    return f"median {wall:5.2f} s wall, {cpu:5.2f} s CPU  (walls {sorted(round(w, 2) for w, _ in runs)})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "scale.sqlite"
        if not db.exists():
            build(db)
        out = Path(folder) / "programma.xlsx"
        store = open_store(db)
        try:
            data = workbook_data(store)
            counts = {s.name: len(s.rows) for s in data.sheets}
            cells = sum(len(s.rows) * len(s.columns) for s in data.sheets)
            print("rows per sheet:", counts, f"(~{cells:,} values)")
            reads = [timed(lambda: workbook_data(store)) for _ in range(args.runs)]
            writes = [timed(lambda: write_workbook(data, out)) for _ in range(args.runs)]
            both = [
                timed(lambda: write_workbook(workbook_data(store), out)) for _ in range(args.runs)
            ]
        finally:
            store.close()
        command = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "export", "xlsx"]
        cli = [
            timed(
                lambda: subprocess.run(
                    [*command, "--out", str(out)], check=True, capture_output=True
                )
            )
            for _ in range(args.runs)
        ]
        size = out.stat().st_size / 1e6
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"read    {said(reads)}")
    print(f"write   {said(writes)}")
    print(f"export  {said(both)}  read + write, in process")
    print(f"command {said(cli)}  `main.py export xlsx`, {size:.1f} MB")


if __name__ == "__main__":
    main()
