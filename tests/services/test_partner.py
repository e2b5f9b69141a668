"""The partner overview's read (issue 17, point 3) on SQLite and PostgreSQL.

Free-text owners, presenters and responsibles belong to an organisation by the
name rule of domain.names; attendance is that of the last Alliantie meetings held
that its people were invited to. The read selects in SQL: it must give what a
plain read of every row filtered in Python gives (`reference`), and take as many
statements however many rows there are.
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from collections import Counter
from datetime import date, time, timedelta

import pytest

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    AttendeeRole,
    Body,
    ItemKind,
    Outcome,
)
from dordtwest_desktop.domain.names import NameMatcher
from dordtwest_desktop.services import partner
from dordtwest_desktop.services.dto import (
    ActionDTO,
    AgendaItemDTO,
    AttendeeDTO,
    DecisionDTO,
    MeetingDTO,
    PersonDTO,
)
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.partner import (
    ATTENDANCE_MEETINGS,
    PartnerAction,
    PartnerAttendance,
    PartnerData,
    PartnerDecision,
    PartnerInitiative,
    PartnerItem,
    partner_data,
)
from dordtwest_desktop.services.people import PeopleService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store
from tests.services.test_query_counts import counted

TODAY = date(2026, 12, 2)
PEOPLE = {
    "B. Bakker": "Woonkracht10",
    "W. de Wit": "Woonkracht10",
    "C. Çelik": "Politie Zuid-Holland-Zuid",
    "J. de Jong": "Rijk",
}
# Typed names: some name an organisation or one of its people, some only nearly.
TYPED = [
    "B. Bakker",
    "b.bakker",
    "BAKKER",
    "W. de Wit (Woonkracht10)",
    "Woonkracht10",
    "woonkracht10 en gemeente",
    "Woonkracht100",
    "C. Celik",
    "Politie",
    "namens politie zuid holland zuid",
    "Rijk",
    "het Rijk",
    "Rijkswaterstaat",
    "Koninkrijk",
    "Programmabureau",
    "",
]


class Programme:
    """Meetings, items, decisions, actions and attendance, written through the services."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.meetings = MeetingService(store)
        self.people: dict[str, uuid.UUID] = {}
        for name, organisation in PEOPLE.items():
            person = PersonDTO(id=uuid.uuid4(), name=name, organisation=organisation)
            PeopleService(store).save_person(person)
            self.people[name] = person.id

    def meeting(self, day: date, body: Body = Body.ALLIANCE, title: str = "") -> uuid.UUID:
        dto = MeetingDTO(
            id=uuid.uuid4(),
            body=body,
            day=day,
            title=title or f"{body.value} {day.isoformat()}",
            start_time=time(14),
            body_name="Werkgroep" if body is Body.OTHER else "",
        )
        return self.meetings.create_meeting(dto).id

    def attend(self, meeting: uuid.UUID, name: str, attendance: Attendance) -> None:
        dto = AttendeeDTO(uuid.uuid4(), meeting, self.people[name], AttendeeRole.MEMBER, attendance)
        PeopleService(self.store).save_attendee(dto)

    def item(
        self,
        meeting: uuid.UUID,
        title: str,
        presenter: str = "",
        *,
        confidential: bool = False,
        decision: str = "",
    ) -> uuid.UUID:
        dto = AgendaItemDTO(
            id=uuid.uuid4(),
            meeting_id=meeting,
            kind=ItemKind.DECISION,
            title=title,
            presenter=presenter,
            confidential=confidential,
        )
        self.meetings.save_item(dto)
        if decision:
            self.meetings.record_decision(
                DecisionDTO(uuid.uuid4(), dto.id, decision, Outcome.ADOPTED)
            )
        return dto.id

    def action(
        self,
        meeting: uuid.UUID,
        description: str,
        owner: str,
        *,
        item: uuid.UUID | None = None,
        status: ActionStatus = ActionStatus.OPEN,
        due: str | None = None,
    ) -> None:
        dto = ActionDTO(
            id=uuid.uuid4(),
            description=description,
            owner=owner,
            due=PreciseDate.parse(due) if due else None,
            status=status,
            meeting_id=meeting,
            item_id=item,
        )
        self.meetings.save_action(dto)

    def responsible(self, text: str, initiative: int = 0) -> None:
        programme = ProgrammeService(self.store)
        first = programme.overview().initiatives[initiative]
        whole = programme.initiative(first.id)
        programme.save_initiative(dataclasses.replace(whole, responsible=text))


