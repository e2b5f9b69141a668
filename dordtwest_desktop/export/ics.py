"""The meetings as an iCalendar file (RFC 5545) for Outlook, Google and the like.

A pure function of `services.calendar.CalendarData`. Times are local times in
Europe/Amsterdam with a VTIMEZONE written out in RRULE form: Outlook shifts events
by an hour when the zone is missing, and with the RDATE lists that icalendar's
`add_missing_timezones()` writes.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vText,
)

from dordtwest_desktop import __version__
from dordtwest_desktop.domain.calendar import X_BODY, X_BODY_NAME, X_CHAIR, ZONE, uid_of
from dordtwest_desktop.domain.enums import Attendance, AttendeeRole, MeetingStatus
from dordtwest_desktop.domain.meeting_title import meeting_title
from dordtwest_desktop.files import atomic_output
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.calendar import CalendarData, CalendarEvent, CalendarPerson

_TZ = ZoneInfo(ZONE)
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
    for event in data.events:
        calendar.add_component(_event(event, data.stamp))
    return calendar.to_ical()


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


def _event(data: CalendarEvent, stamp: datetime) -> Event:
    meeting = data.meeting
    event = Event()
    event.add("uid", uid_of(meeting.id))
    event.add("dtstamp", stamp)
    event.add("sequence", data.sequence)
    event.add("summary", meeting_title(meeting.title, meeting.body, meeting.body_name))
    if meeting.start_time is None:
        # A day without a time: an all-day event (DTEND is the next day, exclusive).
        event.add("dtstart", meeting.day)
        event.add("dtend", meeting.day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    else:
        event.add("dtstart", _local(meeting.day, meeting.start_time))
        if meeting.end_time is not None:
            event.add("dtend", _local(meeting.day, meeting.end_time))
    if meeting.location:
        event.add("location", meeting.location)
    event.add("description", description(data))
    event.add("status", _STATUS[meeting.status])
    _people(event, data.attendees)
    event.add(X_BODY, meeting.body.value)
    if meeting.body_name:
        # vText, so the text is escaped (icalendar does not know the value type of an X-).
        event.add(X_BODY_NAME, vText(meeting.body_name))
    if meeting.chair:
        event.add(X_CHAIR, vText(meeting.chair))
    return event


def _local(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, tzinfo=_TZ)


def description(data: CalendarEvent) -> str:
    """The agenda, numbered, with start times: "3. 14:10 Voortgang Crabbehof"."""
    lines: list[str] = []
    if data.meeting.start_time is None:
        lines.append(tr("The start time is not yet known."))
    if data.meeting.chair:
        lines.append(tr("Chair: {name}").format(name=data.meeting.chair))
    if data.items:
        if lines:
            lines.append("")
        lines.append(tr("Agenda"))
        for item in data.items:
            clock = f" {item.start:%H:%M}" if item.start is not None else ""
            lines.append(f"{item.number}.{clock} {item.title}")
    return "\n".join(lines)


def _people(event: Event, attendees: tuple[CalendarPerson, ...]) -> None:
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
    if organiser is not None:
        event.add("organizer", _address(organiser, with_role=False))
    for person in attendees:
        event.add("attendee", _address(person, with_role=True))


def _address(person: CalendarPerson, *, with_role: bool) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["CN"] = person.name
    if with_role:
        address.params["ROLE"] = _ROLE[person.role]
        address.params["PARTSTAT"] = _PARTSTAT[person.attendance]
        address.params["CUTYPE"] = "INDIVIDUAL"
    return address
