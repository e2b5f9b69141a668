"""Bad calendar files are refused whole, with one Dutch sentence naming the place;
text of every kind survives the trip through an .ics file."""

from __future__ import annotations

import time as clock
import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from dordtwest_desktop.domain.enums import Body, MeetingStatus
from dordtwest_desktop.domain.errors import ImportFileError
from dordtwest_desktop.export.ics import build_calendar
from dordtwest_desktop.services.calendar import CalendarData, CalendarEvent, CalendarItem
from dordtwest_desktop.services.dto import MeetingDTO
from dordtwest_desktop.services.ics_import import CalendarImportService
from dordtwest_desktop.services.ics_read import read_text
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store

PERIOD = (date(2024, 1, 1), date(2026, 12, 31))
HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
TAIL = "END:VCALENDAR\r\n"
GOOD = (
    "BEGIN:VEVENT\r\nUID:good\r\nDTSTART;TZID=Europe/Amsterdam:20250301T100000\r\n"
    "SUMMARY:Goed\r\nEND:VEVENT\r\n"
)


def calendar(*events: str) -> str:
    return HEAD + "".join(events) + TAIL


BAD = {
    "broken line": (
        calendar(
            GOOD,
            "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20250302T100000\r\nSUMMARY:Stuk\r\n"
            "DIT IS GEEN REGEL\r\nEND:VEVENT\r\n",
        ),
        "Afspraak 2 (regel 9, 'Stuk'): de regel 'DIT IS GEEN REGEL' is geen iCalendar-regel.",
    ),
    "broken date": (
        calendar("BEGIN:VEVENT\r\nUID:b\r\nDTSTART:2025030\r\nSUMMARY:Datum\r\nEND:VEVENT\r\n"),
        "Afspraak 1 (regel 4, 'Datum'): DTSTART is onleesbaar",
    ),
    "unknown zone": (
        calendar(
            GOOD,
            "BEGIN:VEVENT\r\nUID:z\r\nDTSTART;TZID=Mars/Olympus:20250302T100000\r\n"
            "SUMMARY:Mars\r\nEND:VEVENT\r\n",
        ),
        "Afspraak 2 (regel 9, 'Mars'): de tijdzone 'Mars/Olympus' van DTSTART is onbekend.",
    ),
    "no start": (
        calendar(GOOD, "BEGIN:VEVENT\r\nUID:n\r\nSUMMARY:Zonder begin\r\nEND:VEVENT\r\n"),
        "Afspraak 2 (regel 9, 'Zonder begin'): DTSTART ontbreekt",
    ),
    "never closed": (
        HEAD + GOOD + "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20250302T100000\r\n" + TAIL,
        "regel 12: END:VCALENDAR waar END:VEVENT verwacht werd",
    ),
    "cut off": (
        HEAD + GOOD + "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20250302T100000\r\n",
        "BEGIN:VEVENT op regel 9 wordt nergens afgesloten (END:VEVENT ontbreekt)",
    ),
    "not a calendar": ("Onderwerp;Datum\r\nOverleg;1-3-2025\r\n", "geen iCalendar-bestand"),
    "other body without a name": (
        calendar(
            "BEGIN:VEVENT\r\nUID:e\r\nDTSTART:20250302T100000\r\nDTEND:20250302T090000\r\n"
            "SUMMARY:Achteruit\r\nX-DORDTWEST-BODY:other\r\nEND:VEVENT\r\n"
        ),
        "Afspraak 1 (regel 4): De naam van het orgaan",
    ),
}


def meetings(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(m.Meeting)) or 0


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_files_are_refused_whole(store: Store, tmp_path: Path, case: str):
    text, expected = BAD[case]
    path = tmp_path / "agenda.ics"
    path.write_text(text, encoding="utf-8")
    before = meetings(store)
    with pytest.raises(ImportFileError) as raised:
        CalendarImportService(store).import_file(path)
    message = raised.value.message
    assert message.startswith("agenda.ics: ")
    assert expected in message
    assert message.endswith("Er is niets geïmporteerd.")
    assert meetings(store) == before


