"""`export ics --all` of the scale database's 1,000 meetings (issue 16: under 1 s).

    python benchmarks/export_ics.py [--scale 1] [--runs 5] [--keep DIR]

Builds the meetings of `team_data.fill_team` (1,004 meetings with 10 agenda items
and 8 attendees each) on a seeded SQLite file, gives every person an e-mail
address (so each event carries its ORGANIZER and 8 ATTENDEEs) and moves 100
meetings through the service (so SEQUENCE has history to count). Then it times
the command as a user runs it, in this process (`cli.main`, store opened and
closed each run), and once as a fresh process (Python and imports included), and
for comparison `import ics` of the written file into a copy (preview + write).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select, update  # noqa: E402

from benchmarks.team_data import Scale, fill_team  # noqa: E402
from dordtwest_desktop.cli import main as cli  # noqa: E402
from dordtwest_desktop.services.ics_import import CalendarImportService  # noqa: E402
from dordtwest_desktop.services.meetings import MeetingService  # noqa: E402
from dordtwest_desktop.store import models as m  # noqa: E402
from dordtwest_desktop.store.database import open_store  # noqa: E402


def build(path: Path, scale: float) -> int:
    store = open_store(path)
    try:
        fill_team(store, Scale().times(scale))
        with store.transaction() as session:
            people = session.execute(select(m.Person.id, m.Person.name)).all()
            for ident, name in people:
                address = name.lower().replace(" ", ".") + "@example.org"
                session.execute(update(m.Person).where(m.Person.id == ident).values(email=address))
        service = MeetingService(store)
        meetings = service.meetings()
        for dto in meetings[:100]:
            service.save_meeting(replace(dto, location="Energiehuis, zaal 2"))
        return len(meetings)
    finally:
        store.close()


def timed(call: Callable[[], None], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds per run; on a shared machine the CPU time is the steadier one."""
    wall, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        call()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the database and the file here")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="ics-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "scale.sqlite"
    out = folder / "all.ics"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    count = build(db, args.scale)
    print(f"database: {count} meetings, built in {time.perf_counter() - started:.1f} s")

    def export() -> None:
        assert cli(["--db", str(db), "export", "ics", "--all", "--out", str(out)]) == 0

    export()  # the first run pays for imports and cold caches; not counted
    runs, cpu = timed(export, args.runs)
    size = out.stat().st_size
    print(
        f"export ics --all, in process: median {statistics.median(runs) * 1000:.0f} ms wall "
        f"(min {min(runs) * 1000:.0f}, max {max(runs) * 1000:.0f}; {args.runs} runs), "
        f"median {statistics.median(cpu) * 1000:.0f} ms CPU, {size / 1024:.0f} KiB"
    )
    command = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "export", "ics", "--all"]
    started = time.perf_counter()
    subprocess.run([*command, "--out", str(out)], check=True, capture_output=True)
    print(f"export ics --all, fresh process: {(time.perf_counter() - started) * 1000:.0f} ms")

    copy = folder / "copy.sqlite"
    shutil.copyfile(db, copy)
    store = open_store(copy)
    try:
        importer = CalendarImportService(store)
        started = time.perf_counter()
        plan = importer.plan(out)
        planned = time.perf_counter() - started
        importer.apply(plan)
        print(
            f"import ics of that file: preview {planned * 1000:.0f} ms, "
            f"then write {(time.perf_counter() - started - planned) * 1000:.0f} ms ({plan.summary()})"
        )
    finally:
        store.close()
    if args.keep is None:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
