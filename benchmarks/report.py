"""How fast the progress report of a year is made, at the scale of benchmarks/.

Quality bar (issue 17): the report of a year under 3 s, on the scale database of
`server.py` (`dashboard.fill_big` + `team_data.fill_team`: 2,000 initiatives,
20,000 milestones, 1,004 meetings, 100,000 remarks; generated, in a temporary
folder). Timed, the garbage collected before each run: the read
(`services.report.report_data`), the drawing (`export.report.build_report`, tagging
included) and the two together, as `export report --period 2024` runs them.

    python benchmarks/report.py [--scale 1] [--runs 3] [--period 2024] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from dashboard import fill_big  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from team_data import Scale, fill_team  # noqa: E402

from dordtwest_desktop.export.report import build_report  # noqa: E402
from dordtwest_desktop.services.report import report_data  # noqa: E402
from dordtwest_desktop.store.database import open_store  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="of the benchmarks' figures")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--period", default="2024")
    parser.add_argument("--keep", type=Path, help="write the database and PDF here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="report-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "scale.sqlite"
    if not path.exists():
        start = time.perf_counter()
        store = open_store(path)
        fill_big(store)
        fill_team(store, Scale().times(args.scale))
        print(f"built {path} in {time.perf_counter() - start:.1f} s")
    else:
        store = open_store(path)
    out = folder / f"report-{args.period}.pdf"
    reads, draws, totals, cpus = [], [], [], []
    for _ in range(args.runs):
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        data = report_data(store, args.period)
        read = time.perf_counter() - start
        build_report(data, out)
        total = time.perf_counter() - start
        reads.append(read)
        draws.append(total - read)
        totals.append(total)
        # The machine is shared: CPU time says what the report costs, wall time what a
        # user waited on this machine at that moment.
        cpus.append(time.process_time() - cpu)
    store.close()
    pages = len(PdfReader(out).pages)
    lines = sum(
        len(p.initiatives) + len(p.reached) + len(p.late) + len(p.upcoming) for p in data.pillars
    )
    print(
        f"period {args.period}: {pages} pages, {lines} initiative/milestone rows, "
        f"{data.decisions} decisions in {len(data.meetings)} meetings"
    )
    for name, values in (("read", reads), ("draw", draws), ("total", totals), ("cpu", cpus)):
        print(
            f"{name:>5}: median {statistics.median(values) * 1000:,.0f} ms "
            f"(min {min(values) * 1000:,.0f}, max {max(values) * 1000:,.0f}, runs {len(values)})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
