"""What the spreadsheet export holds (`export xlsx`): plain typed tables, read in one go.

A `Sheet` is columns with a kind (text, date, amount, vague date…) and rows of
plain values; export.workbook writes them as typed cells. The same shape carries a
list view's rows (ui/views/base.py) to the same writer. The rules of what may
leave the machine sit here, before any writer sees a row: with `public`, nothing
of a confidential agenda item (its decision, the actions that arose from it).

Lists are read as plain rows (no ORM objects): the scale of benchmarks/ (30,000
actions, 20,000 milestones) must be written within seconds.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from dordtwest_desktop.domain.enums import Body, Direction
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.meeting_title import meeting_title
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store


class CellKind(StrEnum):
    """How a column's values are written: each its own cell type and number format."""

    TEXT = "text"  # str
    DATE = "date"  # datetime.date
    DATETIME = "datetime"  # datetime.datetime (naive, local time)
    MONEY = "money"  # int cents, written as euros
    NUMBER = "number"  # float
    INTEGER = "integer"  # int
    VAGUE_DATE = "vague_date"  # PreciseDate: its words, plus a column with its first day


@dataclass(frozen=True)
class SheetColumn:
    header: str
    kind: CellKind = CellKind.TEXT


@dataclass(frozen=True)
class Sheet:
    """One worksheet: `key` names its Excel table (ASCII, no spaces); `name` is its tab."""

    key: str
    name: str
    columns: tuple[SheetColumn, ...]
    rows: Sequence[Sequence[Any]]


@dataclass(frozen=True)
class WorkbookData:
    programme: str
    exported_at: datetime
    sheets: tuple[Sheet, ...]
    public: bool = False


def _columns(*pairs: tuple[str, CellKind]) -> tuple[SheetColumn, ...]:
    return tuple(SheetColumn(header, kind) for header, kind in pairs)


T, D, DT, EUR, NUM, INT, VAGUE = (
    CellKind.TEXT,
    CellKind.DATE,
    CellKind.DATETIME,
    CellKind.MONEY,
    CellKind.NUMBER,
    CellKind.INTEGER,
    CellKind.VAGUE_DATE,
)


def workbook_data(
    store: Store, *, public: bool = False, now: datetime | None = None
) -> WorkbookData:
    """Every sheet of the workbook, read in one transaction."""
    with store.read() as session:
        programme = session.scalar(select(m.Programme.name).limit(1)) or ""
        meetings = {
            row.id: row
            for row in session.execute(
                select(
                    m.Meeting.id,
                    m.Meeting.day,
                    m.Meeting.body,
                    m.Meeting.body_name,
                    m.Meeting.title,
                )
            )
        }
        items = {
            row.id: row
            for row in session.execute(
                select(
                    m.AgendaItem.id,
                    m.AgendaItem.meeting_id,
                    m.AgendaItem.position,
                    m.AgendaItem.title,
                    m.AgendaItem.confidential,
                )
            )
        }
        # The one rule of a public export: nothing of a confidential agenda item.
        secret = {i for i, row in items.items() if row.confidential} if public else set()
        initiatives = dict(
            session.execute(select(m.Initiative.id, m.Initiative.name)).tuples().all()
        )
        sheets = (
            _actions(session, meetings, secret),
            _milestones(session, initiatives),
            _funding(session, initiatives),
            _decisions(session, meetings, items, secret, public),
            _attendance(session, meetings),
            _indicators(session),
        )
    return WorkbookData(
        programme=programme,
        exported_at=(now or datetime.now()).replace(microsecond=0),
        sheets=sheets,
        public=public,
    )


def _meeting_name(row: Any) -> str:
    return meeting_title(row.title, row.body, row.body_name) if row is not None else ""


def _body(row: Any) -> str:
    if row.body is Body.OTHER and row.body_name:
        return str(row.body_name)
    return label(row.body)


