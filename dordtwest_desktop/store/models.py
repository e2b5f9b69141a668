"""The ORM models: one table per domain concept, UUID identities throughout."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    AttendeeRole,
    Body,
    Direction,
    FundingStatus,
    GoalKind,
    InitiativeStatus,
    ItemKind,
    MeetingStatus,
    MilestoneKind,
    MilestoneStatus,
    MomentRule,
    Outcome,
    Visibility,
)
from dordtwest_desktop.store.types import PreciseDateType, Uuid, enum_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {uuid.UUID: Uuid}  # noqa: RUF012 - SQLAlchemy reads it from the class


class Versioned:
    """A record that carries a version: a save based on an older one is a conflict.

    The version is bumped by one on every UPDATE (see store.versions), and a stale
    UPDATE matches no row, which SQLAlchemy reports as StaleDataError. The same
    rule serves SQLite and a shared server.
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # The app sets every new version itself (store.versions), so that a save that
        # changes only children still moves its parent's version.
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}  # type: ignore[attr-defined]


def _id() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


class Programme(Versioned, Base):
    """The programme (programma) itself: one row."""

    __tablename__ = "programme"
    id: Mapped[uuid.UUID] = _id()
    name: Mapped[str] = mapped_column(String(200))
    national_goal: Mapped[str] = mapped_column(Text, default="")
    ambition: Mapped[str] = mapped_column(Text, default="")
    motto: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[PreciseDate | None] = mapped_column(PreciseDateType)
    period_end: Mapped[PreciseDate | None] = mapped_column(PreciseDateType)
    source_document: Mapped[str] = mapped_column(Text, default="")


class Pillar(Versioned, Base):
    """A programme pillar (programmapijler)."""

    __tablename__ = "pillar"
    id: Mapped[uuid.UUID] = _id()
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))


class Goal(Versioned, Base):
    """A goal (doel): national sub-goal, strategic goal, or goal of an initiative."""

    __tablename__ = "goal"
    id: Mapped[uuid.UUID] = _id()
    kind: Mapped[GoalKind] = mapped_column(enum_column(GoalKind))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    pillar_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("pillar.id", ondelete="SET NULL"), index=True
    )
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )
    initiative_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )


class Initiative(Versioned, Base):
    """An initiative (inspanning) of the programme."""

    __tablename__ = "initiative"
    id: Mapped[uuid.UUID] = _id()
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    ambition: Mapped[str] = mapped_column(Text, default="")
    target_area: Mapped[str] = mapped_column(String(200), default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[InitiativeStatus] = mapped_column(enum_column(InitiativeStatus))
    pillar_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("pillar.id", ondelete="SET NULL"), index=True
    )
    period_start: Mapped[PreciseDate | None] = mapped_column(PreciseDateType)
    period_end: Mapped[PreciseDate | None] = mapped_column(PreciseDateType)
    notes: Mapped[str] = mapped_column(Text, default="")
    components: Mapped[list[Component]] = relationship(
        order_by="Component.position", cascade="all, delete-orphan", passive_deletes=True
    )
    funding: Mapped[list[FundingLine]] = relationship(
        order_by="FundingLine.position", cascade="all, delete-orphan", passive_deletes=True
    )
    goals: Mapped[list[Goal]] = relationship(
        order_by="Goal.position", cascade="all, delete-orphan", passive_deletes=True
    )


class Component(Versioned, Base):
    """A component (onderdeel) of an initiative."""

    __tablename__ = "component"
    id: Mapped[uuid.UUID] = _id()
    initiative_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)


class FundingLine(Versioned, Base):
    """A funding line (middelen) of an initiative: one scheme, one funder."""

    __tablename__ = "funding_line"
    id: Mapped[uuid.UUID] = _id()
    initiative_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    scheme: Mapped[str] = mapped_column(String(200), default="")
    funder: Mapped[str] = mapped_column(String(200), default="")
    requested_cents: Mapped[int | None] = mapped_column(BigInteger)
    granted_cents: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[FundingStatus] = mapped_column(enum_column(FundingStatus))
    decision_date: Mapped[PreciseDate | None] = mapped_column(PreciseDateType)
    decision_number: Mapped[str] = mapped_column(String(100), default="")
    period_start: Mapped[PreciseDate | None] = mapped_column(PreciseDateType)
    period_end: Mapped[PreciseDate | None] = mapped_column(PreciseDateType)
    reporting_deadline: Mapped[PreciseDate | None] = mapped_column(PreciseDateType)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The accountability regime whose report moments this grant's milestones follow.
    regime_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("regime.id", ondelete="SET NULL"), index=True
    )