@pytest.fixture
def programme(store: Store) -> Programme:
    return Programme(store)


def test_actions_named_by_whole_name_open_overdue_first(programme: Programme) -> None:
    held = programme.meeting(date(2026, 10, 1))
    for n, owner in enumerate(TYPED):
        programme.action(held, f"Actie {n}: {owner}", owner, due="1 januari 2027")
    programme.action(held, "Te laat", "b. bakker", due="1 november 2026")
    programme.action(held, "Al gedaan", "B. Bakker", status=ActionStatus.DONE)
    programme.action(held, "Vervallen", "B. Bakker", status=ActionStatus.CANCELLED)
    data = partner_data(programme.store, "Woonkracht10", today=TODAY)
    assert [a.description for a in data.actions] == [
        "Te laat",
        "Actie 0: B. Bakker",
        "Actie 1: b.bakker",
        "Actie 3: W. de Wit (Woonkracht10)",
        "Actie 4: Woonkracht10",
        "Actie 5: woonkracht10 en gemeente",
    ]
    assert data.overdue == 1
    assert data.actions[0].meeting_day == date(2026, 10, 1)
    police = partner_data(programme.store, "politie", today=TODAY)
    assert [a.owner for a in police.actions] == ["C. Celik", "namens politie zuid holland zuid"]
    rijk = partner_data(programme.store, "Rijk", today=TODAY)
    assert [a.owner for a in rijk.actions] == ["Rijk", "het Rijk"]


def test_coming_items_it_presents_and_confidential_ones_left_out(programme: Programme) -> None:
    coming = programme.meeting(date(2027, 1, 14), title="Winteroverleg")
    held = programme.meeting(date(2026, 11, 1))
    programme.item(coming, "Huurbeleid", "namens Woonkracht10")
    programme.item(coming, "Wijkveiligheid", "Politie")  # nearly
    programme.item(coming, "Grondprijs", "W. de Wit", confidential=True)
    programme.item(held, "Verleden", "B. Bakker")
    public = partner_data(programme.store, "Woonkracht10", today=TODAY)
    assert public.coming_items == (
        PartnerItem(date(2027, 1, 14), "Winteroverleg", "Huurbeleid", "namens Woonkracht10", False),
    )
    assert public.left_out_confidential == 1
    own = partner_data(programme.store, "Woonkracht10", today=TODAY, include_confidential=True)
    assert [i.title for i in own.coming_items] == ["Grondprijs", "Huurbeleid"]
    assert own.left_out_confidential == 0


