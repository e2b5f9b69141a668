"""How fast `export xlsx` writes the workbook of a team's programme (issue 16: under 5 s).

The database is the scale of benchmarks/ (`dashboard.fill_big` + `team_data.fill_team`:
2,000 initiatives, 20,000 milestones, 1,000 meetings with attendees and decisions,
100,000 remarks), with 30 actions per meeting instead of 3, so that it holds the
issue's 30,000 actions. Timed: the read (`workbook_data`), the writing
(`write_workbook`), both together as `export xlsx` runs them, and the command itself
in a process of its own (Python start and imports included).

    python benchmarks/export_xlsx.py [--runs 3] [--db FILE]   (FILE is built if missing)
"""

from __future__ import annotations

import argparse
import gc
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


def timed(action: object) -> float:
    gc.collect()
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


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
    print(f"read    median {statistics.median(reads):.2f} s  {sorted(reads)}")
    print(f"write   median {statistics.median(writes):.2f} s  {sorted(writes)}")
    print(f"export  median {statistics.median(both):.2f} s  (read + write, in process)")
    print(f"command median {statistics.median(cli):.2f} s  (`main.py export xlsx`, {size:.1f} MB)")


if __name__ == "__main__":
    main()
