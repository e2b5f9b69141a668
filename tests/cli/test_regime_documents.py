"""Report milestones in the documents: the dashboard PDF's timeline and the pack's milestones."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from dordtwest_desktop.cli import main
from dordtwest_desktop.services.charts import timeline_series
from dordtwest_desktop.services.dashboard import PALETTE, mark_colour
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.services.regimes import RegimeService
from dordtwest_desktop.store.database import open_store

SISA = [f"SiSa-verantwoording {y}" for y in range(2023, 2027)]


def assign_sisa(db_path: Path) -> None:
    store = open_store(db_path)
    try:
        programme = ProgrammeService(store)
        sisa = next(r for r in RegimeService(store).regimes() if r.name == "SiSa")
        pmg = next(i for i in programme.initiatives() if i.name == "Preventie met Gezag")
        line = replace(pmg.funding[0], regime_id=sisa.id)
        programme.save_initiative(replace(pmg, funding=(line,)))
        marks = timeline_series(programme.milestones(), programme.initiatives(), date(2024, 1, 1))
        reports = [mark for mark in marks.marks if mark.title in SISA]
        assert len(reports) == 4 and all(mark.is_report for mark in reports)
        assert {mark_colour(mark, date(2024, 1, 1)) for mark in reports} == {PALETTE["report"]}
    finally:
        store.close()


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_dashboard_pdf_shows_the_four_sisa_reports(capsys, db_path: Path, tmp_path: Path):
    assign_sisa(db_path)
    out = tmp_path / "dashboard.pdf"
    assert main(["--db", str(db_path), "export", "dashboard", "--out", str(out)]) == 0
    text = text_of(out)
    for title in SISA:
        assert title in text


def test_the_pack_lists_them_with_the_funder_deciding(capsys, db_path: Path, tmp_path: Path):
    assign_sisa(db_path)
    store = open_store(db_path)
    try:
        meeting = MeetingService(store).meetings()[1]  # the Alliantie, 23 November 2023
    finally:
        store.close()
    out = tmp_path / "pack.pdf"
    args = ["--db", str(db_path), "export", "pack", "--meeting", str(meeting.id), "--out", str(out)]
    assert main(args) == 0
    text = text_of(out)
    assert "SiSa-verantwoording 2023" in text and "Financier" in text
    assert "Paars: een verantwoording" in text
