"""PostgreSQL against SQLite on a big programme: list views, dashboard, a save, a change.

Issue 12's speed bars, on a local PostgreSQL server: every list view and the
dashboard open within 1.5× the SQLite figure, a save round trip takes under
50 ms, and another coordinator's change shows within 2 s end to end.

The programme: `dashboard.fill_big` plus `team_data.fill_team` up to the issue's
figures (2,000 initiatives, 20,000 milestones, 1,000 meetings, 100,000 remarks),
built once in a SQLite file, then copied to the server with the app's own copy
(`copy_programme`, as `main.py copy` does). A copy that does not finish within
--copy-timeout is stopped and reported; the server database is then filled
directly with the same generators.

Timed, each on both databases (median of --runs, after one warm-up run):
* the service calls each list view makes when it opens (its constructor and
  reload()), and what the dashboard view reads (ui/dashboard/view.py);
* with --qt also the real views, built and shown offscreen;
* a save: ProgrammeService.save_goal / save_initiative of a changed title;
* another store's ChangeWatch.poll() noticing a save (LISTEN/NOTIFY on the
  server, PRAGMA data_version on SQLite), polled every millisecond here; the app
  polls every WATCH_INTERVAL_MS and then rereads its views.
SQL statements and use cases (transactions) are counted per operation with
engine events; on the server each use case also costs a pre-ping, BEGIN and
COMMIT/ROLLBACK round trip.

The server is a throw-away cluster (tests/pg_server.py), reached over its Unix
socket (--tcp: over 127.0.0.1), or --url: a superuser URL to an existing
server's `postgres` database, where the benchmark makes and drops its own.

    python benchmarks/server.py [--scale 1] [--runs 5] [--qt] [--tcp] [--url URL]
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, event, func, select  # noqa: E402
from sqlalchemy.engine import URL  # noqa: E402

from benchmarks.dashboard import fill_big  # noqa: E402
from benchmarks.team_data import Scale, fill_team  # noqa: E402
from dordtwest_desktop.domain.enums import GoalKind  # noqa: E402
from dordtwest_desktop.services.dashboard import DashboardService  # noqa: E402
from dordtwest_desktop.services.indicators import IndicatorService  # noqa: E402
from dordtwest_desktop.services.meetings import MeetingService  # noqa: E402
from dordtwest_desktop.services.programme import ProgrammeService  # noqa: E402
from dordtwest_desktop.services.storage import ChangeWatch, copy_programme  # noqa: E402
from dordtwest_desktop.store import models as m  # noqa: E402
from dordtwest_desktop.store.database import Store, open_store  # noqa: E402
from tests.pg_server import Cluster  # noqa: E402

WATCH_INTERVAL_S = 1.0  # ui/main_window.py WATCH_INTERVAL_MS
VIEW_RATIO_BAR, SAVE_BAR_S, CHANGE_BAR_S = 1.5, 0.050, 2.0
Operation = Callable[[], Any]


@dataclass
class Counter:
    """SQL statements and use cases (transactions) run on one store's engine.

    SQLite's per-connection PRAGMAs and BEGIN are left out: they never leave the
    process, while the server's BEGIN/COMMIT round trips are not statements here.
    While capturing, the statements are kept with their parameters, to replay.
    """

    statements: int = 0
    use_cases: int = 0
    capturing: bool = False
    captured: list[tuple[str, Any]] = field(default_factory=list)

    def attach(self, store: Store) -> Counter:
        def statement(_conn: Any, _cursor: Any, sql: str, parameters: Any, *_args: Any) -> None:
            if not sql.startswith(("PRAGMA", "BEGIN")):
                self.statements += 1
                if self.capturing:
                    self.captured.append((sql, parameters))

        def begin(_connection: Any) -> None:
            self.use_cases += 1

        event.listen(store.engine, "before_cursor_execute", statement)
        event.listen(store.engine, "begin", begin)
        return self

    def during(self, action: Operation, capture: bool = False) -> tuple[int, int]:
        before = self.statements, self.use_cases
        self.capturing, self.captured = capture, []
        try:
            action()
        finally:
            self.capturing = False
        return self.statements - before[0], self.use_cases - before[1]


@dataclass
class Figure:
    seconds: float
    statements: int = 0
    use_cases: int = 0
    extra: dict[str, float] = field(default_factory=dict)


def run_once(action: Operation) -> float:
    """Wall time of one run, after collecting the previous runs' garbage.

    An action that returns a float reports its own time (a view without closing it).
    """
    gc.collect()
    start = time.perf_counter()
    result = action()
    return result if isinstance(result, float) else time.perf_counter() - start


def replay(store: Store, statements: list[tuple[str, Any]]) -> float:
    """The same SQL on a bare driver connection, rows fetched: the database's share."""
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        start = time.perf_counter()
        for sql, parameters in statements:
            cursor.execute(sql, parameters)
            cursor.fetchall()
        elapsed = time.perf_counter() - start
        cursor.close()
        raw.rollback()
    finally:
        raw.close()
    return elapsed


