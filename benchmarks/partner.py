"""The partner overview (issue 17 point 3) of the busiest organisation, at issue 13's scale.

    python benchmarks/partner.py [--db PATH] [--factor 1] [--runs 5] [--today 2026-12-02]
                                 [--out FILE.pdf] [--pg]

Builds the database of `scale.py` when PATH does not exist yet (the seeded
programme, `dashboard.fill_big`, `team_data.fill_team` with issue 13's figures:
1,000 meetings of 15 items, 15,000 actions and 15,000 decisions, 100,000 remarks,
200 people of 6 organisations), kept for the next run. `fill_team` leaves what
only the overview reads empty (no presenters, no actions on an agenda item, no
confidential items, no partner responsible for an initiative), so a database this
script builds also gets, in one more transaction (`partner_parts`): two of every
three actions on an agenda item of their meeting, a presenter on one item in three
(a person, or an organisation's name in a sentence), one item in 15 confidential
and one initiative in 20 with a partner responsible. A database given with --db
that exists is read as it is.

Timed, the garbage collected before each run, after one warm-up, median of
`--runs`, wall and CPU time: `services.partner.partner_data` (the read) and the
whole export as `export partner --org … --include-confidential` runs it
(`prepare_document` + `write_document`: read, layout, tagging, writing), for the
organisation whose overview is the longest. The bar (issue 17): like the other
documents, the read well under 1 s and the export under 3 s. The statements of one
read are counted too; tests/services/test_partner.py holds that count. `--pg` fills
a throw-away PostgreSQL server (tests/pg_server.py) the same way and times it there too.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pypdf import PdfReader  # noqa: E402
from sqlalchemy import bindparam, event, select, update  # noqa: E402

from benchmarks.dashboard import fill_big  # noqa: E402
from benchmarks.scale import ISSUE_13, build  # noqa: E402
from benchmarks.team_data import fill_team  # noqa: E402
from dordtwest_desktop.export import write_document  # noqa: E402
from dordtwest_desktop.services.documents import prepare_document  # noqa: E402
from dordtwest_desktop.services.partner import PartnerData, partner_data  # noqa: E402
from dordtwest_desktop.store import models as m  # noqa: E402
from dordtwest_desktop.store.database import Store, open_store  # noqa: E402


def _set(model: type[m.Base], *columns: str) -> Any:
    """An executemany UPDATE of `columns` by id (Core: the rows' versions stay as they are)."""
    table = model.__table__
    return (
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values({c: bindparam(f"new_{c}") for c in columns})
    )


def partner_parts(store: Store, seed: int = 17) -> None:
    """What the overview shows and fill_team leaves empty, spread over the organisations."""
    rng = random.Random(seed)
    with store.transaction() as session:
        organisations = list(session.scalars(select(m.Organisation.name)))
        people = list(session.scalars(select(m.Person.name)))
        items: dict[Any, list[Any]] = {}
        for item_id, meeting_id in session.execute(
            select(m.AgendaItem.id, m.AgendaItem.meeting_id).order_by(m.AgendaItem.position)
        ):
            items.setdefault(meeting_id, []).append(item_id)
        actions = session.execute(select(m.Action.id, m.Action.meeting_id)).all()
        session.execute(
            _set(m.Action, "item_id"),
            [
                {"row_id": a, "new_item_id": rng.choice(items[meeting][:3])}
                for a, meeting in actions
                if meeting in items and rng.random() < 2 / 3
            ],
        )
        every_item = [i for ids in items.values() for i in ids]
        session.execute(
            _set(m.AgendaItem, "presenter", "confidential"),
            [
                {
                    "row_id": i,
                    "new_presenter": rng.choice(people)
                    if rng.random() < 0.7
                    else f"Namens {rng.choice(organisations)}",
                    "new_confidential": rng.random() < 1 / 15,
                }
                for i in every_item
                if rng.random() < 1 / 3
            ],
        )
        initiatives = list(session.scalars(select(m.Initiative.id)))
        session.execute(
            _set(m.Initiative, "responsible"),
            [
                {"row_id": i, "new_responsible": f"{rng.choice(organisations)} en gemeente"}
                for i in initiatives
                if rng.random() < 1 / 20
            ],
        )


def statements(store: Store, call: Callable[[], object]) -> int:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        if not sql.lstrip().upper().startswith(("PRAGMA", "BEGIN", "SAVEPOINT", "RELEASE")):
            seen.append(sql)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        call()
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(seen)


def timed(runs: int, call: Callable[[], object]) -> tuple[float, float, float, float]:
    """(median wall, median CPU, min wall, max wall) in seconds, after one warm-up."""
    call()
    walls, cpus = [], []
    for _ in range(runs):
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        call()
        walls.append(time.perf_counter() - start)
        # The machine is shared: CPU time says what the overview costs, wall time what a
        # user waited on this machine at that moment.
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), min(walls), max(walls)


def size(data: PartnerData) -> int:
    return len(data.actions) + len(data.coming_items) + len(data.decisions)


def report(label: str, store: Store, runs: int, today: date, out: Path) -> None:
    with store.read() as session:
        names = list(session.scalars(select(m.Organisation.name).order_by(m.Organisation.name)))
    overviews = {n: partner_data(store, n, include_confidential=True, today=today) for n in names}
    busiest = max(names, key=lambda n: size(overviews[n]))
    data = overviews[busiest]
    print(
        f"{label}, {busiest}: {len(data.people)} people, {len(data.actions)} open actions "
        f"({data.overdue} overdue), {len(data.coming_items)} coming items, "
        f"{len(data.decisions)} decisions, {len(data.attendance)} meetings of attendance, "
        f"{len(data.initiatives)} initiatives"
    )

    def read() -> None:
        partner_data(store, busiest, include_confidential=True, today=today)

    def export() -> None:
        prepared = prepare_document(
            store, "partner", organisation=busiest, confidential=True, today=today
        )
        write_document(prepared, out)

    print(f"statements of one read: {statements(store, read)}")
    for name, call in (("read", read), ("export", export)):
        wall, cpu, low, high = timed(runs, call)
        print(
            f"{name:>6}: median {wall * 1000:,.0f} ms wall, {cpu * 1000:,.0f} ms CPU "
            f"(wall {low * 1000:,.0f}–{high * 1000:,.0f}, runs {runs})"
        )
    print(f"{out}: {len(PdfReader(out).pages)} pages, {out.stat().st_size / 1024:,.0f} KiB")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "partner.sqlite")
    parser.add_argument("--factor", type=float, default=1.0, help="of issue 13's figures")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 12, 2))
    parser.add_argument("--out", type=Path, help="keep the busiest overview's PDF here")
    parser.add_argument("--pg", action="store_true", help="also on a throw-away PostgreSQL")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="partner-bench-")) / "partner.pdf"
    if not args.db.exists():
        start = time.perf_counter()
        build(args.db, args.factor)
        store = open_store(args.db)
        partner_parts(store)
        print(f"built {args.db} in {time.perf_counter() - start:.0f} s")
    else:
        store = open_store(args.db)
    try:
        report("SQLite", store, args.runs, args.today, out)
    finally:
        store.close()
    if args.pg:
        from tests.pg_server import throwaway_store

        with throwaway_store() as server:
            start = time.perf_counter()
            fill_big(server)
            fill_team(server, ISSUE_13.times(args.factor))
            partner_parts(server)
            print(f"filled the server in {time.perf_counter() - start:.0f} s")
            report("PostgreSQL", server, args.runs, args.today, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
