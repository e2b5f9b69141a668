"""A meeting for the council information system, as VNG's ODS Open Raadsinformatie 2.0.

Pure functions of `services.documents.DocumentData` as `services.ori.prepare_ori`
makes it: public (no confidential item, nor its attachments or decision) and without
any remark. The folder it becomes:

    index.json                  what is where, and which standard
    vergadering.json            one Vergadering
    agendapunten.json           [Agendapunt]            in agenda order
    informatieobjecten.json     [InformatieObject]      the public pack, then the attachments
    besluiten.json              [Besluit]
    aanwezigeDeelnemers.json    [AanwezigeDeelnemer]    those present, name and role only
    bestanden/                  the PDFs the InformatieObjecten point to (`link`)

Each resource's `id` is the UUID of the record it comes from (the pack's is derived
from the meeting's), and its `url` the URN of that UUID, so that loading a re-export
updates the same resources. `link` is a reference relative to this folder (the
griffie decides where the files are served). What the standard has no field for is
added as an extra property, which its schemas allow: the person's name on the
`natuurlijkPersoon` reference, and `agendapunt` on a Besluit.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from dordtwest_desktop.domain.enums import Attendance, AttendeeRole, Body, ItemKind
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.meeting_title import meeting_title
from dordtwest_desktop.folders import atomic_folder
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.documents import (
    ORGANISATION,
    Cancelled,
    DocumentData,
    PackItem,
    Progress,
)
from dordtwest_desktop.services.ori import PreparedOri

Json = dict[str, Any]

STANDARD = "ODS Open Raadsinformatie"
STANDARD_VERSION = "2.0.0-beta.4"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# CBS code of the municipality of Dordrecht, whose programme this app keeps.
GEMEENTE: Json = {"gemeentecode": "0505", "gemeentenaam": "Dordrecht"}
TAAL = "dut"  # ISO 639-2/B, as the standard prefers
FILES = "bestanden"
INDEX = "index.json"
RESOURCES = {
    "vergadering": "vergadering.json",
    "agendapunten": "agendapunten.json",
    "informatieobjecten": "informatieobjecten.json",
    "besluiten": "besluiten.json",
    "aanwezigeDeelnemers": "aanwezigeDeelnemers.json",
}
# The pack has no record of its own: its id is derived from the meeting's.
_PACK_NAME = "openbare-vergaderstukken"

# The standard's vocabularies have no word for an alliance or the college: their
# meetings are "commissievergadering" and the gremium says which body it is.
_MEETING_TYPE = {Body.COUNCIL: "raadsvergadering"}
_GREMIUM_ID = {
    Body.ALLIANCE: "alliantie",
    Body.EXECUTIVE: "college",
    Body.COUNCIL: "raad",
    Body.OTHER: "overig",
}
_DOCUMENT_TYPE = {
    ItemKind.DECISION: "besluitvormingsstuk",
    ItemKind.INFORMATION: "mededeling",
    ItemKind.ANNOUNCEMENTS: "mededeling",
}


@dataclass(frozen=True)
class OriFolder:
    """Everything the folder will hold: JSON by file name, attachment bytes by file name."""

    documents: dict[str, Any]
    attachments: dict[str, bytes]
    pack: str  # the file name (under FILES) the public pack is drawn into


def urn(ident: uuid.UUID) -> str:
    return f"urn:uuid:{ident}"


def ref(ident: uuid.UUID) -> Json:
    """A VerwijzingNaarResource."""
    return {"id": str(ident), "url": urn(ident)}


def pack_id(meeting_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(meeting_id, _PACK_NAME)


def moment(day: date, at: time) -> str:
    """ISO 8601 with the Amsterdam offset of that day: "2024-03-14T14:00:00+01:00"."""
    return datetime.combine(day, at, tzinfo=AMSTERDAM).isoformat(timespec="seconds")


def clip(text: str, limit: int) -> str:
    """The text within the schema's maxLength; a cut one ends in an ellipsis."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def attachment_file(ident: uuid.UUID) -> str:
    return f"{FILES}/{ident}.pdf"


