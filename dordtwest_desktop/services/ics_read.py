"""Reading an .ics file (Outlook, Google, the app's own) into plain meeting events.

Strict where a mistake would put a meeting at the wrong time: a broken line, an
unknown time zone or an event without start refuses the whole file, with one
Dutch sentence naming the event and its line. Recurring series are expanded over
the given period (recurring-ical-events), each occurrence a meeting of its own.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar, Component

from dordtwest_desktop.domain.calendar import (
    MAX_EVENTS,
    X_BODY,
    X_BODY_NAME,
    X_CHAIR,
    ZONE,
    meeting_id_of,
)
from dordtwest_desktop.domain.enums import MEETING_BODIES, Body, MeetingStatus
from dordtwest_desktop.domain.errors import ImportFileError
from dordtwest_desktop.i18n import tr, trn

_TZ = ZoneInfo(ZONE)
_STATUS = {"CONFIRMED": MeetingStatus.FINAL, "TENTATIVE": MeetingStatus.DRAFT}
_BROKEN_LINE = re.compile(r"parsed into parts: '(.*)':", re.DOTALL)


@dataclass(frozen=True)
class IncomingEvent:
    """One meeting as the file has it; times are local Dutch times without a zone."""

    uid: str
    occurrence: str  # the original start of an occurrence of a series, else ""
    number: int  # the VEVENT's place in the file, from 1
    line: int  # the line of its BEGIN:VEVENT
    summary: str
    day: date
    start: time | None
    end: time | None
    location: str = ""
    status: MeetingStatus | None = None
    cancelled: bool = False
    body: Body | None = None
    body_name: str | None = None
    chair: str | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def meeting_id(self) -> uuid.UUID:
        return meeting_id_of(self.uid, self.occurrence)


def read_file(path: Path, period: tuple[date, date]) -> tuple[IncomingEvent, ...]:
    """The events of an .ics file; ImportFileError (naming the place) when it is unfit."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFileError(tr("The file '{path}' does not exist.").format(path=path)) from exc
    except OSError as exc:
        raise ImportFileError(
            tr("'{path}' cannot be read: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    try:
        return read_text(_decode(raw), period)
    except ImportFileError as error:
        raise ImportFileError(
            tr("{file}: {message}").format(file=path.name, message=error.message)
        ) from error


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # RFC 5545 says UTF-8; older Outlook versions wrote their Windows code page.
        return raw.decode("cp1252", errors="replace")


def read_text(text: str, period: tuple[date, date]) -> tuple[IncomingEvent, ...]:
    starts = _structure(text)
    try:
        # Several VCALENDARs in one file (some exports do that): take them all.
        calendars = list(Calendar.from_ical(text, multiple=True))
    except ValueError as exc:
        raise ImportFileError(_nothing(_broken(str(exc)))) from exc
    masters = [c for cal in calendars for c in cal.walk("VEVENT")]
    for component in (c for cal in calendars for c in cal.walk()):
        if component.errors and component.name != "VEVENT":
            _prop, message = component.errors[0]
            raise ImportFileError(_nothing(_broken(message)))
    events: list[IncomingEvent] = []
    series: set[str] = set()
    for number, (component, line) in enumerate(zip(masters, starts, strict=True), 1):
        place = _Place(number, line, str(component.get("SUMMARY", "")))
        _check(component, place)
        uid = str(component.get("UID", "")).strip() or f"{number}:{line}"
        if "RRULE" in component or "RDATE" in component or "RECURRENCE-ID" in component:
            series.add(uid)
            continue
        events.append(_event(component, place, uid, ""))
    places = {
        str(c.get("UID", "")).strip(): _Place(n, line, str(c.get("SUMMARY", "")))
        for n, (c, line) in enumerate(zip(masters, starts, strict=True), 1)
    }
    for cal in calendars if series else ():
        for occurrence in _occurrences(cal, period):
            uid = str(occurrence.get("UID", "")).strip()
            if uid not in series:
                continue
            recurrence = occurrence.get("RECURRENCE-ID")
            key = _instant(recurrence.dt) if recurrence is not None else ""
            events.append(_event(occurrence, places[uid], uid, key))
            if len(events) > MAX_EVENTS:
                # A daily series over a long programme: not a series of meetings.
                raise ImportFileError(
                    _nothing(
                        trn(
                            "its recurring series give more than %n meetings in the period",
                            MAX_EVENTS,
                        )
                    )
                )
    return tuple(events)


def _occurrences(calendar: Calendar, period: tuple[date, date]) -> Iterator[Component]:
    """Everything that happens in the period, in order of start, computed as it is read:
    an open-ended series by the minute stops at the limit, not after millions."""
    first, last = period
    end = datetime.combine(last + timedelta(days=1), time(0))
    try:
        for component in recurring_ical_events.of(calendar).after(first):
            start = _value(component, "DTSTART")
            moment = start if isinstance(start, datetime) else datetime.combine(start, time(0))
            if _local(moment) >= end:
                return
            yield component
    except ImportFileError:
        raise
    except Exception as exc:  # the library's own errors have no common base
        raise ImportFileError(
            _nothing(tr("a recurring series cannot be expanded: {reason}").format(reason=exc))
        ) from exc


def _instant(value: date | datetime) -> str:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(_TZ).replace(tzinfo=None).isoformat()
    return value.isoformat()


@dataclass(frozen=True)
class _Place:
    number: int
    line: int
    summary: str

    def say(self, problem: str) -> str:
        where = tr("Event {number} (line {line}").format(number=self.number, line=self.line)
        if self.summary.strip():
            where += f", '{self.summary.strip()[:60]}'"
        return _nothing(f"{where}): {problem}")


def _nothing(sentence: str) -> str:
    sentence = sentence.rstrip()
    if not sentence.endswith((".", "?", "!")):
        sentence += "."
    return tr("{problem} Nothing was imported.").format(problem=sentence)


def _broken(message: str) -> str:
    found = _BROKEN_LINE.search(message)
    if found:
        return tr("the line '{line}' is not an iCalendar line").format(line=found.group(1)[:80])
    return tr("the file is not a valid iCalendar file ({reason})").format(reason=message[:120])


def _structure(text: str) -> list[int]:
    """Check BEGIN/END nesting by line; the line of each BEGIN:VEVENT, in order."""
    if "BEGIN:VCALENDAR" not in text.upper():
        raise ImportFileError(_nothing(tr("this is not an iCalendar file (no BEGIN:VCALENDAR)")))
    stack: list[tuple[str, int]] = []
    starts: list[int] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip().upper()
        if line.startswith("BEGIN:"):
            name = line[6:].strip()
            stack.append((name, number))
            if name == "VEVENT":
                starts.append(number)
                if len(starts) > MAX_EVENTS:
                    raise ImportFileError(_too_many())
        elif line.startswith("END:"):
            name = line[4:].strip()
            if not stack or stack[-1][0] != name:
                expected = stack[-1][0] if stack else ""
                raise ImportFileError(
                    _nothing(
                        tr("line {line}: END:{name} where END:{expected} was expected").format(
                            line=number, name=name, expected=expected or "-"
                        )
                    )
                )
            stack.pop()
    if stack:
        name, number = stack[-1]
        raise ImportFileError(
            _nothing(
                tr("BEGIN:{name} on line {line} is never closed (END:{name} is missing)").format(
                    name=name, line=number
                )
            )
        )
    return starts


def _too_many() -> str:
    return _nothing(
        trn(
            "the file holds more than %n events; export only the meetings' calendar",
            MAX_EVENTS,
        )
    )


def _check(component: Component, place: _Place) -> None:
    for prop, message in component.errors:
        found = _BROKEN_LINE.search(message)
        if found or prop is None:
            raise ImportFileError(place.say(_broken(message)))
        raise ImportFileError(
            place.say(
                tr("{property} cannot be read: {reason}").format(property=prop, reason=message)
            )
        )
    if component.get("DTSTART") is None:
        raise ImportFileError(place.say(tr("DTSTART is missing: when does it start?")))
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        prop = component.get(name)
        if prop is None:
            continue
        value = prop.dt
        zone = prop.params.get("TZID")
        if isinstance(value, datetime) and value.tzinfo is None and zone:
            raise ImportFileError(
                place.say(
                    tr("the time zone '{zone}' of {property} is unknown").format(
                        zone=zone, property=name
                    )
                )
            )


def _event(component: Component, place: _Place, uid: str, occurrence: str) -> IncomingEvent:
    start = _value(component, "DTSTART")
    notes: list[str] = []
    if not isinstance(start, datetime):
        day, begin, end = start, None, None
    else:
        local = _local(start)
        day, begin = local.date(), local.time()
        end = _end(component, local, notes)
    status = str(component.get("STATUS", "")).strip().upper()
    body = str(component.get(X_BODY, "")).strip()
    return IncomingEvent(
        uid=uid,
        occurrence=occurrence,
        number=place.number,
        line=place.line,
        summary=_text(component, "SUMMARY"),
        day=day,
        start=begin,
        end=end,
        location=_text(component, "LOCATION"),
        status=_STATUS.get(status),
        cancelled=status == "CANCELLED",
        body=_body(body),
        body_name=_x_text(component, X_BODY_NAME),
        chair=_x_text(component, X_CHAIR),
        notes=tuple(notes),
    )


def _value(component: Component, name: str) -> Any:
    # icalendar types a property as the union of all its value types.
    return getattr(component[name], "dt", None)


def _body(value: str) -> Body | None:
    """A body that holds meetings; None for another (a funder's) or an unknown one."""
    try:
        body = Body(value)
    except ValueError:
        return None
    return body if body in MEETING_BODIES else None


def _local(value: datetime) -> datetime:
    """Local Dutch time without zone: zoned times converted, floating times taken as they are."""
    if value.tzinfo is None:
        return value
    return value.astimezone(_TZ).replace(tzinfo=None)


def _end(component: Component, start: datetime, notes: list[str]) -> time | None:
    if "DTEND" in component:
        value = _value(component, "DTEND")
        if not isinstance(value, datetime):
            return None
        end = _local(value)
    elif "DURATION" in component:
        end = start + _value(component, "DURATION")
    else:
        return None
    if end <= start:
        return None
    if end.date() != start.date():
        notes.append(tr("ends on another day; the end time was left out"))
        return None
    return end.time()


_ESCAPED = re.compile(r"\\([\\;,nN])")


def _x_text(component: Component, name: str) -> str | None:
    """An X- property's text: icalendar leaves its escapes (RFC 5545, 3.3.11) in place."""
    value = component.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0]
    raw = value.to_ical().decode("utf-8", errors="replace")
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw).strip()


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):  # a property given twice: the first counts
        value = value[0]
    return str(value).strip()
