"""The exchange format: lossless round trip, merge by UUID, all-or-nothing import."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import FundingStatus
from dordtwest_desktop.domain.errors import ImportFileError
from dordtwest_desktop.services.dto import FundingLineDTO, InitiativeDTO
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store, open_store
from dordtwest_desktop.store.exchange import export_json, import_json


def _tables(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["tables"]


def test_export_import_export_is_identical(store: Store, tmp_path: Path):
    ProgrammeService(store).save_initiative(
        InitiativeDTO(
            id=uuid.uuid4(),
            name='Voorbeeld <b>&</b> "inspanning" 😀 ë',
            funding=(
                FundingLineDTO(
                    id=uuid.uuid4(),
                    scheme="Voorbeeldregeling",
                    funder="Provincie Zuid-Holland",
                    status=FundingStatus.GRANTED,
                    granted_cents=123_45,
                    decision_date=PreciseDate.parse("Q2 2025"),
                ),
            ),
        )
    )
    first = tmp_path / "first.json"
    export_json(store, first)
    empty = open_store(tmp_path / "empty.sqlite", seed=False)
    import_json(empty, first)
    second = tmp_path / "second.json"
    export_json(empty, second)
    empty.close()
    assert _tables(first) == _tables(second)
    assert len(_tables(first)["initiative"]) == 5


def test_import_merges_by_uuid(store: Store, tmp_path: Path):
    exported = tmp_path / "x.json"
    export_json(store, exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["tables"]["initiative"][0]["name"] = "Hernoemd"
    exported.write_text(json.dumps(document), encoding="utf-8")
    counts = import_json(store, exported)
    assert counts["initiative"] == 4
    names = [i.name for i in ProgrammeService(store).initiatives()]
    assert len(names) == 4 and "Hernoemd" in names


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["tables"]["initiative"][2].update(status="zomaar"),
        lambda d: d["tables"]["funding_line"][0].update(requested_cents="veel"),
        lambda d: d["tables"]["milestone"][1].update(due="31 februari 2023"),
        lambda d: d["tables"]["goal"][0].pop("title"),
        lambda d: d["tables"]["pillar"].append({"id": "geen-uuid", "position": 1, "name": "x"}),
        lambda d: d.update(format="iets anders"),
        lambda d: d["tables"].update(onbekend=[]),
    ],
)
def test_malformed_import_changes_nothing(store: Store, tmp_path: Path, damage):
    exported = tmp_path / "x.json"
    export_json(store, exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["tables"]["initiative"][0]["name"] = "Mag niet landen"
    damage(document)
    exported.write_text(json.dumps(document), encoding="utf-8")
    before = tmp_path / "before.json"
    export_json(store, before)
    with pytest.raises(ImportFileError) as error:
        import_json(store, exported)
    assert error.value.message
    after = tmp_path / "after.json"
    export_json(store, after)
    assert _tables(before) == _tables(after)


def test_not_json_at_all(store: Store, tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x00\x01 geen json")
    with pytest.raises(ImportFileError, match=r"bad\.json"):
        import_json(store, bad)


def test_round_trip_with_meetings_attachments_and_remarks(store: Store, tmp_path: Path):
    from datetime import date, datetime, time

    from dordtwest_desktop.domain.enums import Body, ItemKind, Outcome, Visibility
    from dordtwest_desktop.services.attachments import AttachmentService
    from dordtwest_desktop.services.dto import (
        ActionDTO,
        AgendaItemDTO,
        AnnotationDTO,
        AttendeeDTO,
        DecisionDTO,
        DecisionPointDTO,
        MeetingDTO,
        PersonDTO,
    )
    from dordtwest_desktop.services.meetings import MeetingService
    from dordtwest_desktop.services.people import PeopleService
    from tests.helpers import make_pdf

    meetings = MeetingService(store)
    meeting = meetings.create_meeting(
        MeetingDTO(
            id=uuid.uuid4(), body=Body.ALLIANCE, day=date(2025, 5, 1), start_time=time(9, 30)
        ),
        standard_agenda=True,
    )
    item = AgendaItemDTO(
        id=uuid.uuid4(),
        meeting_id=meeting.id,
        kind=ItemKind.DECISION,
        title="Voorbeeld & <test>",
        confidential=True,
        points=(DecisionPointDTO(id=uuid.uuid4(), text="Instemmen"),),
    )
    meetings.save_item(item)
    pdf = make_pdf(2)
    AttachmentService(store).add_bytes(item.id, "bijlage.pdf", pdf)
    meetings.record_decision(
        DecisionDTO(
            id=uuid.uuid4(), item_id=item.id, text="Besluit", outcome=Outcome.ADOPTED_AMENDED
        )
    )
    moment = datetime(2025, 5, 1, 10, 15)
    meetings.save_annotation(
        AnnotationDTO(
            id=uuid.uuid4(),
            item_id=item.id,
            author="Anna",
            text="Opmerking 😀",
            created_at=moment,
            updated_at=moment,
            visibility=Visibility.PERSONAL,
        ),
        user="Anna",
    )
    meetings.save_action(ActionDTO(id=uuid.uuid4(), description="Actie", meeting_id=meeting.id))
    person = PersonDTO(id=uuid.uuid4(), name="Voorbeeldpersoon", organisation="Voorbeeldcorporatie")
    people = PeopleService(store)
    people.save_person(person)
    people.save_attendee(AttendeeDTO(id=uuid.uuid4(), meeting_id=meeting.id, person_id=person.id))

    first = tmp_path / "first.json"
    export_json(store, first)
    empty = open_store(tmp_path / "empty.sqlite", seed=False)
    import_json(empty, first)
    assert MeetingService(empty).detail(meeting.id) == meetings.detail(meeting.id)
    (attachment,) = MeetingService(empty).detail(meeting.id).attachments[item.id]
    assert AttachmentService(empty).content(attachment.id) == pdf
    second = tmp_path / "second.json"
    export_json(empty, second)
    empty.close()
    assert _tables(first) == _tables(second)


@given(st.datetimes(min_value=datetime(1000, 1, 1)))
def test_a_stored_time_is_written_as_isoformat_writes_it(moment: datetime) -> None:
    from dordtwest_desktop.store.exchange_values import stored_time_text as _stored_time_text

    # As SQLAlchemy stores a DateTime on SQLite, and forms another program may write.
    stored = f"{moment:%Y-%m-%d %H:%M:%S}.{moment.microsecond:06d}"
    assert _stored_time_text(stored) == moment.isoformat()
    assert _stored_time_text(moment.isoformat(sep=" ")) == moment.isoformat()
