"""Briefing pack export speed, next to reportlab's raw throughput on the same content.

Builds a meeting of 40 agenda items (about 300 pages of content) with 10 PDF
attachments in a temporary database, then times

* end to end: export_document(store, "pack"), as the GUI and the CLI run it;
* build only: the same pack from its DocumentData (layout, furniture, stamping);
* raw: the same flowables laid out by a plain SimpleDocTemplate and Canvas (no
  header, footer, contents numbers, attachment stamping, page map).

Each figure is the best of --runs runs. The ratio build-only / raw is the figure that counts: it shows what our page
furniture and post-processing cost on top of reportlab itself.

    python benchmarks/export_pack.py [--runs 3] [--items 40] [--words 4200]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer  # noqa: E402

from dordtwest_desktop.export import build  # noqa: E402
from dordtwest_desktop.export import styles as s  # noqa: E402
from dordtwest_desktop.export.document import Steps  # noqa: E402
from dordtwest_desktop.export.flowables import AttachmentSlot, TocLine  # noqa: E402
from dordtwest_desktop.export.pack import pack_story  # noqa: E402
from dordtwest_desktop.exporting import export_document  # noqa: E402
from dordtwest_desktop.services.documents import DocumentData, document_data  # noqa: E402
from dordtwest_desktop.store.database import Store, open_store  # noqa: E402
from tests.export.builders import big_meeting  # noqa: E402


def _timed(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)  # best of the runs, as timeit does: the least disturbed one


def _raw_story(data: DocumentData) -> list[Flowable]:
    """The pack's flowables without our machinery: placeholders become blank pages."""
    story = []
    for flowable in pack_story(data, Steps(1, None, None)):
        if isinstance(flowable, TocLine):
            story.append(flowable.para)
        elif isinstance(flowable, AttachmentSlot):
            story.append(Spacer(0, s.FRAME_HEIGHT - 13))  # a blank page (frame padding)
        else:
            story.append(flowable)
    return story


def _raw_build(data: DocumentData) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        leftMargin=s.MARGIN_LEFT,
        rightMargin=s.MARGIN_RIGHT,
        topMargin=s.MARGIN_TOP,
        bottomMargin=s.MARGIN_BOTTOM,
    )
    doc.build(_raw_story(data))
    return buffer.getvalue()


def _prepare(folder: Path, items: int, words: int) -> tuple[Store, uuid.UUID]:
    store = open_store(folder / "benchmark.sqlite")
    built = big_meeting(store, items=items, words=words, attachments=10)
    return store, built.meeting_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--items", type=int, default=40)
    parser.add_argument("--words", type=int, default=4200, help="words of explanation per item")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store, meeting = _prepare(folder, args.items, args.words)
        out = folder / "pack.pdf"
        end_to_end = _timed(
            args.runs, lambda: export_document(store, "pack", out=out, meeting=str(meeting))
        )
        data = document_data(store, meeting)
        build_only = _timed(args.runs, lambda: build("pack", data, out))
        pages = len(PdfReader(out).pages)
        raw = _timed(args.runs, lambda: _raw_build(data))
        raw_pages = len(PdfReader(io.BytesIO(_raw_build(data))).pages)
        attachment_pages = sum(a.info.page_count for i in data.items for a in i.attachments)
        store.close()
    print(
        f"pack: {len(data.items)} agenda items, {pages} pages ({attachment_pages} of attachments)"
    )
    print(f"end to end (export_document): {end_to_end:6.2f} s  {pages / end_to_end:6.0f} pages/s")
    print(f"build only (export.build):    {build_only:6.2f} s  {pages / build_only:6.0f} pages/s")
    print(f"raw reportlab, same content:  {raw:6.2f} s  {raw_pages / raw:6.0f} pages/s")
    print(f"ratio build only / raw:       {(pages / build_only) / (raw_pages / raw):6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