def _actions(session: Any, meetings: dict[uuid.UUID, Any], secret: set[uuid.UUID]) -> Sheet:
    found = session.execute(
        select(
            m.Action.description,
            m.Action.owner,
            m.Action.due,
            m.Action.status,
            m.Action.meeting_id,
            m.Action.item_id,
            m.Action.created_at,
        )
    )
    labels: dict[Any, str] = {}  # an enum's word, looked up once per value
    rows = []
    for a in found:
        if a.item_id in secret:
            continue
        meeting = meetings.get(a.meeting_id)
        status = labels.get(a.status) or labels.setdefault(a.status, label(a.status))
        rows.append(
            (
                a.due,
                a.description,
                a.owner,
                status,
                _meeting_name(meeting),
                meeting.day if meeting is not None else None,
                a.created_at,
            )
        )
    # Open first, then by due date: the order of the action list.
    rows.sort(key=lambda r: (r[0] is None, r[0].sort_key() if r[0] else (date.max,), r[1]))
    return Sheet(
        "Actions",
        tr("Actions"),
        _columns(
            (tr("Due"), VAGUE),
            (tr("Action"), T),
            (tr("Owner"), T),
            (tr("Status"), T),
            (tr("Meeting"), T),
            (tr("Meeting date"), D),
            (tr("Recorded"), DT),
        ),
        rows,
    )


def _milestones(session: Any, initiatives: dict[uuid.UUID, str]) -> Sheet:
    found = session.execute(
        select(
            m.Milestone.due,
            m.Milestone.title,
            m.Milestone.status,
            m.Milestone.body,
            m.Milestone.initiative_id,
        )
    )
    labels: dict[Any, str] = {}
    rows = [
        (
            x.due,
            x.title,
            labels.get(x.status) or labels.setdefault(x.status, label(x.status)),
            (labels.get(x.body) or labels.setdefault(x.body, label(x.body))) if x.body else "",
            initiatives.get(x.initiative_id, ""),
        )
        for x in found
    ]
    rows.sort(key=lambda r: (r[0].sort_key(), r[1]))
    return Sheet(
        "Milestones",
        tr("Milestones"),
        _columns(
            (tr("Date"), VAGUE),
            (tr("Milestone"), T),
            (tr("Status"), T),
            (tr("Decided by"), T),
            (tr("Initiative"), T),
        ),
        rows,
    )


def _funding(session: Any, initiatives: dict[uuid.UUID, str]) -> Sheet:
    order = {
        row.id: (row.position, row.name)
        for row in session.execute(
            select(m.Initiative.id, m.Initiative.position, m.Initiative.name)
        )
    }
    found = sorted(
        session.execute(select(*m.FundingLine.__table__.c)),
        key=lambda f: (order.get(f.initiative_id, (0, "")), f.position),
    )
    rows = [
        (
            initiatives.get(f.initiative_id, ""),
            f.scheme,
            f.funder,
            label(f.status),
            f.requested_cents,
            f.granted_cents,
            f.decision_date,
            f.decision_number,
            f.period_start,
            f.period_end,
            f.reporting_deadline,
        )
        for f in found
    ]
    return Sheet(
        "Funding",
        tr("Funding"),
        _columns(
            (tr("Initiative"), T),
            (tr("Scheme"), T),
            (tr("Funder"), T),
            (tr("Status"), T),
            (tr("Requested"), EUR),
            (tr("Granted"), EUR),
            (tr("Decision date"), VAGUE),
            (tr("Decision number"), T),
            (tr("Period from"), VAGUE),
            (tr("Period until"), VAGUE),
            (tr("Report due"), VAGUE),
        ),
        rows,
    )


