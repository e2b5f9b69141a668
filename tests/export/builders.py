"""Meetings to export: built through the services, on a copy of the seeded database.

Shared by the export tests and benchmarks/export_pack.py. Everything made here
is example data (the seed holds no agenda content beyond one item per meeting).
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    AttendeeRole,
    Body,
    ItemKind,
    Outcome,
    Visibility,
)
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
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store

SEEDED_MEETING = uuid.UUID("727ca58b-61f2-587a-ac81-a1310760c210")  # 8 februari 2024
USER = "coördinator"

EXPLANATION = (
    "De Alliantie Dordt West bespreekt de voortgang van het uitvoeringsprogramma. "
    "In Crabbehof en Wielwijk lopen de eerste projecten; de wijkteams melden dat de "
    "samenwerking met de woningcorporaties en de scholen goed op gang komt. Het college "
    "van B&W heeft de bijdrage van het Rijk (€ 4,3 miljoen) toegezegd voor Preventie met "
    "Gezag; de aanvraag voor het Volkshuisvestingsfonds (€ 17,4 miljoen) loopt nog.\n\n"
    "Voorgesteld wordt de prioriteiten voor 2024 vast te stellen en de kwartaalrapportage "
    "aan de gemeenteraad te sturen. De indicatoren laten zien dat Dordt West op "
    "veiligheid en gezondheid nog achterblijft bij het Dordts gemiddelde."
)


def pdf_pages(count: int, label: str, *, landscape_page: int | None = None) -> bytes:
    """A small PDF: each page says `label` and its number, with a coloured frame."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in range(1, count + 1):
        size = landscape(A4) if number == landscape_page else A4
        canvas.setPageSize(size)
        width, height = size
        canvas.setStrokeColorRGB(0.1, 0.5, 0.2)
        canvas.setLineWidth(6)
        canvas.rect(20, 20, width - 40, height - 40)
        canvas.setFont("Helvetica-Bold", 28)
        canvas.drawString(60, height - 100, f"{label} p{number}")
        canvas.setFont("Helvetica", 11)
        for line in range(int(height - 200) // 18):  # what fits the page
            canvas.drawString(
                60, height - 150 - 18 * line, f"Regel {line + 1} van de bijlage {label}."
            )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@dataclass
class Built:
    meeting_id: uuid.UUID
    items: list[AgendaItemDTO] = field(default_factory=list)
    confidential: AgendaItemDTO | None = None
    personal_note: str = ""
    attachment_labels: dict[uuid.UUID, str] = field(default_factory=dict)


def new_meeting(store: Store, *, title: str = "", day: date = date(2024, 3, 14)) -> MeetingDTO:
    meeting = MeetingDTO(
        id=uuid.uuid4(),
        body=Body.ALLIANCE,
        day=day,
        title=title,
        start_time=time(14, 0),
        end_time=time(16, 30),
        location="Stadskantoor, Spuiboulevard 300, Dordrecht",
        chair="A. de Voorzitter",
    )
    return MeetingService(store).create_meeting(meeting, standard_agenda=True)


def add_item(store: Store, meeting_id: uuid.UUID, title: str, **fields: object) -> AgendaItemDTO:
    points = fields.pop("points", ())
    item = AgendaItemDTO(
        id=uuid.uuid4(),
        meeting_id=meeting_id,
        kind=fields.pop("kind", ItemKind.DECISION),  # type: ignore[arg-type]
        title=title,
        points=tuple(DecisionPointDTO(uuid.uuid4(), str(p)) for p in points),  # type: ignore[attr-defined]
        **fields,  # type: ignore[arg-type]
    )
    MeetingService(store).save_item(item)
    return item


def add_note(store: Store, item_id: uuid.UUID, text: str, *, personal: bool = False) -> None:
    stamp = datetime(2024, 3, 10, 9, 30)
    note = AnnotationDTO(
        id=uuid.uuid4(),
        item_id=item_id,
        author=USER,
        text=text,
        created_at=stamp,
        updated_at=stamp,
        visibility=Visibility.PERSONAL if personal else Visibility.SHARED,
    )
    MeetingService(store).save_annotation(note, USER)


def add_action(
    store: Store, meeting_id: uuid.UUID, description: str, **fields: object
) -> ActionDTO:
    action = ActionDTO(id=uuid.uuid4(), description=description, meeting_id=meeting_id, **fields)  # type: ignore[arg-type]
    MeetingService(store).save_action(action)
    return action


def add_people(store: Store, meeting_id: uuid.UUID) -> None:
    people = PeopleService(store)
    rows = (
        ("A. de Voorzitter", "Gemeente Dordrecht", AttendeeRole.CHAIR, Attendance.PRESENT),
        ("B. Bakker", "Woonkracht10", AttendeeRole.MEMBER, Attendance.PRESENT),
        ("C. Çelik", "Politie Zuid-Holland-Zuid", AttendeeRole.MEMBER, Attendance.PRESENT),
        ("D. van Dijk", "Stichting Primair Onderwijs", AttendeeRole.MEMBER, Attendance.EXCUSED),
        ("E. Eijkelenboom", "Trivire", AttendeeRole.SECRETARY, Attendance.PRESENT),
    )
    for name, organisation, role, attendance in rows:
        person = PersonDTO(id=uuid.uuid4(), name=name, organisation=organisation)
        people.save_person(person)
        people.save_attendee(
            AttendeeDTO(
                id=uuid.uuid4(),
                meeting_id=meeting_id,
                person_id=person.id,
                role=role,
                attendance=attendance,
            )
        )


def example_meeting(
    store: Store, *, secret_title: str = "Grondaankoop Wielwijk (vertrouwelijk)"
) -> Built:
    """A full Alliantie meeting: every block of every document has something to show."""
    meeting = new_meeting(store, title="Voorjaarsoverleg")
    built = Built(meeting_id=meeting.id)
    add_people(store, meeting.id)
    _main_item(store, built)
    _information_item(store, built)
    _secret_item(store, built, secret_title)
    _actions(store, built)
    return built


def _attach(
    store: Store, built: Built, item_id: uuid.UUID, name: str, label: str, pages: int
) -> None:
    landscape_page = 2 if label == "BIJLAGE-A" else None
    data = pdf_pages(pages, label, landscape_page=landscape_page)
    added = AttachmentService(store).add_bytes(item_id, name, data)
    built.attachment_labels[added.id] = label


def _main_item(store: Store, built: Built) -> None:
    overview = ProgrammeService(store).overview()
    item = add_item(
        store,
        built.meeting_id,
        "Prioriteiten uitvoeringsprogramma 2024",
        presenter="Programmamanager",
        duration_minutes=30,
        explanation=EXPLANATION,
        points=(
            "De prioriteiten voor 2024 vast te stellen.",
            "De rapportage aan de raad te sturen.",
        ),
        goal_ids=tuple(g.id for g in overview.strategic_goals[:2]),
        initiative_ids=tuple(i.id for i in overview.initiatives[:2]),
        milestone_ids=tuple(m.id for m in overview.milestones[3:]),
    )
    built.items.append(item)
    add_note(store, item.id, "Graag ook de cijfers van 2023 erbij.\nDank!")
    built.personal_note = "PERSOONLIJK: niet delen"
    add_note(store, item.id, built.personal_note, personal=True)
    _attach(store, built, item.id, "Prioriteitennotitie.pdf", "BIJLAGE-A", 3)
    decision = DecisionDTO(
        uuid.uuid4(), item.id, "De prioriteiten zijn vastgesteld.", Outcome.ADOPTED
    )
    MeetingService(store).record_decision(decision)


def _information_item(store: Store, built: Built) -> None:
    overview = ProgrammeService(store).overview()
    item = add_item(
        store,
        built.meeting_id,
        "Stand van zaken Preventie met Gezag",
        kind=ItemKind.INFORMATION,
        presenter="Politie Zuid-Holland-Zuid",
        duration_minutes=15,
        explanation="Een korte toelichting op de eerste maanden.",
        initiative_ids=tuple(i.id for i in overview.initiatives[3:]),
    )
    built.items.append(item)
    _attach(store, built, item.id, "Kwartaalrapportage Q4 2023.pdf", "BIJLAGE-B", 2)


def _secret_item(store: Store, built: Built, title: str) -> None:
    item = add_item(
        store,
        built.meeting_id,
        title,
        presenter="Wethouder",
        duration_minutes=20,
        explanation="Onderhandelingspositie van de gemeente; niet openbaar.",
        points=("In te stemmen met het bod.",),
        confidential=True,
    )
    built.confidential = item
    _attach(store, built, item.id, "Taxatierapport.pdf", "GEHEIM-C", 2)
    decision = DecisionDTO(
        uuid.uuid4(), item.id, "Ingestemd met het bod (geheim).", Outcome.ADOPTED
    )
    MeetingService(store).record_decision(decision)


def _actions(store: Store, built: Built) -> None:
    assert built.confidential is not None
    first, meeting = built.items[0], built.meeting_id
    due = PreciseDate.parse
    add_action(
        store,
        meeting,
        "Cijfers 2023 nasturen",
        owner="B. Bakker",
        due=due("eind maart 2024"),
        item_id=first.id,
    )
    add_action(
        store,
        meeting,
        "Raadsinformatiebrief opstellen",
        owner="Programmabureau",
        due=due("1 februari 2024"),
    )
    add_action(store, meeting, "Afgerond punt", owner="C. Çelik", status=ActionStatus.DONE)
    add_action(
        store,
        meeting,
        "Geheime actie over de grondaankoop",
        owner="Wethouder",
        item_id=built.confidential.id,
    )


def big_meeting(
    store: Store, *, items: int = 40, words: int = 1100, attachments: int = 10
) -> Built:
    """The benchmark's meeting: `items` content items of `words` words, attachments spread."""
    meeting = new_meeting(store, title="Benchmark")
    built = Built(meeting_id=meeting.id)
    overview = ProgrammeService(store).overview()
    sentence = EXPLANATION.split("\n\n")[0].split()
    text = " ".join(sentence[i % len(sentence)] for i in range(words))
    service = AttachmentService(store)
    for n in range(items):
        paragraphs = "\n\n".join(text[i : i + 900] for i in range(0, len(text), 900))
        item = add_item(
            store,
            meeting.id,
            f"Agendapunt {n + 1}: voortgang deelproject {n + 1}",
            presenter="Programmabureau",
            duration_minutes=5,
            explanation=paragraphs,
            points=(f"Besluitpunt {n + 1}a", f"Besluitpunt {n + 1}b"),
            initiative_ids=(overview.initiatives[n % len(overview.initiatives)].id,),
            milestone_ids=(overview.milestones[n % len(overview.milestones)].id,),
        )
        built.items.append(item)
        if n % max(1, items // attachments) == 0 and len(built.attachment_labels) < attachments:
            label = f"ATT{len(built.attachment_labels)}"
            added = service.add_bytes(item.id, f"{label}.pdf", pdf_pages(3, label))
            built.attachment_labels[added.id] = label
    for n in range(30):
        add_action(store, meeting.id, f"Actiepunt {n + 1}", owner="Programmabureau")
    return built
