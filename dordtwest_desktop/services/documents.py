"""What the PDF documents show, gathered in one read; and the export use case.

The documents themselves (dordtwest_desktop.export) are pure functions of the
DocumentData built here. Everything that must never leave the machine is
filtered here, before any document code sees it: personal annotations always,
confidential items and their attachments in public documents, and there general
remarks on the meeting too.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from dordtwest_desktop.domain.enums import ActionStatus, Visibility
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.attachments import AttachmentService
from dordtwest_desktop.services.dto import (
    ActionDTO,
    AgendaItemDTO,
    AnnotationDTO,
    AttachmentDTO,
    AttendeeDTO,
    DecisionDTO,
    GoalDTO,
    InitiativeDTO,
    MeetingDTO,
    MilestoneDTO,
    ScheduledItem,
)
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store

if TYPE_CHECKING:
    from dordtwest_desktop.services.dashboard import IndicatorGroup

DOCUMENTS = ("agenda", "pack", "decisions", "dashboard")
# The documents' author in the PDF metadata when no person is named.
ORGANISATION = "Gemeente Dordrecht, programma Dordt West"

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled a running export; no file was written."""


@dataclass(frozen=True)
class AttachmentFile:
    info: AttachmentDTO
    content: bytes


@dataclass(frozen=True)
class PackItem:
    """One agenda item with everything the documents show of it."""

    scheduled: ScheduledItem
    goals: tuple[GoalDTO, ...] = ()
    initiatives: tuple[InitiativeDTO, ...] = ()
    milestones: tuple[MilestoneDTO, ...] = ()
    decision: DecisionDTO | None = None
    annotations: tuple[AnnotationDTO, ...] = ()  # shared ones only, oldest first
    attachments: tuple[AttachmentFile, ...] = ()

    @property
    def item(self) -> AgendaItemDTO:
        return self.scheduled.item


@dataclass(frozen=True)
class DocumentData:
    programme_name: str
    meeting: MeetingDTO
    attendees: tuple[AttendeeDTO, ...]
    items: tuple[PackItem, ...]
    meeting_actions: tuple[ActionDTO, ...]  # actions that arose in this meeting
    carried_actions: tuple[ActionDTO, ...]  # open actions of earlier meetings of the body
    milestones: tuple[MilestoneDTO, ...]  # the programme's timeline
    initiatives: tuple[InitiativeDTO, ...]
    today: date
    public: bool = False
    draft: bool = False
    fillable: bool = False
    author: str = ""
    left_out_confidential: int = 0
    # The programme's indicators, for the pack.
    indicators: tuple[IndicatorGroup, ...] = ()
    # Shared remarks on the meeting itself (not on an item), oldest first; none in
    # public documents, as nothing says they do not concern a confidential item.
    general_remarks: tuple[AnnotationDTO, ...] = ()

    @property
    def open_actions(self) -> tuple[ActionDTO, ...]:
        seen: set[uuid.UUID] = set()
        result = []
        for action in (*self.carried_actions, *self.meeting_actions):
            if action.status is ActionStatus.OPEN and action.id not in seen:
                seen.add(action.id)
                result.append(action)
        return tuple(result)

    @property
    def has_confidential(self) -> bool:
        return any(p.item.confidential for p in self.items)


