"""What tagging (issue 15) costs on the benchmark pack: the same build with and without it.

Builds export_pack.py's meeting (40 agenda items, about 320 pages with 10 PDF
attachments) and times `export.build("pack", …)` alternately with tagging and
with it switched off in this process (no marked content, no structure tree, no
XMP), so that both sides see the same machine load. Switched off means: the
canvas has no `Tags` (every flowable draws as plain reportlab) and the pack's
last step writes no structure. Each figure is the best and the median of --runs.

    python benchmarks/tagging_cost.py [--runs 5] [--items 40] [--words 4200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from dordtwest_desktop.export import build, flowables, stamp, tagging  # noqa: E402
from dordtwest_desktop.services.documents import document_data  # noqa: E402
from dordtwest_desktop.store.database import open_store  # noqa: E402
from tests.export.builders import big_meeting  # noqa: E402


@contextmanager
def untagged() -> Iterator[None]:
    """Tagging off: no canvas has tags, and the pack's finish writes no structure."""

    def no_tags(canv: Any) -> None:
        return None

    def no_structure(*args: Any, **kwargs: Any) -> None:
        return None

    saved = (tagging.tags_of, flowables.tags_of, stamp.finish)
    tagging.tags_of = flowables.tags_of = no_tags  # type: ignore[assignment]
    stamp.finish = no_structure  # type: ignore[assignment]
    try:
        yield
    finally:
        tagging.tags_of, flowables.tags_of, stamp.finish = saved  # type: ignore[assignment]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=40)
    parser.add_argument("--words", type=int, default=4200, help="words of explanation per item")
    args = parser.parse_args()
    times: dict[str, list[float]] = {"tagged": [], "untagged": []}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = open_store(folder / "benchmark.sqlite")
        built = big_meeting(store, items=args.items, words=args.words, attachments=10)
        data = document_data(store, built.meeting_id)
        store.close()
        out = folder / "pack.pdf"
        build("pack", data, out)  # warm up: fonts, imports
        for _ in range(args.runs):
            for side in ("tagged", "untagged"):
                start = time.perf_counter()
                if side == "tagged":
                    build("pack", data, out)
                else:
                    with untagged():
                        build("pack", data, out)
                times[side].append(time.perf_counter() - start)
                if side == "untagged":
                    assert "/StructTreeRoot" not in PdfReader(out).trailer["/Root"]
        pages = len(PdfReader(out).pages)
    print(f"pack: {len(data.items)} agenda items, {pages} pages, {args.runs} runs each")
    for side, found in times.items():
        best, middle = min(found), statistics.median(found)
        print(f"{side:9} best {best:6.2f} s  median {middle:6.2f} s  {pages / best:5.0f} pages/s")
    cost = min(times["tagged"]) / min(times["untagged"]) - 1
    median_cost = statistics.median(times["tagged"]) / statistics.median(times["untagged"]) - 1
    print(f"tagging costs {cost:+.0%} (best of each), {median_cost:+.0%} (medians)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
