"""Issue 14, points 5 and 7 in the documents: a meeting without a title, counts, English dates."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dordtwest_desktop import i18n
from dordtwest_desktop.domain.enums import Body
from dordtwest_desktop.domain.meeting_title import default_title, meeting_title
from dordtwest_desktop.exporting import export_document
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.store.database import Store
from tests.export.builders import Built
from tests.export.conftest import page_texts


def _untitled(store: Store, built: Built, body: Body = Body.ALLIANCE) -> None:
    meetings = MeetingService(store)
    meeting = meetings.meeting(built.meeting_id)
    meetings.save_meeting(replace(meeting, title="", body=body, body_name=""))


def test_a_meeting_without_title_is_named_after_its_body():
    from datetime import date

    assert default_title(Body.ALLIANCE, day=date(2027, 1, 14)) == (
        "Vergadering van de Alliantie Dordt West, 14 januari 2027"
    )
    assert default_title(Body.EXECUTIVE) == "Vergadering van het college van B&W"
    assert default_title(Body.OTHER, "Stuurgroep") == "Vergadering van Stuurgroep"
    assert meeting_title("  Voorjaarsoverleg ", Body.COUNCIL) == "Voorjaarsoverleg"


@pytest.mark.parametrize("what", ["pack", "agenda", "decisions"])
def test_documents_of_an_untitled_meeting_name_it(
    example_store: Store, built: Built, tmp_path: Path, what: str
):
    _untitled(example_store, built)
    out = export_document(
        example_store, what, out=tmp_path / f"{what}.pdf", meeting=built.meeting_id
    )
    text = " ".join(" ".join(page_texts(out)).split())
    assert "Vergadering van de Alliantie Dordt West" in text
    assert "Alliantie Dordt West –" not in text  # no dash before a missing title


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("nl")


def test_english_documents_write_days_and_times_in_english(
    example_store: Store, built: Built, tmp_path: Path, english: None
):
    out = export_document(
        example_store, "pack", out=tmp_path / "pack.pdf", meeting=built.meeting_id
    )
    text = " ".join(" ".join(page_texts(out)).split())
    assert "Thursday 14 March 2024" in text
    assert "14:00–16:30" in text
    assert "donderdag" not in text and "14 maart" not in text
    # Programme dates keep their canonical Dutch form ("eind maart 2024"), as in the app.
    assert " uur" not in text and "hrs" not in text


def test_dutch_documents_keep_dutch_days_and_times(export):
    text = " ".join(" ".join(page_texts(export("agenda"))).split())
    assert "donderdag 14 maart 2024" in text and "14.00–16.30 uur" in text


def test_a_count_of_one_left_out_item_is_singular(
    example_store: Store, built: Built, tmp_path: Path
):
    from dordtwest_desktop.export.agenda import left_out_note
    from dordtwest_desktop.services.documents import DocumentData, prepare_document

    data = prepare_document(example_store, "agenda", meeting=built.meeting_id, public=True).data
    assert isinstance(data, DocumentData)
    data = replace(data, left_out_confidential=1)
    note = left_out_note(data)[0].getPlainText()
    assert note == "1 vertrouwelijk agendapunt niet opgenomen."
