"""How fast the dashboard opens, on the seeded database and on a big one.

Quality bars (issue 6): under 300 ms on the seeded database, under 1 s on a
database with 2,000 milestones and 100 indicators of 20 years each.

"Opens" is: read the figures, build the view, show it and let Qt paint until
the event queue is empty (the charts in view are then drawn; indicator charts
further down are built when they scroll into view). Also timed: the read alone
and the one-page PDF (`export dashboard`).

The big database's figures are generated, marked "(voorbeeld)", and live only in
a temporary folder.

    python benchmarks/dashboard.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from dordtwest_desktop.domain.dates import PreciseDate  # noqa: E402
from dordtwest_desktop.domain.enums import (  # noqa: E402
    Direction,
    FundingStatus,
    InitiativeStatus,
    MilestoneStatus,
)
from dordtwest_desktop.export.dashboard import build_dashboard  # noqa: E402
from dordtwest_desktop.services.dashboard import DashboardService  # noqa: E402
from dordtwest_desktop.store import models as m  # noqa: E402
from dordtwest_desktop.store.database import Store, open_store  # noqa: E402
from dordtwest_desktop.ui.context import AppContext  # noqa: E402
from dordtwest_desktop.ui.dashboard import DashboardView  # noqa: E402

MILESTONES = 2000
INITIATIVES = 20
INDICATORS = 100
YEARS = 20
DATE_FORMS = ("{d} {month} {y}", "{month} {y}", "Q{q} {y}", "H{h} {y}", "{y}", "eind {y}")
MONTHS = ("januari", "maart", "mei", "juli", "september", "november")


def _due(rng: random.Random) -> PreciseDate:
    form = rng.choice(DATE_FORMS)
    text = form.format(
        d=rng.randint(1, 28),
        month=rng.choice(MONTHS),
        y=rng.randint(2023, 2032),
        q=rng.randint(1, 4),
        h=rng.randint(1, 2),
    )
    return PreciseDate.parse(text)


def fill_big(store: Store) -> None:
    """Add 20 initiatives, 2,000 milestones and 100 indicators of 20 years (examples)."""
    rng = random.Random(6)
    with store.transaction() as session:
        pillars = list(session.query(m.Pillar.id))
        initiatives = []
        for n in range(INITIATIVES):
            initiative = m.Initiative(
                id=uuid.uuid4(),
                position=100 + n,
                name=f"Voorbeeldinspanning {n + 1}",
                status=InitiativeStatus.ACTIVE,
            )
            initiative.funding = [
                m.FundingLine(
                    id=uuid.uuid4(),
                    position=0,
                    scheme=f"Regeling {n}",
                    funder=rng.choice(("Ministerie van BZK (BZK)", "Ministerie van J&V (J&V)")),
                    requested_cents=rng.randint(1, 90) * 100_000_00,
                    granted_cents=rng.choice((None, rng.randint(1, 50) * 100_000_00)),
                    status=FundingStatus.REQUESTED,
                )
            ]
            session.add(initiative)
            initiatives.append(initiative.id)
        for n in range(MILESTONES):
            session.add(
                m.Milestone(
                    id=uuid.uuid4(),
                    title=f"Voorbeeldmijlpaal {n + 1}",
                    due=_due(rng),
                    status=rng.choice(list(MilestoneStatus)),
                    initiative_id=rng.choice([None, *initiatives]),
                )
            )
        for n in range(INDICATORS):
            indicator = m.Indicator(
                id=uuid.uuid4(),
                position=n,
                name=f"Voorbeeldindicator {n + 1} (voorbeeld)",
                pillar_id=rng.choice(pillars)[0],
                unit="%",
                direction=rng.choice(list(Direction)),
                source="voorbeeld",
                notes="",
            )
            base = rng.uniform(20, 80)
            indicator.values = [
                m.IndicatorValue(
                    id=uuid.uuid4(),
                    year=2005 + y,
                    dordt_west=base * rng.uniform(0.7, 1.1),
                    dordrecht=base,
                    netherlands=base * rng.uniform(0.95, 1.05),
                )
                for y in range(YEARS)
            ]
            session.add(indicator)


def open_dashboard(app: QApplication, store: Store) -> float:
    context = AppContext.create(store)
    start = time.perf_counter()
    view = DashboardView(context)
    view.resize(1400, 1000)
    view.show()
    app.processEvents()
    app.processEvents()  # the charts that the first paint asked to build
    elapsed = time.perf_counter() - start
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed


def timed(runs: int, action: Callable[[], float | None]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(result if isinstance(result, float) else time.perf_counter() - start)
    return statistics.median(times)


def measure(app: QApplication, store: Store, out: Path, runs: int) -> tuple[float, float, float]:
    open_dashboard(app, store)  # warm up: imports, fonts, caches
    read = timed(runs, lambda: (DashboardService(store).data(), None)[1])
    view = timed(runs, lambda: open_dashboard(app, store))
    pdf = timed(max(1, runs // 2), lambda: build_dashboard(DashboardService(store).data(), out))
    return read, view, pdf


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DORDTWEST_DATA_DIR"] = folder
        seeded = open_store(Path(folder) / "seeded.sqlite")
        big = open_store(Path(folder) / "big.sqlite")
        fill_big(big)
        rows = [
            ("seeded database", *measure(app, seeded, Path(folder) / "a.pdf", args.runs), 0.3),
            (
                f"{MILESTONES} milestones, {INDICATORS}×{YEARS} indicator values",
                *measure(app, big, Path(folder) / "b.pdf", args.runs),
                1.0,
            ),
        ]
        seeded.close()
        big.close()
    print(f"median of {args.runs} runs")
    print(f"{'database':48s} {'read':>8s} {'open':>8s} {'bar':>6s} {'PDF':>8s}")
    for name, read, view, pdf, bar in rows:
        verdict = "ok" if view < bar else "SLOW"
        print(
            f"{name:48s} {read * 1000:6.0f} ms {view * 1000:6.0f} ms {bar:4.1f} s"
            f" {pdf * 1000:6.0f} ms  {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
