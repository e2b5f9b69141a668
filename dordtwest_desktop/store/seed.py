"""The default database: the programme of the seed document, nothing invented.

Source: shared/seed/nationaal-programma-dordt-west.md (Gemeenteraad, 28 november
2023). Identities are UUID5s derived from stable keys, so every installation seeds
the same UUIDs and exchange files between coordinators merge cleanly.
Where the seed gives no year ("toekenningsbesluit eind november/begin december")
the year of the document (2023) is taken.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import (
    Body,
    FundingStatus,
    GoalKind,
    InitiativeStatus,
    ItemKind,
    MeetingStatus,
    MilestoneStatus,
)
from dordtwest_desktop.store import history
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store

SEED_NAMESPACE = uuid.UUID("5b0f3f1e-5d5e-4c7e-9a53-6f1d2b0c0d11")


def sid(key: str) -> uuid.UUID:
    """The stable UUID of a seeded record."""
    return uuid.uuid5(SEED_NAMESPACE, key)


def d(text: str) -> PreciseDate:
    return PreciseDate.parse(text)


PROGRAMME_NAME = "Nationaal Programma Dordt West"
NATIONAL_GOAL = (
    "De centrale doelstelling van het Nationaal Programma is om de leefbaarheid en "
    "veiligheid van de meest kwetsbare gebieden in Nederland in 15-20 jaar tijd op orde "
    "te brengen en het perspectief van de bewoners te verbeteren."
)
AMBITION = (
    "De volgende generatie jeugd groeit gezonder en veiliger op, heeft betere "
    "ontwikkelkansen, meer perspectief op werk en een fijnere woon- en leefomgeving. "
    "Daarvoor investeren we niet alleen in de jeugd, maar ook in het wonen, werken en "
    "leven van de overige bewoners. We groeien met Dordt West naar het Dordts gemiddelde."
)
MOTTO = "We groeien met Dordt West naar het Dordts gemiddelde."
SOURCE = "Nationaal Programma Dordt West, Gemeenteraad, 28 november 2023"

SUBGOALS = (
    "Het verbeteren van de fysieke leefomgeving",
    "Het bieden van een beter perspectief",
    "Het vergroten van de veiligheid",
)
# The seed lists the strategic goals in the order of the pillars, one each.
PILLARS_AND_GOALS = (
    (
        "Wonen en fysieke leefomgeving",
        "Het verbeteren van de leefomgeving en het bieden van meer toekomstbestendig wonen.",
    ),
    (
        "Gezond en samen leven",
        "Het verkleinen van gezondheidsachterstanden en een meer samenredzame gemeenschap.",
    ),
    (
        "Leren en ontwikkelen",
        "Meer kinderen groeien kansrijk op en meer inwoners krijgen kansen om zich te "
        "blijven ontwikkelen.",
    ),
    (
        "Arbeidsmarkt en bestaanszekerheid",
        "Het bieden van een beter perspectief op betaald werk en op een leven lang "
        "voldoende en stabiel inkomen.",
    ),
    ("Leefbaar en veilig", "Het vergroten van de leefbaarheid en veiligheid."),
)

JV = "Ministerie van Justitie en Veiligheid (J&V)"
BZK = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)"

INITIATIVES: tuple[dict[str, object], ...] = (
    {
        "key": "preventie-met-gezag",
        "name": "Preventie met Gezag",
        "ambition": "Iedere jongere groeit veilig op in een leefbare wijk met zicht op een "
        "kansrijke toekomst.",
        "goals": (
            "Versterken veerkracht en weerbaarheid van jongeren",
            "Beperken verleidingen van het criminele circuit",
            "Verminderen doorgroeiers in de criminaliteit",
        ),
        "components": (),
        "target_area": "",
        "funding": (
            {
                "scheme": "Preventie met Gezag",
                "funder": JV,
                "granted": 4_300_000_00,
                "status": FundingStatus.GRANTED,
                "period": ("medio 2023", "medio 2026"),
            },
        ),
    },
    {
        "key": "regeling-kansrijke-wijk",
        "name": "Regeling Kansrijke Wijk",
        "ambition": "",
        "goals": (),
        "components": (
            "Preventie van armoede en schulden",
            "Re-integratie arbeidsmarkt",
            "Veerkracht en weerbaarheid",
            "Ontwikkeling jonge kind",
            "Stimulans gezonde leefomgeving",
            "Programma-organisatie",
        ),
        "target_area": "",
        "funding": (
            {
                "scheme": "Regeling Kansrijke Wijk",
                "funder": "BZK, OCW, SZW en VWS",
                "status": FundingStatus.REQUESTED,
                "decision": "eind november/begin december 2023",
            },
        ),
    },
    {
        "key": "werken-in-de-energietransitie",
        "name": "Wijkproject Werken in de energietransitie",
        "ambition": "",
        "goals": (),
        "components": (),
        "target_area": "",
        "funding": (),
    },
    {
        "key": "volkshuisvestingsfonds",
        "name": "Volkshuisvestingsfonds",
        "ambition": "",
        "goals": (),
        "components": (
            "Verduurzaming particulier woningbezit",
            "Transformeren van panden naar woonfuncties",
            "Opwaarderen maatschappelijke voorzieningen",
            "Kwaliteitsverbetering openbare ruimte",
        ),
        "target_area": "Crabbehof",
        "funding": (
            {
                "scheme": "Volkshuisvestingsfonds",
                "funder": BZK,
                "requested": 17_400_000_00,
                "status": FundingStatus.REQUESTED,
                "decision": "eind 2023",
            },
        ),
    },
)

# (key, milestone title, date, deciding body, meeting title or None)
PLANNING = (
    ("consultatie-college", "Consultatie college van B&W", "14 november 2023", Body.EXECUTIVE),
    ("bespreking-alliantie", "Bespreking Alliantie Dordt West", "23 november 2023", Body.ALLIANCE),
    ("consultatie-raad", "Consultatie gemeenteraad", "28 november 2023", Body.COUNCIL),
    (
        "besluitvorming-alliantie",
        "Besluitvorming Alliantie Dordt West",
        "8 februari 2024",
        Body.ALLIANCE,
    ),
    (
        "raadsvoorstel",
        "Raadsvoorstel financiering 4-jarige uitvoeringsprogramma",
        "1ste kwartaal 2024",
        Body.COUNCIL,
    ),
)

# The meetings of the seed's planning and the one agenda item each that the seed implies.
MEETINGS = (
    ("consultatie-college", ItemKind.DISCUSSION, "Consultatie Nationaal Programma Dordt West"),
    ("bespreking-alliantie", ItemKind.DISCUSSION, "Bespreking Nationaal Programma Dordt West"),
    ("consultatie-raad", ItemKind.DISCUSSION, "Consultatie Nationaal Programma Dordt West"),
    (
        "besluitvorming-alliantie",
        ItemKind.DECISION,
        "Besluitvorming uitvoeringsprogramma Nationaal Programma Dordt West",
    ),
)


def seed_if_empty(store: Store) -> bool:
    """Fill a new database with the seed programme; False if it already holds one."""
    # Look first without the write lock: opening a filled database must not wait
    # for another program's long write.
    with store.read() as session:
        if session.scalar(select(m.Programme.id).limit(1)) is not None:
            return False
    with store.transaction() as session:
        if session.scalar(select(m.Programme.id).limit(1)) is not None:
            return False
        # The default programme is the app's starting point, not anyone's edit.
        session.info[history.OFF] = True
        seed(session)
    return True


def seed(session: Session) -> None:
    session.add(
        m.Programme(
            id=sid("programme"),
            name=PROGRAMME_NAME,
            national_goal=NATIONAL_GOAL,
            ambition=AMBITION,
            motto=MOTTO,
            source_document=SOURCE,
        )
    )
    for position, text in enumerate(SUBGOALS):
        session.add(
            m.Goal(
                id=sid(f"subgoal/{position}"),
                kind=GoalKind.NATIONAL_SUBGOAL,
                position=position,
                title=text,
            )
        )
    for position, (pillar, goal) in enumerate(PILLARS_AND_GOALS):
        session.add(m.Pillar(id=sid(f"pillar/{position}"), position=position, name=pillar))
        session.flush()
        session.add(
            m.Goal(
                id=sid(f"strategic/{position}"),
                kind=GoalKind.STRATEGIC,
                position=position,
                title=goal,
                pillar_id=sid(f"pillar/{position}"),
            )
        )
    for position, spec in enumerate(INITIATIVES):
        session.add(_initiative(position, spec))
    session.flush()
    _planning(session)
    regime_templates(session)


def regime_templates(session: Session) -> None:
    """The shipped accountability regimes; assigned to no funding line (the seed names none)."""
    from dordtwest_desktop.domain.regimes import TEMPLATES

    for position, template in enumerate(TEMPLATES):
        session.add(
            m.Regime(
                id=template.id,
                position=position,
                name=template.name,
                description=template.description,
                template=True,
                moments=[
                    m.RegimeMoment(
                        id=x.id,
                        position=i,
                        title=x.title,
                        rule=x.rule,
                        months=x.months,
                        day=x.day,
                        month=x.month,
                        fixed=x.fixed,
                    )
                    for i, x in enumerate(template.moments)
                ],
            )
        )


def _initiative(position: int, spec: dict[str, object]) -> m.Initiative:
    key = str(spec["key"])
    initiative = m.Initiative(
        id=sid(f"initiative/{key}"),
        position=position,
        name=str(spec["name"]),
        ambition=str(spec["ambition"]),
        target_area=str(spec["target_area"]),
        status=InitiativeStatus.NEW,
    )
    goals = spec["goals"]
    components = spec["components"]
    funding = spec["funding"]
    assert isinstance(goals, tuple) and isinstance(components, tuple)
    assert isinstance(funding, tuple)
    initiative.goals = [
        m.Goal(
            id=sid(f"initiative/{key}/goal/{i}"),
            kind=GoalKind.INITIATIVE,
            position=i,
            title=title,
        )
        for i, title in enumerate(goals)
    ]
    initiative.components = [
        m.Component(id=sid(f"initiative/{key}/component/{i}"), position=i, name=name)
        for i, name in enumerate(components)
    ]
    initiative.funding = [_funding(key, i, line) for i, line in enumerate(funding)]
    return initiative


def _funding(key: str, position: int, line: dict[str, object]) -> m.FundingLine:
    period = line.get("period")
    decision = line.get("decision")
    status = line["status"]
    assert isinstance(status, FundingStatus)
    return m.FundingLine(
        id=sid(f"initiative/{key}/funding/{position}"),
        position=position,
        scheme=str(line["scheme"]),
        funder=str(line["funder"]),
        requested_cents=line.get("requested"),
        granted_cents=line.get("granted"),
        status=status,
        decision_date=d(str(decision)) if decision else None,
        period_start=d(period[0]) if isinstance(period, tuple) else None,
        period_end=d(period[1]) if isinstance(period, tuple) else None,
    )


def _planning(session: Session) -> None:
    meeting_items = {key: (kind, title) for key, kind, title in MEETINGS}
    initiatives = [sid(f"initiative/{spec['key']}") for spec in INITIATIVES]
    for key, title, when, body in PLANNING:
        due = d(when)
        meeting_id = None
        if key in meeting_items:
            meeting_id = sid(f"meeting/{key}")
            _meeting(session, meeting_id, key, title, body, due, meeting_items[key], initiatives)
        session.add(
            m.Milestone(
                id=sid(f"milestone/{key}"),
                title=title,
                due=due,
                status=MilestoneStatus.PLANNED,
                body=body,
                meeting_id=meeting_id,
            )
        )
    session.flush()
    for key, *_ in MEETINGS:
        item = session.get(m.AgendaItem, sid(f"meeting/{key}/item/0"))
        milestone = session.get(m.Milestone, sid(f"milestone/{key}"))
        assert item is not None and milestone is not None
        item.milestones.append(milestone)


def _meeting(
    session: Session,
    meeting_id: uuid.UUID,
    key: str,
    name: str,
    body: Body,
    due: PreciseDate,
    item: tuple[ItemKind, str],
    initiatives: list[uuid.UUID],
) -> None:
    day: date = due.first_day()
    # The meeting is named as the seed's planning names it ("Consultatie gemeenteraad").
    session.add(
        m.Meeting(id=meeting_id, body=body, title=name, day=day, status=MeetingStatus.DRAFT)
    )
    session.flush()
    kind, title = item
    agenda_item = m.AgendaItem(
        id=sid(f"meeting/{key}/item/0"),
        meeting_id=meeting_id,
        position=0,
        kind=kind,
        title=title,
    )
    agenda_item.initiatives = [session.get_one(m.Initiative, i) for i in initiatives]
    session.add(agenda_item)