def test_decisions_that_gave_it_work(programme: Programme) -> None:
    held = programme.meeting(date(2026, 9, 1))
    decided = programme.item(held, "Prioriteiten", decision="Vastgesteld.")
    secret = programme.item(held, "Grond", confidential=True, decision="Bod aanvaard.")
    undecided = programme.item(held, "Bespreken")
    programme.action(held, "Cijfers sturen", "B. Bakker", item=decided)
    programme.action(held, "Al gedaan", "W. de Wit", item=decided, status=ActionStatus.DONE)
    programme.action(held, "Vervallen", "W. de Wit", item=secret, status=ActionStatus.CANCELLED)
    programme.action(held, "Niet van ons", "Programmabureau", item=decided)
    programme.action(held, "Zonder besluit", "B. Bakker", item=undecided)
    public = partner_data(programme.store, "Woonkracht10", today=TODAY)
    assert public.decisions == (
        PartnerDecision(
            date(2026, 9, 1),
            "Prioriteiten",
            "Vastgesteld.",
            Outcome.ADOPTED,
            ("Al gedaan", "Cijfers sturen"),
            False,
        ),
    )
    assert public.left_out_confidential == 0  # the only secret action was cancelled
    programme.action(held, "Geheim", "B. Bakker", item=secret)
    public = partner_data(programme.store, "Woonkracht10", today=TODAY)
    assert len(public.decisions) == 1 and public.left_out_confidential == 2  # decision, action
    own = partner_data(programme.store, "Woonkracht10", today=TODAY, include_confidential=True)
    assert [d.item_title for d in own.decisions] == ["Prioriteiten", "Grond"]  # same day
    assert [(a.description, a.confidential) for a in own.actions if a.item_title == "Grond"] == [
        ("Geheim", True)
    ]


def test_attendance_of_the_last_alliantie_meetings_held(programme: Programme) -> None:
    first = date(2026, 1, 5)
    for n in range(ATTENDANCE_MEETINGS + 2):
        meeting = programme.meeting(first + timedelta(weeks=n), title=f"Alliantie {n + 1}")
        programme.attend(meeting, "B. Bakker", Attendance.PRESENT)
        programme.attend(meeting, "W. de Wit", Attendance.EXCUSED if n % 2 else Attendance.PRESENT)
        programme.attend(meeting, "C. Çelik", Attendance.PRESENT)
    # Later meetings that are not the Alliantie's, or not held yet, or without its people.
    for body in (Body.COUNCIL, Body.EXECUTIVE, Body.OTHER):
        programme.attend(
            programme.meeting(date(2026, 11, 1), body), "B. Bakker", Attendance.PRESENT
        )
    programme.attend(programme.meeting(date(2027, 1, 1)), "B. Bakker", Attendance.PRESENT)
    programme.attend(programme.meeting(date(2026, 11, 2)), "C. Çelik", Attendance.PRESENT)
    data = partner_data(programme.store, "Woonkracht10", today=TODAY)
    assert [a.meeting_title for a in data.attendance] == [
        f"Alliantie {n}" for n in range(ATTENDANCE_MEETINGS + 2, 2, -1)
    ]
    assert data.attendance[0] == PartnerAttendance(
        first + timedelta(weeks=ATTENDANCE_MEETINGS + 1),
        f"Alliantie {ATTENDANCE_MEETINGS + 2}",
        ("B. Bakker",),
        ("W. de Wit",),
    )
    assert data.attendance[1].present == ("B. Bakker", "W. de Wit")
    assert [a.meeting_title for a in partner_data(programme.store, "Rijk").attendance] == []


def test_initiatives_it_is_responsible_for(programme: Programme) -> None:
    programme.responsible("Woonkracht10 en gemeente", 0)
    programme.responsible("W. de Wit", 1)
    programme.responsible("Woonkracht100", 2)
    data = partner_data(programme.store, "Woonkracht10", today=TODAY)
    assert [i.responsible for i in data.initiatives] == ["Woonkracht10 en gemeente", "W. de Wit"]
    assert all(isinstance(i, PartnerInitiative) for i in data.initiatives)


