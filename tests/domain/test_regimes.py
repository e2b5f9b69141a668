"""The rules that turn a grant's period into report moments (domain.regimes)."""

from __future__ import annotations

import itertools
import uuid
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dordtwest_desktop.domain.dates import PreciseDate, Precision
from dordtwest_desktop.domain.enums import MomentRule
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.regimes import (
    MAX_MOMENTS,
    TEMPLATES,
    Moment,
    parse_day_of_year,
    plan,
    render_day_of_year,
)
from tests.domain.test_dates import date_points

SISA, EIND, VOORTGANG, EIGEN = TEMPLATES


def d(text: str) -> PreciseDate:
    return PreciseDate.parse(text)


def periods(min_year: int = 1990, max_year: int = 2060):
    """A start and an end as people write them, the end after the start."""
    points = date_points(min_year, max_year).map(PreciseDate)
    return st.tuples(points, points).filter(lambda p: p[1].last_day() >= p[0].first_day())


def test_sisa_over_a_vague_period_medio_2023_to_medio_2026():
    planned = plan("SiSa", SISA.moments, d("medio 2023"), d("medio 2026"), "'PmG'")
    assert [p.title for p in planned] == [f"SiSa-verantwoording {y}" for y in range(2023, 2027)]
    assert [p.due.render() for p in planned] == [f"15 juli {y}" for y in range(2024, 2028)]


def test_eindverantwoording_and_vaststelling_count_from_the_last_possible_day():
    planned = plan("Eind", EIND.moments, d("medio 2023"), d("medio 2026"), "'PmG'")
    # medio 2026 ends on 31 August 2026: six and twelve months later, to the month.
    assert [(p.title, p.due.render()) for p in planned] == [
        ("Eindverantwoording", "februari 2027"),
        ("Vaststelling", "augustus 2027"),
    ]
    exact = plan("Eind", EIND.moments, d("1 januari 2024"), d("31 december 2025"), "'x'")
    assert [p.due.render() for p in exact] == ["30 juni 2026", "31 december 2026"]


def test_progress_reports_every_six_months_numbered():
    planned = plan("V", VOORTGANG.moments, d("1 maart 2024"), d("31 december 2025"), "'x'")
    assert [(p.title, p.due.render()) for p in planned] == [
        ("Voortgangsrapportage 1", "1 september 2024"),
        ("Voortgangsrapportage 2", "1 maart 2025"),
        ("Voortgangsrapportage 3", "1 september 2025"),
    ]


def test_own_regime_has_dates_by_hand_and_needs_no_period():
    moments = (Moment(uuid.uuid4(), "Tussenrapport", MomentRule.FIXED, fixed=d("Q3 2025")),)
    assert [p.due.render() for p in plan("Eigen", moments, None, None, "'x'")] == [
        "3de kwartaal 2025"
    ]
    assert plan("Eigen", EIGEN.moments, None, None, "'x'") == ()


@pytest.mark.parametrize(("start", "end"), [(None, d("2025")), (d("2023"), None), (None, None)])
def test_a_grant_without_a_period_is_refused_with_the_place_named(start, end):
    with pytest.raises(ValidationError) as caught:
        plan("SiSa", SISA.moments, start, end, "'Preventie met Gezag'")
    assert caught.value.field == "regime"
    assert "SiSa" in caught.value.message and "Preventie met Gezag" in caught.value.message


def test_a_date_before_the_grant_starts_is_refused():
    moments = (Moment(uuid.uuid4(), "Te vroeg", MomentRule.FIXED, fixed=d("1 maart 2020")),)
    with pytest.raises(ValidationError) as caught:
        plan("Eigen 1", moments, d("medio 2023"), d("medio 2026"), "'PmG'")
    assert "Te vroeg" in caught.value.message and "medio 2023" in caught.value.message


def test_too_many_moments_is_a_typing_error_not_a_plan():
    monthly = (Moment(uuid.uuid4(), "Maand {nummer}", MomentRule.EVERY, months=1),)
    with pytest.raises(ValidationError) as caught:
        plan("Maandelijks", monthly, d("1900"), d("2200"), "'x'")
    assert str(MAX_MOMENTS) in caught.value.message


