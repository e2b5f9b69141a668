"""The figures behind the dashboard's charts: lanes, bar extents, totals, attention."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

import pytest

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import (
    ActionStatus,
    Body,
    Direction,
    FundingStatus,
    MilestoneStatus,
)
from dordtwest_desktop.services.charts import PROGRAMME_LANE, timeline_series
from dordtwest_desktop.services.dashboard import (
    PALETTE,
    DashboardService,
    date_ticks,
    funding_series,
    indicator_groups,
    is_overdue,
    mark_colour,
    short_name,
)
from dordtwest_desktop.services.dto import (
    ActionDTO,
    FundingLineDTO,
    InitiativeDTO,
    MeetingDTO,
    MilestoneDTO,
)
from dordtwest_desktop.services.indicators import IndicatorDTO, IndicatorValueDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store

SEED_MILESTONES = {
    "Consultatie college van B&W": (date(2023, 11, 14), date(2023, 11, 14)),
    "Bespreking Alliantie Dordt West": (date(2023, 11, 23), date(2023, 11, 23)),
    "Consultatie gemeenteraad": (date(2023, 11, 28), date(2023, 11, 28)),
    "Besluitvorming Alliantie Dordt West": (date(2024, 2, 8), date(2024, 2, 8)),
    "Raadsvoorstel financiering 4-jarige uitvoeringsprogramma": (
        date(2024, 1, 1),
        date(2024, 3, 31),
    ),
}


def milestone(due: str, status=MilestoneStatus.PLANNED, initiative=None) -> MilestoneDTO:
    return MilestoneDTO(
        id=uuid.uuid4(),
        title=due,
        due=PreciseDate.parse(due),
        status=status,
        initiative_id=initiative,
    )


# -- timeline -------------------------------------------------------------------------


def test_seed_lanes_marks_and_bar_extents(store: Store):
    series = DashboardService(store).timeline(date(2024, 1, 10))
    assert [lane.title for lane in series.lanes] == [
        "Programma",
        "Preventie met Gezag",
        "Regeling Kansrijke Wijk",
        "Wijkproject Werken in de energietransitie",
        "Volkshuisvestingsfonds",
    ]
    programme = series.lanes[0]
    assert programme.key == PROGRAMME_LANE
    assert {m.title: (m.first, m.last) for m in programme.marks} == SEED_MILESTONES
    points = {m.title for m in programme.marks if m.is_point}
    assert "Raadsvoorstel financiering 4-jarige uitvoeringsprogramma" not in points
    assert len(points) == 4
    # "medio 2023" to "medio 2026": the running time of Preventie met Gezag's funding.
    assert series.lanes[1].period == (date(2023, 5, 1), date(2026, 8, 31))
    assert series.start == date(2023, 4, 1) and series.shows_today()


@pytest.mark.parametrize(
    ("due", "first", "last"),
    [
        ("14 november 2023", date(2023, 11, 14), date(2023, 11, 14)),
        ("november 2023", date(2023, 11, 1), date(2023, 11, 30)),
        ("eind november 2023", date(2023, 11, 21), date(2023, 11, 30)),
        ("Q1 2024", date(2024, 1, 1), date(2024, 3, 31)),
        ("2de helft 2024", date(2024, 7, 1), date(2024, 12, 31)),
        ("medio 2026", date(2026, 5, 1), date(2026, 8, 31)),
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("eind november/begin december 2023", date(2023, 11, 21), date(2023, 12, 10)),
    ],
)
def test_a_bar_covers_the_days_of_its_precision(due: str, first: date, last: date):
    (mark,) = timeline_series([milestone(due)], [], date(2024, 1, 1)).marks
    assert (mark.first, mark.last) == (first, last)
    assert mark.is_point == (first == last)


def test_overdue_means_planned_and_wholly_past():
    today = date(2024, 4, 1)
    assert is_overdue(milestone("Q1 2024"), today)
    assert not is_overdue(milestone("Q1 2024"), date(2024, 3, 31))  # the quarter still runs
    assert not is_overdue(milestone("Q1 2024", MilestoneStatus.REACHED), today)
    marks = timeline_series(
        [milestone("Q1 2024"), milestone("Q1 2024", MilestoneStatus.REACHED)], [], today
    ).marks
    assert [mark_colour(m, today) for m in marks] == [PALETTE["overdue"], PALETTE["reached"]]


# -- funding --------------------------------------------------------------------------


def test_seed_funding_per_initiative_and_funder(store: Store):
    funding = DashboardService(store).funding()
    by_initiative = {b.title: (b.requested_cents, b.granted_cents) for b in funding.by_initiative}
    # Nothing inferred: the seed names no request for the granted 4,3 miljoen.
    assert by_initiative == {
        "Preventie met Gezag": (0, 4_300_000_00),
        "Regeling Kansrijke Wijk": (0, 0),
        "Volkshuisvestingsfonds": (17_400_000_00, 0),
    }
    assert [b.label for b in funding.by_funder] == ["BZK", "J&V", "BZK, OCW, SZW en VWS"]
    assert (funding.requested_cents, funding.granted_cents) == (17_400_000_00, 4_300_000_00)
    assert funding.unknown_lines == 1
    pending = {b.title: b.pending_lines for b in funding.by_initiative}
    assert pending == {
        "Preventie met Gezag": 0,
        "Regeling Kansrijke Wijk": 1,
        "Volkshuisvestingsfonds": 1,
    }
    assert "€ 17.400.000" in funding.total_text()
    assert "€ 4.300.000" in funding.total_text()


def test_funding_totals_add_up_per_funder():
    line = FundingLineDTO
    first = InitiativeDTO(
        id=uuid.uuid4(),
        name="Een",
        funding=(
            line(uuid.uuid4(), "A", "Ministerie (X)", FundingStatus.GRANTED, 100, 80),
            line(uuid.uuid4(), "B", "Provincie", FundingStatus.REJECTED, 50, None),
        ),
    )
    second = InitiativeDTO(
        id=uuid.uuid4(),
        name="Twee",
        position=1,
        funding=(line(uuid.uuid4(), "C", "Ministerie (X)", FundingStatus.REQUESTED, 30),),
    )
    idle = InitiativeDTO(id=uuid.uuid4(), name="Zonder middelen", position=2)
    series = funding_series([second, idle, first])
    assert [b.title for b in series.by_initiative] == ["Een", "Twee"]
    assert [(b.label, b.requested_cents, b.granted_cents) for b in series.by_funder] == [
        ("X", 130, 80),
        ("Provincie", 50, 0),
    ]
    assert (series.requested_cents, series.granted_cents) == (180, 80)
    assert sum(b.requested_cents for b in series.by_funder) == series.requested_cents
    assert funding_series([]).is_empty


def test_short_names():
    assert short_name("Ministerie van Justitie en Veiligheid (J&V)") == "J&V"
    assert short_name("Gemeente Dordrecht") == "Gemeente Dordrecht"
    assert short_name("x" * 40).endswith("…") and len(short_name("x" * 40)) == 28


# -- attention ------------------------------------------------------------------------


def test_attention_counts(store: Store):
    meetings = MeetingService(store)
    meeting_id = meetings.meetings()[0].id
    for due, status in (
        ("1 januari 2024", ActionStatus.OPEN),
        ("1 maart 2024", ActionStatus.OPEN),
        ("1 december 2023", ActionStatus.DONE),
        (None, ActionStatus.OPEN),
    ):
        meetings.save_action(
            ActionDTO(
                id=uuid.uuid4(),
                description=f"Voorbeeldactie {due}",
                due=PreciseDate.parse(due) if due else None,
                status=status,
                meeting_id=meeting_id,
                created_at=datetime(2023, 11, 1),
            )
        )
    attention = DashboardService(store).attention(date(2024, 1, 10))
    assert attention.overdue_milestones == 3
    assert attention.overdue_titles == (
        "Consultatie college van B&W",
        "Bespreking Alliantie Dordt West",
        "Consultatie gemeenteraad",
    )
    assert attention.open_actions == 3
    assert attention.overdue_actions == 1  # "Voorbeeldactie 1 januari 2024"
    assert attention.next_meeting is not None
    assert attention.next_meeting.day == date(2024, 2, 8)
    later = DashboardService(store).attention(date(2026, 1, 1))
    assert later.overdue_milestones == 5 and later.next_meeting is None
    assert len(later.overdue_titles) == 3  # the card names the oldest three
    # Read as aggregates (the screen) or from the whole lists (the PDF): the same figures.
    for day in (date(2024, 1, 10), date(2026, 1, 1)):
        assert DashboardService(store).attention(day) == DashboardService(store).data(day).attention


def test_the_next_meeting_is_today_or_later_earliest_first(store: Store):
    meetings = MeetingService(store)
    today = date(2030, 5, 1)
    for day, start in (
        (date(2030, 5, 1), time(20)),
        (date(2030, 5, 1), time(9)),
        (date(2030, 4, 30), None),
    ):
        meetings.save_meeting(
            MeetingDTO(id=uuid.uuid4(), body=Body.ALLIANCE, day=day, start_time=start)
        )
    found = DashboardService(store).attention(today).next_meeting
    assert found is not None and (found.day, found.start_time) == (today, time(9))


# -- indicators -----------------------------------------------------------------------


def test_indicator_series_grouped_by_pillar_with_the_target(store: Store):
    pillars = ProgrammeService(store).pillars()
    values = (
        IndicatorValueDTO(uuid.uuid4(), 2020, 3.9, 4.1, 4.2),
        IndicatorValueDTO(uuid.uuid4(), 2022, 4.0, 4.1, None),
    )
    safe = IndicatorDTO(
        uuid.uuid4(), "Veilig (voorbeeld)", pillar_id=pillars[4].id, values=values, target=4.5
    )
    health = IndicatorDTO(
        uuid.uuid4(),
        "Gezond (voorbeeld)",
        pillar_id=pillars[1].id,
        values=values,
        direction=Direction.LOWER_IS_BETTER,
    )
    loose = IndicatorDTO(uuid.uuid4(), "Los (voorbeeld)")
    groups = indicator_groups([safe, loose, health], pillars)
    assert [(g.title, [c.name for c in g.charts]) for g in groups] == [
        ("Gezond en samen leven", ["Gezond (voorbeeld)"]),
        ("Leefbaar en veilig", ["Veilig (voorbeeld)"]),
        ("Zonder pijler", ["Los (voorbeeld)"]),
    ]
    health_chart, safe_chart, loose_chart = (g.charts[0] for g in groups)
    assert safe_chart.years == (2020, 2022)
    assert safe_chart.dordt_west == (3.9, 4.0) and safe_chart.netherlands == (4.2, None)
    assert safe_chart.target_line == (4.5, 4.5)
    assert health_chart.target_line == health_chart.dordrecht  # the average is the target
    assert "2022" in safe_chart.summary() and "gemiddelde" in safe_chart.summary()
    assert loose_chart.is_empty and loose_chart.summary() == "Nog geen cijfers."


def test_dashboard_data_at_once(store: Store):
    data = DashboardService(store).data(date(2024, 1, 10))
    assert data.programme_name == "Nationaal Programma Dordt West"
    assert "Dordts gemiddelde" in data.motto
    assert len(data.timeline.marks) == 5
    assert data.indicators == ()
    assert data.attention.overdue_milestones == 3


# -- axes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "labels"),
    [
        (
            date(2023, 11, 13),
            date(2023, 11, 16),
            ["13 nov 2023", "14 nov 2023", "15 nov 2023", "16 nov 2023"],
        ),
        (date(2023, 10, 15), date(2024, 2, 10), ["nov 2023", "dec 2023", "jan 2024", "feb 2024"]),
        (date(2023, 10, 1), date(2024, 9, 30), ["Q4 2023", "Q1 2024", "Q2 2024", "Q3 2024"]),
        (date(2023, 4, 1), date(2026, 12, 31), ["2024", "2025", "2026"]),
        (
            date(2000, 1, 1),
            date(2060, 1, 1),
            ["2000", "2010", "2020", "2030", "2040", "2050", "2060"],
        ),
    ],
)
def test_date_ticks_are_dutch(start: date, end: date, labels: list[str]):
    assert [label for _, label in date_ticks(start, end, 8)] == labels