def fill(programme: Programme, rng: random.Random, meetings: int) -> None:
    """Meetings of every body, before and after TODAY, with typed names drawn from TYPED."""
    people = list(PEOPLE)
    # One meeting a day: the last meetings held are then one list, whichever database.
    days = rng.sample(range(-200, 61), meetings)
    for n in range(meetings):
        body = rng.choice([Body.ALLIANCE, Body.ALLIANCE, Body.COUNCIL, Body.OTHER])
        day = TODAY + timedelta(days=days[n])
        meeting = programme.meeting(day, body, title=f"Overleg {n}")
        for name in rng.sample(people, rng.randint(0, 3)):
            programme.attend(meeting, name, rng.choice(list(Attendance)))
        items = [
            programme.item(
                meeting,
                f"Punt {n}.{k}",
                rng.choice(TYPED),
                confidential=rng.random() < 0.25,
                decision=f"Besluit {n}.{k}" if rng.random() < 0.6 else "",
            )
            for k in range(rng.randint(1, 3))
        ]
        for k in range(rng.randint(1, 4)):
            programme.action(
                meeting,
                f"Actie {n}.{k}",
                rng.choice(TYPED),
                item=rng.choice([None, *items]),
                status=rng.choice(list(ActionStatus)),
                due=rng.choice([None, "1 juli 2026", "Q1 2027", "2026", "eind 2027"]),
            )


def reference(store: Store, organisation: str, confidential: bool) -> PartnerData:
    """Every row read and filtered in Python: what the SQL-selecting read must equal."""
    with store.read() as s:
        org = next(o for o in s.query(m.Organisation) if o.name == organisation)
        people = {p.id: p.name for p in s.query(m.Person) if p.organisation_id == org.id}
        named = NameMatcher([org.name, *people.values()])
        meetings = {x.id: x for x in s.query(m.Meeting)}
        items = {x.id: x for x in s.query(m.AgendaItem)}
        decisions = {x.item_id: x for x in s.query(m.Decision)}
        own = [
            a
            for a in s.query(m.Action)
            if a.status is not ActionStatus.CANCELLED and named(a.owner)
        ]
        left = 0
        actions = []
        for a in own:
            item = items.get(a.item_id) if a.item_id else None
            secret = bool(item and item.confidential)
            if a.status is ActionStatus.OPEN and secret and not confidential:
                left += 1
            elif a.status is ActionStatus.OPEN:
                actions.append(
                    PartnerAction(
                        a.description,
                        a.owner,
                        a.due,
                        a.due is not None and a.due.is_past(TODAY),
                        meetings[a.meeting_id].day if a.meeting_id else None,
                        item.title if item else "",
                        secret,
                    )
                )
        coming = []
        for i in items.values():
            if meetings[i.meeting_id].day < TODAY or not named(i.presenter):
                continue
            if i.confidential and not confidential:
                left += 1
            else:
                meeting = meetings[i.meeting_id]
                coming.append(
                    PartnerItem(meeting.day, meeting.title, i.title, i.presenter, i.confidential)
                )
        gave = []
        for item_id in {a.item_id for a in own if a.item_id in decisions}:
            item = items[item_id]
            if item.confidential and not confidential:
                left += 1
                continue
            works = tuple(sorted(a.description for a in own if a.item_id == item_id))
            d = decisions[item_id]
            gave.append(
                PartnerDecision(
                    meetings[item.meeting_id].day,
                    item.title,
                    d.text,
                    d.outcome,
                    works,
                    item.confidential,
                )
            )
        held = {}
        for a in s.query(m.Attendee):
            meeting = meetings[a.meeting_id]
            if a.person_id in people and meeting.body is Body.ALLIANCE and meeting.day <= TODAY:
                present, absent = held.setdefault(meeting.id, ([], []))
                (present if a.attendance is Attendance.PRESENT else absent).append(
                    people[a.person_id]
                )
        recent = sorted(held, key=lambda i: (meetings[i].day, meetings[i].start_time), reverse=True)
        attendance = tuple(
            PartnerAttendance(
                meetings[i].day,
                meetings[i].title,
                tuple(sorted(held[i][0])),
                tuple(sorted(held[i][1])),
            )
            for i in recent[:ATTENDANCE_MEETINGS]
        )
        initiatives = tuple(
            PartnerInitiative(i.name, i.status, i.responsible)
            for i in s.query(m.Initiative).order_by(m.Initiative.position)
            if named(i.responsible)
        )
    return PartnerData(
        organisation,
        tuple(sorted(people.values())),
        TODAY,
        confidential,
        tuple(actions),
        tuple(coming),
        tuple(gave),
        attendance,
        initiatives,
        left,
    )


