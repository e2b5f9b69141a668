"""What the PDF documents show, gathered in one read: the export use case's first half.

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
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import select

from dordtwest_desktop.domain.attachments import pdf_is_tagged
from dordtwest_desktop.domain.enums import ActionStatus, Visibility
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr, trn
from dordtwest_desktop.services.attachments import AttachmentService
from dordtwest_desktop.services.common import no_collection
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
from dordtwest_desktop.services.meeting_milestones import MeetingMilestones, read_meeting_milestones
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store

if TYPE_CHECKING:
    from dordtwest_desktop.services.dashboard import DashboardData, IndicatorGroup
    from dordtwest_desktop.services.partner import PartnerData
    from dordtwest_desktop.services.report import ReportData

DOCUMENTS = ("agenda", "pack", "decisions", "dashboard", "report", "partner")
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

    @cached_property
    def tagged(self) -> bool:
        """The PDF has a structure tree of its own (the pack keeps it; else the pages
        are only pictures to a screen reader)."""
        return pdf_is_tagged(self.content)


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
    # The milestones that matter for this meeting (linked, overdue, upcoming): the pack's
    # timeline. Not the whole register, which at scale runs to a thousand pages.
    timeline: MeetingMilestones
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

    @property
    def untagged_attachments(self) -> tuple[AttachmentFile, ...]:
        """The attachments (of a pack) without tags of their own: not accessible, so the
        pack says so in its colophon and does not claim PDF/UA."""
        return tuple(a for p in self.items for a in p.attachments if not a.tagged)


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
    today = today or date.today()
    meetings = MeetingService(store)
    detail = meetings.detail(meeting_id)
    programme = ProgrammeService(store)
    all_initiatives = programme.initiatives()
    initiatives = {i.id: i for i in all_initiatives}
    goals = {g.id: g for g in programme.goals()}
    # Not the whole register: the milestones this meeting's pack shows, read as such.
    linked = [
        x
        for scheduled in detail.agenda
        if not (public and scheduled.item.confidential)
        for x in scheduled.item.milestone_ids
    ]
    with store.read() as session:
        timeline = read_meeting_milestones(
            session, linked, detail.meeting.id, detail.meeting.day, today
        )
    milestones = {x.id: x for x in timeline.milestones}
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
        programme_name=programme.name(),
        meeting=detail.meeting,
        attendees=detail.attendees,
        items=tuple(items),
        meeting_actions=_public_actions(store, detail.actions, public),
        carried_actions=_public_actions(store, detail.carried_actions, public),
        timeline=timeline,
        initiatives=all_initiatives,
        today=today,
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


@dataclass(frozen=True)
class DocumentOptions:
    """Which choices a document offers; the rest is decided by the rules."""

    draft: bool
    public: bool
    fillable: bool


# The decision list goes to the council: it is always public, so it offers no choice.
# Attachments and fields for remarks belong to the briefing pack only.
OPTIONS = {
    "agenda": DocumentOptions(draft=True, public=True, fillable=False),
    "pack": DocumentOptions(draft=True, public=True, fillable=True),
    "decisions": DocumentOptions(draft=True, public=False, fillable=False),
    "dashboard": DocumentOptions(draft=False, public=False, fillable=False),
    # The progress report goes to the council: public by construction (services.report).
    "report": DocumentOptions(draft=True, public=False, fillable=False),
    # Public unless asked otherwise: `confidential` (services.partner) opens it up.
    "partner": DocumentOptions(draft=False, public=False, fillable=False),
}


@dataclass(frozen=True)
class PreparedDocument:
    """Everything a document needs, with every rule applied: the builder only draws it."""

    what: str
    data: DocumentData | DashboardData | ReportData | PartnerData
    file_name: str  # the proposal for the save dialog

    def inaccessible_attachments(self) -> tuple[str, ...]:
        """File names of the attachments the document holds that are not tagged PDFs:
        the export dialog and the command line warn about them."""
        if self.what != "pack" or not isinstance(self.data, DocumentData):
            return ()
        return tuple(a.info.filename for a in self.data.untagged_attachments)


def not_accessible_warning(names: tuple[str, ...]) -> str:
    """What the export dialog and the command line say of untagged attachments."""
    text = trn(
        "%n attachment(s) cannot be read by screen readers (not a tagged PDF): {names}. "
        "The pack's colophon lists which; the pack does not claim PDF/UA.",
        len(names),
    )
    return text.format(names=", ".join(names))


def file_name(
    what: str,
    day: date | None,
    *,
    public: bool = False,
    draft: bool = False,
    fillable: bool = False,
) -> str:
    """The proposed file name: what it is, the meeting day, and which variant."""
    words = {
        "agenda": tr("agenda", context="filename"),
        "pack": tr("briefing-pack", context="filename"),
        "decisions": tr("decision-list", context="filename"),
        "dashboard": tr("dashboard", context="filename"),
        "report": tr("progress-report", context="filename"),
        "partner": tr("partner-overview", context="filename"),
    }
    parts = [words[what], (day or date.today()).isoformat()]
    if public and what != "decisions":
        parts.append(tr("public", context="filename"))
    if fillable:
        parts.append(tr("fillable", context="filename"))
    if draft:
        parts.append(tr("draft", context="filename"))
    return "-".join(parts) + ".pdf"


@no_collection()
def prepare_document(
    store: Store,
    what: str,
    *,
    meeting: str | uuid.UUID | None = None,
    draft: bool = False,
    public: bool = False,
    fillable: bool = False,
    author: str = "",
    today: date | None = None,
    period: str | None = None,
    organisation: str | None = None,
    confidential: bool = False,
) -> PreparedDocument:
    """The export use case's one read: data, rules and file name, for the GUI and the CLI.

    An option a document does not offer is ignored; the decision list is public
    whatever is asked. Read without the cycle collector, as the lists are (a pack's
    read at scale 0.52 -> 0.42 s, the dashboard's 0.37 -> 0.27 s).
    """
    if what not in DOCUMENTS:
        raise ValidationError(tr("Unknown document '{what}'.").format(what=what), field="what")
    offers = OPTIONS[what]
    draft, fillable = draft and offers.draft, fillable and offers.fillable
    public = (public and offers.public) or what == "decisions"
    if what == "dashboard":
        from dordtwest_desktop.services.dashboard import DashboardService

        return PreparedDocument(what, DashboardService(store).data(), file_name(what, today))
    if what == "report":
        from dordtwest_desktop.services.report import report_data, report_file_name

        report = report_data(store, period or "", draft=draft, today=today, author=author)
        return PreparedDocument(what, report, report_file_name(report))
    if what == "partner":
        from dordtwest_desktop.services.partner import partner_data, partner_file_name

        partner = partner_data(
            store,
            organisation or "",
            include_confidential=confidential,
            today=today,
            author=author,
        )
        return PreparedDocument(what, partner, partner_file_name(partner))
    if meeting is None:
        raise ValidationError(tr("Give the meeting with --meeting ID."), field="meeting")
    meetings = MeetingService(store)
    meeting_id = meeting if isinstance(meeting, uuid.UUID) else meetings.resolve(meeting)
    data = document_data(
        store,
        meeting_id,
        public=public,
        draft=draft,
        fillable=fillable,
        with_attachments=what == "pack",
        today=today,
        author=author,
    )
    name = file_name(what, data.meeting.day, public=public, draft=draft, fillable=fillable)
    return PreparedDocument(what, data, name)
