"""Meeting rules: schedule, reorder, carry-over, attachments, decisions, remarks."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import update

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import (
    ActionStatus,
    Body,
    ItemKind,
    MilestoneStatus,
    Outcome,
    Visibility,
)
from dordtwest_desktop.domain.errors import StorageError, ValidationError
from dordtwest_desktop.services.attachments import AttachmentService
from dordtwest_desktop.services.dto import (
    ActionDTO,
    AgendaItemDTO,
    AnnotationDTO,
    DecisionDTO,
    DecisionPointDTO,
    MeetingDTO,
)
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store
from tests.helpers import make_pdf


def new_meeting(service: MeetingService, **changes) -> MeetingDTO:
    dto = MeetingDTO(
        id=uuid.uuid4(),
        body=Body.ALLIANCE,
        day=date(2025, 3, 13),
        start_time=time(14, 0),
        end_time=time(15, 0),
        location="Voorbeeldlocatie",
    )
    dto = replace(dto, **changes)
    return service.create_meeting(dto, standard_agenda=True)


def item(meeting: MeetingDTO, title: str, minutes: int = 10, **changes) -> AgendaItemDTO:
    return replace(
        AgendaItemDTO(
            id=uuid.uuid4(),
            meeting_id=meeting.id,
            kind=ItemKind.DISCUSSION,
            title=title,
            duration_minutes=minutes,
        ),
        **changes,
    )


def titles(service: MeetingService, meeting: MeetingDTO) -> list[str]:
    return [s.item.title for s in service.detail(meeting.id).agenda]


def test_standard_agenda_in_dutch(store: Store):
    service = MeetingService(store)
    meeting = new_meeting(service)
    assert titles(service, meeting) == [
        "Opening",
        "Vaststellen agenda",
        "Besluitenlijst en actielijst vorige vergadering",
        "Mededelingen",
        "Rondvraag",
        "Sluiting",
    ]


def test_new_items_go_before_questions_and_closing(store: Store):
    service = MeetingService(store)
    meeting = new_meeting(service)
    service.save_item(item(meeting, "Uitvoeringsprogramma"))
    assert titles(service, meeting)[-3:] == ["Uitvoeringsprogramma", "Rondvraag", "Sluiting"]


def test_start_times_and_overrun(store: Store):
    service = MeetingService(store)
    meeting = service.create_meeting(
        MeetingDTO(
            id=uuid.uuid4(),
            body=Body.ALLIANCE,
            day=date(2025, 3, 13),
            start_time=time(14, 0),
            end_time=time(15, 0),
        )
    )
    for title, minutes in (("A", 15), ("B", 30), ("C", 20)):
        service.save_item(item(meeting, title, minutes))
    agenda = service.detail(meeting.id).agenda
    assert [(s.start, s.end) for s in agenda] == [
        (time(14, 0), time(14, 15)),
        (time(14, 15), time(14, 45)),
        (time(14, 45), time(15, 5)),
    ]
    assert [s.overruns for s in agenda] == [False, False, True]
    assert [s.number for s in agenda] == [1, 2, 3]


def test_no_start_time_means_no_times(store: Store):
    service = MeetingService(store)
    meeting = new_meeting(service, start_time=None, end_time=None)
    assert all(s.start is None and not s.overruns for s in service.detail(meeting.id).agenda)


@pytest.mark.parametrize("minutes", [-5, 24 * 60 + 1])
def test_bad_duration_refused(store: Store, minutes: int):
    service = MeetingService(store)
    meeting = new_meeting(service)
    with pytest.raises(ValidationError) as error:
        service.save_item(item(meeting, "Te lang", minutes))
    assert error.value.field == "duration"
    assert "Te lang" not in titles(service, meeting)


def test_meeting_without_date_refused(store: Store):
    service = MeetingService(store)
    with pytest.raises(ValidationError) as error:
        service.save_meeting(MeetingDTO(id=uuid.uuid4(), body=Body.ALLIANCE, day=None))  # type: ignore[arg-type]
    assert error.value.field == "day"
    assert len(service.meetings()) == 4


def test_reorder_and_move(store: Store):
    service = MeetingService(store)
    meeting = new_meeting(service)
    order = [s.item.id for s in service.detail(meeting.id).agenda]
    previous = service.reorder(meeting.id, list(reversed(order)))
    assert previous == order
    assert titles(service, meeting)[0] == "Sluiting"
    service.reorder(meeting.id, previous)
    service.move_item(order[0], +1)
    assert titles(service, meeting)[:2] == ["Vaststellen agenda", "Opening"]
    service.move_item(order[0], -5)
    assert titles(service, meeting)[0] == "Opening"
    with pytest.raises(ValidationError):
        service.reorder(meeting.id, order[:-1])


def test_copy_agenda_of_an_earlier_meeting(store: Store):
    service = MeetingService(store)
    first = new_meeting(service)
    point = DecisionPointDTO(id=uuid.uuid4(), text="Instemmen met het voorstel")
    service.save_item(item(first, "Voorstel", points=(point,)))
    copy = service.create_meeting(
        MeetingDTO(id=uuid.uuid4(), body=Body.ALLIANCE, day=date(2025, 4, 10)), copy_from=first.id
    )
    assert titles(service, copy) == titles(service, first)
    copied = next(s.item for s in service.detail(copy.id).agenda if s.item.title == "Voorstel")
    assert [p.text for p in copied.points] == ["Instemmen met het voorstel"]
    assert copied.points[0].id != point.id


def test_open_actions_carry_over_to_next_meeting_of_same_body(store: Store):
    service = MeetingService(store)
    first = new_meeting(service, day=date(2025, 1, 9))
    later = new_meeting(service, day=date(2025, 2, 13))
    council = new_meeting(service, day=date(2025, 2, 20), body=Body.COUNCIL)
    open_action = ActionDTO(id=uuid.uuid4(), description="Notitie opstellen", meeting_id=first.id)
    done = ActionDTO(
        id=uuid.uuid4(), description="Al gedaan", meeting_id=first.id, status=ActionStatus.DONE
    )
    service.save_action(open_action)
    service.save_action(done)
    carried = service.detail(later.id).carried_actions
    assert [a.description for a in carried] == ["Notitie opstellen"]
    assert service.detail(council.id).carried_actions == ()
    assert service.detail(first.id).carried_actions == ()
    assert [a.description for a in service.detail(first.id).actions] == [
        "Notitie opstellen",
        "Al gedaan",
    ]


def test_overdue_action():
    action = ActionDTO(id=uuid.uuid4(), description="x", due=PreciseDate.parse("Q1 2025"))
    assert action.is_overdue(date(2025, 4, 1))
    assert not action.is_overdue(date(2025, 3, 31))
    assert not replace(action, status=ActionStatus.DONE).is_overdue(date(2026, 1, 1))


def test_attachment_is_copied_and_checked_by_hash(store: Store, tmp_path: Path):
    service = MeetingService(store)
    meeting = new_meeting(service)
    agenda_item = service.detail(meeting.id).agenda[0].item
    source = tmp_path / "notitie.pdf"
    data = make_pdf(3)
    source.write_bytes(data)
    attachments = AttachmentService(store)
    info = attachments.add(agenda_item.id, source)
    source.unlink()  # the original may vanish
    assert (info.filename, info.size, info.page_count) == ("notitie.pdf", len(data), 3)
    assert attachments.content(info.id) == data
    with store.transaction() as session:
        session.execute(update(m.Attachment).values(content=data[:-10] + b"XXXXXXXXXX"))
    with pytest.raises(StorageError):
        attachments.content(info.id)


@pytest.mark.parametrize(
    ("name", "data"),
    [("leeg.pdf", b""), ("tekst.pdf", b"gewoon tekst"), ("kapot.pdf", b"%PDF-1.4 kapot")],
)
def test_bad_attachments_refused(store: Store, tmp_path: Path, name: str, data: bytes):
    service = MeetingService(store)
    meeting = new_meeting(service)
    agenda_item = service.detail(meeting.id).agenda[0].item
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ValidationError) as error:
        AttachmentService(store).add(agenda_item.id, path)
    assert name in error.value.message
    assert service.detail(meeting.id).attachments == {}


def test_decision_marks_milestone_reached_and_reverts(store: Store):
    service = MeetingService(store)
    seeded = service.meetings()[-1]
    agenda_item = service.detail(seeded.id).agenda[0].item
    milestone_id = agenda_item.milestone_ids[0]
    revert = service.record_decision(
        DecisionDTO(
            id=uuid.uuid4(),
            item_id=agenda_item.id,
            text="Voorbeeldbesluit",
            outcome=Outcome.ADOPTED,
            reached_milestone_id=milestone_id,
        )
    )
    milestones = {x.id: x for x in ProgrammeService(store).milestones()}
    assert milestones[milestone_id].status is MilestoneStatus.REACHED
    assert service.detail(seeded.id).decisions[agenda_item.id].text == "Voorbeeldbesluit"
    service.revert(revert)
    milestones = {x.id: x for x in ProgrammeService(store).milestones()}
    assert milestones[milestone_id].status is MilestoneStatus.PLANNED
    assert service.detail(seeded.id).decisions == {}


def test_only_linked_milestone_can_be_reached(store: Store):
    service = MeetingService(store)
    meeting = new_meeting(service)
    agenda_item = service.detail(meeting.id).agenda[0].item
    other = ProgrammeService(store).milestones()[0]
    with pytest.raises(ValidationError):
        service.record_decision(
            DecisionDTO(
                id=uuid.uuid4(),
                item_id=agenda_item.id,
                text="x",
                outcome=Outcome.ADOPTED,
                reached_milestone_id=other.id,
            )
        )


def test_annotations_newest_last_and_only_author_edits(store: Store):
    service = MeetingService(store)
    meeting = new_meeting(service)
    agenda_item = service.detail(meeting.id).agenda[0].item
    now = datetime(2025, 3, 1, 10, 0)
    first = AnnotationDTO(
        id=uuid.uuid4(),
        item_id=agenda_item.id,
        author="Anna",
        text="Eerste",
        created_at=now,
        updated_at=now,
    )
    second = replace(
        first,
        id=uuid.uuid4(),
        author="Bert",
        text="Tweede",
        created_at=now.replace(hour=11),
        visibility=Visibility.PERSONAL,
    )
    service.save_annotation(second, user="Bert")
    service.save_annotation(first, user="Anna")
    shown = service.detail(meeting.id).annotations[agenda_item.id]
    assert [a.text for a in shown] == ["Eerste", "Tweede"]
    stored = replace(first, version=1)
    with pytest.raises(ValidationError):
        service.save_annotation(replace(stored, text="Gewijzigd"), user="Bert")
    with pytest.raises(ValidationError):
        service.delete_annotation(first.id, user="Bert")
    service.save_annotation(replace(stored, text="Gewijzigd"), user="Anna")
    assert service.detail(meeting.id).annotations[agenda_item.id][0].text == "Gewijzigd"


def test_delete_meeting_and_restore(store: Store):
    service = MeetingService(store)
    seeded = service.meetings()[-1]
    agenda_item = service.detail(seeded.id).agenda[0].item
    service.record_decision(
        DecisionDTO(
            id=uuid.uuid4(), item_id=agenda_item.id, text="Besluit", outcome=Outcome.DEFERRED
        )
    )
    assert service.has_decisions(seeded.id)
    before = service.detail(seeded.id)
    snapshot = service.delete_meeting(seeded.id)
    assert seeded.id not in {x.id for x in service.meetings()}
    milestone = next(
        x for x in ProgrammeService(store).milestones() if x.id in agenda_item.milestone_ids
    )
    assert milestone.meeting_id is None
    service.restore(snapshot)
    assert service.detail(seeded.id) == before
    milestone = next(
        x for x in ProgrammeService(store).milestones() if x.id in agenda_item.milestone_ids
    )
    assert milestone.meeting_id == seeded.id


def test_resolve_by_prefix(store: Store):
    service = MeetingService(store)
    meeting = service.meetings()[-1]
    assert service.resolve(str(meeting.id)[:8]) == meeting.id
    with pytest.raises(Exception, match="zzzz"):
        service.resolve("zzzz")


def test_editing_an_item_keeps_its_decision_point_ids(store: Store):
    service = MeetingService(store)
    meeting = new_meeting(service)
    points = (
        DecisionPointDTO(id=uuid.uuid4(), text="Eerste"),
        DecisionPointDTO(id=uuid.uuid4(), text="Tweede"),
    )
    dto = item(meeting, "Met beslispunten", points=points)
    service.save_item(dto)
    changed = replace(
        dto, version=1, title="Gewijzigd", points=(replace(points[1], text="Tweede, herzien"),)
    )
    service.save_item(changed)
    stored = next(s.item for s in service.detail(meeting.id).agenda if s.item.id == dto.id)
    assert stored.title == "Gewijzigd"
    assert [(p.id, p.text) for p in stored.points] == [(points[1].id, "Tweede, herzien")]


def test_imported_remark_may_be_deleted_but_not_edited_by_the_importer(store: Store):
    service = MeetingService(store)
    meeting = new_meeting(service)
    agenda_item = service.detail(meeting.id).agenda[0].item
    now = datetime(2025, 3, 1, 10, 0)
    remark = AnnotationDTO(
        id=uuid.uuid4(),
        item_id=agenda_item.id,
        author="Partner",
        text="Uit de PDF",
        created_at=now,
        updated_at=now,
        source_key="pdf-field:x:partner",
    )
    service.save_annotation(remark, user="Partner")
    with pytest.raises(ValidationError):
        service.save_annotation(replace(remark, version=1, text="Anders"), user="Coördinator")
    service.delete_annotation(remark.id, user="Coördinator")
    assert service.detail(meeting.id).annotations == {}


def test_a_new_closing_item_goes_last(store: Store):
    service = MeetingService(store)
    meeting = new_meeting(service)
    service.save_item(item(meeting, "Tweede sluiting", kind=ItemKind.CLOSING))
    assert titles(service, meeting)[-1] == "Tweede sluiting"


def test_a_funder_holds_no_meetings(store: Store):
    service = MeetingService(store)
    before = service.meetings()
    with pytest.raises(ValidationError) as refused:
        new_meeting(service, body=Body.FUNDER)
    assert refused.value.field == "body"
    assert "financier houdt geen vergaderingen" in refused.value.message
    meeting = new_meeting(service)
    with pytest.raises(ValidationError):
        service.save_meeting(replace(meeting, body=Body.FUNDER))
    assert [m.id for m in service.meetings()] == [m.id for m in before] + [meeting.id]
    assert service.detail(meeting.id).meeting.body is Body.ALLIANCE
