"""Time from launch to the first paint of the main window, next to a bare PySide6 window
with a pyqtgraph plot measured in the same run; the ratio is the figure that counts.

    python benchmarks/startup.py [--runs 5]

The app and the bare window take turns run by run, so a machine that gets busier or
quieter during the run weighs on both alike. Also timed (median of the same number of
runs): the first start of the day, which makes the daily backup (the backup folder is
removed before each of those runs), and the time until the dashboard's charts, drawn
just after the first paint, are on screen too. "First start" creates, migrates and
seeds the database and compiles every module's bytecode: a first start after install.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LAUNCHER = Path(__file__).with_name("first_paint.py")  # prints "first-paint SECONDS"


def measure(args: list[str], data_dir: str, charts: bool = False) -> dict[str, float]:
    """The launcher's figures: "first-paint", and with `charts` also "charts"."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["DORDTWEST_DATA_DIR"] = data_dir
    # Bytecode as an installed app has it (pip and PyInstaller compile every module):
    # written by the warm-up runs into a cache of the benchmark's own, then only read,
    # whatever PYTHONDONTWRITEBYTECODE or stale __pycache__ folders the checkout has.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(data_dir) / "pycache")
    env["FIRST_PAINT_CHARTS"] = "1" if charts else "0"
    env["FIRST_PAINT_EPOCH"] = repr(time.time())
    result = subprocess.run(
        [sys.executable, str(LAUNCHER), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("first-paint", "charts"):
            found[name] = float(value)
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite"
        backups = db.with_name(db.name + ".backups")
        first_start = measure(["app", str(db)], folder)["first-paint"]  # creates and seeds
        measure(["app", str(db)], folder, charts=True)  # warm-up: the charts' bytecode
        measure(["bare"], folder)  # warm-up
        app: list[float] = []
        bare: list[float] = []
        day: list[float] = []
        charts: list[float] = []
        for _ in range(args.runs):
            app.append(measure(["app", str(db)], folder)["first-paint"])
            bare.append(measure(["bare"], folder)["first-paint"])
            shutil.rmtree(backups, ignore_errors=True)
            day.append(measure(["app", str(db)], folder)["first-paint"])
            charts.append(measure(["app", str(db)], folder, charts=True)["charts"])
    app_s, bare_s = statistics.median(app), statistics.median(bare)
    print(f"first start (create + seed):   {first_start:.3f} s")
    print(f"app, seeded database:          {app_s:.3f} s  (median of {args.runs})")
    print(f"bare PySide6 + pyqtgraph:      {bare_s:.3f} s  (median of {args.runs})")
    print(f"ratio app / bare:              {app_s / bare_s:.2f}")
    print(f"first start of the day:        {statistics.median(day):.3f} s  (daily backup)")
    print(f"dashboard charts on screen:    {statistics.median(charts):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
