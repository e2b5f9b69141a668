"""The meetings as an iCalendar file (RFC 5545) for Outlook, Google and the like.

A pure function of `services.calendar.CalendarData`. Times are local times in
Europe/Amsterdam with a VTIMEZONE written out in RRULE form: Outlook shifts events
by an hour when the zone is missing, and with the RDATE lists that icalendar's
`add_missing_timezones()` writes.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import (
    Calendar,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
)

from dordtwest_desktop import __version__
from dordtwest_desktop.domain.calendar import X_BODY, X_BODY_NAME, X_CHAIR, ZONE, uid_of
from dordtwest_desktop.domain.enums import Attendance, AttendeeRole, MeetingStatus
from dordtwest_desktop.domain.meeting_title import meeting_title
from dordtwest_desktop.files import atomic_output
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.calendar import CalendarData, CalendarEvent, CalendarPerson

_STATUS = {MeetingStatus.DRAFT: "TENTATIVE", MeetingStatus.FINAL: "CONFIRMED"}
_ROLE = {
    AttendeeRole.CHAIR: "CHAIR",
    AttendeeRole.SECRETARY: "REQ-PARTICIPANT",
    AttendeeRole.MEMBER: "REQ-PARTICIPANT",
    AttendeeRole.GUEST: "OPT-PARTICIPANT",
}
_PARTSTAT = {Attendance.PRESENT: "ACCEPTED", Attendance.EXCUSED: "DECLINED"}


def write_calendar(data: CalendarData, out: Path) -> Path:
    """Write the file; nothing is written when it fails."""
    content = build_calendar(data)
    with atomic_output(Path(out)) as temporary:
        temporary.write_bytes(content)
    return Path(out)


def build_calendar(data: CalendarData) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//Dordt West Alliantie//dordtwest-desktop {__version__}//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # An appointment to put in one's calendar, not a request that expects replies.
    calendar.add("method", "PUBLISH")
    if data.programme:
        calendar.add("x-wr-calname", data.programme)
    calendar.add("x-wr-timezone", ZONE)
    calendar.add_component(amsterdam())
    head = calendar.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert head.endswith(end)
    # The events are written line by line here: icalendar's own serialiser takes
    # about 4 ms an event (folding byte by byte), 1,000 meetings would take seconds.
    # What they hold is checked by reading the file back with icalendar and vobject.
    stamp = f"{data.stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    words = _Words()
    events = b"".join(_event(event, stamp, words) for event in data.events)
    return head[: -len(end)] + events + end


def amsterdam() -> Timezone:
    """Europe/Amsterdam as rules: summer time from the last Sunday of March, 02:00,
    to the last Sunday of October, 03:00 (the EU rule since 1996)."""
    zone = Timezone()
    zone.add("tzid", ZONE)
    zone.add("x-lic-location", ZONE)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    summer.add("dtstart", datetime(1970, 3, 29, 2, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    winter.add("dtstart", datetime(1970, 10, 25, 3, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


class _Words:
    """The description's fixed words, translated once per file."""

    def __init__(self) -> None:
        self.no_time = tr("The start time is not yet known.")
        self.chair = tr("Chair: {name}")
        self.agenda = tr("Agenda")


def _event(data: CalendarEvent, stamp: str, words: _Words) -> bytes:
    meeting = data.meeting
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid_of(meeting.id)}",
        f"DTSTAMP:{stamp}",
        f"SEQUENCE:{data.sequence}",
        "SUMMARY:" + text(meeting_title(meeting.title, meeting.body, meeting.body_name)),
    ]
    if meeting.start_time is None:
        # A day without a time: an all-day event (DTEND is the next day, exclusive).
        lines.append(f"DTSTART;VALUE=DATE:{meeting.day:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{meeting.day + timedelta(days=1):%Y%m%d}")
        lines.append("TRANSP:TRANSPARENT")
    else:
        lines.append(f"DTSTART;TZID={ZONE}:{meeting.day:%Y%m%d}T{meeting.start_time:%H%M%S}")
        if meeting.end_time is not None:
            lines.append(f"DTEND;TZID={ZONE}:{meeting.day:%Y%m%d}T{meeting.end_time:%H%M%S}")
    if meeting.location:
        lines.append("LOCATION:" + text(meeting.location))
    lines.append("DESCRIPTION:" + text(description(data, words)))
    lines.append(f"STATUS:{_STATUS[meeting.status]}")
    lines += _people(data.attendees)
    lines.append(f"{X_BODY}:{meeting.body.value}")
    if meeting.body_name:
        lines.append(f"{X_BODY_NAME}:" + text(meeting.body_name))
    if meeting.chair:
        lines.append(f"{X_CHAIR}:" + text(meeting.chair))
    lines.append("END:VEVENT")
    return b"".join(fold(line) + b"\r\n" for line in lines)


_TEXT_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def text(value: str) -> str:
    """A TEXT value (RFC 5545, 3.3.11): backslash, `;`, `,` and newlines escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value).translate(_TEXT_ESCAPES)


def _parameter(value: str) -> str:
    """A parameter value (3.2): no control characters or double quotes; quoted if needed."""
    value = _CONTROL.sub("", value.replace("\n", " ").replace("\r", " ")).replace('"', "'")
    return f'"{value}"' if any(c in value for c in ";:,") else value


def fold(line: str) -> bytes:
    """A content line cut into lines of at most 75 octets, never inside a character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return data
    parts = []
    start, limit = 0, 75
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte
            end -= 1
        parts.append(data[start:end])
        start, limit = end, 74  # a continuation line starts with a space
    parts.append(data[start:])
    return b"\r\n ".join(parts)


def description(data: CalendarEvent, words: _Words | None = None) -> str:
    """The agenda, numbered, with start times: "3. 14:10 Voortgang Crabbehof"."""
    words = words or _Words()
    lines: list[str] = []
    if data.meeting.start_time is None:
        lines.append(words.no_time)
    if data.meeting.chair:
        lines.append(words.chair.format(name=data.meeting.chair))
    if data.items:
        if lines:
            lines.append("")
        lines.append(words.agenda)
        for item in data.items:
            clock = f" {item.start:%H:%M}" if item.start is not None else ""
            lines.append(f"{item.number}.{clock} {item.title}")
    return "\n".join(lines)


def _people(attendees: tuple[CalendarPerson, ...]) -> list[str]:
    # The secretary sends the invitations; without one the chair does.
    organiser = next(
        (
            p
            for role in (AttendeeRole.SECRETARY, AttendeeRole.CHAIR)
            for p in attendees
            if p.role is role
        ),
        None,
    )
    lines = []
    if organiser is not None:
        lines.append(f"ORGANIZER;CN={_parameter(organiser.name)}:{_mailto(organiser.email)}")
    for person in attendees:
        lines.append(
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={_ROLE[person.role]};"
            f"PARTSTAT={_PARTSTAT[person.attendance]};CN={_parameter(person.name)}:"
            + _mailto(person.email)
        )
    return lines


def _mailto(email: str) -> str:
    return "mailto:" + _CONTROL.sub("", email).replace(" ", "").replace("\n", "")