def same(found: PartnerData, expected: PartnerData) -> None:
    """Equal, each list in its documented order; rows the order keys tie on in any order."""
    for part in ("actions", "coming_items", "decisions"):
        assert Counter(getattr(found, part)) == Counter(getattr(expected, part)), part
    assert found.attendance == expected.attendance  # fill() holds one meeting a day
    assert found.initiatives == expected.initiatives
    rest = ("actions", "coming_items", "decisions", "attendance", "initiatives")
    blank = dict.fromkeys(rest, ())
    assert dataclasses.replace(found, **blank) == dataclasses.replace(expected, **blank)
    keys = [
        (not a.overdue, a.due is None, a.due.sort_key() if a.due else (), a.description)
        for a in found.actions
    ]
    assert keys == sorted(keys)
    assert [(i.day, i.title) for i in found.coming_items] == sorted(
        (i.day, i.title) for i in found.coming_items
    )
    days = [(d.day, d.item_title) for d in found.decisions]
    assert days == sorted(days, reverse=True)


def test_the_read_gives_what_reading_every_row_gives(programme: Programme) -> None:
    fill(programme, random.Random(17), meetings=24)
    for n in range(3):
        programme.responsible(random.Random(n).choice(TYPED), n)
    for organisation in sorted(set(PEOPLE.values())):
        for confidential in (False, True):
            found = partner_data(
                programme.store, organisation, include_confidential=confidential, today=TODAY
            )
            same(found, reference(programme.store, organisation, confidential))


def test_statements_do_not_grow_with_the_programme(programme: Programme) -> None:
    store = programme.store

    def statements() -> int:
        with counted(store) as seen:
            partner_data(store, "Woonkracht10", include_confidential=True, today=TODAY)
        return len(seen)

    # One of everything it reads: each part then costs its statements.
    held, coming = programme.meeting(date(2026, 11, 1)), programme.meeting(date(2027, 1, 1))
    programme.attend(held, "B. Bakker", Attendance.PRESENT)
    programme.item(coming, "Huurbeleid", "B. Bakker")
    decided = programme.item(held, "Prioriteiten", decision="Vastgesteld.")
    programme.action(held, "Cijfers sturen", "Woonkracht10", item=decided)
    programme.responsible("Woonkracht10")
    # The organisations, its people; per free-text column its distinct values, then the
    # rows with the values that name it (actions with the decisions they gave work on,
    # coming items, initiatives); the attendance.
    assert statements() == 10
    fill(programme, random.Random(3), meetings=12)
    for day in (21, 22, 23):
        programme.attend(programme.meeting(date(2026, 11, day)), "W. de Wit", Attendance.PRESENT)
    later = programme.meeting(date(2026, 11, 20))
    for owner in TYPED:
        item = programme.item(later, f"Punt van {owner}", owner, decision="Besloten.")
        programme.action(later, f"Actie van {owner}", owner, item=item)
    many = partner_data(store, "Woonkracht10", include_confidential=True, today=TODAY)
    assert len(many.actions) > 3 and len(many.decisions) > 2 and len(many.attendance) > 2
    assert len({a.owner for a in many.actions}) > 2
    assert statements() == 10


def test_many_matching_names_are_read_in_parts(
    programme: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    # More differently typed owners than one IN list takes: the same overview.
    fill(programme, random.Random(5), meetings=10)
    held = programme.meeting(date(2026, 6, 1))
    for owner in TYPED:
        programme.action(held, f"Voor {owner}", owner)
    expected = reference(programme.store, "Woonkracht10", True)
    monkeypatch.setattr(partner, "_IN_CHUNK", 2)
    found = partner_data(programme.store, "Woonkracht10", include_confidential=True, today=TODAY)
    assert len({a.owner for a in found.actions}) == 5  # 3 lists of 2 values
    same(found, expected)