class Regime(Versioned, Base):
    """An accountability regime (verantwoordingsregime): the report moments of a grant."""

    __tablename__ = "regime"
    id: Mapped[uuid.UUID] = _id()
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # A shipped template: to be checked against the grant's own regulation.
    template: Mapped[bool] = mapped_column(Boolean, default=False)
    moments: Mapped[list[RegimeMoment]] = relationship(
        order_by="RegimeMoment.position", cascade="all, delete-orphan", passive_deletes=True
    )


class RegimeMoment(Versioned, Base):
    """One report moment of a regime; see domain.regimes for the rules."""

    __tablename__ = "regime_moment"
    id: Mapped[uuid.UUID] = _id()
    regime_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("regime.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    rule: Mapped[MomentRule] = mapped_column(enum_column(MomentRule))
    months: Mapped[int] = mapped_column(Integer, default=0)
    day: Mapped[int] = mapped_column(Integer, default=0)
    month: Mapped[int] = mapped_column(Integer, default=0)
    fixed: Mapped[PreciseDate | None] = mapped_column(PreciseDateType)


class Milestone(Versioned, Base):
    """A milestone (mijlpaal) with a date of its own precision."""

    __tablename__ = "milestone"
    # The dashboard's count per due date of the planned ones reads this alone (0009).
    __table_args__ = (Index("ix_milestone_status_due", "status", "due"),)
    id: Mapped[uuid.UUID] = _id()
    title: Mapped[str] = mapped_column(Text)
    due: Mapped[PreciseDate] = mapped_column(PreciseDateType)
    status: Mapped[MilestoneStatus] = mapped_column(enum_column(MilestoneStatus))
    body: Mapped[Body | None] = mapped_column(enum_column(Body))
    initiative_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("initiative.id", ondelete="SET NULL"), index=True
    )
    goal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[MilestoneKind] = mapped_column(
        enum_column(MilestoneKind), default=MilestoneKind.GENERAL, server_default="general"
    )
    # Generated by the regime of this funding line: `regime_key` says which report it
    # is, `regime_title`/`regime_due` what the regime last gave it (so a user's edit
    # shows), `deviation` why it no longer follows the regime ("" while it does).
    funding_line_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("funding_line.id", ondelete="SET NULL"), index=True
    )
    regime_key: Mapped[str | None] = mapped_column(String(80))
    regime_title: Mapped[str | None] = mapped_column(Text)
    regime_due: Mapped[PreciseDate | None] = mapped_column(PreciseDateType)
    deviation: Mapped[str] = mapped_column(Text, default="", server_default="")


class Organisation(Versioned, Base):
    """A partner organisation of the alliance."""

    __tablename__ = "organisation"
    id: Mapped[uuid.UUID] = _id()
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Person(Versioned, Base):
    """A person who attends meetings."""

    __tablename__ = "person"
    id: Mapped[uuid.UUID] = _id()
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(String(200), default="")


class Meeting(Versioned, Base):
    """A meeting (vergadering) of the alliance, the college or the council."""

    __tablename__ = "meeting"
    id: Mapped[uuid.UUID] = _id()
    body: Mapped[Body] = mapped_column(enum_column(Body))
    body_name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    day: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    location: Mapped[str] = mapped_column(String(200), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus))


class Attendee(Versioned, Base):
    """A person on a meeting's attendee list."""

    __tablename__ = "attendee"
    id: Mapped[uuid.UUID] = _id()
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    role: Mapped[AttendeeRole] = mapped_column(enum_column(AttendeeRole))
    attendance: Mapped[Attendance] = mapped_column(enum_column(Attendance))
    position: Mapped[int] = mapped_column(Integer, default=0)