def document_data(
    store: Store,
    meeting_id: uuid.UUID,
    *,
    public: bool = False,
    draft: bool = False,
    fillable: bool = False,
    with_attachments: bool = True,
    today: date | None = None,
    author: str = "",
) -> DocumentData:
    meetings = MeetingService(store)
    detail = meetings.detail(meeting_id)
    overview = ProgrammeService(store).overview()
    initiatives = {i.id: i for i in overview.initiatives}
    # Every goal is a sub-goal, a strategic goal or one of an initiative's: no second read.
    goals = {
        g.id: g
        for g in (
            *overview.subgoals,
            *overview.strategic_goals,
            *(g for i in overview.initiatives for g in i.goals),
        )
    }
    milestones = {x.id: x for x in overview.milestones}
    contents = _attachment_contents(store, detail.attachments) if with_attachments else {}
    indicators: tuple[IndicatorGroup, ...] = ()
    if with_attachments:  # the pack: it also shows the programme's charts
        from dordtwest_desktop.services.dashboard import DashboardService

        indicators = DashboardService(store).indicators()
    items = []
    left_out = 0
    for scheduled in detail.agenda:
        item = scheduled.item
        if public and item.confidential:
            left_out += 1
            continue
        items.append(
            PackItem(
                scheduled=scheduled,
                goals=tuple(goals[i] for i in item.goal_ids if i in goals),
                initiatives=tuple(
                    sorted(
                        (initiatives[i] for i in item.initiative_ids if i in initiatives),
                        key=lambda i: i.position,
                    )
                ),
                milestones=tuple(milestones[i] for i in item.milestone_ids if i in milestones),
                decision=detail.decisions.get(item.id),
                annotations=tuple(
                    a
                    for a in detail.annotations.get(item.id, ())
                    if a.visibility is Visibility.SHARED
                ),
                attachments=tuple(
                    AttachmentFile(info=a, content=contents[a.id])
                    for a in detail.attachments.get(item.id, ())
                    if a.id in contents
                ),
            )
        )
    return DocumentData(
        programme_name=overview.programme.name,
        meeting=detail.meeting,
        attendees=detail.attendees,
        items=tuple(items),
        meeting_actions=_public_actions(store, detail.actions, public),
        carried_actions=_public_actions(store, detail.carried_actions, public),
        milestones=overview.milestones,
        initiatives=overview.initiatives,
        today=today or date.today(),
        public=public,
        draft=draft,
        fillable=fillable,
        author=author or ORGANISATION,
        indicators=indicators,
        left_out_confidential=left_out,
        general_remarks=()
        if public
        else tuple(a for a in detail.general_remarks if a.visibility is Visibility.SHARED),
    )


def _public_actions(
    store: Store, actions: tuple[ActionDTO, ...], public: bool
) -> tuple[ActionDTO, ...]:
    """Leave out, in public documents, actions that arose from a confidential item."""
    if not public:
        return actions
    ids = [a.item_id for a in actions if a.item_id is not None]
    if not ids:
        return actions
    with store.read() as session:
        secret = set(
            session.scalars(
                select(m.AgendaItem.id).where(m.AgendaItem.id.in_(ids), m.AgendaItem.confidential)
            )
        )
    return tuple(a for a in actions if a.item_id not in secret)


def _attachment_contents(
    store: Store, attachments: dict[uuid.UUID, tuple[AttachmentDTO, ...]]
) -> dict[uuid.UUID, bytes]:
    service = AttachmentService(store)
    return {a.id: service.content(a.id) for group in attachments.values() for a in group}


def export_document(
    store: Store,
    what: str,
    *,
    out: Path,
    meeting: str | None = None,
    draft: bool = False,
    public: bool = False,
    fillable: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Export one of the PDF documents; the GUI and the CLI both come here."""
    if what not in DOCUMENTS:
        raise ValidationError(tr("Unknown document '{what}'.").format(what=what), field="what")
    if what == "dashboard":
        from dordtwest_desktop.export.dashboard import build_dashboard

        build_dashboard(store, out)
        return out
    if meeting is None:
        raise ValidationError(tr("Give the meeting with --meeting ID."), field="meeting")
    meeting_id = MeetingService(store).resolve(meeting)
    # The decision list goes to the council: never with confidential items.
    data = document_data(
        store,
        meeting_id,
        public=public or what == "decisions",
        draft=draft,
        fillable=fillable,
        with_attachments=what == "pack",
    )
    from dordtwest_desktop.export import build

    build(what, data, out, progress=progress, cancelled=cancelled)
    return out
