"""A team's programme at the scale of issue 12, on top of dashboard.fill_big.

`fill_big` (benchmarks/dashboard.py) adds 20 initiatives, 2,000 milestones and 100
indicators of 20 years to the seeded programme, through the ORM in one use case.
Issue 12's speed bars speak of 2,000 initiatives, 20,000 milestones, 1,000 meetings
and 100,000 remarks; `fill_team` adds what fill_big lacks to reach those figures
(times `scale`): initiatives with a goal, a component and a funding line each,
milestones, people, meetings with attendees, agenda items with a decision point,
decisions, remarks, actions, and one "created" history entry per row, as the app
itself writes. Plain bulk inserts in one transaction of the store: the ORM would
take minutes for 300,000 rows, on either database.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import (
    MEETING_BODIES,
    ActionStatus,
    Attendance,
    AttendeeRole,
    Body,
    FundingStatus,
    GoalKind,
    InitiativeStatus,
    ItemKind,
    MeetingStatus,
    MilestoneStatus,
    Outcome,
    Visibility,
)
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store


@dataclass(frozen=True)
class Scale:
    """How much of each kind the programme holds in the end (not how much is added)."""

    initiatives: int = 2000
    milestones: int = 20000
    meetings: int = 1000
    remarks: int = 100000
    people: int = 60
    items_per_meeting: int = 10
    attendees_per_meeting: int = 8
    actions_per_meeting: int = 3
    decisions_per_meeting: int = 3
    goals: int = 0  # in all; 0: one per initiative (issue 12), more are spread over them

    def times(self, factor: float) -> Scale:
        def part(n: int) -> int:
            return max(1, round(n * factor))

        return replace(
            self,
            initiatives=part(self.initiatives),
            milestones=part(self.milestones),
            meetings=part(self.meetings),
            remarks=part(self.remarks),
            people=max(10, part(self.people)),
            goals=part(self.goals) if self.goals else 0,
        )


CHUNK = 5000
WORDS = [
    "wijk",
    "opgave",
    "school",
    "zorg",
    "veiligheid",
    "woning",
    "jongeren",
    "werk",
    "armoede",
    "buurt",
    "gezin",
    "plan",
    "voortgang",
    "besluit",
    "budget",
    "partner",
    "gemeente",
    "rijk",
    "evaluatie",
    "aanpak",
]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _due(rng: random.Random) -> PreciseDate:
    year = rng.randint(2023, 2032)
    form = rng.randrange(4)
    if form == 0:
        return PreciseDate.of_day(date(year, rng.randint(1, 12), rng.randint(1, 28)))
    return PreciseDate.parse(
        ("Q{q} {y}", "{y}", "eind {y}")[form - 1].format(q=rng.randint(1, 4), y=year)
    )


class _Writer:
    """Bulk inserts with a "created" history entry per versioned row."""

    def __init__(self, session: Session, who: str) -> None:
        self.session = session
        self.who = who
        self.at = datetime(2024, 1, 1)
        self.counts: dict[str, int] = {}

    def add(self, model: type[m.Base], rows: list[dict[str, Any]]) -> None:
        table = model.__table__
        for chunk in _chunks(rows):
            self.session.execute(insert(table), chunk)
            self.session.execute(
                insert(m.HistoryEntry),
                [
                    {
                        "id": uuid.uuid4(),
                        "at": self.at,
                        "who": self.who,
                        "record_table": table.name,
                        "record_id": row["id"],
                        "action": "created",
                        "version": 1,
                    }
                    for row in chunk
                ],
            )
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)

    def link(self, table: Any, rows: list[dict[str, Any]]) -> None:
        for chunk in _chunks(rows):
            self.session.execute(insert(table), chunk)
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _count(session: Session, model: type[m.Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def fill_team(store: Store, scale: Scale, seed: int = 12) -> dict[str, int]:
    """Add rows until the store holds `scale`'s figures; returns the rows added per table."""
    rng = random.Random(seed)
    with store.transaction() as session:
        write = _Writer(session, "benchmark")
        initiatives = _initiatives(write, rng, scale.initiatives - _count(session, m.Initiative))
        initiatives += list(session.scalars(select(m.Initiative.id)))
        _more_goals(write, rng, scale.goals - _count(session, m.Goal), initiatives)
        _milestones(write, rng, scale.milestones - _count(session, m.Milestone), initiatives)
        milestones = list(session.scalars(select(m.Milestone.id)))
        people = _people(write, rng, scale.people)
        _meetings(write, rng, scale, people, milestones)
    return write.counts


