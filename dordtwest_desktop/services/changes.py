"""What a use case changed, told to whoever shows it (in the manner of Anki's OpChanges).

A change names the kinds of record it touched, the ids created, updated and
deleted, and who made it. The GUI's operations announce one after each step; a
change made outside the window (another process, later another coordinator on a
server) enters through the same announcement, with fewer details when fewer are
known (`everything`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    PROGRAMME = "programme"
    GOAL = "goal"
    INITIATIVE = "initiative"
    MILESTONE = "milestone"
    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    DECISION = "decision"
    REMARK = "remark"
    ATTACHMENT = "attachment"
    ATTENDEE = "attendee"
    PERSON = "person"
    ACTION = "action"
    INDICATOR = "indicator"


# The areas of the app, as the kinds they hold.
PROGRAMME_KINDS = frozenset({Kind.PROGRAMME, Kind.GOAL, Kind.INITIATIVE, Kind.MILESTONE})
MEETING_KINDS = frozenset(
    {
        Kind.MEETING,
        Kind.AGENDA_ITEM,
        Kind.DECISION,
        Kind.REMARK,
        Kind.ATTACHMENT,
        Kind.ATTENDEE,
        Kind.PERSON,
    }
)
ACTION_KINDS = frozenset({Kind.ACTION})
INDICATOR_KINDS = frozenset({Kind.INDICATOR})
ALL_KINDS = frozenset(Kind)

_BY_DTO = {
    "GoalDTO": Kind.GOAL,
    "InitiativeDTO": Kind.INITIATIVE,
    "MilestoneDTO": Kind.MILESTONE,
    "RegimeDTO": Kind.MILESTONE,
    "ProgrammeDTO": Kind.PROGRAMME,
    "MeetingDTO": Kind.MEETING,
    "AgendaItemDTO": Kind.AGENDA_ITEM,
    "DecisionDTO": Kind.DECISION,
    "AnnotationDTO": Kind.REMARK,
    "AttachmentDTO": Kind.ATTACHMENT,
    "AttendeeDTO": Kind.ATTENDEE,
    "PersonDTO": Kind.PERSON,
    "ActionDTO": Kind.ACTION,
    "IndicatorDTO": Kind.INDICATOR,
}


# The store's tables, as the kinds of record the views know them by.
_BY_TABLE = {
    "programme": Kind.PROGRAMME,
    "pillar": Kind.PROGRAMME,
    "goal": Kind.GOAL,
    "initiative": Kind.INITIATIVE,
    "component": Kind.INITIATIVE,
    "funding_line": Kind.INITIATIVE,
    "regime": Kind.MILESTONE,
    "regime_moment": Kind.MILESTONE,
    "milestone": Kind.MILESTONE,
    "meeting": Kind.MEETING,
    "agenda_item": Kind.AGENDA_ITEM,
    "decision_point": Kind.AGENDA_ITEM,
    "decision": Kind.DECISION,
    "annotation": Kind.REMARK,
    "attachment": Kind.ATTACHMENT,
    "attendee": Kind.ATTENDEE,
    "person": Kind.PERSON,
    "organisation": Kind.PERSON,
    "action": Kind.ACTION,
    "indicator": Kind.INDICATOR,
    "indicator_value": Kind.INDICATOR,
}


def kinds_of_tables(tables: Iterable[str]) -> frozenset[Kind]:
    """The kinds a change to these tables touches; every kind for a table not known here."""
    kinds = set()
    for table in tables:
        if table not in _BY_TABLE:
            return ALL_KINDS
        kinds.add(_BY_TABLE[table])
    return frozenset(kinds)


def kind_of(record: Any) -> Kind:
    """The kind of a record (a DTO of services.dto or services.indicators)."""
    return _BY_DTO[type(record).__name__]


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[Kind]
    created: frozenset[uuid.UUID] = field(default_factory=frozenset)
    updated: frozenset[uuid.UUID] = field(default_factory=frozenset)
    deleted: frozenset[uuid.UUID] = field(default_factory=frozenset)
    by: str = ""  # who made it: the user's name, or a words for "elsewhere"

    @classmethod
    def everything(cls, by: str = "") -> Changes:
        """Something changed, nobody knows what: every view looks again."""
        return cls(kinds=ALL_KINDS, by=by)

    @classmethod
    def of(cls, kinds: Iterable[Kind], by: str = "") -> Changes:
        return cls(kinds=frozenset(kinds), by=by)

    def touches(self, kinds: Iterable[Kind]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    @property
    def ids(self) -> frozenset[uuid.UUID]:
        return self.created | self.updated | self.deleted