def openings(store: Store) -> dict[str, Operation]:
    """What each view reads when it opens: its constructor's calls, then reload()'s."""
    programme, meetings = ProgrammeService(store), MeetingService(store)
    dashboard, indicators = DashboardService(store), IndicatorService(store)
    today = date.today()
    p = programme
    return {
        "goals view": lambda: (p.pillars(), p.pillars(), p.initiatives(), p.goals()),
        "initiatives view": lambda: (p.pillars(), p.pillars(), p.initiatives()),
        "milestones view": lambda: (p.initiatives(), p.initiatives(), p.milestones()),
        "meetings view": meetings.meetings,
        "actions view": lambda: (meetings.meetings(), meetings.actions()),
        "programme view": programme.overview,
        "indicators window": lambda: (p.pillars(), indicators.indicators()),
        "dashboard view": lambda: (
            dashboard.pillars(),
            dashboard.timeline(today),
            dashboard.funding(),
            dashboard.attention(today),
            dashboard.motto(),
            dashboard.indicators(),
        ),
        "· goals()": programme.goals,
        "· initiatives()": programme.initiatives,
        "· milestones()": programme.milestones,
        "· meetings()": meetings.meetings,
        "· actions()": meetings.actions,
        "· indicators()": indicators.indicators,
    }


def qt_openings(store: Store) -> dict[str, Operation]:
    """The real views, built, shown and painted offscreen (as benchmarks/dashboard.py)."""
    from PySide6.QtWidgets import QApplication, QWidget

    from dordtwest_desktop.ui.context import AppContext
    from dordtwest_desktop.ui.dashboard import DashboardView
    from dordtwest_desktop.ui.meetings.meetings_view import MeetingsView
    from dordtwest_desktop.ui.views.actions import ActionsView
    from dordtwest_desktop.ui.views.goals import GoalsView
    from dordtwest_desktop.ui.views.initiatives import InitiativesView
    from dordtwest_desktop.ui.views.milestones import MilestonesView

    app = QApplication.instance() or QApplication([])
    context = AppContext.create(store)

    def opener(factory: Callable[[AppContext], QWidget]) -> Operation:
        def run() -> float:
            start = time.perf_counter()
            view = factory(context)
            view.resize(1400, 900)
            view.show()
            app.processEvents()
            elapsed = time.perf_counter() - start
            view.close()
            view.deleteLater()
            app.processEvents()
            return elapsed

        return run

    views: dict[str, Callable[[AppContext], QWidget]] = {
        "Qt goals view": GoalsView,
        "Qt initiatives view": InitiativesView,
        "Qt milestones view": MilestonesView,
        "Qt meetings view": MeetingsView,
        "Qt actions view": ActionsView,
        "Qt dashboard view": DashboardView,
    }
    return {name: opener(factory) for name, factory in views.items()}


def measure(stores: list[Store], runs: int, qt: bool) -> list[dict[str, Figure]]:
    """Each operation on each store, the stores taking turns run by run."""
    counters = [Counter().attach(store) for store in stores]
    operations = [openings(store) | (qt_openings(store) if qt else {}) for store in stores]
    figures: list[dict[str, Figure]] = [{} for _ in stores]
    for name in operations[0]:
        captured = []
        for counter, ops, found in zip(counters, operations, figures, strict=True):
            found[name] = Figure(0.0, *counter.during(ops[name], capture=True))  # warm-up
            captured.append(counter.captured)
        times: list[list[float]] = [[] for _ in stores]
        for _ in range(runs):
            for ops, own in zip(operations, times, strict=True):
                own.append(run_once(ops[name]))
        for store, statements, own, found in zip(stores, captured, times, figures, strict=True):
            found[name].seconds = statistics.median(own)
            if not name.startswith("Qt"):
                sql = [replay(store, statements) for _ in range(runs)]
                found[name].extra["sql"] = statistics.median(sql)
    return figures


