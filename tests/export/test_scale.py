"""Every document exports on a large programme, and stays a document one reads.

200 funded initiatives and 2,000 milestones (tests/export/scale.py, built through the
services): charts summarise ("overige"), tables split over pages, and the pack shows
the milestones that matter for its meeting, not the whole register.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dordtwest_desktop.domain import milestones as rules
from dordtwest_desktop.domain.enums import MilestoneStatus
from dordtwest_desktop.exporting import export_document
from dordtwest_desktop.services.meeting_milestones import (
    OVERDUE_LIMIT,
    UPCOMING_LIMIT,
    UPCOMING_WINDOW,
)
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store, open_store
from tests.export.conftest import page_texts
from tests.export.scale import Scale, scale_programme

pytestmark = pytest.mark.slow

TODAY = date.today()  # the documents are made today, as the command line makes them
PACKS = ({}, {"draft": True}, {"public": True}, {"fillable": True})
MILESTONE = re.compile(r"Voorbeeldmijlpaal (\d+)")


@pytest.fixture(scope="module")
def big(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Scale]:
    path = tmp_path_factory.mktemp("scale") / "scale.sqlite"
    shutil.copyfile(template_db, path)
    store = open_store(path)
    scale = scale_programme(store, TODAY)
    store.close()
    return path, scale


@pytest.fixture
def store(big: tuple[Path, Scale], tmp_path: Path) -> Iterator[Store]:
    target = tmp_path / "scale.sqlite"
    shutil.copyfile(big[0], target)
    opened = open_store(target)
    yield opened
    opened.close()


def _export(store: Store, scale: Scale, what: str, out: Path, **options: bool) -> Path:
    meeting = None if what == "dashboard" else str(scale.meeting_id)
    return export_document(store, what, out=out, meeting=meeting, **options)


def _squashed(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())


def test_every_document_exports_within_bounds(
    store: Store, big: tuple[Path, Scale], tmp_path: Path
):
    scale = big[1]
    bounds = {"agenda": 3, "decisions": 6, "dashboard": 4}
    for what, most in bounds.items():
        out = _export(store, scale, what, tmp_path / f"{what}.pdf")
        assert 1 <= len(PdfReader(out).pages) <= most, what
    dashboard = _squashed(page_texts(tmp_path / "dashboard.pdf"))
    assert "overige inspanningen (" in dashboard  # the timeline's last lane
    # Per initiative and per funder, in the chart and in the table of its figures under it.
    assert dashboard.count("overige (") == 4
    for options in PACKS:
        out = _export(store, scale, "pack", tmp_path / f"pack-{len(options)}.pdf", **options)
        pages = len(PdfReader(out).pages)
        assert 8 <= pages <= 25, (options, pages)  # the register alone was ~120 pages
        text = _squashed(page_texts(out))
        assert text.count("overige (") == 4, options  # as in the dashboard
        assert "Overige mijlpalen van het programma, niet opgenomen" in text


def _timeline_numbers(pack: Path) -> set[int]:
    """The milestones on the pages of the pack's milestone section."""
    texts = page_texts(pack)
    start = max(n for n, t in enumerate(texts) if t.startswith("Mijlpalen van het programma"))
    end = next(n for n in range(start, len(texts)) if "Middelen: aangevraagd" in texts[n])
    return {int(x) for t in texts[start:end] for x in MILESTONE.findall(t)}


def test_the_pack_shows_the_milestones_that_matter(
    store: Store, big: tuple[Path, Scale], tmp_path: Path
):
    scale = big[1]
    pack = _export(store, scale, "pack", tmp_path / "pack.pdf")
    shown = _timeline_numbers(pack)
    by_number = {
        int(MILESTONE.fullmatch(x.title).group(1)): x  # type: ignore[union-attr]
        for x in ProgrammeService(store).milestones()
        if MILESTONE.fullmatch(x.title)
    }
    linked = {n for n, x in by_number.items() if x.id in scale.linked}
    overdue = {
        n
        for n, x in by_number.items()
        if rules.is_overdue(x.status, x.due.last_day(), TODAY) and n not in linked
    }
    window = scale.meeting_day + UPCOMING_WINDOW
    upcoming = {
        n
        for n, x in by_number.items()
        if x.status is MilestoneStatus.PLANNED
        and n not in linked | overdue
        and x.due.first_day() <= window
    }
    assert linked <= shown  # never cut
    assert shown <= linked | overdue | upcoming
    assert len(shown & overdue) == min(OVERDUE_LIMIT, len(overdue))
    assert len(shown & upcoming) == min(UPCOMING_LIMIT, len(upcoming))
    # Cut, the most recently overdue stay: none left out is later than one shown.
    latest_left_out = max(by_number[n].due.sort_key() for n in overdue - shown)
    assert all(by_number[n].due.sort_key() >= latest_left_out for n in shown & overdue)
    text = _squashed(page_texts(pack))
    assert "Overige mijlpalen over tijd, niet opgenomen: " in text
