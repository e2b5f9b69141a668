"""Stored due dates are read by a shortcut for the forms render() writes most; it must
read exactly what the full parser reads."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.dates.points import (
    DUTCH_MONTHS,
    MAX_YEAR,
    MIN_YEAR,
    DatePoint,
    Part,
    Precision,
)
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.store.types import _canonical_date, parse_stored_date, stored_bounds


@st.composite
def points(draw: st.DrawFn) -> DatePoint:
    precision = draw(st.sampled_from(list(Precision)))
    year = draw(st.integers(MIN_YEAR, MAX_YEAR))
    if precision is Precision.DAY:
        day = draw(st.dates(min_value=date(year, 1, 1), max_value=date(year, 12, 31)))
        return DatePoint(year, precision, day.month, day.day)
    if precision is Precision.MONTH:
        part = draw(st.sampled_from(list(Part)))
        return DatePoint(year, precision, draw(st.integers(1, 12)), 0, part)
    if precision is Precision.QUARTER:
        return DatePoint(year, precision, draw(st.integers(1, 4)))
    if precision is Precision.HALF:
        return DatePoint(year, precision, draw(st.integers(1, 2)))
    return DatePoint(year, precision, 0, 0, draw(st.sampled_from(list(Part))))


@given(points(), st.one_of(st.none(), points()))
def test_every_rendered_date_reads_back_as_the_parser_reads_it(start, end):
    try:
        value = PreciseDate(start, end)
    except ValueError:
        return  # an unordered span is no date
    text = value.render()
    assert parse_stored_date(text) == PreciseDate.parse(text) == value


_words = st.sampled_from([*DUTCH_MONTHS, "Mei", "mrt", "sept", "medio", "eind", "Q1", "x"])
# Texts of date words, numbers and spaces: most are no date, some are.
_texts = st.lists(
    st.one_of(_words, st.integers(-5, 3000).map(str), st.just(" "), st.just("0")),
    max_size=5,
).map(" ".join)


@given(_texts)
def test_the_shortcut_takes_nothing_the_parser_reads_otherwise(text: str):
    found = _canonical_date(text)
    if found is None:
        return
    assert found == PreciseDate.parse(text)


@pytest.mark.parametrize(
    "text", ["31 februari 2026", "29 februari 2025", "0 mei 2026", "14 november 1899", "mei 2201"]
)
def test_a_date_the_calendar_or_the_programme_lacks_goes_to_the_parser(text: str):
    assert _canonical_date(text) is None
    with pytest.raises(ValidationError):
        PreciseDate.parse(text)


@given(points(), st.one_of(st.none(), points()))
def test_the_bounds_read_from_the_text_are_the_dates_own(start, end):
    """The dashboard's counts read whether a date has passed from its stored text."""
    try:
        value = PreciseDate(start, end)
    except ValueError:
        return
    assert stored_bounds(value.render()) == value.sort_key()


@given(_texts)
def test_the_bounds_of_any_text_are_the_parsers(text: str):
    try:
        parsed = PreciseDate.parse(text)
    except ValidationError:
        with pytest.raises(ValidationError):
            stored_bounds(text)
        return
    assert stored_bounds(text) == parsed.sort_key()
