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

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.enums import Body, Direction
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.meeting_title import meeting_title
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.common import no_collection
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
    with no_collection(), store.read() as session:
        programme = session.scalar(select(m.Programme.name).limit(1)) or ""
        sheets = (
            _actions(session, public),
            _milestones(session),
            _funding(session),
            _decisions(session, public),
            _attendance(session),
            _indicators(session),
        )
    return WorkbookData(
        programme=programme,
        exported_at=(now or datetime.now()).replace(microsecond=0),
        sheets=sheets,
        public=public,
    )


class _Words:
    """Each enum value's and meeting's words, made once: tens of thousands of rows share them."""

    def __init__(self) -> None:
        self._labels: dict[Any, str] = {}
        self._meetings: dict[tuple[Any, ...], str] = {}

    def label(self, value: Any) -> str:
        if value is None:
            return ""
        found = self._labels.get(value)
        if found is None:
            found = self._labels[value] = label(value)
        return found

    def meeting(self, title: str | None, body: Body | None, body_name: str | None) -> str:
        if body is None:  # no meeting (an outer join found none)
            return ""
        key = (title, body, body_name)
        found = self._meetings.get(key)
        if found is None:
            found = self._meetings[key] = meeting_title(title or "", body, body_name or "")
        return found

    def body(self, body: Body | None, body_name: str | None) -> str:
        if body is Body.OTHER and body_name:
            return body_name
        return self.label(body)


def _actions(session: Session, public: bool) -> Sheet:
    # Joined in SQL: the meeting's words and the item's confidentiality come with each
    # action, without turning 60,000 foreign keys into UUIDs to look them up.
    query = (
        select(
            m.Action.due,
            m.Action.description,
            m.Action.owner,
            m.Action.status,
            m.Meeting.title,
            m.Meeting.body,
            m.Meeting.body_name,
            m.Meeting.day,
        )
        .outerjoin(m.Meeting, m.Meeting.id == m.Action.meeting_id)
        .outerjoin(m.AgendaItem, m.AgendaItem.id == m.Action.item_id)
    )
    if public:
        # The one rule of a public export: nothing of a confidential agenda item.
        query = query.where(m.AgendaItem.confidential.is_not(True))
    words = _Words()
    rows = [
        (
            a.due,
            a.description,
            a.owner,
            words.label(a.status),
            words.meeting(a.title, a.body, a.body_name),
            a.day,
        )
        for a in session.execute(query)
    ]
    # By due date, those without one last: the order of the action list.
    rows.sort(key=lambda r: (r[0] is None, r[0].sort_key() if r[0] else _NO_DATE, r[1]))
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
        ),
        rows,
    )


_NO_DATE = (date.max, date.max)


def _milestones(session: Session) -> Sheet:
    query = select(
        m.Milestone.due,
        m.Milestone.title,
        m.Milestone.status,
        m.Milestone.body,
        m.Initiative.name,
    ).outerjoin(m.Initiative, m.Initiative.id == m.Milestone.initiative_id)
    words = _Words()
    rows = [
        (x.due, x.title, words.label(x.status), words.label(x.body), x.name or "")
        for x in session.execute(query)
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


def _funding(session: Session) -> Sheet:
    f = m.FundingLine
    query = (
        select(
            m.Initiative.name,
            f.scheme,
            f.funder,
            f.status,
            f.requested_cents,
            f.granted_cents,
            f.decision_date,
            f.decision_number,
            f.period_start,
            f.period_end,
            f.reporting_deadline,
        )
        .join(m.Initiative, m.Initiative.id == f.initiative_id)
        .order_by(m.Initiative.position, m.Initiative.name, f.position)
    )
    words = _Words()
    rows = [(*r[:3], words.label(r[3]), *r[4:]) for r in session.execute(query)]
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


def _decisions(session: Session, public: bool) -> Sheet:
    # An item's number is its place on its meeting's agenda, as the agenda shows it.
    numbered = select(
        m.AgendaItem.id,
        func.row_number()
        .over(partition_by=m.AgendaItem.meeting_id, order_by=m.AgendaItem.position)
        .label("number"),
    ).subquery()
    query = (
        select(
            m.Meeting.day,
            m.Meeting.body,
            m.Meeting.body_name,
            m.Meeting.title,
            numbered.c.number.label("position"),
            m.AgendaItem.title.label("item"),
            m.Decision.text,
            m.Decision.outcome,
            m.AgendaItem.confidential,
        )
        .join(m.AgendaItem, m.AgendaItem.id == m.Decision.item_id)
        .join(numbered, numbered.c.id == m.AgendaItem.id)
        .join(m.Meeting, m.Meeting.id == m.AgendaItem.meeting_id)
        .order_by(m.Meeting.day, m.AgendaItem.position)
    )
    if public:
        query = query.where(m.AgendaItem.confidential.is_not(True))
    words = _Words()
    rows = []
    for d in session.execute(query):
        row: tuple[Any, ...] = (
            d.day,
            words.body(d.body, d.body_name),
            words.meeting(d.title, d.body, d.body_name),
            d.position,
            d.item,
            d.text,
            words.label(d.outcome),
        )
        if not public:
            row += (tr("yes") if d.confidential else "",)
        rows.append(row)
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


def _attendance(session: Session) -> Sheet:
    query = (
        select(
            m.Meeting.day,
            m.Meeting.body,
            m.Meeting.body_name,
            m.Person.name,
            m.Organisation.name.label("organisation"),
            m.Attendee.role,
            m.Attendee.attendance,
        )
        .join(m.Meeting, m.Meeting.id == m.Attendee.meeting_id)
        .join(m.Person, m.Person.id == m.Attendee.person_id)
        .outerjoin(m.Organisation, m.Organisation.id == m.Person.organisation_id)
        .order_by(m.Meeting.day, m.Meeting.body, m.Attendee.position, m.Person.name)
    )
    words = _Words()
    rows = [
        (
            a.day,
            words.body(a.body, a.body_name),
            a.name,
            a.organisation or "",
            words.label(a.role),
            words.label(a.attendance),
        )
        for a in session.execute(query)
    ]
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
        rows,
    )


# The words of the import's `richting` column, so that this sheet imports back.
_DIRECTION_WORDS = {Direction.HIGHER_IS_BETTER: "hoger", Direction.LOWER_IS_BETTER: "lager"}


def _indicators(session: Session) -> Sheet:
    """One row per indicator and year, in the columns of the indicator import."""
    query = (
        select(
            m.Indicator.name,
            m.IndicatorValue.year,
            m.IndicatorValue.dordt_west,
            m.IndicatorValue.dordrecht,
            m.IndicatorValue.netherlands,
            m.Indicator.direction,
        )
        .join(m.Indicator, m.Indicator.id == m.IndicatorValue.indicator_id)
        .order_by(m.Indicator.position, m.Indicator.name, m.IndicatorValue.year)
    )
    rows = [(*r[:5], _DIRECTION_WORDS.get(r[5], "")) for r in session.execute(query)]
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
        rows,
    )
