"""Search at the benchmark scale (issue 17: a search keystroke answers in under 50 ms).

    .venv/bin/python benchmarks/search.py [--scale 1] [--runs 7] [--db FILE] [--pg]

The database: `dashboard.fill_big` + `team_data.fill_team` (as benchmarks/server.py:
2,000 initiatives, 20,000 milestones, 1,004 meetings with 10 agenda items each,
100,000 remarks; the remarks draw on 20 common words, so "wijk" matches nearly all
of them, the worst case), plus 500 PDF attachments of 10 pages (5,000 pages) added
through `AttachmentService.add_bytes`, which extracts their text with pypdf. With
`--db FILE` an existing file of this script is reused (built there when missing).
`--pg` runs the same queries on a throw-away PostgreSQL server (tests/pg_server.py),
filled the same way.

Timed: `SearchService.search` (the whole call the search field makes: query,
highlight, snippets, resolving meetings and items, grouping) for each prefix a user
types on the way to "coördinatie", and for common, rare and empty-handed queries;
median and worst of `--runs` runs, the garbage collected before each; the app's own
CPU time, and with `--pg` the CPU time of the server's processes for the call (from
the kernel's /proc/PID/schedstat: the server runs on this machine).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from benchmarks.dashboard import fill_big  # noqa: E402
from benchmarks.team_data import WORDS, Scale, fill_team  # noqa: E402
from dordtwest_desktop.domain.errors import ValidationError  # noqa: E402
from dordtwest_desktop.services.attachments import AttachmentService  # noqa: E402
from dordtwest_desktop.services.search import SearchService  # noqa: E402
from dordtwest_desktop.store import models as m  # noqa: E402
from dordtwest_desktop.store.database import Store, open_store  # noqa: E402

ATTACHMENTS = 500
PAGES = 10
TYPED = "coördinatie"
QUERIES = [
    *(TYPED[:n] for n in range(1, len(TYPED) + 1)),
    "coordinatie",
    "w",
    "wijk",
    "wijk aanpak",
    "subsid",
    "voorbeeldinspanning 17",
    "qwertyuiop",
    "x" * 200,
]


def pdf(rng: random.Random, number: int) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for n in range(PAGES):
        y = 780
        for _ in range(30):
            words = [rng.choice(WORDS) for _ in range(10)]
            if rng.random() < 0.02:
                words[rng.randrange(10)] = "coördinatie"
            page.drawString(60, y, " ".join(words))
            y -= 22
        page.drawString(60, 60, f"Bijlage {number} pagina {n + 1}")
        page.showPage()
    page.save()
    return buffer.getvalue()


def build(store: Store, scale: float) -> dict[str, float]:
    figures = {}
    start = time.perf_counter()
    fill_big(store)
    fill_team(store, Scale().times(scale))
    figures["fill (s)"] = time.perf_counter() - start
    with store.read() as session:
        items = list(session.scalars(select(m.AgendaItem.id)))
    rng = random.Random(17)
    service = AttachmentService(store)
    files = [pdf(rng, n) for n in range(max(1, round(ATTACHMENTS * scale)))]
    start = time.perf_counter()
    for number, data in enumerate(files):
        service.add_bytes(rng.choice(items), f"bijlage-{number}.pdf", data, uuid.uuid4())
    figures["attach + extract text, per page (ms)"] = (
        (time.perf_counter() - start) * 1000 / (len(files) * PAGES)
    )
    return figures


def counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        docs = session.connection().exec_driver_sql("SELECT count(*) FROM search_doc").scalar()
        return {
            "remarks": session.scalar(select(func.count()).select_from(m.Annotation)) or 0,
            "meetings": session.scalar(select(func.count()).select_from(m.Meeting)) or 0,
            "attachment pages": session.scalar(select(func.sum(m.Attachment.page_count))) or 0,
            "indexed records": int(docs or 0),
        }


def server_pids(store: Store) -> list[int]:
    """The server processes of this store's connections, when the server runs here."""
    if store.is_sqlite:
        return []
    with store.read() as session:
        pids = session.connection().exec_driver_sql(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
        )
        return [pid for pid in pids.scalars() if Path(f"/proc/{pid}/schedstat").exists()]


def server_cpu_ns(pids: list[int]) -> int:
    """CPU time the server processes have used (the kernel's schedstat, in ns)."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError, ValueError, IndexError):  # the process ended
            total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
    return total


def time_queries(store: Store, runs: int) -> list[tuple[str, int, float, float, float, float]]:
    """Per query: found, median and worst wall ms, median CPU ms (this process's own
    time: on a machine shared with other work the wall clock also counts waiting), and
    on a local PostgreSQL server the median CPU ms of its processes for the call."""
    service = SearchService(store)
    # Warm: the connection made, the statement prepared (psycopg prepares a statement
    # the sixth time it runs; the server then plans it once more than five times).
    for _ in range(12):
        service.search("warm", viewer="Deelnemer 1")
    pids = server_pids(store)
    rows = []
    for query in QUERIES:
        times, cpu, server = [], [], []
        found = 0
        for _ in range(runs):
            gc.collect()
            start_server = server_cpu_ns(pids)
            start, start_cpu = time.perf_counter(), time.process_time()
            try:
                found = service.search(query, viewer="Deelnemer 1").count
            except ValidationError:
                found = -1
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
            server.append((server_cpu_ns(pids) - start_server) / 1e6)
        rows.append(
            (
                query,
                found,
                statistics.median(times),
                max(times),
                statistics.median(cpu),
                statistics.median(server) if pids else float("nan"),
            )
        )
    return rows


def report(title: str, store: Store, runs: int, figures: dict[str, float]) -> None:
    print(f"\n## {title}")
    for name, value in {**counts(store), **figures}.items():
        print(f"- {name}: {value:,.2f}" if isinstance(value, float) else f"- {name}: {value:,}")
    print(f"- load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"- timed: {datetime.now(UTC):%H:%M} UTC")
    print(
        "\n| query | found | median ms | worst ms | CPU ms | server CPU ms |"
        "\n|---|---:|---:|---:|---:|---:|"
    )
    for query, found, median, worst, cpu, server in time_queries(store, runs):
        shown = query if len(query) < 30 else f"{query[:10]}… ({len(query)} chars)"
        found_text = "error message" if found < 0 else str(found)
        server_text = "–" if server != server else f"{server:.1f}"  # NaN: not measured
        print(
            f"| `{shown}` | {found_text} | {median:.1f} | {worst:.1f} | {cpu:.1f} | {server_text} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--pg", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "search.sqlite"
        fresh = not path.exists()
        store = open_store(path)
        try:
            figures = build(store, args.scale) if fresh else {}
            report("SQLite", store, args.runs, figures)
        finally:
            store.close()
        if args.pg:
            from tests.pg_server import throwaway_store

            with throwaway_store() as server:
                report("PostgreSQL", server, args.runs, build(server, args.scale))


if __name__ == "__main__":
    main()