def saves(store: Store, runs: int) -> dict[str, Figure]:
    """A changed title saved, again and again, as the editor's Save button does."""
    programme = ProgrammeService(store)
    counter = Counter().attach(store)
    goal = next(g for g in programme.goals() if g.kind is GoalKind.STRATEGIC)
    initiative = programme.initiatives()[-1]
    figures = {}
    for name, dto, save in (
        ("save_goal (title)", goal, programme.save_goal),
        ("save_initiative (name)", initiative, programme.save_initiative),
    ):
        base, times, counts = (dto.title if name.startswith("save_goal") else dto.name), [], []
        for n in range(runs + 1):
            title = f"{base[:150]} ({n})"
            dto = replace(dto, title=title) if hasattr(dto, "title") else replace(dto, name=title)
            start = time.perf_counter()
            counts.append(counter.during(lambda d=dto, s=save: s(d)))
            times.append(time.perf_counter() - start)
            dto = replace(dto, version=dto.version + 1)
        figures[name] = Figure(statistics.median(times[1:]), *counts[-1])
        figures[name].extra["p90"] = statistics.quantiles(times[1:], n=10)[-1]
    return figures


def change_seen(target: str | Path, store: Store, runs: int) -> Figure:
    """From a save in this store to another store's ChangeWatch.poll() saying so."""
    other = open_store(target)
    watch = ChangeWatch(other)
    programme = ProgrammeService(store)
    goal = next(g for g in programme.goals() if g.kind is GoalKind.STRATEGIC)
    after_save, from_start = [], []
    try:
        for n in range(runs):
            watch.poll()
            goal = replace(goal, title=f"Seen elsewhere ({n})")
            start = time.perf_counter()
            programme.save_goal(goal)
            saved = time.perf_counter()
            goal = replace(goal, version=goal.version + 1)
            while not watch.poll():
                if time.perf_counter() - start > 10:
                    raise RuntimeError("the other store did not notice the change in 10 s")
                time.sleep(0.001)
            seen = time.perf_counter()
            after_save.append(seen - saved)
            from_start.append(seen - start)
    finally:
        watch.close()
        other.close()
    figure = Figure(statistics.median(from_start))
    figure.extra["after commit"] = statistics.median(after_save)
    figure.extra["max"] = max(from_start)
    return figure


# -- building the databases -----------------------------------------------------------


def build(store: Store, scale: float) -> float:
    start = time.perf_counter()
    fill_big(store)
    fill_team(store, Scale().times(scale))
    return time.perf_counter() - start


def counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {
            t.name: int(session.scalar(select(func.count()).select_from(t)) or 0)
            for t in m.Base.metadata.sorted_tables
        }


def _copy_worker(source: str, target: str, results: Any) -> None:
    calls = [0]

    def statement(*_args: Any) -> None:
        calls[0] += 1

    event.listen(Engine, "before_cursor_execute", statement)
    try:
        report = copy_programme(source, target)
        results.put((report.seconds, report.total, calls[0], ""))
    except Exception as exc:
        results.put((0.0, 0, calls[0], f"{type(exc).__name__}: {exc}"))


def copy_or_fill(source: Path, target: str, timeout: float) -> str:
    """The app's copy, in a process of its own that is stopped after `timeout` seconds."""
    if timeout > 0:
        spawn = multiprocessing.get_context("spawn")
        results = spawn.Queue()
        worker = spawn.Process(target=_copy_worker, args=(str(source), target, results))
        started = time.perf_counter()
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            worker.kill()
            worker.join()
            said = f"copy_programme stopped after {time.perf_counter() - started:.0f} s (--copy-timeout)"
        else:
            seconds, rows, statements, error = results.get(timeout=5)
            if not error:
                return (
                    f"copy_programme: {rows} rows in {seconds:.1f} s "
                    f"({rows / seconds:.0f} rows/s, {statements} statements)"
                )
            said = f"copy_programme failed: {error}"
    else:
        said = "copy_programme skipped (--copy-timeout 0)"
    return said + "; the server was filled directly"


def server_url(cluster: Cluster, database: str, tcp: bool) -> str:
    url = cluster.url(database)
    if not tcp and cluster.socket_dir:
        url = URL.create(
            "postgresql+psycopg",
            username=url.username,
            database=database,
            query={"host": cluster.socket_dir, "port": str(cluster.port)},
        )
    return url.render_as_string(hide_password=False)


# -- report ---------------------------------------------------------------------------


def _ms(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds * 1000:.1f}"