def _decisions(
    session: Any,
    meetings: dict[uuid.UUID, Any],
    items: dict[uuid.UUID, Any],
    secret: set[uuid.UUID],
    public: bool,
) -> Sheet:
    found = session.execute(select(m.Decision.item_id, m.Decision.text, m.Decision.outcome))
    rows = []
    for d in found:
        item = items.get(d.item_id)
        if item is None or d.item_id in secret:
            continue
        meeting = meetings.get(item.meeting_id)
        row: tuple[Any, ...] = (
            meeting.day if meeting is not None else None,
            _body(meeting) if meeting is not None else "",
            _meeting_name(meeting),
            item.position,
            item.title,
            d.text,
            label(d.outcome),
        )
        if not public:
            row += (tr("yes") if item.confidential else "",)
        rows.append(row)
    rows.sort(key=lambda r: (r[0] or date.min, r[1], r[3]))
    columns = _columns(
        (tr("Meeting date"), D),
        (tr("Body"), T),
        (tr("Meeting"), T),
        (tr("No."), INT),
        (tr("Agenda item"), T),
        (tr("Decision"), T),
        (tr("Outcome"), T),
    )
    if not public:
        columns += _columns((tr("Confidential"), T))
    return Sheet("Decisions", tr("Decisions"), columns, rows)


def _attendance(session: Any, meetings: dict[uuid.UUID, Any]) -> Sheet:
    organisations = dict(
        session.execute(select(m.Organisation.id, m.Organisation.name)).tuples().all()
    )
    people = {
        row.id: (row.name, organisations.get(row.organisation_id, ""))
        for row in session.execute(select(m.Person.id, m.Person.name, m.Person.organisation_id))
    }
    found = session.execute(
        select(
            m.Attendee.meeting_id,
            m.Attendee.person_id,
            m.Attendee.role,
            m.Attendee.attendance,
            m.Attendee.position,
        )
    )
    rows = []
    for a in found:
        meeting = meetings.get(a.meeting_id)
        if meeting is None:
            continue
        name, organisation = people.get(a.person_id, ("", ""))
        rows.append(
            (
                meeting.day,
                _body(meeting),
                name,
                organisation,
                label(a.role),
                label(a.attendance),
                a.position,
            )
        )
    rows.sort(key=lambda r: (r[0], r[1], r[6], r[2]))
    return Sheet(
        "Attendance",
        tr("Attendance"),
        _columns(
            (tr("Meeting date"), D),
            (tr("Body"), T),
            (tr("Name"), T),
            (tr("Organisation"), T),
            (tr("Role"), T),
            (tr("Attendance"), T),
        ),
        [r[:6] for r in rows],
    )


# The words of the import's `richting` column, so that this sheet imports back.
_DIRECTION_WORDS = {Direction.HIGHER_IS_BETTER: "hoger", Direction.LOWER_IS_BETTER: "lager"}


def _indicators(session: Any) -> Sheet:
    """One row per indicator and year, in the columns of the indicator import."""
    indicators = {
        row.id: row
        for row in session.execute(
            select(m.Indicator.id, m.Indicator.name, m.Indicator.direction, m.Indicator.position)
        )
    }
    found = session.execute(
        select(
            m.IndicatorValue.indicator_id,
            m.IndicatorValue.year,
            m.IndicatorValue.dordt_west,
            m.IndicatorValue.dordrecht,
            m.IndicatorValue.netherlands,
        )
    )
    rows = []
    for v in found:
        indicator = indicators[v.indicator_id]
        rows.append(
            (
                indicator.position,
                indicator.name,
                v.year,
                v.dordt_west,
                v.dordrecht,
                v.netherlands,
                _DIRECTION_WORDS.get(indicator.direction, ""),
            )
        )
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    return Sheet(
        "Indicators",
        tr("Indicators"),
        # The headers read, folded, as the import's: indicator;jaar;dordt_west;…
        _columns(
            (tr("Indicator"), T),
            (tr("Year"), INT),
            ("Dordt West", NUM),
            ("Dordrecht", NUM),
            (tr("Netherlands"), NUM),
            (tr("Direction"), T),
        ),
        [r[1:] for r in rows],
    )
