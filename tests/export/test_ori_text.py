"""Any text through the ORI export: it comes back out of the JSON as typed (within the
standard's maximum lengths) and every resource still validates (issue 16, point 3)."""

from __future__ import annotations

import dataclasses
import json
import shutil
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dordtwest_desktop.domain.enums import Outcome
from dordtwest_desktop.export.ori import RESOURCES, dump, ori_folder
from dordtwest_desktop.exporting import export_ori
from dordtwest_desktop.services.documents import DocumentData, PackItem
from dordtwest_desktop.services.dto import DecisionDTO, DecisionPointDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.ori import prepare_ori
from dordtwest_desktop.store.database import Store, open_store
from tests.export.builders import Built
from tests.export.ori_schema import RESOURCES as SCHEMAS
from tests.export.ori_schema import errors

TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=0, max_size=300)
NASTY = [
    "<b>vet</b> & <i>schuin</i> </para> <br/> &amp; S&P 0.1 < 0.9",
    "Wijkfeest 🎉 in Crabbehof 👩‍👩‍👧‍👦 🇳🇱",
    "regel één\nregel twee\r\nregel drie\n\n\talinea",
    '"aanhalingstekens" \\ backslash / slash \u2028 \u0000',
    "Ærø ő ł ř ß ĳ — ‘x’ “y” …",
]


@pytest.fixture(scope="module")
def base(
    example_template: tuple[Path, Built], tmp_path_factory: pytest.TempPathFactory
) -> DocumentData:
    path = tmp_path_factory.mktemp("ori-text") / "db.sqlite"
    shutil.copyfile(example_template[0], path)
    store = open_store(path)
    try:
        return prepare_ori(store, example_template[1].meeting_id, today=date(2024, 3, 1)).data
    finally:
        store.close()


def with_text(data: DocumentData, text: str) -> DocumentData:
    """Meeting, item, decision, attendee and attachment name all say `text`."""
    pack_item = next(p for p in data.items if p.attachments)
    item = dataclasses.replace(
        pack_item.item,
        title=text,
        explanation=text,
        points=(DecisionPointDTO(uuid.uuid4(), text),),
    )
    decision = DecisionDTO(uuid.uuid4(), item.id, text, Outcome.ADOPTED_AMENDED)
    attachment = pack_item.attachments[0]
    renamed = dataclasses.replace(
        attachment, info=dataclasses.replace(attachment.info, filename=text)
    )
    only = PackItem(
        scheduled=dataclasses.replace(pack_item.scheduled, item=item),
        decision=decision,
        attachments=(renamed,),
    )
    return dataclasses.replace(
        data,
        meeting=dataclasses.replace(data.meeting, location=text, title=text),
        items=(only,),
        attendees=tuple(
            dataclasses.replace(a, name=text, organisation=text) for a in data.attendees[:1]
        ),
    )


def fits(text: str, limit: int) -> bool:
    return bool(text.strip()) and len(text.strip()) <= limit


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXT)
@example(text="")
@example(text=" \n ")
@example(text="x" * 101)
@example(text="é" * 250)
def test_any_text_survives_the_json_round_trip_and_validates(base: DocumentData, text: str):
    folder = ori_folder(with_text(base, text), "pakket.pdf")
    back = {name: json.loads(dump(value)) for name, value in folder.documents.items()}
    assert back == folder.documents  # JSON keeps every character
    for file, (schema, many) in SCHEMAS.items():
        for entry in back[file] if many else [back[file]]:
            assert errors(schema, entry) == [], (file, text)
    (item,) = back[RESOURCES["agendapunten"]]
    (decision,) = back[RESOURCES["besluiten"]]
    (person,) = back[RESOURCES["aanwezigeDeelnemers"]]
    meeting = back[RESOURCES["vergadering"]]
    attachment = back[RESOURCES["informatieobjecten"]][1]
    stripped = text.strip()
    assert person["natuurlijkPersoon"]["naam"] == text
    if fits(text, 100):
        assert item["agendapuntTitel"] == stripped
        assert meeting["locatie"] == stripped and meeting["naam"] == stripped
        assert person["organisatie"] == stripped
    if fits(text, 200):
        assert decision["besluittoelichting"] == stripped
        assert attachment["titel"] == stripped
    if stripped:
        # Whatever is cut in its own field is whole in the item's description.
        assert item["agendapuntOmschrijving"].count(stripped) >= 2 + (len(stripped) > 100)


@pytest.mark.parametrize("text", NASTY)
def test_typed_text_comes_out_of_the_export_folder_as_stored(
    example_store: Store, built: Built, tmp_path: Path, text: str
):
    service = MeetingService(example_store)
    item = service.detail(built.meeting_id).agenda[4].item
    service.save_item(dataclasses.replace(item, title=text[:100], explanation=text))
    stored = next(s.item for s in service.detail(built.meeting_id).agenda if s.item.id == item.id)
    out = export_ori(example_store, str(built.meeting_id), tmp_path / "ori", today=date(2024, 3, 1))
    items = json.loads((out / RESOURCES["agendapunten"]).read_text(encoding="utf-8"))
    exported = next(i for i in items if i["id"] == str(item.id))
    assert exported["agendapuntTitel"] == stored.title.strip()
    assert stored.explanation.strip() in exported["agendapuntOmschrijving"]
    assert errors("Agendapunt", exported) == []
