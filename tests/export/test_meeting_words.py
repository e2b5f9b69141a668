"""Issue 14, points 5 and 7 in the documents: a meeting without a title, counts, English dates."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

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
