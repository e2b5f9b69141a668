"""How fast the accountability regimes regenerate their milestones, at the team's scale.

Issue 17's bar: regenerating all regimes under 1 s at the scale of benchmarks/
(the team's programme of issue 12: 2,000 initiatives with a funding line each,
20,000 milestones, 1,000 meetings, 100,000 remarks). Every funding line gets a
period and one of the shipped regimes (SiSa, Eindverantwoording,
Voortgangsrapportage), set with plain UPDATEs before the clock starts; then:

* first generation: `RegimeService.regenerate_all()` creates every report milestone;
* regenerate all, in step: the same call again (what "regenerate" costs when
  nothing moved: every line planned and compared);
* edit SiSa (15 juli → 1 juni): `save_regime`, which moves the milestones of every
  line that carries it, in one transaction;
* one line's period: `save_initiative` of one initiative with a longer period.

    python benchmarks/regimes.py [--scale 1] [--runs 3] [--url POSTGRES_URL] [--built FILE]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, update  # noqa: E402

from benchmarks.dashboard import fill_big  # noqa: E402
from benchmarks.team_data import Scale, fill_team  # noqa: E402
from dordtwest_desktop.domain.dates import PreciseDate  # noqa: E402
from dordtwest_desktop.domain.enums import MilestoneKind  # noqa: E402
from dordtwest_desktop.services.programme import ProgrammeService  # noqa: E402
from dordtwest_desktop.services.regimes import RegimeService  # noqa: E402
from dordtwest_desktop.store import models as m  # noqa: E402
from dordtwest_desktop.store.database import Store, open_store  # noqa: E402

PERIODS = (("medio 2023", "medio 2026"), ("1 januari 2024", "31 december 2027"), ("2025", "2028"))


def assign_everywhere(store: Store) -> int:
    """Every funding line a period and a regime, round robin (setup; not timed)."""
    names = ("SiSa", "Eindverantwoording", "Voortgangsrapportage")
    regimes = {r.name: r.id for r in RegimeService(store).regimes()}
    with store.transaction() as session:
        lines = list(session.scalars(select(m.FundingLine.id).order_by(m.FundingLine.id)))
        for n, ident in enumerate(lines):
            start, end = PERIODS[n % len(PERIODS)]
            session.execute(
                update(m.FundingLine)
                .where(m.FundingLine.id == ident)
                .values(
                    regime_id=regimes[names[n % len(names)]],
                    period_start=PreciseDate.parse(start),
                    period_end=PreciseDate.parse(end),
                )
            )
    return len(lines)


def reports(store: Store) -> int:
    with store.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(m.Milestone)
                .where(m.Milestone.kind == MilestoneKind.ACCOUNTABILITY)
            )
            or 0
        )


CPU: list[float] = []  # the process time of each timed call, beside the wall time


def timed(call: Callable[[], object]) -> tuple[float, object]:
    """Wall milliseconds of one call; its CPU milliseconds go to CPU (a shared machine's
    other jobs stretch the wall time, much less the process's own)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = call()
    CPU.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000, result


def run(store: Store, runs: int) -> list[tuple[str, float, str]]:
    service = RegimeService(store)
    programme = ProgrammeService(store)
    lines = assign_everywhere(store)
    first, report = timed(service.regenerate_all)
    rows = [("first generation", first, f"cpu {CPU[-1]:.0f} ms; {lines} lines, {report}")]
    CPU.clear()
    again = [timed(service.regenerate_all) for _ in range(runs)]
    rows.append(
        (
            "regenerate all, in step",
            statistics.median(t for t, _ in again),
            f"cpu {statistics.median(CPU):.0f} ms; {again[-1][1]}",
        )
    )
    CPU.clear()
    sisa = next(r for r in service.regimes() if r.name == "SiSa")
    edits = []
    for n in range(runs):
        moment = replace(sisa.moments[0], day=1, month=6 if n % 2 == 0 else 7)
        sisa = replace(sisa, moments=(moment,))
        spent, _ = timed(lambda s=sisa: service.save_regime(s))
        sisa = next(r for r in service.regimes() if r.name == "SiSa")
        edits.append(spent)
    rows.append(
        (
            "edit SiSa (moves its lines' reports)",
            statistics.median(edits),
            f"cpu {statistics.median(CPU):.0f} ms",
        )
    )
    CPU.clear()
    initiative = next(i for i in programme.initiatives() if i.funding and i.funding[0].regime_id)
    singles = []
    for n in range(runs):
        end = PreciseDate.parse(f"eind {2029 + n}")
        line = replace(initiative.funding[0], period_end=end)
        changed = replace(initiative, funding=(line,))
        spent, _ = timed(lambda c=changed: programme.save_initiative(c))
        initiative = programme.initiative(initiative.id)
        singles.append(spent)
    rows.append(
        (
            "one line's period (save_initiative)",
            statistics.median(singles),
            f"cpu {statistics.median(CPU):.0f} ms",
        )
    )
    rows.append(("report milestones in the store", float(reports(store)), ""))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--url", help="an empty PostgreSQL database to fill instead")
    parser.add_argument(
        "--built", type=Path, help="a SQLite file to build once and copy on later runs"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        target = args.url or Path(folder) / "regimes.sqlite"
        if args.built is not None and args.built.exists() and not args.url:
            shutil.copyfile(args.built, target)
        store = open_store(target)
        try:
            if args.built is None or not args.built.exists() or args.url:
                build, _ = timed(
                    lambda: (fill_big(store), fill_team(store, Scale().times(args.scale)))
                )
                print(f"built the team's programme (scale {args.scale}) in {build / 1000:.1f} s")
                if args.built is not None and not args.url:
                    store.close()  # checkpoints the WAL: the file alone is complete
                    shutil.copyfile(target, args.built)
                    store = open_store(target)
            for name, value, note in run(store, args.runs):
                print(f"{name:40} {value:10.1f}  {note}")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
