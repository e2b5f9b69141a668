"""Chart series: lanes, marks with their date precision, the axis."""

from __future__ import annotations

import uuid
from datetime import date

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import FundingStatus, MilestoneStatus
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.charts import (
    PROGRAMME_LANE,
    axis_spans,
    axis_ticks,
    initiative_period,
    timeline_series,
    unix_seconds,
)
from dordtwest_desktop.services.dto import FundingLineDTO, InitiativeDTO, MilestoneDTO
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store

TODAY = date(2024, 3, 1)


def milestone(title: str, due: str, initiative: uuid.UUID | None = None) -> MilestoneDTO:
    return MilestoneDTO(
        id=uuid.uuid4(), title=title, due=PreciseDate.parse(due), initiative_id=initiative
    )


def test_a_day_is_a_point_and_a_quarter_is_a_bar():
    series = timeline_series(
        [milestone("a", "14 november 2023"), milestone("b", "Q1 2024")], [], TODAY
    )
    day, quarter = series.marks
    assert day.is_point and day.first == date(2023, 11, 14)
    assert not quarter.is_point
    assert (quarter.first, quarter.last) == (date(2024, 1, 1), date(2024, 3, 31))
    assert quarter.label == "1ste kwartaal 2024"
    assert quarter.short_label == "Q1 2024"


def test_lanes_per_initiative_after_the_programme_lane():
    first = InitiativeDTO(id=uuid.uuid4(), name="Eerste", position=0)
    second = InitiativeDTO(id=uuid.uuid4(), name="Tweede", position=1)
    idle = InitiativeDTO(id=uuid.uuid4(), name="Zonder plannen", position=2)
    marks = [
        milestone("programma", "eind 2023"),
        milestone("van tweede", "medio 2024", second.id),
        milestone("van eerste", "maart 2024", first.id),
        milestone("onbekende inspanning", "2025", uuid.uuid4()),
    ]
    series = timeline_series(marks, [second, idle, first], TODAY)
    assert [lane.key for lane in series.lanes] == [PROGRAMME_LANE, str(first.id), str(second.id)]
    assert series.lanes[0].title == tr("Programme")
    assert [m.title for m in series.lanes[0].marks] == ["programma", "onbekende inspanning"]
    assert len(timeline_series(marks, [first, second, idle], TODAY, empty_lanes=True).lanes) == 4


def test_marks_are_numbered_in_date_order():
    series = timeline_series(
        [milestone("c", "2025"), milestone("a", "1 januari 2024"), milestone("b", "Q2 2024")],
        [],
        TODAY,
    )
    assert [(m.number, m.title) for m in series.marks] == [(1, "a"), (2, "b"), (3, "c")]


def test_axis_covers_whole_quarters_and_today_when_near():
    series = timeline_series(
        [milestone("a", "14 november 2023"), milestone("b", "8 februari 2024")], [], TODAY
    )
    assert series.start == date(2023, 10, 1)
    assert series.end == date(2024, 3, 31)
    assert series.shows_today()
    far = timeline_series([milestone("a", "2010")], [], TODAY)
    assert not far.shows_today()
    assert far.end == date(2010, 12, 31)
    assert (
        0.0
        == series.position(series.start)
        < series.position(TODAY)
        < series.position(series.end)
        == 1.0
    )


def test_ticks_years_and_quarters():
    series = timeline_series([milestone("a", "Q4 2023"), milestone("b", "Q2 2025")], [], TODAY)
    ticks = axis_ticks(series)
    assert [t.label for t in ticks if t.major] == ["2024", "2025"]
    assert "Q2" in [t.label for t in ticks]
    long = timeline_series([milestone("a", "2020"), milestone("b", "2030")], [], TODAY)
    assert all(t.major for t in axis_ticks(long))


def test_axis_spans_label_years_and_quarters():
    series = timeline_series([milestone("a", "medio 2023"), milestone("b", "Q1 2024")], [], TODAY)
    spans = axis_spans(series)
    years = [(s.label, s.first, s.last) for s in spans if s.major]
    assert years == [
        ("2023", date(2023, 4, 1), date(2023, 12, 31)),
        ("2024", date(2024, 1, 1), date(2024, 3, 31)),
    ]
    assert [s.label for s in spans if not s.major] == ["Q2", "Q3", "Q4", "Q1"]


def test_initiative_period_from_funding():
    funding = FundingLineDTO(
        id=uuid.uuid4(),
        scheme="x",
        funder="J&V",
        status=FundingStatus.GRANTED,
        period_start=PreciseDate.parse("medio 2023"),
        period_end=PreciseDate.parse("medio 2026"),
    )
    initiative = InitiativeDTO(id=uuid.uuid4(), name="x", funding=(funding,))
    assert initiative_period(initiative) == (date(2023, 5, 1), date(2026, 8, 31))
    assert initiative_period(InitiativeDTO(id=uuid.uuid4(), name="y")) is None


def test_unix_seconds():
    assert unix_seconds(date(1970, 1, 2)) == 86400.0


def test_seeded_programme(store: Store):
    overview = ProgrammeService(store).overview()
    series = timeline_series(overview.milestones, overview.initiatives, TODAY)
    assert len(series.marks) == 5
    assert series.lanes[0].key == PROGRAMME_LANE
    assert {m.status for m in series.marks} == {MilestoneStatus.PLANNED}
    assert "Preventie met Gezag" in [lane.title for lane in series.lanes]  # its funding period
    assert not series.is_empty