def ori_folder(data: DocumentData, pack_file: str) -> OriFolder:
    """The resources of the public part of the meeting, and the files they point to."""
    meeting = data.meeting
    pack_link = f"{FILES}/{pack_file}"
    attachments = {attachment_file(a.info.id): a.content for p in data.items for a in p.attachments}
    documents = {
        RESOURCES["vergadering"]: vergadering(data),
        RESOURCES["agendapunten"]: [agendapunt(data, p) for p in data.items],
        RESOURCES["informatieobjecten"]: [
            pack_object(data, pack_link),
            *(
                attachment_object(data, p, a.info.id, a.info.filename)
                for p in data.items
                for a in p.attachments
            ),
        ],
        RESOURCES["besluiten"]: [besluit(p) for p in data.items if p.decision is not None],
        RESOURCES["aanwezigeDeelnemers"]: aanwezige_deelnemers(data),
    }
    documents[INDEX] = {
        "standaard": STANDARD,
        "versie": STANDARD_VERSION,
        "vergadering": ref(meeting.id),
        "bronnen": dict(RESOURCES),
        "bestanden": [pack_link, *attachments],
    }
    return OriFolder(documents=documents, attachments=attachments, pack=pack_file)


def status(data: DocumentData) -> str:
    if str(data.meeting.status) == "cancelled":  # should the domain learn cancelling
        return "geannuleerd"
    return "gehouden" if data.meeting.day < data.today else "gepland"


def vergadering(data: DocumentData) -> Json:
    meeting = data.meeting
    # A body no meeting may have (a funder's, stored before the rule said so) is "other".
    gremium = _GREMIUM_ID.get(meeting.body, _GREMIUM_ID[Body.OTHER])
    result: Json = {
        "url": urn(meeting.id),
        "id": str(meeting.id),
        "vergaderingstype": _MEETING_TYPE.get(meeting.body, "commissievergadering"),
        "naam": clip(meeting_title(meeting.title, meeting.body, meeting.body_name), 100),
        "status": status(data),
        "geplandeVergaderdatum": meeting.day.isoformat(),
        "georganiseerdDoorGremium": {
            "gremiumidentificatie": gremium,
            "gremiumnaam": clip(meeting.body_label, 100) or gremium,
        },
        "gemeente": dict(GEMEENTE),
        "agendapunten": [urn(p.item.id) for p in data.items],
        "bijlagen": [urn(pack_id(meeting.id))],
    }
    if result["status"] == "gehouden":
        result["vergaderdatum"] = meeting.day.isoformat()
    if meeting.location.strip():
        result["locatie"] = clip(meeting.location, 100)
    if meeting.start_time is not None:
        result["geplandeAanvangVergadering"] = moment(meeting.day, meeting.start_time)
    if meeting.end_time is not None:
        result["geplandeEindeVergadering"] = moment(meeting.day, meeting.end_time)
    return result


def agendapunt(data: DocumentData, pack_item: PackItem) -> Json:
    item, scheduled = pack_item.item, pack_item.scheduled
    title = item.title.strip() or label(item.kind)
    number = str(scheduled.number)
    result: Json = {
        "url": urn(item.id),
        "id": str(item.id),
        "vergadering": ref(data.meeting.id),
        "agendapuntKenmerk": clip(number, 20),
        "agendapuntvolgnummer": clip(number, 3),
        "geplandAgendapuntvolgnummer": clip(number, 10),
        "agendapuntTitel": clip(title, 100),
        "indicatorBesloten": False,
        "gemeente": dict(GEMEENTE),
        "informatieobjecten": [urn(a.info.id) for a in pack_item.attachments],
    }
    description = omschrijving(pack_item, title)
    if description:
        result["agendapuntOmschrijving"] = description
    if scheduled.start is not None:
        result["geplandeStarttijd"] = moment(data.meeting.day, scheduled.start)
        if scheduled.end is not None:
            result["geplandeEindtijd"] = moment(data.meeting.day, scheduled.end)
    if pack_item.decision is not None:
        result["indicatorBehandeld"] = True
    return result


def omschrijving(pack_item: PackItem, title: str) -> str:
    """The item in words: a title too long for its field, the explanation, the proposed
    decision and the decision taken (whose own field holds only 200 characters)."""
    item = pack_item.item
    parts = []
    if len(title.strip()) > 100:
        parts.append(title.strip())
    if item.explanation.strip():
        parts.append(item.explanation.strip())
    if item.points:
        lines = [f"{n}. {p.text.strip()}" for n, p in enumerate(item.points, start=1)]
        parts.append("\n".join([tr("Proposed decision:"), *lines]))
    decision = pack_item.decision
    if decision is not None and decision.text.strip():
        parts.append(
            tr("Decision ({outcome}): {text}").format(
                outcome=label(decision.outcome), text=decision.text.strip()
            )
        )
    return "\n\n".join(parts)


