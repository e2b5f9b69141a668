"""Plain, frozen copies of the store's records: what the UI, CLI and exports hold."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    AttendeeRole,
    Body,
    FundingStatus,
    GoalKind,
    InitiativeStatus,
    ItemKind,
    MeetingStatus,
    MilestoneKind,
    MilestoneStatus,
    Outcome,
    Visibility,
)


@dataclass(frozen=True)
class PillarDTO:
    id: uuid.UUID
    position: int
    name: str


@dataclass(frozen=True)
class GoalDTO:
    id: uuid.UUID
    kind: GoalKind
    title: str
    description: str = ""
    position: int = 0
    pillar_id: uuid.UUID | None = None
    parent_id: uuid.UUID | None = None
    initiative_id: uuid.UUID | None = None
    version: int = 0  # the stored version this copy was read at; 0: a new record


@dataclass(frozen=True)
class ComponentDTO:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class FundingLineDTO:
    id: uuid.UUID
    scheme: str
    funder: str
    status: FundingStatus
    requested_cents: int | None = None
    granted_cents: int | None = None
    decision_date: PreciseDate | None = None
    decision_number: str = ""
    period_start: PreciseDate | None = None
    period_end: PreciseDate | None = None
    reporting_deadline: PreciseDate | None = None
    notes: str = ""
    regime_id: uuid.UUID | None = None  # the accountability regime (services.regimes)


@dataclass(frozen=True)
class InitiativeDTO:
    id: uuid.UUID
    name: str
    status: InitiativeStatus = InitiativeStatus.NEW
    ambition: str = ""
    target_area: str = ""
    responsible: str = ""
    pillar_id: uuid.UUID | None = None
    period_start: PreciseDate | None = None
    period_end: PreciseDate | None = None
    notes: str = ""
    position: int = 0
    goals: tuple[GoalDTO, ...] = ()
    components: tuple[ComponentDTO, ...] = ()
    funding: tuple[FundingLineDTO, ...] = ()
    version: int = 0  # the stored version this copy was read at; 0: a new record

    @property
    def requested_cents(self) -> int | None:
        """Total requested; None when no line names an amount (unknown is not zero)."""
        amounts = [f.requested_cents for f in self.funding if f.requested_cents is not None]
        return sum(amounts) if amounts else None

    @property
    def granted_cents(self) -> int | None:
        amounts = [f.granted_cents for f in self.funding if f.granted_cents is not None]
        return sum(amounts) if amounts else None


@dataclass(frozen=True)
class MilestoneDTO:
    id: uuid.UUID
    title: str
    due: PreciseDate
    status: MilestoneStatus = MilestoneStatus.PLANNED
    body: Body | None = None
    initiative_id: uuid.UUID | None = None
    goal_id: uuid.UUID | None = None
    meeting_id: uuid.UUID | None = None
    notes: str = ""
    version: int = 0  # the stored version this copy was read at; 0: a new record
    kind: MilestoneKind = MilestoneKind.GENERAL
    # Set for a report milestone its funding line's regime generated (services.regimes);
    # `deviation` says why it no longer follows the regime ("" while it does).
    funding_line_id: uuid.UUID | None = None
    deviation: str = ""


@dataclass(frozen=True)
class ProgrammeDTO:
    id: uuid.UUID
    name: str
    national_goal: str
    ambition: str
    motto: str
    source_document: str
    period_start: PreciseDate | None = None
    period_end: PreciseDate | None = None
    version: int = 0  # the stored version this copy was read at; 0: a new record


@dataclass(frozen=True)
class ProgrammeOverview:
    programme: ProgrammeDTO
    pillars: tuple[PillarDTO, ...]
    subgoals: tuple[GoalDTO, ...]
    strategic_goals: tuple[GoalDTO, ...]
    initiatives: tuple[InitiativeDTO, ...]
    milestones: tuple[MilestoneDTO, ...]
    funders: tuple[str, ...] = field(default=())


# -- meetings ------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationDTO:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class PersonDTO:
    id: uuid.UUID
    name: str
    organisation_id: uuid.UUID | None = None
    organisation: str = ""
    email: str = ""
    version: int = 0  # the stored version this copy was read at; 0: a new record


@dataclass(frozen=True)
class MeetingDTO:
    id: uuid.UUID
    body: Body
    day: date
    body_name: str = ""  # the body's name when `body` is OTHER
    title: str = ""
    start_time: time | None = None
    end_time: time | None = None
    location: str = ""
    chair: str = ""
    status: MeetingStatus = MeetingStatus.DRAFT
    version: int = 0  # the stored version this copy was read at; 0: a new record

    @property
    def body_label(self) -> str:
        from dordtwest_desktop.domain.labels import label

        if self.body is Body.OTHER and self.body_name:
            return self.body_name
        return label(self.body)


@dataclass(frozen=True)
class AttendeeDTO:
    id: uuid.UUID
    meeting_id: uuid.UUID
    person_id: uuid.UUID
    role: AttendeeRole = AttendeeRole.MEMBER
    attendance: Attendance = Attendance.PRESENT
    name: str = ""  # read-only copies of the person, filled when reading
    organisation: str = ""
    version: int = 0  # the stored version this copy was read at; 0: a new record


@dataclass(frozen=True)
class DecisionPointDTO:
    id: uuid.UUID
    text: str


@dataclass(frozen=True)
class AgendaItemDTO:
    id: uuid.UUID
    meeting_id: uuid.UUID
    kind: ItemKind
    title: str
    position: int = 0
    presenter: str = ""
    duration_minutes: int = 0
    explanation: str = ""
    confidential: bool = False
    points: tuple[DecisionPointDTO, ...] = ()
    goal_ids: tuple[uuid.UUID, ...] = ()
    initiative_ids: tuple[uuid.UUID, ...] = ()
    milestone_ids: tuple[uuid.UUID, ...] = ()
    version: int = 0  # the stored version this copy was read at; 0: a new record


@dataclass(frozen=True)
class DecisionDTO:
    id: uuid.UUID
    item_id: uuid.UUID
    text: str
    outcome: Outcome
    reached_milestone_id: uuid.UUID | None = None
    version: int = 0  # the stored version this copy was read at; 0: a new record


@dataclass(frozen=True)
class AttachmentDTO:
    id: uuid.UUID
    item_id: uuid.UUID
    filename: str
    size: int
    sha256: str
    page_count: int
    position: int = 0


@dataclass(frozen=True)
class AnnotationDTO:
    id: uuid.UUID
    item_id: uuid.UUID | None  # None: a general remark on the meeting (`meeting_id`)
    author: str
    text: str
    created_at: datetime
    updated_at: datetime
    visibility: Visibility = Visibility.SHARED
    point_id: uuid.UUID | None = None
    decision_id: uuid.UUID | None = None
    source_key: str | None = None
    meeting_id: uuid.UUID | None = None  # set for a general remark only
    version: int = 0  # the stored version this copy was read at; 0: a new record


@dataclass(frozen=True)
class ActionDTO:
    id: uuid.UUID
    description: str
    owner: str = ""
    due: PreciseDate | None = None
    status: ActionStatus = ActionStatus.OPEN
    meeting_id: uuid.UUID | None = None
    item_id: uuid.UUID | None = None
    created_at: datetime | None = None
    version: int = 0  # the stored version this copy was read at; 0: a new record

    def is_overdue(self, today: date) -> bool:
        return self.status is ActionStatus.OPEN and self.due is not None and self.due.is_past(today)


@dataclass(frozen=True)
class ScheduledItem:
    """An agenda item with its start time computed from the meeting start."""

    item: AgendaItemDTO
    number: int
    start: time | None
    end: time | None
    overruns: bool  # ends after the meeting's set end time


@dataclass(frozen=True)
class MeetingDetail:
    meeting: MeetingDTO
    attendees: tuple[AttendeeDTO, ...]
    agenda: tuple[ScheduledItem, ...]
    decisions: dict[uuid.UUID, DecisionDTO]  # by agenda item
    attachments: dict[uuid.UUID, tuple[AttachmentDTO, ...]]  # by agenda item
    annotations: dict[uuid.UUID, tuple[AnnotationDTO, ...]]  # by agenda item, oldest first
    actions: tuple[ActionDTO, ...]  # actions that arose in this meeting
    carried_actions: tuple[ActionDTO, ...]  # open actions of earlier meetings of the body
    planned_end: time | None = None
    # Remarks on the meeting itself (no agenda item), oldest first.
    general_remarks: tuple[AnnotationDTO, ...] = ()

    @property
    def overruns(self) -> bool:
        return any(s.overruns for s in self.agenda)
