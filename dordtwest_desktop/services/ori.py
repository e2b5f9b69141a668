"""The ORI export's one read: the public part of a meeting, without any remark.

The council information system publishes what it gets, so the data is the public
briefing pack's (`prepare_document(..., public=True)`: no confidential item, nor its
attachments, decision or actions; no general remark) with the shared remarks on the
public items taken out as well. The same data draws the pack in the export folder,
so the PDF there holds no remark either.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.documents import DocumentData, prepare_document
from dordtwest_desktop.store.database import Store


@dataclass(frozen=True)
class PreparedOri:
    data: DocumentData
    pack_file: str  # the public pack's file name in the folder
    folder_name: str  # the proposal for a new folder


def without_remarks(data: DocumentData) -> DocumentData:
    """The data with no remark at all: none on the items, none on the meeting."""
    return replace(
        data,
        items=tuple(replace(p, annotations=()) for p in data.items),
        general_remarks=(),
        fillable=False,
        draft=False,
    )


def prepare_ori(
    store: Store,
    meeting: str | uuid.UUID | None,
    *,
    author: str = "",
    today: date | None = None,
) -> PreparedOri:
    """Read the meeting (an unknown or ambiguous ID is a DomainError) for the ORI export."""
    if meeting is None:
        raise ValidationError(tr("Give the meeting with --meeting ID."), field="meeting")
    prepared = prepare_document(
        store, "pack", meeting=meeting, public=True, author=author, today=today
    )
    assert isinstance(prepared.data, DocumentData)
    data = without_remarks(prepared.data)
    folder = "-".join(
        [tr("ori", context="filename"), data.meeting.day.isoformat(), str(data.meeting.id)[:8]]
    )
    return PreparedOri(data=data, pack_file=prepared.file_name, folder_name=folder)