def besluit(pack_item: PackItem) -> Json:
    decision = pack_item.decision
    assert decision is not None
    result: Json = {
        "url": urn(decision.id),
        "id": str(decision.id),
        "besluitresultaat": clip(label(decision.outcome), 200),
        "agendapunt": ref(pack_item.item.id),
    }
    if decision.text.strip():
        result["besluittoelichting"] = clip(decision.text, 200)
    return result


def pack_object(data: DocumentData, link: str) -> Json:
    meeting = data.meeting
    ident = pack_id(meeting.id)
    title = tr("Briefing pack (public version) {title}").format(
        title=meeting_title(meeting.title, meeting.body, meeting.body_name, meeting.day)
    )
    return {
        "url": urn(ident),
        "id": str(ident),
        "titel": clip(title, 200),
        "auteur": clip(data.author or ORGANISATION, 200),
        "creatiedatum": data.today.isoformat(),
        "taal": TAAL,
        "link": link,
        "vertrouwelijkheidsaanduiding": "openbaar",
        "gemeente": dict(GEMEENTE),
        "vergaderingen": [ref(meeting.id)],
    }


def attachment_object(
    data: DocumentData, pack_item: PackItem, ident: uuid.UUID, filename: str
) -> Json:
    result: Json = {
        "url": urn(ident),
        "id": str(ident),
        "titel": clip(filename, 200) or str(ident),
        "taal": TAAL,
        "link": attachment_file(ident),
        "vertrouwelijkheidsaanduiding": "openbaar",
        "gemeente": dict(GEMEENTE),
        "vergaderingen": [ref(data.meeting.id)],
        "agendapunten": [ref(pack_item.item.id)],
    }
    kind = _DOCUMENT_TYPE.get(pack_item.item.kind)
    if kind is not None:
        result["informatieobjecttype"] = kind
    return result


def rolnaam(role: AttendeeRole, body: Body) -> str:
    if role is AttendeeRole.CHAIR:
        return "voorzitter"
    if role is AttendeeRole.SECRETARY and body is Body.COUNCIL:
        return "griffier"
    return "overig"


def aanwezige_deelnemers(data: DocumentData) -> list[Json]:
    """Those present, with name, role and the organisation they speak for: nothing else
    of a person (no e-mail address) is published."""
    result = []
    for attendee in data.attendees:
        if attendee.attendance is not Attendance.PRESENT:
            continue
        person = ref(attendee.person_id)
        person["naam"] = attendee.name
        entry: Json = {
            "url": urn(attendee.id),
            "id": str(attendee.id),
            "natuurlijkPersoon": person,
            "vergadering": ref(data.meeting.id),
            "rolnaam": rolnaam(attendee.role, data.meeting.body),
        }
        if attendee.organisation.strip():
            entry["organisatie"] = clip(attendee.organisation, 100)
        result.append(entry)
    return result


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def write_ori(
    data: DocumentData,
    pack_file: str,
    folder: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> OriFolder:
    """Fill the (new, empty) `folder`: the public pack, the attachments, the JSON."""
    from dordtwest_desktop.export import build
    from dordtwest_desktop.export.document import Steps
    from dordtwest_desktop.export.pack import pack_steps

    content = ori_folder(data, pack_file)
    drawing = pack_steps(data)
    steps = Steps(drawing + len(content.attachments) + 1, progress, cancelled)

    def pack_progress(done: int, _total: int) -> None:
        steps.done = min(done, drawing) - 1
        steps.advance()

    (folder / FILES).mkdir()
    build("pack", data, folder / FILES / pack_file, progress=pack_progress, cancelled=cancelled)
    for name, blob in content.attachments.items():
        (folder / name).write_bytes(blob)
        steps.advance()
    for name, value in content.documents.items():
        (folder / name).write_text(dump(value), encoding="utf-8", newline="\n")
    steps.finish()
    return content


def is_earlier_export(folder: Path) -> bool:
    """A folder that holds an ORI export and nothing else may be replaced whole."""
    try:
        index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        names = {p.name for p in folder.iterdir()}
        files = list((folder / FILES).iterdir()) if (folder / FILES).is_dir() else []
    except (OSError, ValueError):
        return False
    if not isinstance(index, dict) or index.get("standaard") != STANDARD:
        return False
    known = {INDEX, FILES, *RESOURCES.values()}
    return names <= known and all(f.is_file() and f.suffix == ".pdf" for f in files)


def write_ori_folder(
    prepared: PreparedOri,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the folder whole or not at all: new, empty, or an earlier export replaced."""
    with atomic_folder(out, is_earlier_export) as folder:
        write_ori(prepared.data, prepared.pack_file, folder, progress=progress, cancelled=cancelled)
    return Path(out).expanduser()