def _initiatives(write: _Writer, rng: random.Random, count: int) -> list[uuid.UUID]:
    ids = [uuid.uuid4() for _ in range(max(0, count))]
    write.add(
        m.Initiative,
        [
            {
                "id": ident,
                "position": 1000 + n,
                "name": f"Teaminspanning {n + 1}",
                "ambition": _sentence(rng, 30),
                "target_area": "Dordt West",
                "responsible": f"Coördinator {n % 40 + 1}",
                "status": rng.choice(list(InitiativeStatus)),
                "period_start": PreciseDate.parse(str(rng.randint(2023, 2026))),
                "notes": _sentence(rng, 12),
            }
            for n, ident in enumerate(ids)
        ],
    )
    write.add(
        m.Goal,
        [
            {
                "id": uuid.uuid4(),
                "kind": GoalKind.INITIATIVE,
                "position": 0,
                "title": _sentence(rng, 8),
                "initiative_id": ident,
            }
            for ident in ids
        ],
    )
    write.add(
        m.Component,
        [
            {"id": uuid.uuid4(), "initiative_id": i, "position": 0, "name": "Uitvoering"}
            for i in ids
        ],
    )
    write.add(
        m.FundingLine,
        [
            {
                "id": uuid.uuid4(),
                "initiative_id": ident,
                "position": 0,
                "scheme": f"Regeling {rng.randint(1, 40)}",
                "funder": rng.choice(("Ministerie van BZK (BZK)", "Ministerie van J&V (J&V)")),
                "requested_cents": rng.randint(1, 90) * 10_000_00,
                "granted_cents": rng.choice((None, rng.randint(1, 50) * 10_000_00)),
                "status": rng.choice(list(FundingStatus)),
            }
            for ident in ids
        ],
    )
    return ids


def _more_goals(
    write: _Writer, rng: random.Random, count: int, initiatives: list[uuid.UUID]
) -> None:
    write.add(
        m.Goal,
        [
            {
                "id": uuid.uuid4(),
                "kind": GoalKind.INITIATIVE,
                "position": 1 + n,
                "title": _sentence(rng, 8),
                "initiative_id": rng.choice(initiatives),
            }
            for n in range(max(0, count))
        ],
    )


def _milestones(
    write: _Writer, rng: random.Random, count: int, initiatives: list[uuid.UUID]
) -> None:
    write.add(
        m.Milestone,
        [
            {
                "id": uuid.uuid4(),
                "title": f"Teammijlpaal {n + 1}: {_sentence(rng, 5)}",
                "due": _due(rng),
                "status": rng.choice(list(MilestoneStatus)),
                "initiative_id": rng.choice(initiatives) if rng.random() < 0.9 else None,
                "notes": "",
            }
            for n in range(max(0, count))
        ],
    )


def _people(write: _Writer, rng: random.Random, count: int) -> list[uuid.UUID]:
    organisations = [uuid.uuid4() for _ in range(6)]
    write.add(
        m.Organisation,
        [{"id": o, "name": f"Partner {n + 1} (team)"} for n, o in enumerate(organisations)],
    )
    ids = [uuid.uuid4() for _ in range(count)]
    write.add(
        m.Person,
        [
            {"id": p, "name": f"Deelnemer {n + 1}", "organisation_id": rng.choice(organisations)}
            for n, p in enumerate(ids)
        ],
    )
    return ids


