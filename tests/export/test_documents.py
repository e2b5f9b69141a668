"""Agenda and decision list, the seeded meeting through the CLI, and text that bites."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from dordtwest_desktop.cli import main
from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import ActionStatus, ItemKind, Outcome
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.dto import DecisionDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.store.database import Store
from tests.export.builders import SEEDED_MEETING, Built, add_action, add_item, add_note
from tests.export.conftest import Export, all_text, body_text, page_texts, squash

NASTY = (
    'Bewoners & <b>partners</b> </para> <font name="x"> "quotes" \'single\' a < b > c '
    "&amp; &nbsp; é ë ï ij IJ ç ř ő ł € 4,3 miljoen — 😀 🎉 🇳🇱 漢字 Ωμέγα"
)


@pytest.mark.parametrize("what", ["agenda", "pack", "decisions"])
def test_seeded_meeting_through_the_command_line(db_path: Path, tmp_path: Path, what: str):
    out = tmp_path / f"{what}.pdf"
    code = main(
        [
            "--db",
            str(db_path),
            "export",
            what,
            "--meeting",
            str(SEEDED_MEETING)[:8],
            "--out",
            str(out),
        ]
    )
    assert code == 0
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert "8 februari 2024" in (reader.metadata.title or "")
    text = all_text(out)
    assert "donderdag 8 februari 2024" in text
    if what == "decisions":
        assert len(reader.pages) == 1
    else:
        assert "Besluitvorming uitvoeringsprogramma Nationaal Programma Dordt West" in text.replace(
            "\n", " "
        )
    if what == "pack":
        for expected in ("€ 4,3 miljoen", "€ 17,4 miljoen", "1ste kwartaal 2024", "medio 2023"):
            assert squash(expected) in squash(text), expected


def test_agenda_shows_the_meeting_and_its_items(export: Export, built: Built):
    path = export("agenda")
    assert 1 <= len(PdfReader(path).pages) <= 2
    text = all_text(path)
    flat = squash(text)
    for expected in (
        "donderdag 14 maart 2024",
        "14.00",
        "14.30",
        "Stadskantoor, Spuiboulevard 300, Dordrecht",
        "A. de Voorzitter",
        label(ItemKind.DECISION),
        "Programmamanager",
        "De prioriteiten voor 2024 vast te stellen.",
        tr("Opening", context="agenda"),
    ):
        assert squash(expected) in flat, expected
    for item in built.items:
        assert squash(item.title) in flat
    assert tr("CONFIDENTIAL") in text  # the confidential item is on the (non-public) agenda


def test_agenda_public_leaves_out_confidential(export: Export, built: Built):
    assert built.confidential is not None
    text = all_text(export("agenda", public=True))
    assert squash(built.confidential.title) not in squash(text)
    assert tr("CONFIDENTIAL") not in text


def test_decision_list(export: Export, built: Built):
    path = export("decisions")
    text = all_text(path)
    flat = squash(text)
    for expected in (
        tr("Present"),
        "B. Bakker (Woonkracht10)",
        tr("Absent with apologies"),
        "D. van Dijk (Stichting Primair Onderwijs)",
        "De prioriteiten zijn vastgesteld.",
        label(Outcome.ADOPTED),
        "Cijfers 2023 nasturen",
        "eind maart 2024",
        label(ActionStatus.DONE),
        tr("overdue"),  # 1 februari 2024 lies in the past
    ):
        assert squash(expected) in flat, expected
    assert built.confidential is not None
    for secret in (built.confidential.title, "Ingestemd met het bod", "Geheime actie"):
        assert squash(secret) not in flat
    assert tr("CONFIDENTIAL") not in text


@pytest.mark.slow
def test_user_text_comes_back_verbatim(example_store: Store, built: Built, export: Export):
    long_text = " ".join(f"woord{n}" for n in range(1700))  # over 10,000 characters
    assert len(long_text) > 10_000
    item = add_item(
        example_store,
        built.meeting_id,
        NASTY,
        explanation=f"{NASTY}\n{long_text}",
        points=(NASTY,),
        presenter=NASTY,
    )
    add_note(example_store, item.id, NASTY)
    MeetingService(example_store).record_decision(
        DecisionDTO(uuid.uuid4(), item.id, NASTY, Outcome.ADOPTED)
    )
    for n in range(200):
        add_action(
            example_store,
            built.meeting_id,
            f"{NASTY} #{n}",
            owner=NASTY,
            due=PreciseDate.parse("Q3 2030"),
        )
    for what in ("agenda", "pack", "decisions"):
        text = squash(body_text(export(what)))
        assert text.count(squash(NASTY)) >= 3, what
        if what != "agenda":
            assert all(squash(f"{NASTY} #{n}") in text for n in range(200)), what
        if what == "pack":
            assert squash(long_text) in text


def test_pages_have_header_and_footer(export: Export):
    for what in ("agenda", "decisions"):
        texts = page_texts(export(what))
        for number, text in enumerate(texts, start=1):
            assert "Alliantie Dordt West · donderdag 14 maart 2024" in text
            assert tr("page {page} of {pages}").format(page=number, pages=len(texts)) in text


@pytest.mark.parametrize("what", ["agenda", "decisions"])
def test_watermark_on_every_page_with_draft(export: Export, what: str):
    assert all(tr("DRAFT") in t for t in page_texts(export(what, draft=True)))
    assert not any(tr("DRAFT") in t for t in page_texts(export(what)))
