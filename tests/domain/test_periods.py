"""Report periods: a year, half year or quarter, read like the app's vague dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.periods import ReportPeriod, parse_period


@pytest.mark.parametrize(
    ("text", "shown", "first", "last", "following"),
    [
        ("2024", "2024", date(2024, 1, 1), date(2024, 12, 31), "2025"),
        ("H1 2024", "1ste helft 2024", date(2024, 1, 1), date(2024, 6, 30), "2de helft 2024"),
        ("2de helft 2024", "2de helft 2024", date(2024, 7, 1), date(2024, 12, 31), "1ste helft 2025"),
        ("Q1 2024", "1ste kwartaal 2024", date(2024, 1, 1), date(2024, 3, 31), "2de kwartaal 2024"),
        ("4e kwartaal 2024", "4de kwartaal 2024", date(2024, 10, 1), date(2024, 12, 31), "1ste kwartaal 2025"),
    ],
)  # fmt: skip
def test_periods_people_write(text: str, shown: str, first: date, last: date, following: str):
    period = parse_period(text)
    assert (period.render(), period.first, period.last) == (shown, first, last)
    assert period.following().render() == following
    assert parse_period(period.render()) == period


@pytest.mark.parametrize(
    "text", ["", "   ", "onbekend", "medio 2024", "eind 2024", "november 2024", "14-11-2024",
             "2023/2024", "Q5 2024", "1899", '"*()', "x" * 10_000]
)  # fmt: skip
def test_what_is_no_period_is_refused_in_one_sentence(text: str):
    with pytest.raises(ValidationError) as raised:
        parse_period(text)
    assert raised.value.field == "period"
    assert "2024, H1 2024 of Q3 2024" in raised.value.message
    assert len(raised.value.message) < 200


def test_overlap_with_open_ends():
    period = parse_period("2024")
    assert period.overlaps(None, None)
    assert period.overlaps(date(2023, 6, 1), None)
    assert not period.overlaps(None, date(2023, 12, 31))
    assert period.overlaps(date(2024, 12, 31), date(2030, 1, 1))
    assert not period.overlaps(date(2025, 1, 1), None)


@given(st.text(max_size=200))
def test_any_text_is_a_period_or_one_clear_refusal(text: str):
    try:
        period = parse_period(text)
    except ValidationError as error:
        assert error.message and "\n" not in error.message
        return
    assert isinstance(period, ReportPeriod)
    assert period.first <= period.last
    assert period.following().first > period.last
