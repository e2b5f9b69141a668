"""The closed vocabularies of the domain; values are stored, labels are translated."""

from __future__ import annotations

from enum import StrEnum


class GoalKind(StrEnum):
    NATIONAL_SUBGOAL = "national_subgoal"
    STRATEGIC = "strategic"
    INITIATIVE = "initiative"


class InitiativeStatus(StrEnum):
    NEW = "new"
    ACTIVE = "active"
    COMPLETED = "completed"
    STOPPED = "stopped"


class FundingStatus(StrEnum):
    REQUESTED = "requested"
    GRANTED = "granted"
    REJECTED = "rejected"


class MilestoneStatus(StrEnum):
    PLANNED = "planned"
    REACHED = "reached"
    CANCELLED = "cancelled"


class Body(StrEnum):
    ALLIANCE = "alliance"
    EXECUTIVE = "executive"  # college van B&W
    COUNCIL = "council"  # gemeenteraad
    OTHER = "other"
    # The funder of a grant (a ministry): decides on accountability reports. Milestones
    # only; a meeting is never held by a funder.
    FUNDER = "funder"


# The bodies that hold meetings (a funder decides, but holds no meetings of the programme).
MEETING_BODIES: tuple[Body, ...] = (Body.ALLIANCE, Body.EXECUTIVE, Body.COUNCIL, Body.OTHER)


class MilestoneKind(StrEnum):
    GENERAL = "general"
    ACCOUNTABILITY = "accountability"  # verantwoording: a report a funder asks for


class MomentRule(StrEnum):
    """How a moment of an accountability regime gets its date (see domain.regimes)."""

    YEARLY = "yearly"  # per calendar year of the grant, on a day of the next year
    AFTER_END = "after_end"  # a number of months after the grant period ends
    EVERY = "every"  # every N months from the start of the grant period
    FIXED = "fixed"  # a date entered by hand


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class Attendance(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"  # afwezig met bericht


class AttendeeRole(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    GUEST = "guest"


class ItemKind(StrEnum):
    OPENING = "opening"
    ANNOUNCEMENTS = "announcements"
    ADOPT_AGENDA = "adopt_agenda"
    PREVIOUS_MINUTES = "previous_minutes"
    DECISION = "decision"
    DISCUSSION = "discussion"
    INFORMATION = "information"
    QUESTIONS = "questions"
    CLOSING = "closing"


class Outcome(StrEnum):
    ADOPTED = "adopted"
    ADOPTED_AMENDED = "adopted_amended"
    DEFERRED = "deferred"
    REJECTED = "rejected"


class Visibility(StrEnum):
    SHARED = "shared"
    PERSONAL = "personal"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"
    # Not yet set: no colour, no verdict, until someone says which way is better.
    UNKNOWN = "unknown"


class Assessment(StrEnum):
    """Where Dordt West stands against the Dordrecht average (five steps)."""

    VERY_FAVOURABLE = "very_favourable"
    FAVOURABLE = "favourable"
    AVERAGE = "average"
    UNFAVOURABLE = "unfavourable"
    VERY_UNFAVOURABLE = "very_unfavourable"


class Trend(StrEnum):
    """How the gap to the Dordrecht average develops over the years."""

    IMPROVING = "improving"
    STABLE = "stable"
    WORSENING = "worsening"
