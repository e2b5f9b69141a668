"""`import ics`: meetings from a calendar file, created or (same UID) updated.

Two steps, so the GUI can show what will happen before anything is written:
`plan()` only reads; `apply()` writes the plan in one transaction, refusing it when
a meeting it changes was changed by someone else in between.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from dordtwest_desktop.domain import records
from dordtwest_desktop.domain.enums import Body, MeetingStatus
from dordtwest_desktop.domain.errors import ConflictError, ImportFileError, ValidationError
from dordtwest_desktop.domain.meeting_title import default_title, meeting_title
from dordtwest_desktop.i18n import mark, tr, trn
from dordtwest_desktop.services import convert_meetings as cm
from dordtwest_desktop.services.common import Service
from dordtwest_desktop.services.dto import MeetingDTO
from dordtwest_desktop.services.ics_read import IncomingEvent, read_file
from dordtwest_desktop.store import exchange
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.versions import touch

ADD, CHANGE, SAME, SKIP = "add", "change", "same", "skip"

# The fields an import can change, in the user's words (for the preview).
_FIELDS = (
    ("title", mark("title")),
    ("day", mark("date")),
    ("start_time", mark("start time")),
    ("end_time", mark("end time")),
    ("location", mark("location")),
    ("status", mark("status")),
    ("body", mark("body")),
    ("body_name", mark("body")),
    ("chair", mark("chair")),
)
# Longest text each field stores (models.Meeting); longer text is cut, with a note.
_LIMITS = {"title": 300, "location": 200, "chair": 200, "body_name": 200}


@dataclass(frozen=True)
class PlannedMeeting:
    """What the import does with one event: add, change, leave (same) or skip it."""

    action: str
    meeting: MeetingDTO  # as it will be stored (for SKIP: as the file has it)
    before: MeetingDTO | None = None
    changes: tuple[str, ...] = ()  # the changed fields, in the user's words
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CalendarImportPlan:
    path: Path
    period: tuple[date, date]
    entries: tuple[PlannedMeeting, ...]
    programme_period: bool = True  # False: the programme has no period; a default was used

    def count(self, action: str) -> int:
        return sum(1 for entry in self.entries if entry.action == action)

    @property
    def writes(self) -> bool:
        return any(entry.action in (ADD, CHANGE) for entry in self.entries)

    def summary(self) -> str:
        parts = [
            trn("%n meeting(s) added", self.count(ADD)),
            trn("%n changed", self.count(CHANGE)),
            trn("%n unchanged", self.count(SAME)),
        ]
        if self.count(SKIP):
            parts.append(trn("%n skipped", self.count(SKIP)))
        return tr("{path}: {counts}.").format(path=self.path.name, counts=", ".join(parts))


@dataclass(frozen=True)
class CalendarImportResult:
    """What an import wrote, so that it can be undone."""

    summary: str
    added: tuple[uuid.UUID, ...]
    previous: tuple[MeetingDTO, ...]  # the changed meetings as they were


class CalendarImportService(Service):
    def period(self) -> tuple[tuple[date, date], bool]:
        """The window over which recurring series are expanded: the programme's period.

        Without a period set, from the start of last year to the end of the year after
        next: long enough for a year's planning, short enough for an open-ended series.
        """
        with self.store.read() as session:
            row = session.execute(select(m.Programme.period_start, m.Programme.period_end)).first()
        today = date.today()
        first = date(today.year - 1, 1, 1)
        last = date(today.year + 2, 12, 31)
        if row is not None and row[0] is not None and row[1] is not None:
            return (row[0].first_day(), row[1].last_day()), True
        return (first, last), False

    def plan(self, path: Path) -> CalendarImportPlan:
        """What importing the file would do; reads only."""
        period, of_programme = self.period()
        events = read_file(Path(path), period)
        _no_twins(events)
        with self.store.read() as session:
            ids = [event.meeting_id for event in events]
            stored = {
                row.id: cm.meeting(row)
                for chunk in _chunks(ids)
                for row in session.scalars(select(m.Meeting).where(m.Meeting.id.in_(chunk)))
            }
        try:
            entries = tuple(_plan_one(event, stored.get(event.meeting_id)) for event in events)
        except ImportFileError as error:
            raise ImportFileError(
                tr("{file}: {message}").format(file=Path(path).name, message=error.message)
            ) from error
        return CalendarImportPlan(Path(path), period, entries, of_programme)

    def apply(self, plan: CalendarImportPlan, *, check: bool = True) -> CalendarImportResult:
        """Write the plan in one transaction.

        `check`: refuse it when a meeting it changes was changed since the preview.
        A redo (after an undo moved the versions on) writes the planned state as it is.
        """
        added: list[uuid.UUID] = []
        previous: list[MeetingDTO] = []
        with self.store.transaction() as session:
            for entry in plan.entries:
                if entry.action not in (ADD, CHANGE):
                    continue
                row = session.get(m.Meeting, entry.meeting.id)
                stale = entry.before is None or row is None or row.version != entry.before.version
                if entry.action == CHANGE and check and stale:
                    raise ConflictError(
                        tr(
                            "The meeting '{title}' was changed by someone else since the "
                            "preview; read the file again. Nothing was imported."
                        ).format(title=_title(entry.meeting))
                    )
                if row is None:
                    row = m.Meeting(id=entry.meeting.id)
                    session.add(row)
                    added.append(entry.meeting.id)
                else:
                    previous.append(cm.meeting(row))
                    touch(row)
                cm.apply_meeting(row, entry.meeting)
        return CalendarImportResult(plan.summary(), tuple(added), tuple(previous))

    def undo(self, result: CalendarImportResult) -> None:
        """Take an import back: its new meetings deleted, the changed ones as they were."""
        with self.store.transaction() as session:
            for ident in result.added:
                exchange.delete_row(session, "meeting", ident)
            for before in result.previous:
                row = session.get(m.Meeting, before.id)
                if row is not None:
                    touch(row)
                    cm.apply_meeting(row, before)

    def import_file(self, path: Path) -> str:
        """Plan and apply at once (the command line)."""
        plan = self.plan(path)
        lines = [self.apply(plan).summary]
        lines += [_line(entry) for entry in plan.entries if entry.action == SKIP or entry.notes]
        return "\n".join(lines)


def _line(entry: PlannedMeeting) -> str:
    what = f"{entry.meeting.day:%d-%m-%Y} {_title(entry.meeting)}"
    return f"  {what}: {'; '.join(entry.notes)}"


def _title(meeting: MeetingDTO) -> str:
    return meeting_title(meeting.title, meeting.body, meeting.body_name)


def _chunks(ids: list[uuid.UUID], size: int = 500) -> list[list[uuid.UUID]]:
    # SQLite allows a limited number of parameters in one IN list.
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _no_twins(events: tuple[IncomingEvent, ...]) -> None:
    seen: dict[uuid.UUID, IncomingEvent] = {}
    for event in events:
        other = seen.setdefault(event.meeting_id, event)
        if other is not event:
            raise ImportFileError(
                tr(
                    "Events {first} and {second} have the same UID '{uid}'; a calendar program "
                    "would keep one of them. Nothing was imported."
                ).format(first=other.number, second=event.number, uid=event.uid)
            )


def _plan_one(event: IncomingEvent, before: MeetingDTO | None) -> PlannedMeeting:
    notes = list(event.notes)
    meeting = _merged(event, before, notes)
    if event.cancelled:
        notes.append(
            tr("cancelled in the calendar; the app has no cancelled meetings, so it was left out")
        )
        return PlannedMeeting(SKIP, meeting, before, (), tuple(notes))
    try:
        records.meeting(
            day=meeting.day,
            body=meeting.body,
            body_name=meeting.body_name,
            start_time=meeting.start_time,
            end_time=meeting.end_time,
        )
    except ValidationError as error:
        raise ImportFileError(
            tr("Event {number} (line {line}): {problem} Nothing was imported.").format(
                number=event.number, line=event.line, problem=error.message
            )
        ) from error
    if before is None:
        return PlannedMeeting(ADD, meeting, None, (), tuple(notes))
    changes = tuple(
        tr(words) for name, words in _FIELDS if getattr(meeting, name) != getattr(before, name)
    )
    if not changes:
        return PlannedMeeting(SAME, meeting, before, (), tuple(notes))
    return PlannedMeeting(CHANGE, meeting, before, tuple(dict.fromkeys(changes)), tuple(notes))


def _merged(event: IncomingEvent, before: MeetingDTO | None, notes: list[str]) -> MeetingDTO:
    """The meeting as it will be stored: the file's time and place over what the app has."""
    body = event.body or (before.body if before else Body.ALLIANCE)
    body_name = (
        event.body_name if event.body_name is not None else (before.body_name if before else "")
    )
    title = event.summary
    if before is not None and title == _title(before):
        title = before.title
    elif title in (default_title(body, body_name), default_title(body, body_name, event.day)):
        title = ""
    chair = event.chair if event.chair is not None else (before.chair if before else "")
    status = event.status or (before.status if before else MeetingStatus.DRAFT)
    meeting = MeetingDTO(
        id=event.meeting_id,
        body=body,
        day=event.day,
        body_name=body_name,
        title=title,
        start_time=event.start,
        end_time=event.end,
        location=event.location,
        chair=chair,
        status=status,
        version=before.version if before else 0,
    )
    for name, limit in _LIMITS.items():
        value = getattr(meeting, name)
        if len(value) > limit:
            meeting = replace(meeting, **{name: value[: limit - 1] + "…"})
            words = tr(dict(_FIELDS)[name])
            notes.append(tr("{field} cut to {limit} characters").format(field=words, limit=limit))
    return meeting
