"""The pack says what the app says: milestone status, no app instructions, whole pages.

Each test reads the PDF back as a reader gets it (pypdf text and form widgets).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from pypdf import PdfReader

from dordtwest_desktop.domain.enums import Body, MilestoneStatus
from dordtwest_desktop.export import write_document
from dordtwest_desktop.exporting import export_document
from dordtwest_desktop.services.dashboard import status_text
from dordtwest_desktop.services.documents import prepare_document
from dordtwest_desktop.services.indicators import IndicatorDTO, IndicatorService
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store
from tests.export.builders import EXPLANATION, Built, add_item, new_meeting
from tests.export.conftest import Export, all_text, body_text, page_texts, squash

MEETING_DAY = date(2024, 3, 14)  # the example meeting's day


def pack_made_on(store: Store, built: Built, today: date, out: Path) -> Path:
    prepared = prepare_document(store, "pack", meeting=built.meeting_id, today=today)
    return write_document(prepared, out)


# -- a milestone's status ---------------------------------------------------------------


def test_an_overdue_milestone_reads_as_in_the_app(
    example_store: Store, built: Built, tmp_path: Path
):
    """Made on the meeting day, the item's milestone of 8 February is overdue and the one
    of the first quarter is not yet: in the app's words (services.dashboard.status_text)."""
    pack = pack_made_on(example_store, built, MEETING_DAY, tmp_path / "pack.pdf")
    text = squash(body_text(pack))
    milestones = {m.title: m for m in ProgrammeService(example_store).overview().milestones}
    overdue = milestones["Besluitvorming Alliantie Dordt West"]
    running = milestones["Raadsvoorstel financiering 4-jarige uitvoeringsprogramma"]
    assert overdue.status is MilestoneStatus.PLANNED is running.status
    assert status_text(overdue, MEETING_DAY) == "gepland, over tijd"
    assert status_text(running, MEETING_DAY) == "gepland"
    # The item's table: milestone, date, decided by, status.
    assert squash("8 februari 2024 Alliantie Dordt West gepland, over tijd") in text
    assert squash("1ste kwartaal 2024 Gemeenteraad gepland") in text
    assert squash("1ste kwartaal 2024 Gemeenteraad gepland, over tijd") not in text
    # The programme's timeline legend: the four milestones dated before the meeting.
    legend = text[text.rindex(squash("Mijlpalen van het programma")) :]
    assert legend.count(squash("gepland, over tijd")) == 4, legend


def test_a_milestone_is_not_overdue_before_its_date(
    example_store: Store, built: Built, tmp_path: Path
):
    pack = pack_made_on(example_store, built, date(2024, 2, 1), tmp_path / "pack.pdf")
    text = squash(body_text(pack))
    assert squash("8 februari 2024 Alliantie Dordt West gepland") in text
    assert squash("8 februari 2024 Alliantie Dordt West gepland, over tijd") not in text


# -- no app instructions in a council document ------------------------------------------

APP_WORDS = re.compile(r"\bapp\b|voeg .* toe|klik|knop|menu|beheren…", re.IGNORECASE)


def test_no_indicators_is_said_without_app_instructions(export: Export, tmp_path: Path):
    none = "Voor dit programma zijn nog geen indicatoren vastgelegd."
    pack = export("pack")
    assert none in " ".join(body_text(pack).split())
    for options in ({}, {"fillable": True}, {"public": True}):
        for what in ("agenda", "pack", "decisions"):
            text = all_text(export(what, **options))
            assert not APP_WORDS.search(text), (what, options, APP_WORDS.search(text))


def test_the_dashboard_has_no_app_instructions(example_store: Store, tmp_path: Path):
    dashboard = export_document(example_store, "dashboard", out=tmp_path / "empty.pdf")
    text = all_text(dashboard)
    assert "Voor dit programma zijn nog geen indicatoren vastgelegd." in " ".join(text.split())
    assert not APP_WORDS.search(text), APP_WORDS.search(text)
    IndicatorService(example_store).save_indicator(IndicatorDTO(id=uuid4(), name="Leeg"))
    with_one = all_text(export_document(example_store, "dashboard", out=tmp_path / "one.pdf"))
    assert "Nog geen cijfers." in with_one
    assert not APP_WORDS.search(with_one), APP_WORDS.search(with_one)


# -- the remark boxes of the fillable pack ----------------------------------------------

LABEL = re.compile(r"^Uw opmerking bij (agendapunt|beslispunt) \d+$")


def boxes_starting_a_page(path: Path) -> list[tuple[int, str]]:
    """(page, label) of each remark box that is the first thing on its page."""
    found = []
    for number, text in enumerate(page_texts(path), start=1):
        cut = text.rfind("Alliantie Dordt West · donderdag")
        lines = [line.strip() for line in text[: max(cut, 0)].splitlines() if line.strip()]
        if lines and LABEL.match(lines[0]):
            found.append((number, lines[0]))
    return found


# Explanations of these lengths (in lines of about twelve words) end the item near the
# foot of a page; before the boxes were bound to their text, 64 left the closing item's
# box alone on a page, and 82 too without points.
@pytest.mark.parametrize(
    ("with_points", "lengths"), [(True, range(58, 71, 3)), (False, range(76, 89, 3))]
)
def test_no_remark_box_starts_a_page(
    example_store: Store, tmp_path: Path, with_points: bool, lengths: range
):
    words = EXPLANATION.split()
    points = ("De prioriteiten vast te stellen.", "De raad te informeren.") if with_points else ()
    problems = []
    for lines in lengths:
        meeting = new_meeting(example_store, title=f"Lengte {lines}")
        text = " ".join(words[i % len(words)] for i in range(lines * 12))
        add_item(example_store, meeting.id, "Een punt", explanation=text, points=points)
        out = export_document(
            example_store, "pack", out=tmp_path / f"{lines}.pdf", meeting=meeting.id, fillable=True
        )
        widgets = sum(
            1
            for page in PdfReader(out).pages
            for ref in page.get("/Annots") or ()
            if ref.get_object().get("/Subtype") == "/Widget"
        )
        assert widgets == 1 + 7 + len(points)  # name, the standard agenda and the item, points
        problems += [(lines, *found) for found in boxes_starting_a_page(out)]
    assert not problems, problems


# -- a cover of one page ----------------------------------------------------------------


def test_the_cover_stays_one_page_however_long_the_names(
    example_store: Store, built: Built, tmp_path: Path
):
    title = " ".join(f"Voorjaarsoverleg deel {n}" for n in range(100))[:2000]
    assert len(title) == 2000
    meetings = MeetingService(example_store)
    meeting = meetings.meeting(built.meeting_id)
    meetings.save_meeting(
        replace(
            meeting,
            body=Body.OTHER,
            body_name="Stuurgroep " * 100,
            title=title,
            location="Stadskantoor " * 100,
            chair="A. de Voorzitter " * 100,
        )
    )
    for options in ({}, {"fillable": True, "draft": True}):
        name = "-".join(["pack", *options]) + ".pdf"
        out = export_document(
            example_store, "pack", out=tmp_path / name, meeting=built.meeting_id, **options
        )
        pages = page_texts(out)
        cover = " ".join(pages[0].split())
        assert "Vergaderstukken" in cover and "Opgesteld op" in cover, cover
        assert "Voorjaarsoverleg deel 0 Voorjaarsoverleg deel 1" in cover
        assert "…" in cover and "deel 99" not in cover
        assert "Inhoud" in pages[1]
        # The full title is on the agenda page.
        agenda = squash(pages[2])
        assert squash("Agenda") in agenda and squash(title) in agenda
