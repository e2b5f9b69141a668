"""Dutch labels for the domain's vocabularies, through the translation file."""

from __future__ import annotations

from enum import StrEnum

from dordtwest_desktop.domain import enums as e
from dordtwest_desktop.i18n import tr

# Keyed by enum class first: StrEnum members of different enums with the same value
# compare equal. English sources; the translation file holds the Dutch. Kept as plain data so the
# UI (combo boxes), the exports and the CLI show the same words.
_SOURCES: dict[type[StrEnum], dict[StrEnum, str]] = {
    e.GoalKind: {
        e.GoalKind.NATIONAL_SUBGOAL: "national sub-goal",
        e.GoalKind.STRATEGIC: "strategic goal",
        e.GoalKind.INITIATIVE: "initiative goal",
    },
    e.InitiativeStatus: {
        e.InitiativeStatus.NEW: "new",
        e.InitiativeStatus.ACTIVE: "active",
        e.InitiativeStatus.COMPLETED: "completed",
        e.InitiativeStatus.STOPPED: "stopped",
    },
    e.FundingStatus: {
        e.FundingStatus.REQUESTED: "requested",
        e.FundingStatus.GRANTED: "granted",
        e.FundingStatus.REJECTED: "rejected",
    },
    e.MilestoneStatus: {
        e.MilestoneStatus.PLANNED: "planned",
        e.MilestoneStatus.REACHED: "reached",
        e.MilestoneStatus.CANCELLED: "cancelled",
    },
    e.Body: {
        e.Body.ALLIANCE: "Alliantie Dordt West",
        e.Body.EXECUTIVE: "College van B&W",
        e.Body.COUNCIL: "Gemeenteraad",
        e.Body.OTHER: "other",
        e.Body.FUNDER: "funder",
    },
    e.MilestoneKind: {
        e.MilestoneKind.GENERAL: "general",
        e.MilestoneKind.ACCOUNTABILITY: "accountability",
    },
    e.MomentRule: {
        e.MomentRule.YEARLY: "yearly, in the next year",
        e.MomentRule.AFTER_END: "months after the end",
        e.MomentRule.EVERY: "every N months",
        e.MomentRule.FIXED: "on a date",
    },
    e.MeetingStatus: {
        e.MeetingStatus.DRAFT: "draft",
        e.MeetingStatus.FINAL: "final",
    },
    e.Attendance: {
        e.Attendance.PRESENT: "present",
        e.Attendance.EXCUSED: "excused",
    },
    e.AttendeeRole: {
        e.AttendeeRole.CHAIR: "chair",
        e.AttendeeRole.SECRETARY: "secretary",
        e.AttendeeRole.MEMBER: "member",
        e.AttendeeRole.GUEST: "guest",
    },
    e.ItemKind: {
        e.ItemKind.OPENING: "opening",
        e.ItemKind.ANNOUNCEMENTS: "announcements",
        e.ItemKind.ADOPT_AGENDA: "adoption of the agenda",
        e.ItemKind.PREVIOUS_MINUTES: "decision and action list of the previous meeting",
        e.ItemKind.DECISION: "for decision",
        e.ItemKind.DISCUSSION: "for discussion",
        e.ItemKind.INFORMATION: "for information",
        e.ItemKind.QUESTIONS: "any other business",
        e.ItemKind.CLOSING: "closing",
    },
    e.Outcome: {
        e.Outcome.ADOPTED: "adopted",
        e.Outcome.ADOPTED_AMENDED: "adopted as amended",
        e.Outcome.DEFERRED: "deferred",
        e.Outcome.REJECTED: "rejected",
    },
    e.Visibility: {
        e.Visibility.SHARED: "shared",
        e.Visibility.PERSONAL: "personal",
    },
    e.ActionStatus: {
        e.ActionStatus.OPEN: "open",
        e.ActionStatus.DONE: "done",
        e.ActionStatus.CANCELLED: "cancelled",
    },
    e.Direction: {
        e.Direction.HIGHER_IS_BETTER: "higher is better",
        e.Direction.LOWER_IS_BETTER: "lower is better",
        e.Direction.UNKNOWN: "direction unknown",
    },
    e.Assessment: {
        e.Assessment.VERY_FAVOURABLE: "very favourable",
        e.Assessment.FAVOURABLE: "favourable",
        e.Assessment.AVERAGE: "around the average",
        e.Assessment.UNFAVOURABLE: "unfavourable",
        e.Assessment.VERY_UNFAVOURABLE: "very unfavourable",
    },
    e.Trend: {
        e.Trend.IMPROVING: "improving",
        e.Trend.STABLE: "stable",
        e.Trend.WORSENING: "worsening",
    },
}


def label(value: StrEnum) -> str:
    """The user's word for an enum value (Dutch by default)."""
    return tr(_SOURCES[type(value)][value], context=f"label.{type(value).__name__}")


def all_sources() -> list[tuple[str, str]]:
    """(context, English source) of every label, for the translation file."""
    return [
        (f"label.{kind.__name__}", source)
        for kind, sources in _SOURCES.items()
        for source in sources.values()
    ]