def test_ten_thousand_events_are_refused_quickly(store: Store, tmp_path: Path):
    event = (
        "BEGIN:VEVENT\r\nUID:u{n}\r\nDTSTART:20250301T100000Z\r\nSUMMARY:Afspraak {n}\r\n"
        "END:VEVENT\r\n"
    )
    path = tmp_path / "agenda.ics"
    path.write_text(calendar(*(event.format(n=n) for n in range(10_000))), encoding="utf-8")
    before = meetings(store)
    started = clock.perf_counter()
    with pytest.raises(ImportFileError, match="meer dan 5000 afspraken"):
        CalendarImportService(store).import_file(path)
    assert clock.perf_counter() - started < 2
    assert meetings(store) == before


def test_an_open_ended_series_stops_at_the_period():
    text = calendar(
        "BEGIN:VEVENT\r\nUID:s\r\nDTSTART;TZID=Europe/Amsterdam:20240105T090000\r\n"
        "RRULE:FREQ=WEEKLY\r\nSUMMARY:Wekelijks\r\nEND:VEVENT\r\n"
    )
    events = read_text(text, PERIOD)
    fridays = (PERIOD[1] - date(2024, 1, 5)).days // 7 + 1
    assert len(events) == len({e.meeting_id for e in events}) == fridays
    assert min(e.day for e in events) == date(2024, 1, 5)
    assert max(e.day for e in events) <= date(2026, 12, 31)
    assert {e.start for e in events} == {time(9, 0)}


def test_a_body_that_holds_no_meetings_is_read_as_none_given(store: Store, tmp_path: Path):
    # A funder holds no meetings of the programme: a file that says so is read as
    # saying nothing (the alliance for a new meeting), not refused, and not stored as
    # a funder's meeting, which the rules refuse.
    events = {
        "funder": "X-DORDTWEST-BODY:funder\r\n",
        "unknown": "X-DORDTWEST-BODY:gemeenteraad\r\n",
        "council": "X-DORDTWEST-BODY:council\r\n",
    }
    text = calendar(
        *(
            f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:20250302T100000\r\n"
            f"SUMMARY:{uid}\r\n{line}END:VEVENT\r\n"
            for uid, line in events.items()
        )
    )
    assert {e.summary: e.body for e in read_text(text, PERIOD)} == {
        "funder": None,
        "unknown": None,
        "council": Body.COUNCIL,
    }
    path = tmp_path / "agenda.ics"
    path.write_text(text, encoding="utf-8")
    CalendarImportService(store).import_file(path)
    with store.read() as session:
        bodies = dict(session.execute(select(m.Meeting.title, m.Meeting.body)).all())
    assert bodies["funder"] is Body.ALLIANCE and bodies["council"] is Body.COUNCIL


def test_a_series_of_too_many_meetings_is_refused():
    text = calendar(
        "BEGIN:VEVENT\r\nUID:s\r\nDTSTART;TZID=Europe/Amsterdam:20240105T090000\r\n"
        "RRULE:FREQ=MINUTELY\r\nSUMMARY:Elke minuut\r\nEND:VEVENT\r\n"
    )
    with pytest.raises(ImportFileError, match="meer dan 5000 vergaderingen"):
        read_text(text, PERIOD)


# Text as people type it: markup, `;` and `,` (escaped in iCalendar), newlines, emoji,
# accents. No other control characters (no program writes them) and no surrogates.
TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), whitelist_characters="\n;,\\:<>&\"'🚀é"
    ),
    max_size=120,
).map(str.strip)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, location=TEXT, chair=TEXT, body_name=TEXT, item=TEXT)
def test_text_fields_survive_the_file(
    title: str, location: str, chair: str, body_name: str, item: str
):
    meeting = MeetingDTO(
        id=uuid.uuid4(),
        body=Body.OTHER,
        body_name=body_name or "Stuurgroep",
        day=date(2025, 6, 3),
        title=title,
        start_time=time(14, 0),
        location=location,
        chair=chair,
        status=MeetingStatus.FINAL,
    )
    event = CalendarEvent(meeting, 0, (CalendarItem(1, item or "x", time(14, 0)),), ())
    data = CalendarData("Programma; met, tekens", (event,), datetime(2025, 1, 1, tzinfo=UTC))
    raw = build_calendar(data)
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded by octets
    (back,) = read_text(raw.decode("utf-8"), PERIOD)
    assert back.meeting_id == meeting.id
    assert back.location == location
    assert (back.chair or "") == chair
    assert back.body_name == (body_name or "Stuurgroep")
    if title:
        assert back.summary == title
