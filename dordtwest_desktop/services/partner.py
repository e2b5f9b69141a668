"""A partner overview (partneroverzicht): what one organisation of the alliance has to do.

The export use case's first half for `export partner --org NAME`; the PDF
(export.partner) only draws the `PartnerData` built here. An organisation's
people are the persons linked to it; a free-text field (an action's owner, an
agenda item's presenter, an initiative's responsible) belongs to it when it
names the organisation or one of its people by the rule of `domain.names`: the
whole name, word for word, case and accents aside ("Politie" alone does not name
"Politie Zuid-Holland-Zuid"; "Rijkswaterstaat" does not name "Rijk"). The
organisation model has no abbreviation to match as well. Its attendance is that
of the last Alliantie meetings held that its people were invited to.
Confidential agenda items, their decisions and the actions linked to them are
only read when the overview is for the partner's own eyes
(`include_confidential`); otherwise only how many were left out is kept. Remarks
are never read.

The databases select the rows: each free-text column's distinct values are
matched by the rule in Python, then only the matching rows are read, joined to
their meeting and agenda item; a fixed number of statements whatever the
programme's size (tests/services/test_partner.py counts them).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    Body,
    InitiativeStatus,
    Outcome,
)
from dordtwest_desktop.domain.errors import NotFoundError, ValidationError
from dordtwest_desktop.domain.names import NameMatcher
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store

__all__ = [
    "ATTENDANCE_MEETINGS",
    "PartnerAction",
    "PartnerAttendance",
    "PartnerData",
    "PartnerDecision",
    "PartnerInitiative",
    "PartnerItem",
    "partner_data",
    "partner_file_name",
    "resolve_organisation",
]

ATTENDANCE_MEETINGS = 6  # "the last meetings": the six most recent its people were invited to


@dataclass(frozen=True)
class PartnerAction:
    description: str
    owner: str
    due: PreciseDate | None
    overdue: bool
    meeting_day: date | None
    item_title: str
    confidential: bool


@dataclass(frozen=True)
class PartnerItem:
    """An agenda item its people present in a coming meeting."""

    day: date
    meeting_title: str
    title: str
    presenter: str
    confidential: bool


@dataclass(frozen=True)
class PartnerDecision:
    """A decision that gave the organisation work: the actions linked to its agenda item."""

    day: date
    item_title: str
    text: str
    outcome: Outcome
    actions: tuple[str, ...]
    confidential: bool


@dataclass(frozen=True)
class PartnerAttendance:
    day: date
    meeting_title: str
    present: tuple[str, ...]
    absent: tuple[str, ...]


@dataclass(frozen=True)
class PartnerInitiative:
    name: str
    status: InitiativeStatus
    responsible: str


@dataclass(frozen=True)
class PartnerData:
    organisation: str
    people: tuple[str, ...]
    today: date
    include_confidential: bool
    actions: tuple[PartnerAction, ...]  # open ones, overdue first
    coming_items: tuple[PartnerItem, ...]
    decisions: tuple[PartnerDecision, ...]
    attendance: tuple[PartnerAttendance, ...]  # most recent first
    initiatives: tuple[PartnerInitiative, ...]
    left_out_confidential: int  # items, decisions and actions not shown
    author: str = ""

    @property
    def overdue(self) -> int:
        return sum(a.overdue for a in self.actions)

    @property
    def is_empty(self) -> bool:
        return not (
            self.actions
            or self.coming_items
            or self.decisions
            or self.attendance
            or self.initiatives
        )


def resolve_organisation(store: Store, text: str) -> tuple[uuid.UUID, str]:
    """The organisation with this name (any case), unique part of a name, UUID or prefix."""
    typed = " ".join(text.split())
    wanted = typed.casefold()
    # Echoed on one line and cut: the answer stays one sentence whatever was typed.
    shown = typed if len(typed) <= 80 else typed[:79] + "…"
    if not wanted:
        raise ValidationError(tr("Give the organisation with --org NAME."), field="org")
    with store.read() as session:
        rows = [(o.id, o.name) for o in session.scalars(select(m.Organisation))]
    for finders in (
        lambda i, n: n.casefold() == wanted or str(i) == wanted,
        lambda i, n: str(i).startswith(wanted) or i.hex.startswith(wanted),
        lambda i, n: wanted in n.casefold(),
    ):
        found = [(i, n) for i, n in rows if finders(i, n)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(sorted(n for _, n in found))
            raise ValidationError(
                tr("'{org}' fits several organisations ({names}); give the full name.").format(
                    org=shown, names=names
                ),
                field="org",
            )
    raise NotFoundError(tr("No organisation is called '{org}'.").format(org=shown))


# Bound parameters per IN list: far below SQLite's (32,766) and PostgreSQL's (65,535)
# limits, so a programme with thousands of differently typed owners still reads.
_IN_CHUNK = 2000


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


def _named(
    session: Session, column: Any, named: NameMatcher, *where: ColumnElement[bool]
) -> list[str]:
    """The distinct values of a free-text column that name the organisation or its people.

    The name rule (domain.names) folds accents and case and compares whole words,
    which neither database's LIKE does alike; the databases return each distinct
    text once, the rule picks, and the rows are then read by exact value.
    """
    texts = session.scalars(select(column).where(column != "", *where).distinct())
    return sorted(t for t in texts if named(t))


def partner_data(
    store: Store,
    organisation: str | uuid.UUID,
    *,
    include_confidential: bool = False,
    today: date | None = None,
    author: str = "",
) -> PartnerData:
    """Read everything the overview of one organisation shows, in one read."""
    today = today or date.today()
    org_id, org_name = resolve_organisation(store, str(organisation))
    with store.read() as session:
        people = {
            row.id: row.name
            for row in session.execute(
                select(m.Person.id, m.Person.name).where(m.Person.organisation_id == org_id)
            )
        }
        named = NameMatcher([org_name, *people.values()])
        read = _Read(session, named, today, include_confidential)
        actions, decisions = read.actions_and_decisions()
        coming = read.coming_items()
        attendance = _attendance(session, org_id, today)
        initiatives = read.initiatives()
    return PartnerData(
        organisation=org_name,
        people=tuple(sorted(people.values())),
        today=today,
        include_confidential=include_confidential,
        actions=actions,
        coming_items=coming,
        decisions=decisions,
        attendance=attendance,
        initiatives=initiatives,
        left_out_confidential=read.left_out,
        author=author,
    )


class _Read:
    """The parts found by name, read narrow: only the matching rows, only shown columns."""

    def __init__(
        self, session: Session, named: NameMatcher, today: date, include_confidential: bool
    ) -> None:
        self.session = session
        self.named = named
        self.today = today
        self.include_confidential = include_confidential
        self.left_out = 0  # confidential items, decisions and actions not shown

    def actions_and_decisions(
        self,
    ) -> tuple[tuple[PartnerAction, ...], tuple[PartnerDecision, ...]]:
        """Its open actions, and the decisions on items where it got actions (done ones too)."""
        live = m.Action.status != ActionStatus.CANCELLED
        owners = _named(self.session, m.Action.owner, self.named, live)
        actions: list[PartnerAction] = []
        decisions: dict[uuid.UUID, Any] = {}  # rows of _DECISIONS by item
        work: dict[uuid.UUID, list[str]] = {}
        for chunk in _chunks(owners):
            theirs = (live, m.Action.owner.in_(chunk))
            for row in self.session.execute(_ACTIONS.where(*theirs)):
                if row.item_id is not None:
                    work.setdefault(row.item_id, []).append(row.description)
                if row.status is ActionStatus.OPEN:
                    actions += self._action(row)
            worked_on = select(m.Action.item_id).where(*theirs)
            query = _DECISIONS.where(m.Decision.item_id.in_(worked_on))
            decisions.update((d.item_id, d) for d in self.session.execute(query))
        # Overdue first, then by due date (none last); ties by what is to be done.
        actions.sort(
            key=lambda a: (
                not a.overdue,
                a.due is None,
                a.due.sort_key() if a.due else (),
                a.description,
            )
        )
        return tuple(actions), self._decisions(decisions, work)

    def _decisions(
        self, decisions: dict[uuid.UUID, Any], work: dict[uuid.UUID, list[str]]
    ) -> tuple[PartnerDecision, ...]:
        gave = []
        for item_id, row in decisions.items():
            if row.confidential and not self.include_confidential:
                self.left_out += 1
                continue
            gave.append(
                PartnerDecision(
                    day=row.day,
                    item_title=row.title,
                    text=row.text,
                    outcome=row.outcome,
                    actions=tuple(sorted(work[item_id])),
                    confidential=row.confidential,
                )
            )
        gave.sort(key=lambda d: (d.day, d.item_title), reverse=True)
        return tuple(gave)

    def _action(self, row: Any) -> list[PartnerAction]:
        confidential = bool(row.confidential)
        if confidential and not self.include_confidential:
            self.left_out += 1
            return []
        return [
            PartnerAction(
                description=row.description,
                owner=row.owner,
                due=row.due,
                overdue=row.due is not None and row.due.is_past(self.today),
                meeting_day=row.day,
                item_title=row.title or "",
                confidential=confidential,
            )
        ]

    def coming_items(self) -> tuple[PartnerItem, ...]:
        """The agenda items of meetings from today on that it presents."""
        coming = m.Meeting.day >= self.today
        presenters = _named(
            self.session,
            m.AgendaItem.presenter,
            self.named,
            m.AgendaItem.meeting_id.in_(select(m.Meeting.id).where(coming)),
        )
        found: list[PartnerItem] = []
        for chunk in _chunks(presenters):
            query = _ITEMS.where(coming, m.AgendaItem.presenter.in_(chunk))
            for row in self.session.execute(query):
                if row.confidential and not self.include_confidential:
                    self.left_out += 1
                    continue
                found.append(PartnerItem(*row))
        found.sort(key=lambda x: (x.day, x.title))
        return tuple(found)

    def initiatives(self) -> tuple[PartnerInitiative, ...]:
        responsible = _named(self.session, m.Initiative.responsible, self.named)
        found: list[tuple[int, PartnerInitiative]] = []
        for chunk in _chunks(responsible):
            query = _INITIATIVES.where(m.Initiative.responsible.in_(chunk))
            found += [
                (r.position, PartnerInitiative(r.name, r.status, r.responsible))
                for r in self.session.execute(query)
            ]
        return tuple(i for _, i in sorted(found, key=lambda x: x[0]))


# The action's own meeting gives its date; its agenda item the title and the secrecy.
_ACTIONS = (
    select(
        m.Action.description,
        m.Action.owner,
        m.Action.due,
        m.Action.status,
        m.Action.item_id,
        m.Meeting.day,
        m.AgendaItem.title,
        m.AgendaItem.confidential,
    )
    .outerjoin(m.Meeting, m.Meeting.id == m.Action.meeting_id)
    .outerjoin(m.AgendaItem, m.AgendaItem.id == m.Action.item_id)
    .order_by(m.Action.created_at, m.Action.id)
)
_DECISIONS = (
    select(
        m.Decision.item_id,
        m.Decision.text,
        m.Decision.outcome,
        m.AgendaItem.title,
        m.AgendaItem.confidential,
        m.Meeting.day,
    )
    .join(m.AgendaItem, m.AgendaItem.id == m.Decision.item_id)
    .join(m.Meeting, m.Meeting.id == m.AgendaItem.meeting_id)
)
_ITEMS = (
    select(
        m.Meeting.day,
        m.Meeting.title,
        m.AgendaItem.title,
        m.AgendaItem.presenter,
        m.AgendaItem.confidential,
    )
    .join_from(m.AgendaItem, m.Meeting, m.Meeting.id == m.AgendaItem.meeting_id)
    .order_by(m.Meeting.day, m.Meeting.id, m.AgendaItem.position)
)
_INITIATIVES = select(
    m.Initiative.position, m.Initiative.name, m.Initiative.status, m.Initiative.responsible
)


def _attendance(session: Session, org_id: uuid.UUID, today: date) -> tuple[PartnerAttendance, ...]:
    """Who of its people was present at, or absent from, the last Alliantie meetings held.

    "The last meetings" are the Alliantie's (the alliance's own; council and executive
    meetings are not its partners' to attend) up to today, of which one of its
    people is on the attendee list: the people invited, present or excused.
    """
    invited = m.Attendee.person_id.in_(
        select(m.Person.id).where(m.Person.organisation_id == org_id)
    )
    recent = (
        select(m.Meeting.id)
        .join(m.Attendee, m.Attendee.meeting_id == m.Meeting.id)
        .where(invited, m.Meeting.body == Body.ALLIANCE, m.Meeting.day <= today)
        .group_by(m.Meeting.id, m.Meeting.day, m.Meeting.start_time)
        .order_by(m.Meeting.day.desc(), m.Meeting.start_time.desc().nulls_last(), m.Meeting.id)
        .limit(ATTENDANCE_MEETINGS)
    )
    rows = session.execute(
        select(
            m.Meeting.id,
            m.Meeting.day,
            m.Meeting.start_time,
            m.Meeting.title,
            m.Person.name,
            m.Attendee.attendance,
        )
        .join(m.Attendee, m.Attendee.meeting_id == m.Meeting.id)
        .join(m.Person, m.Person.id == m.Attendee.person_id)
        .where(invited, m.Meeting.id.in_(recent))
    )
    meetings: dict[uuid.UUID, tuple[date, time | None, str, list[str], list[str]]] = {}
    for row in rows:
        line = meetings.setdefault(row.id, (row.day, row.start_time, row.title, [], []))
        (line[3] if row.attendance is Attendance.PRESENT else line[4]).append(row.name)
    order = sorted(
        meetings.values(),
        key=lambda x: (x[0], x[1] is not None, x[1] or time.min),
        reverse=True,
    )
    return tuple(
        PartnerAttendance(day, title, tuple(sorted(present)), tuple(sorted(absent)))
        for day, _, title, present, absent in order
    )


def partner_file_name(data: PartnerData) -> str:
    """ "partneroverzicht-woonkracht10-2026-12-02.pdf", "…-vertrouwelijk.pdf"."""
    slug = "".join(c if c.isalnum() else "-" for c in data.organisation.casefold())
    slug = "-".join(w for w in slug.split("-") if w)[:60] or "organisatie"
    words = [tr("partner-overview", context="filename"), slug, data.today.isoformat()]
    if data.include_confidential:
        words.append(tr("confidential", context="filename"))
    return "-".join(words) + ".pdf"
