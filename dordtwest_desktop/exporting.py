"""The export use case end to end, for the command line and tests: prepare, then draw.

The GUI runs the same two steps apart: `prepare_document` on the GUI thread (a
quick read), `write_document` on a pool thread with a progress dialog.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from dordtwest_desktop.export import write_document
from dordtwest_desktop.services.documents import Cancelled, Progress, prepare_document
from dordtwest_desktop.services.storage import Store


def export_document(
    store: Store,
    what: str,
    *,
    out: Path,
    meeting: str | uuid.UUID | None = None,
    draft: bool = False,
    public: bool = False,
    fillable: bool = False,
    author: str = "",
    period: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Export one of the PDF documents; nothing is written when it fails."""
    prepared = prepare_document(
        store,
        what,
        meeting=meeting,
        draft=draft,
        public=public,
        fillable=fillable,
        author=author,
        period=period,
    )
    return write_document(prepared, out, progress=progress, cancelled=cancelled)


def export_ori(
    store: Store,
    meeting: str | uuid.UUID | None,
    out: Path,
    *,
    author: str = "",
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """The public part of a meeting for the council information system, into folder `out`.

    `out` must be new, empty or an earlier ORI export (replaced whole); nothing is
    written when it fails, is cancelled or is refused.
    """
    from dordtwest_desktop.export.ori import is_earlier_export, write_ori_folder
    from dordtwest_desktop.folders import check_folder
    from dordtwest_desktop.services.ori import prepare_ori

    check_folder(out, is_earlier_export)  # before the read: refuse without waiting
    prepared = prepare_ori(store, meeting, author=author, today=today)
    return write_ori_folder(prepared, out, progress=progress, cancelled=cancelled)


def export_calendar(
    store: Store, out: Path, *, meeting: str | uuid.UUID | None = None, all_meetings: bool = False
) -> str:
    """`export ics`: one meeting or all of them as an .ics file; the summary line.

    Meetings whose start time is not known yet are written as all-day events on
    their day (not left out: the day is known and belongs in people's calendars).
    """
    from dordtwest_desktop.domain.errors import ValidationError
    from dordtwest_desktop.export.ics import write_calendar
    from dordtwest_desktop.i18n import tr, trn
    from dordtwest_desktop.services.calendar import CalendarService
    from dordtwest_desktop.services.meetings import MeetingService

    if (meeting is None) == (not all_meetings):
        raise ValidationError(tr("Give either --meeting ID or --all."), field="meeting")
    ident = None
    if meeting is not None:
        ident = (
            meeting if isinstance(meeting, uuid.UUID) else MeetingService(store).resolve(meeting)
        )
    data = CalendarService(store).calendar(ident)
    path = write_calendar(data, out)
    lines = [trn("%n meeting(s) written to {path}.", len(data.events)).format(path=path)]
    if data.all_day:
        lines.append(
            trn("%n meeting(s) without a start time written as all-day event(s).", data.all_day)
        )
    return "\n".join(lines)


def export_workbook(
    store: Store,
    *,
    out: Path,
    public: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """The spreadsheet of actions, milestones, funding, decisions, attendance and indicators."""
    from dordtwest_desktop.export.workbook import write_workbook
    from dordtwest_desktop.services.workbook import workbook_data

    data = workbook_data(store, public=public)
    return write_workbook(data, out, progress=progress, cancelled=cancelled)
