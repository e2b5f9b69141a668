"""Time from launch to the first paint of the main window, next to a bare PySide6 window
with a pyqtgraph plot measured in the same run; the ratio is the figure that counts.

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LAUNCHER = Path(__file__).with_name("first_paint.py")  # prints "first-paint SECONDS"


def measure(args: list[str], data_dir: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["DORDTWEST_DATA_DIR"] = data_dir
    env["FIRST_PAINT_EPOCH"] = repr(time.time())
    result = subprocess.run(
        [sys.executable, str(LAUNCHER), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("first-paint"))
    return float(line.split()[1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.sqlite")
        first_start = measure(["app", db], folder)  # creates, migrates and seeds
        app = [measure(["app", db], folder) for _ in range(args.runs)]
        bare = [measure(["bare"], folder) for _ in range(args.runs)]
    app_s, bare_s = statistics.median(app), statistics.median(bare)
    print(f"first start (create + seed): {first_start:.3f} s")
    print(f"app, seeded database:        {app_s:.3f} s  (median of {args.runs})")
    print(f"bare PySide6 + pyqtgraph:    {bare_s:.3f} s  (median of {args.runs})")
    print(f"ratio app / bare:            {app_s / bare_s:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
