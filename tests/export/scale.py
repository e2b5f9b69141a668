"""A large programme for the export tests and benchmarks, built through the services.

200 funded initiatives under 30 funders, 2,000 milestones from three years back to
six years ahead of `today`, and a meeting ten days ahead whose items link a few of
them. Every name is marked "(voorbeeld)": none of these figures is the programme's.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from dordtwest_desktop.domain.dates import DatePoint, PreciseDate, Precision
from dordtwest_desktop.domain.enums import FundingStatus, InitiativeStatus, MilestoneStatus
from dordtwest_desktop.services.dto import FundingLineDTO, InitiativeDTO, MilestoneDTO
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store
from tests.export.builders import add_action, add_item, new_meeting

INITIATIVES = 200
MILESTONES = 2000
FUNDERS = 30


@dataclass
class Scale:
    meeting_id: uuid.UUID
    meeting_day: date
    linked: set[uuid.UUID] = field(default_factory=set)  # milestones the items link


def _due(rng: random.Random, today: date) -> PreciseDate:
    day = today + timedelta(days=rng.randint(-3 * 365, 6 * 365))
    form = rng.random()
    if form < 0.6:
        return PreciseDate.of_day(day)
    if form < 0.85:
        return PreciseDate(DatePoint(day.year, Precision.MONTH, day.month))
    return PreciseDate(DatePoint(day.year, Precision.QUARTER, (day.month - 1) // 3 + 1))


def _initiative(rng: random.Random, n: int) -> InitiativeDTO:
    lines = []
    for k in range(rng.randint(1, 3)):
        granted = rng.random() < 0.6
        requested = rng.randint(1, 400) * 10_000_00
        lines.append(
            FundingLineDTO(
                id=uuid.uuid4(),
                scheme=f"Regeling {k + 1} (voorbeeld)",
                funder=f"Voorbeeldfonds {rng.randint(1, FUNDERS)}",
                status=FundingStatus.GRANTED if granted else FundingStatus.REQUESTED,
                requested_cents=requested,
                granted_cents=requested * rng.randint(3, 10) // 10 if granted else None,
            )
        )
    return InitiativeDTO(
        id=uuid.uuid4(),
        name=f"(voorbeeld) nr. {n + 1}",
        status=InitiativeStatus.ACTIVE,
        funding=tuple(lines),
    )


def scale_programme(
    store: Store,
    today: date,
    *,
    initiatives: int = INITIATIVES,
    milestones: int = MILESTONES,
    seed: int = 13,
) -> Scale:
    rng = random.Random(seed)
    programme = ProgrammeService(store)
    ids = []
    for n in range(initiatives):
        initiative = _initiative(rng, n)
        programme.save_initiative(initiative)
        ids.append(initiative.id)
    made = []
    for n in range(milestones):
        milestone = MilestoneDTO(
            id=uuid.uuid4(),
            title=f"Voorbeeldmijlpaal {n + 1}",
            due=_due(rng, today),
            status=rng.choice(list(MilestoneStatus)),
            initiative_id=rng.choice([None, *ids]),
        )
        programme.save_milestone(milestone)
        made.append(milestone)
    day = today + timedelta(days=10)
    meeting = new_meeting(store, title="Schaaltest (voorbeeld)", day=day)
    scale = Scale(meeting.id, day)
    for n in range(3):
        linked = tuple(x.id for x in rng.sample(made, 4))
        scale.linked.update(linked)
        add_item(
            store,
            meeting.id,
            f"Voortgang cluster {n + 1} (voorbeeld)",
            explanation="Een voorbeeld van een agendapunt bij een groot programma.",
            points=(f"Besluitpunt {n + 1} (voorbeeld)",),
            initiative_ids=tuple(rng.sample(ids, 2)),
            milestone_ids=linked,
        )
    for n in range(40):
        add_action(store, meeting.id, f"Voorbeeldactie {n + 1}", owner="Programmabureau")
    return scale