@pytest.mark.parametrize(
    "moment",
    [
        Moment(uuid.uuid4(), "", MomentRule.FIXED, fixed=d("2025")),
        Moment(uuid.uuid4(), "x", MomentRule.EVERY, months=0),
        Moment(uuid.uuid4(), "x", MomentRule.AFTER_END, months=-1),
        Moment(uuid.uuid4(), "x", MomentRule.YEARLY, day=29, month=2),
        Moment(uuid.uuid4(), "x", MomentRule.YEARLY, day=0, month=7),
        Moment(uuid.uuid4(), "x", MomentRule.FIXED),
    ],
)
def test_moments_that_make_no_sense_are_refused(moment):
    with pytest.raises(ValidationError):
        plan("R", (moment,), d("2023"), d("2025"), "'x'")


@settings(max_examples=300, deadline=None)
@given(periods())
def test_sisa_covers_every_calendar_year_the_grant_may_run(period):
    start, end = period
    planned = plan("SiSa", SISA.moments, start, end, "'x'")
    years = list(range(start.first_day().year, end.last_day().year + 1))
    assert [p.title for p in planned] == [f"SiSa-verantwoording {y}" for y in years]
    assert [p.due.first_day() for p in planned] == [date(y + 1, 7, 15) for y in years]
    assert len({p.key for p in planned}) == len(planned)
    for p in planned:
        assert p.due.precision is Precision.DAY
        assert PreciseDate.parse(p.due.render()) == p.due  # stored as text, read back
        assert p.due.first_day() > start.first_day()


@settings(max_examples=300, deadline=None)
@given(periods(), st.integers(1, 24))
def test_recurring_reports_are_spaced_and_stay_within_the_period(period, months):
    start, end = period
    moments = (Moment(uuid.uuid4(), "Rapport {nummer}", MomentRule.EVERY, months=months),)
    try:
        planned = plan("V", moments, start, end, "'x'")
    except ValidationError as error:
        assert str(MAX_MOMENTS) in error.message  # a long period with short steps
        return
    firsts = [p.due.first_day() for p in planned]
    assert firsts == sorted(firsts) and len(set(firsts)) == len(firsts)
    assert all(start.first_day() < f <= end.last_day() for f in firsts)
    assert [p.title for p in planned] == [f"Rapport {n}" for n in range(1, len(planned) + 1)]
    for earlier, later in itertools.pairwise(firsts):
        gap = (later.year - earlier.year) * 12 + later.month - earlier.month
        assert gap == months


@settings(max_examples=300, deadline=None)
@given(periods(), st.integers(0, 36))
def test_after_the_end_means_after_the_last_possible_day(period, months):
    start, end = period
    moments = (Moment(uuid.uuid4(), "Eind", MomentRule.AFTER_END, months=months),)
    (planned,) = plan("E", moments, start, end, "'x'")
    assert planned.due.last_day() >= end.last_day()
    assert planned.due.last_day() >= start.first_day()
    precision = Precision.DAY if end.precision is Precision.DAY else Precision.MONTH
    assert planned.due.precision is precision


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_day_of_year_reads_or_refuses_in_a_sentence(text):
    try:
        day, month = parse_day_of_year(text)
    except ValidationError as error:
        assert "15 juli" in error.message
        return
    assert render_day_of_year(day, month)
    assert parse_day_of_year(render_day_of_year(day, month)) == (day, month)


def test_day_of_year_forms():
    assert parse_day_of_year("15 juli") == (15, 7)
    assert parse_day_of_year("15-7") == (15, 7)
    assert parse_day_of_year("1 sept") == (1, 9)
    with pytest.raises(ValidationError):
        parse_day_of_year("31 juni")


def test_templates_have_fixed_identities_and_say_they_are_templates():
    assert [t.name for t in TEMPLATES] == [
        "SiSa",
        "Eindverantwoording",
        "Voortgangsrapportage",
        "Eigen",
    ]
    assert all("Sjabloon" in t.description for t in TEMPLATES)
    ids = [t.id for t in TEMPLATES] + [m.id for t in TEMPLATES for m in t.moments]
    assert len(set(ids)) == len(ids)
