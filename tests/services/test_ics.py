"""Calendar export and import (iCalendar, RFC 5545) on a real database and real parsers."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
import vobject
from sqlalchemy import func, select, update

from dordtwest_desktop.domain.calendar import uid_of
from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import (
    Attendance,
    AttendeeRole,
    Body,
    ItemKind,
    MeetingStatus,
)
from dordtwest_desktop.domain.errors import ConflictError
from dordtwest_desktop.export.ics import build_calendar, write_calendar
from dordtwest_desktop.services.calendar import CalendarService
from dordtwest_desktop.services.dto import AgendaItemDTO, AttendeeDTO, MeetingDTO, PersonDTO
from dordtwest_desktop.services.ics_import import ADD, CHANGE, SAME, SKIP, CalendarImportService
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.people import PeopleService
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store, open_store

AMSTERDAM = "Europe/Amsterdam"


def meeting(service: MeetingService, **changes: object) -> MeetingDTO:
    dto = MeetingDTO(
        id=uuid.uuid4(),
        body=Body.ALLIANCE,
        day=date(2025, 3, 13),
        start_time=time(14, 0),
        end_time=time(16, 0),
        location="Stadskantoor, zaal 3",
        chair="Wethouder Jansen",
    )
    return service.create_meeting(replace(dto, **changes), standard_agenda=True)


def export(store: Store, meeting_id: uuid.UUID | None = None) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(build_calendar(CalendarService(store).calendar(meeting_id)))


def event_of(calendar: icalendar.Calendar, meeting_id: uuid.UUID) -> icalendar.Event:
    return next(e for e in calendar.walk("VEVENT") if str(e["UID"]) == uid_of(meeting_id))


def count_meetings(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(m.Meeting)) or 0


def test_one_meeting_as_an_event(store: Store):
    service = MeetingService(store)
    dto = meeting(service)
    first = service.detail(dto.id).agenda[0].item
    service.save_item(replace(first, duration_minutes=10))
    secret = AgendaItemDTO(
        id=uuid.uuid4(),
        meeting_id=dto.id,
        kind=ItemKind.DECISION,
        title="Aankoop pand Mijlweg",
        duration_minutes=30,
        confidential=True,
        position=2,
    )
    service.save_item(secret)
    people = PeopleService(store)
    for name, email, role, attendance in (
        ("Anna de Vries", "anna@dordrecht.nl", AttendeeRole.SECRETARY, Attendance.PRESENT),
        ("Bram Smit", "bram@woonbron.nl", AttendeeRole.MEMBER, Attendance.EXCUSED),
        ("Cor Zonder", "", AttendeeRole.MEMBER, Attendance.PRESENT),
    ):
        person = PersonDTO(id=uuid.uuid4(), name=name, email=email)
        people.save_person(person)
        people.save_attendee(
            AttendeeDTO(
                id=uuid.uuid4(),
                meeting_id=dto.id,
                person_id=person.id,
                role=role,
                attendance=attendance,
            )
        )
    calendar = export(store, dto.id)
    assert len(calendar.walk("VEVENT")) == 1
    event = event_of(calendar, dto.id)
    assert event["UID"] == f"{dto.id}@dordtwest-alliantie"
    assert event["SEQUENCE"] == 0
    assert event["DTSTART"].params["TZID"] == AMSTERDAM
    assert event["DTSTART"].dt == datetime(2025, 3, 13, 14, 0, tzinfo=event["DTSTART"].dt.tzinfo)
    assert event["DTEND"].dt.hour == 16
    assert str(event["LOCATION"]) == "Stadskantoor, zaal 3"
    assert str(event["STATUS"]) == "TENTATIVE"
    assert "DTSTAMP" in event
    text = str(event["DESCRIPTION"])
    assert "1. 14:00 Opening" in text
    assert "2. 14:10 Vaststellen agenda" in text
    assert "5. 14:10 vertrouwelijk agendapunt\n6. 14:40 Rondvraag" in text
    assert "Mijlweg" not in text
    assert "Voorzitter: Wethouder Jansen" in text
    assert str(event["ORGANIZER"]) == "mailto:anna@dordrecht.nl"
    assert event["ORGANIZER"].params["CN"] == "Anna de Vries"
    attendees = {str(a): a.params for a in event["ATTENDEE"]}
    assert set(attendees) == {"mailto:anna@dordrecht.nl", "mailto:bram@woonbron.nl"}
    assert attendees["mailto:bram@woonbron.nl"]["PARTSTAT"] == "DECLINED"
    assert attendees["mailto:bram@woonbron.nl"]["ROLE"] == "REQ-PARTICIPANT"
    assert attendees["mailto:anna@dordrecht.nl"]["PARTSTAT"] == "ACCEPTED"


def test_the_time_zone_is_written_as_rules_not_dates(store: Store):
    raw = build_calendar(CalendarService(store).calendar()).decode()
    zone = raw[raw.index("BEGIN:VTIMEZONE") : raw.index("END:VTIMEZONE")]
    assert "TZID:Europe/Amsterdam" in zone
    assert zone.count("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3") == 1
    assert zone.count("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10") == 1
    assert "RDATE" not in zone
    assert raw.count("BEGIN:VTIMEZONE") == 1


def test_sequence_grows_with_time_place_and_status_only(store: Store):
    service = MeetingService(store)
    dto = meeting(service)
    assert event_of(export(store), dto.id)["SEQUENCE"] == 0
    dto = service.meeting(dto.id)
    service.save_meeting(replace(dto, start_time=time(15, 0), day=date(2025, 3, 14)))
    assert event_of(export(store), dto.id)["SEQUENCE"] == 1  # one save, two fields: one step
    dto = service.meeting(dto.id)
    service.save_meeting(replace(dto, title="Andere titel"))
    assert event_of(export(store), dto.id)["SEQUENCE"] == 1
    dto = service.meeting(dto.id)
    service.save_meeting(replace(dto, location="Energiehuis"))
    dto = service.meeting(dto.id)
    service.save_meeting(replace(dto, status=MeetingStatus.FINAL))
    event = event_of(export(store, dto.id), dto.id)
    assert event["SEQUENCE"] == 3
    assert str(event["STATUS"]) == "CONFIRMED"


def test_a_meeting_without_start_time_is_an_all_day_event(store: Store):
    dto = meeting(MeetingService(store), start_time=None, end_time=None)
    data = CalendarService(store).calendar(dto.id)
    assert data.all_day == 1
    event = event_of(icalendar.Calendar.from_ical(build_calendar(data)), dto.id)
    assert event["DTSTART"].dt == date(2025, 3, 13)
    assert event["DTEND"].dt == date(2025, 3, 14)
    assert "Aanvangstijd nog niet bekend" in str(event["DESCRIPTION"])


@pytest.mark.parametrize(
    ("before", "after", "offsets"),
    [
        (date(2025, 3, 28), date(2025, 3, 31), (1, 2)),  # summer time from 30 March
        (date(2025, 10, 24), date(2025, 10, 27), (2, 1)),  # winter time from 26 October
    ],
)
def test_local_times_on_both_sides_of_a_dst_change(
    store: Store, tmp_path: Path, before: date, after: date, offsets: tuple[int, int]
):
    service = MeetingService(store)
    ids = [
        meeting(service, day=day, start_time=time(14, 0), end_time=time(15, 30)).id
        for day in (before, after)
    ]
    out = write_calendar(CalendarService(store).calendar(), tmp_path / "dst.ics")
    # icalendar
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    for ident, offset in zip(ids, offsets, strict=True):
        start = event_of(calendar, ident)["DTSTART"].dt
        assert (start.hour, start.minute) == (14, 0)
        assert start.utcoffset() == timedelta(hours=offset)
        assert start.astimezone(UTC).hour == 14 - offset
    # vobject, which reads the file's own VTIMEZONE (it knows no zone database names)
    parsed = vobject.readOne(out.read_text(encoding="utf-8"))
    found = {e.uid.value: e for e in parsed.vevent_list}
    for ident, offset in zip(ids, offsets, strict=True):
        event = found[uid_of(ident)]
        start, end = event.dtstart.value, event.dtend.value
        assert (start.hour, start.minute, end.hour, end.minute) == (14, 0, 15, 30)
        assert start.utcoffset() == timedelta(hours=offset)
        assert start.astimezone(UTC) == datetime.combine(
            start.date(), time(14 - offset, 0), tzinfo=UTC
        )


def test_round_trip_gives_the_same_meetings(store: Store, tmp_path: Path):
    service = MeetingService(store)
    made = [
        meeting(service),
        meeting(service, day=date(2025, 7, 1), start_time=None, end_time=None, location=""),
        meeting(
            service,
            body=Body.OTHER,
            body_name="Stuurgroep; wijk, West",
            title="Kick-off 🚀\nmet partners",
            status=MeetingStatus.FINAL,
            end_time=None,
            chair="",
        ),
        meeting(
            service,
            body=Body.COUNCIL,
            day=date(2025, 10, 27),
            start_time=time(19, 30),
            end_time=time(22, 0),
        ),
    ]
    out = write_calendar(CalendarService(store).calendar(), tmp_path / "all.ics")
    other = open_store(tmp_path / "other.sqlite")
    try:
        importer = CalendarImportService(other)
        plan = importer.plan(out)
        assert plan.count(ADD) == len(made)
        importer.apply(plan)
        for dto in made:
            assert replace(MeetingService(other).meeting(dto.id), version=0) == replace(
                service.meeting(dto.id), version=0
            )
        again = importer.plan(out)
        assert {e.action for e in again.entries} == {SAME}
    finally:
        other.close()


OUTLOOK = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
BEGIN:VTIMEZONE\r
TZID:W. Europe Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E0080000000010\r
DTSTAMP:20250101T120000Z\r
DTSTART;TZID=W. Europe Standard Time:20250327T100000\r
DTEND;TZID=W. Europe Standard Time:20250327T113000\r
RRULE:FREQ=WEEKLY;COUNT=4\r
EXDATE;TZID=W. Europe Standard Time:20250403T100000\r
SUMMARY:Kernteam Dordt West\r
LOCATION:Teams\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E0080000000010\r
RECURRENCE-ID;TZID=W. Europe Standard Time:20250410T100000\r
DTSTART;TZID=W. Europe Standard Time:20250410T130000\r
DTEND;TZID=W. Europe Standard Time:20250410T143000\r
SUMMARY:Kernteam Dordt West (verzet)\r
LOCATION:Teams\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:google-utc@google.com\r
DTSTAMP:20250101T120000Z\r
DTSTART:20250603T120000Z\r
DTEND:20250603T140000Z\r
SUMMARY:Werkbezoek Crabbehof\r
STATUS:CONFIRMED\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:zoned\r
DTSTART;TZID=Europe/Amsterdam:20250115T090000\r
DTEND;TZID=Europe/Amsterdam:20250115T100000\r
SUMMARY:Bewonersavond\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:floating\r
DTSTART:20251201T193000\r
DURATION:PT2H\r
SUMMARY:Raadsinformatieavond\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:allday\r
DTSTART;VALUE=DATE:20250915\r
DTEND;VALUE=DATE:20250916\r
SUMMARY:Week van Dordt West\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:cancelled\r
DTSTART;TZID=Europe/Amsterdam:20250916T090000\r
STATUS:CANCELLED\r
SUMMARY:Afgelast\r
END:VEVENT\r
END:VCALENDAR\r
"""


def programme_period(store: Store, first: str, last: str) -> None:
    """The window for recurring series, fixed, so the test does not depend on today."""
    with store.transaction() as session:
        session.execute(
            update(m.Programme).values(
                period_start=PreciseDate.parse(first), period_end=PreciseDate.parse(last)
            )
        )


def starts(plan) -> dict[str, tuple[date, time | None, time | None]]:
    return {
        e.meeting.title: (e.meeting.day, e.meeting.start_time, e.meeting.end_time)
        for e in plan.entries
    }


def test_outlook_and_google_files(store: Store, tmp_path: Path):
    programme_period(store, "2024", "2026")
    path = tmp_path / "outlook.ics"
    path.write_text(OUTLOOK, encoding="utf-8")
    importer = CalendarImportService(store)
    plan = importer.plan(path)
    assert plan.count(ADD) == 7 and plan.count(SKIP) == 1
    found = starts(plan)
    # W. Europe Standard Time, a weekly series over the DST change, one date left out
    # (EXDATE) and one moved (RECURRENCE-ID): local times stay 10:00 across the change.
    assert found["Kernteam Dordt West"] == (date(2025, 4, 17), time(10, 0), time(11, 30))
    series = sorted(
        (e.meeting.day, e.meeting.start_time)
        for e in plan.entries
        if e.meeting.title.startswith("Kernteam")
    )
    assert series == [
        (date(2025, 3, 27), time(10, 0)),
        (date(2025, 4, 10), time(13, 0)),
        (date(2025, 4, 17), time(10, 0)),
    ]
    assert found["Werkbezoek Crabbehof"] == (date(2025, 6, 3), time(14, 0), time(16, 0))  # UTC
    assert found["Bewonersavond"] == (date(2025, 1, 15), time(9, 0), time(10, 0))
    assert found["Raadsinformatieavond"] == (date(2025, 12, 1), time(19, 30), time(21, 30))
    assert found["Week van Dordt West"] == (date(2025, 9, 15), None, None)
    skipped = next(e for e in plan.entries if e.action == SKIP)
    assert "geannuleerd" in skipped.notes[0]
    before = count_meetings(store)
    importer.apply(plan)
    assert count_meetings(store) == before + 7
    assert (
        next(
            e for e in importer.plan(path).entries if e.meeting.title == "Werkbezoek Crabbehof"
        ).action
        == SAME
    )
    # The same event moved in Outlook: its UID updates the meeting, no second one.
    path.write_text(OUTLOOK.replace("20250603T120000Z", "20250603T130000Z"), encoding="utf-8")
    plan = importer.plan(path)
    changed = [e for e in plan.entries if e.action == CHANGE]
    assert [(e.meeting.title, e.changes) for e in changed] == [
        ("Werkbezoek Crabbehof", ("aanvangstijd",))
    ]
    importer.apply(plan)
    assert count_meetings(store) == before + 7


def test_a_change_between_preview_and_import_is_refused(store: Store, tmp_path: Path):
    service = MeetingService(store)
    dto = meeting(service)
    out = write_calendar(CalendarService(store).calendar(dto.id), tmp_path / "one.ics")
    out.write_text(out.read_text(encoding="utf-8").replace("T140000", "T150000"), encoding="utf-8")
    importer = CalendarImportService(store)
    plan = importer.plan(out)
    assert [e.action for e in plan.entries] == [CHANGE]
    service.save_meeting(replace(service.meeting(dto.id), location="Elders"))
    with pytest.raises(ConflictError, match="niets geïmporteerd"):
        importer.apply(plan)
    assert service.meeting(dto.id).start_time == time(14, 0)
