"""The 40-item pack of the benchmark comes out right.

Its speed is measured by benchmarks/export_pack.py (as a ratio to reportlab's raw
throughput), not asserted here: a wall-clock bound fails under coverage or on a
busy machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from dordtwest_desktop.export import build, read_page_map
from dordtwest_desktop.services.documents import document_data
from dordtwest_desktop.store.database import Store
from tests.export.builders import big_meeting
from tests.export.conftest import EXAMPLE_HEADER, outline_entries, page_texts, toc_numbers


@pytest.mark.slow
def test_forty_items_three_hundred_pages(store: Store, tmp_path: Path):
    built = big_meeting(store, items=40, words=4200, attachments=10)
    data = document_data(store, built.meeting_id)
    out = tmp_path / "pack.pdf"
    build("pack", data, out)
    pages = len(PdfReader(out).pages)
    attachment_pages = sum(a.info.page_count for i in data.items for a in i.attachments)
    assert len(built.attachment_labels) == 10
    assert pages - attachment_pages >= 280
    texts = page_texts(out)
    entries = [e for e in outline_entries(PdfReader(out)) if e[0] <= 1][1:]  # not "Contents"
    agenda_page = entries[0][2]
    contents = "\n".join(t[: t.rfind(EXAMPLE_HEADER)] for t in texts[1 : agenda_page - 1])
    assert toc_numbers(contents, [title for _, title, _ in entries]) == [p for _, _, p in entries]
    _, ranges = read_page_map(out)
    for attachment_id, label in built.attachment_labels.items():
        found = [n for n, t in enumerate(texts, start=1) if f"{label} p1" in t]
        assert len(found) == 1, label
        item = next(i for i in data.items for a in i.attachments if a.info.id == attachment_id)
        first, last = ranges[item.item.id]
        assert first < found[0] <= last