def _meetings(
    write: _Writer,
    rng: random.Random,
    scale: Scale,
    people: list[uuid.UUID],
    milestones: list[uuid.UUID],
) -> None:
    meetings, attendees, items, points, decisions, actions = [], [], [], [], [], []
    links: list[dict[str, Any]] = []
    first = date(2022, 1, 3)
    for n in range(scale.meetings):
        meeting = uuid.uuid4()
        day = first + timedelta(days=n * 3)
        body = rng.choice(MEETING_BODIES)
        meetings.append(
            {
                "id": meeting,
                "body": body,
                # The app's rule: a body of kind "other" has a name (the import checks it).
                "body_name": "Werkgroep (voorbeeld)" if body is Body.OTHER else "",
                "title": f"Overleg {n + 1}",
                "day": day,
                "start_time": time(9 + n % 8),
                "end_time": time(11 + n % 8),
                "location": "Stadskantoor",
                "chair": "Voorzitter",
                "status": MeetingStatus.FINAL if day < date(2025, 1, 1) else MeetingStatus.DRAFT,
            }
        )
        for position, person in enumerate(rng.sample(people, scale.attendees_per_meeting)):
            attendees.append(
                {
                    "id": uuid.uuid4(),
                    "meeting_id": meeting,
                    "person_id": person,
                    "role": AttendeeRole.CHAIR if position == 0 else AttendeeRole.MEMBER,
                    "attendance": rng.choice(list(Attendance)),
                    "position": position,
                }
            )
        for position in range(scale.items_per_meeting):
            item = uuid.uuid4()
            items.append(
                {
                    "id": item,
                    "meeting_id": meeting,
                    "position": position,
                    "kind": rng.choice(list(ItemKind)),
                    "title": _sentence(rng, 6),
                    "presenter": "",
                    "duration_minutes": 10,
                    "explanation": _sentence(rng, 60),
                    "confidential": False,
                }
            )
            points.append(
                {"id": uuid.uuid4(), "item_id": item, "position": 0, "text": _sentence(rng, 10)}
            )
            if position < scale.decisions_per_meeting:
                decisions.append(
                    {
                        "id": uuid.uuid4(),
                        "item_id": item,
                        "text": _sentence(rng, 12),
                        "outcome": rng.choice(list(Outcome)),
                    }
                )
            if milestones and position == 1:
                links.append({"item_id": item, "milestone_id": rng.choice(milestones)})
        for _ in range(scale.actions_per_meeting):
            actions.append(
                {
                    "id": uuid.uuid4(),
                    "description": _sentence(rng, 10),
                    "owner": f"Deelnemer {rng.randint(1, len(people))}",
                    "due": PreciseDate.of_day(day + timedelta(days=rng.randint(7, 120))),
                    "status": rng.choice(list(ActionStatus)),
                    "meeting_id": meeting,
                    "created_at": datetime.combine(day, time(12)),
                }
            )
    write.add(m.Meeting, meetings)
    write.add(m.Attendee, attendees)
    write.add(m.AgendaItem, items)
    write.add(m.DecisionPoint, points)
    write.add(m.Decision, decisions)
    write.link(m.item_milestone, links)
    write.add(m.Action, actions)
    write.add(m.Annotation, _remarks(rng, scale.remarks, meetings, items))


def _remarks(
    rng: random.Random, count: int, meetings: list[dict[str, Any]], items: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Most on agenda items, one in twenty a general remark on the meeting."""
    rows = []
    for n in range(count):
        general = n % 20 == 0 or not items
        item = None if general else rng.choice(items)
        meeting = rng.choice(meetings)["id"] if general else None
        at = datetime(2024, 1, 1) + timedelta(minutes=n)
        rows.append(
            {
                "id": uuid.uuid4(),
                "item_id": item["id"] if item else None,
                "meeting_id": meeting,
                "author": f"Deelnemer {n % 60 + 1}",
                "text": _sentence(rng, 25),
                "created_at": at,
                "updated_at": at,
                "visibility": Visibility.SHARED if n % 4 else Visibility.PERSONAL,
            }
        )
    return rows