def report(lite: dict[str, Figure], pg: dict[str, Figure]) -> None:
    head = ("operation", "SQLite ms", "PG ms", "ratio", "SQL: SQLite", "SQL: PG", "stmts", "uses")
    print(f"{head[0]:24s}" + "".join(f"{h:>12s}" for h in head[1:]) + "  bar")
    for name, figure in lite.items():
        other = pg[name]
        ratio = other.seconds / figure.seconds if figure.seconds else float("nan")
        cells = [
            _ms(figure.seconds),
            _ms(other.seconds),
            f"{ratio:.2f}",
            _ms(figure.extra.get("sql")),
            _ms(other.extra.get("sql")),
            f"{figure.statements}/{other.statements}",
            f"{figure.use_cases}/{other.use_cases}",
        ]
        if "save" in name:
            verdict = "ok" if other.seconds < SAVE_BAR_S else "SLOW"
            verdict += f" (p90 {_ms(figure.extra['p90'])} / {_ms(other.extra['p90'])} ms)"
        elif name.startswith("·"):
            verdict = ""
        else:
            verdict = "ok" if other.seconds <= VIEW_RATIO_BAR * figure.seconds else "SLOW"
        print(f"{name:24s}" + "".join(f"{c:>12s}" for c in cells) + f"  {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="of issue 12's figures")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--saves", type=int, default=30)
    parser.add_argument("--changes", type=int, default=10)
    parser.add_argument("--qt", action="store_true", help="also open the real views offscreen")
    parser.add_argument("--tcp", action="store_true", help="127.0.0.1 instead of the socket")
    parser.add_argument("--url", help="superuser URL to an existing server's postgres database")
    parser.add_argument("--copy-timeout", type=float, default=30.0, help="seconds; 0: skip")
    args = parser.parse_args()
    if args.url:
        os.environ["DORDTWEST_TEST_PG_URL"] = args.url
    with tempfile.TemporaryDirectory() as folder:
        os.environ["DORDTWEST_DATA_DIR"] = folder
        source = Path(folder) / "big.sqlite"
        lite = open_store(source)
        print(f"SQLite filled in {build(lite, args.scale):.1f} s", flush=True)
        rows = counts(lite)
        lite.close()
        cluster = Cluster().start()
        database = cluster.new_database()
        try:
            target = server_url(cluster, database, args.tcp)
            said = copy_or_fill(source, target, args.copy_timeout)
            if said.endswith("directly"):
                cluster.drop_database(database)
                database = cluster.new_database()
                target = server_url(cluster, database, args.tcp)
                pg = open_store(target)
                said += f" in {build(pg, args.scale):.1f} s"
            else:
                pg = open_store(target)
            print(said, flush=True)
            lite = open_store(source)
            assert counts(pg) == rows, "the server holds other rows than the SQLite file"
            show_rows(rows, pg)
            figures = measure([lite, pg], args.runs, args.qt)
            for store, found in zip((lite, pg), figures, strict=True):
                found |= saves(store, args.saves)
            changes = [
                change_seen(source, lite, args.changes),
                change_seen(target, pg, args.changes),
            ]
            print(
                f"median of {args.runs} runs (saves: of {args.saves}); SQL: the same statements "
                "replayed on a bare driver connection; stmts and uses (use cases): SQLite/PG"
            )
            report(*figures)
            show_changes(changes, figures[1])
            lite.close()
            pg.close()
        finally:
            cluster.drop_database(database)
            cluster.stop()
    return 0


def show_rows(rows: dict[str, int], pg: Store) -> None:
    kinds = ("initiative", "milestone", "meeting", "agenda_item", "annotation", "action", "history")
    print(", ".join(f"{rows[k]} {k}" for k in kinds) + f"; server: {pg.label}", flush=True)


def show_changes(changes: list[Figure], pg: dict[str, Figure]) -> None:
    print()
    for name, figure in zip(("SQLite", "PostgreSQL"), changes, strict=True):
        print(
            f"change seen by another store, {name}: {figure.seconds * 1000:.1f} ms from save "
            f"start ({figure.extra['after commit'] * 1000:.1f} ms after it returned, "
            f"max {figure.extra['max'] * 1000:.1f} ms), polled every 1 ms"
        )
    seen = changes[1].seconds + WATCH_INTERVAL_S
    views = {n: f.seconds for n, f in pg.items() if n.endswith("view") and not n.startswith("Qt")}
    for what, reread in (
        ("the goals view", views["goals view"]),
        ("every view", sum(views.values())),
    ):
        worst = seen + reread
        verdict = "ok" if worst < CHANGE_BAR_S else "SLOW"
        print(
            f"worst case on PG, the app polling every {WATCH_INTERVAL_S:.0f} s and rereading "
            f"{what}'s data: {worst:.2f} s  {verdict}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
