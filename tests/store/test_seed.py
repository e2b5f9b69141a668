"""The default database holds the seed document's programme, every item of it."""

from __future__ import annotations

from sqlalchemy import select

from dordtwest_desktop.domain.enums import Body, FundingStatus, GoalKind, ItemKind
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store, integrity_ok, open_store
from dordtwest_desktop.store.migrate import current_revision, head_revision

PILLARS = [
    "Wonen en fysieke leefomgeving",
    "Gezond en samen leven",
    "Leren en ontwikkelen",
    "Arbeidsmarkt en bestaanszekerheid",
    "Leefbaar en veilig",
]


def test_new_database_is_migrated_to_head(tmp_path):
    store = open_store(tmp_path / "new.sqlite")
    with store.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert integrity_ok(store)
    store.close()


def test_reopening_does_not_seed_twice(store: Store, db_path):
    again = open_store(db_path)
    with again.transaction() as session:
        assert len(session.scalars(select(m.Programme)).all()) == 1
        assert len(session.scalars(select(m.Pillar)).all()) == 5
    again.close()


def test_programme_goal_ambition_and_subgoals(store: Store):
    overview = ProgrammeService(store).overview()
    assert overview.programme.name == "Nationaal Programma Dordt West"
    assert "15-20 jaar" in overview.programme.national_goal
    assert overview.programme.ambition.startswith("De volgende generatie jeugd groeit gezonder")
    assert overview.programme.ambition.endswith(
        "We groeien met Dordt West naar het Dordts gemiddelde."
    )
    assert [g.title for g in overview.subgoals] == [
        "Het verbeteren van de fysieke leefomgeving",
        "Het bieden van een beter perspectief",
        "Het vergroten van de veiligheid",
    ]


def test_pillars_each_with_its_strategic_goal(store: Store):
    overview = ProgrammeService(store).overview()
    assert [p.name for p in overview.pillars] == PILLARS
    by_pillar = {g.pillar_id: g.title for g in overview.strategic_goals}
    names = {p.id: p.name for p in overview.pillars}
    assert {names[k]: v for k, v in by_pillar.items()} == {
        "Wonen en fysieke leefomgeving": "Het verbeteren van de leefomgeving en het bieden van meer toekomstbestendig wonen.",
        "Gezond en samen leven": "Het verkleinen van gezondheidsachterstanden en een meer samenredzame gemeenschap.",
        "Leren en ontwikkelen": "Meer kinderen groeien kansrijk op en meer inwoners krijgen kansen om zich te blijven ontwikkelen.",
        "Arbeidsmarkt en bestaanszekerheid": "Het bieden van een beter perspectief op betaald werk en op een leven lang voldoende en stabiel inkomen.",
        "Leefbaar en veilig": "Het vergroten van de leefbaarheid en veiligheid.",
    }


def test_initiatives_with_goals_components_and_funding(store: Store):
    initiatives = {i.name: i for i in ProgrammeService(store).initiatives()}
    assert list(initiatives) == [
        "Preventie met Gezag",
        "Regeling Kansrijke Wijk",
        "Wijkproject Werken in de energietransitie",
        "Volkshuisvestingsfonds",
    ]
    pmg = initiatives["Preventie met Gezag"]
    assert pmg.ambition == (
        "Iedere jongere groeit veilig op in een leefbare wijk met zicht op een kansrijke toekomst."
    )
    assert [g.title for g in pmg.goals] == [
        "Versterken veerkracht en weerbaarheid van jongeren",
        "Beperken verleidingen van het criminele circuit",
        "Verminderen doorgroeiers in de criminaliteit",
    ]
    assert all(g.kind is GoalKind.INITIATIVE for g in pmg.goals)
    (line,) = pmg.funding
    assert line.granted_cents == 4_300_000_00 and line.requested_cents is None
    assert line.status is FundingStatus.GRANTED and "J&V" in line.funder
    assert (line.period_start.render(), line.period_end.render()) == ("medio 2023", "medio 2026")

    rkw = initiatives["Regeling Kansrijke Wijk"]
    assert [c.name for c in rkw.components] == [
        "Preventie van armoede en schulden",
        "Re-integratie arbeidsmarkt",
        "Veerkracht en weerbaarheid",
        "Ontwikkeling jonge kind",
        "Stimulans gezonde leefomgeving",
        "Programma-organisatie",
    ]
    (line,) = rkw.funding
    assert line.funder == "BZK, OCW, SZW en VWS"
    assert line.decision_date.render() == "eind november/begin december 2023"
    assert line.requested_cents is None and line.granted_cents is None

    vhf = initiatives["Volkshuisvestingsfonds"]
    assert vhf.target_area == "Crabbehof"
    assert [c.name for c in vhf.components] == [
        "Verduurzaming particulier woningbezit",
        "Transformeren van panden naar woonfuncties",
        "Opwaarderen maatschappelijke voorzieningen",
        "Kwaliteitsverbetering openbare ruimte",
    ]
    (line,) = vhf.funding
    assert line.requested_cents == 17_400_000_00 and line.granted_cents is None
    assert line.status is FundingStatus.REQUESTED and "BZK" in line.funder
    assert line.decision_date.render() == "eind 2023"

    assert initiatives["Wijkproject Werken in de energietransitie"].funding == ()


def test_planning_dates_keep_their_precision(store: Store):
    milestones = {x.title: x.due.render() for x in ProgrammeService(store).milestones()}
    assert milestones == {
        "Consultatie college van B&W": "14 november 2023",
        "Bespreking Alliantie Dordt West": "23 november 2023",
        "Consultatie gemeenteraad": "28 november 2023",
        "Besluitvorming Alliantie Dordt West": "8 februari 2024",
        "Raadsvoorstel financiering 4-jarige uitvoeringsprogramma": "1ste kwartaal 2024",
    }


def test_meetings_of_the_planning(store: Store):
    service = MeetingService(store)
    meetings = [(x.day.isoformat(), x.body, x.title) for x in service.meetings()]
    assert meetings == [
        ("2023-11-14", Body.EXECUTIVE, "Consultatie college van B&W"),
        ("2023-11-23", Body.ALLIANCE, "Bespreking Alliantie Dordt West"),
        ("2023-11-28", Body.COUNCIL, "Consultatie gemeenteraad"),
        ("2024-02-08", Body.ALLIANCE, "Besluitvorming Alliantie Dordt West"),
    ]
    decision_meeting = service.meetings()[-1]
    agenda = service.detail(decision_meeting.id).agenda
    decision_items = [s.item for s in agenda if s.item.kind is ItemKind.DECISION]
    assert [i.title for i in decision_items] == [
        "Besluitvorming uitvoeringsprogramma Nationaal Programma Dordt West"
    ]
    assert len(decision_items[0].initiative_ids) == 4


def test_schema_head_constant_matches_alembic():
    from dordtwest_desktop.store.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD
