"""A partner overview (partneroverzicht): what one organisation of the alliance has to do.

The export use case's first half for `export partner --org NAME`; the PDF
(export.partner) only draws the `PartnerData` built here. An organisation's
people are the persons linked to it; free-text fields (an action's owner, an
agenda item's presenter, an initiative's responsible) belong to it when they
name one of its people or contain the organisation's own name. Confidential
agenda items, their decisions and the actions linked to them are only read when
the overview is for the partner's own eyes (`include_confidential`); otherwise
only how many were left out is kept. Remarks are never read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import ActionStatus, Attendance, InitiativeStatus, Outcome
from dordtwest_desktop.domain.errors import NotFoundError, ValidationError
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


class _Belongs:
    """Whether a free-text name (owner, presenter, responsible) points at the organisation."""

    def __init__(self, name: str, people: list[str]) -> None:
        self._name = name.casefold()
        self._people = {p.casefold().strip() for p in people if p.strip()}

    def __call__(self, text: str) -> bool:
        folded = text.casefold().strip()
        return bool(folded) and (folded in self._people or self._name in folded)


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
            p.id: p.name
            for p in session.scalars(select(m.Person).where(m.Person.organisation_id == org_id))
        }
        belongs = _Belongs(org_name, list(people.values()))
        meetings = {x.id: x for x in session.scalars(select(m.Meeting))}
        items = {x.id: x for x in session.scalars(select(m.AgendaItem))}
        decisions = {x.item_id: x for x in session.scalars(select(m.Decision))}
        own_actions = [
            a
            for a in session.scalars(select(m.Action))
            if a.status is not ActionStatus.CANCELLED and belongs(a.owner)
        ]
        attendees = list(
            session.scalars(select(m.Attendee).where(m.Attendee.person_id.in_(list(people))))
            if people
            else ()
        )
        initiatives = [
            PartnerInitiative(i.name, i.status, i.responsible)
            for i in session.scalars(select(m.Initiative).order_by(m.Initiative.position))
            if org_name.casefold() in i.responsible.casefold()
        ]
        # Still in the read: the rows are only valid while their session is open.
        left_out = 0

        def secret(item_id: uuid.UUID | None) -> bool:
            item = items.get(item_id) if item_id else None
            return bool(item is not None and item.confidential)

        def day_of(meeting_id: uuid.UUID | None) -> date | None:
            meeting = meetings.get(meeting_id) if meeting_id else None
            return meeting.day if meeting else None

        actions: list[PartnerAction] = []
        for action in own_actions:
            if secret(action.item_id) and not include_confidential:
                left_out += action.status is ActionStatus.OPEN
                continue
            if action.status is not ActionStatus.OPEN:
                continue
            item = items.get(action.item_id) if action.item_id else None
            actions.append(
                PartnerAction(
                    description=action.description,
                    owner=action.owner,
                    due=action.due,
                    overdue=action.due is not None and action.due.is_past(today),
                    meeting_day=day_of(action.meeting_id),
                    item_title=item.title if item else "",
                    confidential=secret(action.item_id),
                )
            )
        actions.sort(
            key=lambda a: (not a.overdue, a.due is None, a.due.sort_key() if a.due else ())
        )

        coming: list[PartnerItem] = []
        for item in items.values():
            meeting = meetings.get(item.meeting_id)
            if meeting is None or meeting.day < today or not belongs(item.presenter):
                continue
            if item.confidential and not include_confidential:
                left_out += 1
                continue
            coming.append(
                PartnerItem(
                    meeting.day, meeting.title, item.title, item.presenter, item.confidential
                )
            )
        coming.sort(key=lambda x: (x.day, x.title))

        work: dict[uuid.UUID, list[str]] = {}
        for action in own_actions:
            if action.item_id in decisions:
                work.setdefault(action.item_id, []).append(action.description)
        gave: list[PartnerDecision] = []
        for item_id, descriptions in work.items():
            item = items[item_id]
            if item.confidential and not include_confidential:
                left_out += 1
                continue
            decision = decisions[item_id]
            gave.append(
                PartnerDecision(
                    day=day_of(item.meeting_id) or today,
                    item_title=item.title,
                    text=decision.text,
                    outcome=decision.outcome,
                    actions=tuple(sorted(descriptions)),
                    confidential=item.confidential,
                )
            )
        gave.sort(key=lambda d: (d.day, d.item_title), reverse=True)

        per_meeting: dict[uuid.UUID, tuple[list[str], list[str]]] = {}
        for attendee in attendees:
            meeting = meetings.get(attendee.meeting_id)
            if meeting is None or meeting.day > today:
                continue
            present, absent = per_meeting.setdefault(meeting.id, ([], []))
            name = people[attendee.person_id]
            (present if attendee.attendance is Attendance.PRESENT else absent).append(name)
        recent = sorted(per_meeting, key=lambda i: meetings[i].day, reverse=True)
        attendance = tuple(
            PartnerAttendance(
                meetings[i].day,
                meetings[i].title,
                tuple(sorted(per_meeting[i][0])),
                tuple(sorted(per_meeting[i][1])),
            )
            for i in recent[:ATTENDANCE_MEETINGS]
        )
        return PartnerData(
            organisation=org_name,
            people=tuple(sorted(people.values())),
            today=today,
            include_confidential=include_confidential,
            actions=tuple(actions),
            coming_items=tuple(coming),
            decisions=tuple(gave),
            attendance=attendance,
            initiatives=tuple(initiatives),
            left_out_confidential=left_out,
            author=author,
        )


def partner_file_name(data: PartnerData) -> str:
    """ "partneroverzicht-woonkracht10-2026-12-02.pdf", "…-vertrouwelijk.pdf"."""
    slug = "".join(c if c.isalnum() else "-" for c in data.organisation.casefold())
    slug = "-".join(w for w in slug.split("-") if w)[:60] or "organisatie"
    words = [tr("partner-overview", context="filename"), slug, data.today.isoformat()]
    if data.include_confidential:
        words.append(tr("confidential", context="filename"))
    return "-".join(words) + ".pdf"