item_goal = Table(
    "agenda_item_goal",
    Base.metadata,
    Column("item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("goal_id", ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
)
item_initiative = Table(
    "agenda_item_initiative",
    Base.metadata,
    Column("item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("initiative_id", ForeignKey("initiative.id", ondelete="CASCADE"), primary_key=True),
)
item_milestone = Table(
    "agenda_item_milestone",
    Base.metadata,
    Column("item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("milestone_id", ForeignKey("milestone.id", ondelete="CASCADE"), primary_key=True),
)


class AgendaItem(Versioned, Base):
    """An agenda item (agendapunt)."""

    __tablename__ = "agenda_item"
    id: Mapped[uuid.UUID] = _id()
    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ItemKind] = mapped_column(enum_column(ItemKind))
    title: Mapped[str] = mapped_column(Text)
    presenter: Mapped[str] = mapped_column(String(200), default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    explanation: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    points: Mapped[list[DecisionPoint]] = relationship(
        order_by="DecisionPoint.position", cascade="all, delete-orphan", passive_deletes=True
    )
    goals: Mapped[list[Goal]] = relationship(secondary=item_goal)
    initiatives: Mapped[list[Initiative]] = relationship(secondary=item_initiative)
    milestones: Mapped[list[Milestone]] = relationship(secondary=item_milestone)


class DecisionPoint(Versioned, Base):
    """A proposed decision point (beslispunt) of an agenda item."""

    __tablename__ = "decision_point"
    id: Mapped[uuid.UUID] = _id()
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class Decision(Versioned, Base):
    """The decision (besluit) taken on an agenda item."""

    __tablename__ = "decision"
    id: Mapped[uuid.UUID] = _id()
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), unique=True
    )
    text: Mapped[str] = mapped_column(Text)
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome))
    reached_milestone_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("milestone.id", ondelete="SET NULL")
    )


class Attachment(Versioned, Base):
    """A PDF attached to an agenda item; the bytes live in the database itself."""

    __tablename__ = "attachment"
    id: Mapped[uuid.UUID] = _id()
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    page_count: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    # The PDF's text, extracted once when attached (pypdf), for search.
    text: Mapped[str] = mapped_column(Text, default="", server_default="", deferred=True)


class Annotation(Versioned, Base):
    """A remark (annotatie) on an agenda item, a decision point or a decision.

    A general remark on the meeting (a note on a page of the pack that belongs to
    no agenda item) has no item but the meeting itself.
    """

    __tablename__ = "annotation"
    __table_args__ = (
        CheckConstraint("item_id IS NOT NULL OR meeting_id IS NOT NULL", name="item_or_meeting"),
    )
    id: Mapped[uuid.UUID] = _id()
    item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    point_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("decision_point.id", ondelete="CASCADE"), index=True
    )
    decision_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    visibility: Mapped[Visibility] = mapped_column(enum_column(Visibility))
    # Where an imported remark came from (file field or PDF comment), so a re-import
    # updates it instead of adding it twice.
    source_key: Mapped[str | None] = mapped_column(String(300), index=True)


class Action(Versioned, Base):
    """An action (actiepunt) on the action list."""

    __tablename__ = "action"
    # The dashboard's count per due date of the open ones reads this alone (0009).
    __table_args__ = (Index("ix_action_status_due", "status", "due"),)
    id: Mapped[uuid.UUID] = _id()
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[PreciseDate | None] = mapped_column(PreciseDateType)
    status: Mapped[ActionStatus] = mapped_column(enum_column(ActionStatus))
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Indicator(Versioned, Base):
    """An indicator (indicator) on which the alliance measures Dordt West against Dordrecht."""

    __tablename__ = "indicator"
    id: Mapped[uuid.UUID] = _id()
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    pillar_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("pillar.id", ondelete="SET NULL"), index=True
    )
    unit: Mapped[str] = mapped_column(String(100), default="")
    direction: Mapped[Direction] = mapped_column(enum_column(Direction))
    source: Mapped[str] = mapped_column(String(200), default="")
    # An explicit target set by the user; without one the Dordrecht average is the target.
    target: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")
    values: Mapped[list[IndicatorValue]] = relationship(
        order_by="IndicatorValue.year", cascade="all, delete-orphan", passive_deletes=True
    )


class IndicatorValue(Versioned, Base):
    """The figures of an indicator at one peildatum (a year): Dordt West, Dordrecht, NL."""

    __tablename__ = "indicator_value"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)
    id: Mapped[uuid.UUID] = _id()
    indicator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    dordt_west: Mapped[float] = mapped_column(Float)
    dordrecht: Mapped[float] = mapped_column(Float)
    netherlands: Mapped[float | None] = mapped_column(Float)


class HistoryEntry(Base):
    """One change to one record: who, when, which field, from what to what.

    Written by the store itself on every flush (store/history.py), never edited.
    A creation or deletion is one entry without a field. The record it is about
    may be gone (deleted): there is no foreign key, the history outlives it.
    """

    __tablename__ = "history"
    id: Mapped[uuid.UUID] = _id()
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    who: Mapped[str] = mapped_column(String(200), default="")
    record_table: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(64))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    # The record's version after this change (0 for a deletion).
    version: Mapped[int] = mapped_column(Integer, default=0)
