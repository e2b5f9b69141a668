"""Rules of the agenda: the standard Alliantie agenda and the time schedule."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from dordtwest_desktop.domain.enums import ItemKind

# The standard agenda of an Alliantie meeting; the content items go between
# "previous minutes" and "any other business". Titles are English sources.
STANDARD_AGENDA: tuple[tuple[ItemKind, str], ...] = (
    (ItemKind.OPENING, "Opening"),
    (ItemKind.ADOPT_AGENDA, "Adoption of the agenda"),
    (ItemKind.PREVIOUS_MINUTES, "Decision list and action list of the previous meeting"),
    (ItemKind.ANNOUNCEMENTS, "Announcements"),
    (ItemKind.QUESTIONS, "Any other business"),
    (ItemKind.CLOSING, "Closing"),
)

MAX_DURATION_MINUTES = 24 * 60


def schedule(
    day: date, start: time | None, durations: Sequence[int]
) -> list[tuple[time | None, time | None]]:
    """Start and end time of each item when the meeting starts at `start`."""
    if start is None:
        return [(None, None)] * len(durations)
    moment = datetime.combine(day, start)
    times: list[tuple[time | None, time | None]] = []
    for minutes in durations:
        end = moment + timedelta(minutes=minutes)
        # An agenda past midnight is a mistake of durations; show it, don't wrap silently.
        times.append((moment.time(), end.time() if end.date() == day else None))
        moment = end
    return times


def ends_after(
    day: date, start: time | None, durations: Sequence[int], end: time | None
) -> list[bool]:
    """For each item: does it end after the meeting's set end time?"""
    if start is None or end is None:
        return [False] * len(durations)
    limit = datetime.combine(day, end)
    moment = datetime.combine(day, start)
    result = []
    for minutes in durations:
        moment += timedelta(minutes=minutes)
        result.append(moment > limit)
    return result
