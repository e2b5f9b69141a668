from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dordtwest_desktop.domain.dates import (
    DUTCH_MONTHS,
    DatePoint,
    Part,
    PreciseDate,
    Precision,
    format_long_date,
    format_short_date,
    parse_day,
    parse_optional,
    short_axis_label,
)
from dordtwest_desktop.domain.errors import ValidationError

D, M, Q, H, Y = (
    Precision.DAY,
    Precision.MONTH,
    Precision.QUARTER,
    Precision.HALF,
    Precision.YEAR,
)


def day(y: int, m: int, d: int) -> DatePoint:
    return DatePoint(y, D, m, d)


def month(y: int, m: int, part: Part = Part.WHOLE) -> DatePoint:
    return DatePoint(y, M, m, part=part)


def year(y: int, part: Part = Part.WHOLE) -> DatePoint:
    return DatePoint(y, Y, part=part)


def single(point: DatePoint) -> PreciseDate:
    return PreciseDate(point)


CANONICAL: list[tuple[str, PreciseDate]] = [
    ("14 november 2023", single(day(2023, 11, 14))),
    ("1 januari 2024", single(day(2024, 1, 1))),
    ("29 februari 2024", single(day(2024, 2, 29))),
    ("november 2023", single(month(2023, 11))),
    ("mei 2025", single(month(2025, 5))),
    ("begin december 2023", single(month(2023, 12, Part.BEGIN))),
    ("medio december 2023", single(month(2023, 12, Part.MID))),
    ("eind november 2023", single(month(2023, 11, Part.END))),
    ("1ste kwartaal 2024", single(DatePoint(2024, Q, 1))),
    ("2de kwartaal 2024", single(DatePoint(2024, Q, 2))),
    ("3de kwartaal 2024", single(DatePoint(2024, Q, 3))),
    ("4de kwartaal 2024", single(DatePoint(2024, Q, 4))),
    ("1ste helft 2024", single(DatePoint(2024, H, 1))),
    ("2de helft 2024", single(DatePoint(2024, H, 2))),
    ("2024", single(year(2024))),
    ("begin 2024", single(year(2024, Part.BEGIN))),
    ("medio 2026", single(year(2026, Part.MID))),
    ("eind 2023", single(year(2023, Part.END))),
    (
        "eind november/begin december 2023",
        PreciseDate(month(2023, 11, Part.END), month(2023, 12, Part.BEGIN)),
    ),
    (
        "eind december 2023/begin januari 2024",
        PreciseDate(month(2023, 12, Part.END), month(2024, 1, Part.BEGIN)),
    ),
    ("2023/2024", PreciseDate(year(2023), year(2024))),
    ("begin/medio 2024", PreciseDate(year(2024, Part.BEGIN), year(2024, Part.MID))),
    (
        "1ste kwartaal/2de helft 2024",
        PreciseDate(DatePoint(2024, Q, 1), DatePoint(2024, H, 2)),
    ),
    ("14 november/15 november 2023", PreciseDate(day(2023, 11, 14), day(2023, 11, 15))),
]


@pytest.mark.parametrize(("text", "expected"), CANONICAL)
def test_canonical_forms_parse_and_render_back(text: str, expected: PreciseDate) -> None:
    parsed = PreciseDate.parse(text)
    assert parsed == expected
    assert parsed.render() == text
    assert str(parsed) == text


ALTERNATIVES: list[tuple[str, str]] = [
    ("  14   November 2023 ", "14 november 2023"),
    ("14 NOVEMBER 2023", "14 november 2023"),
    ("1e kwartaal 2024", "1ste kwartaal 2024"),
    ("2e kwartaal 2024", "2de kwartaal 2024"),
    ("eerste kwartaal 2024", "1ste kwartaal 2024"),
    ("tweede kwartaal 2024", "2de kwartaal 2024"),
    ("derde kwartaal 2024", "3de kwartaal 2024"),
    ("vierde kwartaal 2024", "4de kwartaal 2024"),
    ("Q1 2024", "1ste kwartaal 2024"),
    ("q1 2024", "1ste kwartaal 2024"),
    ("Q1-2024", "1ste kwartaal 2024"),
    ("Q3\u20132024", "3de kwartaal 2024"),
    ("2024 Q1", "1ste kwartaal 2024"),
    ("2024-Q4", "4de kwartaal 2024"),
    ("K2 2024", "2de kwartaal 2024"),
    ("1e helft 2024", "1ste helft 2024"),
    ("H1 2024", "1ste helft 2024"),
    ("h2 2024", "2de helft 2024"),
    ("2024 H2", "2de helft 2024"),
    ("eerste helft 2024", "1ste helft 2024"),
    ("tweede helft 2024", "2de helft 2024"),
    ("2de halfjaar 2024", "2de helft 2024"),
    ("halverwege 2026", "medio 2026"),
    ("midden 2026", "medio 2026"),
    ("half 2026", "medio 2026"),
    ("Begin 2024", "begin 2024"),
    ("einde 2023", "eind 2023"),
    ("eind van 2023", "eind 2023"),
    ("begin november 2023", "begin november 2023"),
    ("midden november 2023", "medio november 2023"),
    ("halverwege november 2023", "medio november 2023"),
    ("half november 2023", "medio november 2023"),
    ("einde november 2023", "eind november 2023"),
    ("14 nov 2023", "14 november 2023"),
    ("14 nov. 2023", "14 november 2023"),
    ("sept 2024", "september 2024"),
    ("sep 2024", "september 2024"),
    ("okt. 2023", "oktober 2023"),
    ("mrt 2024", "maart 2024"),
    ("mei 2024", "mei 2024"),
    ("eind feb 2024", "eind februari 2024"),
    ("14-11-2023", "14 november 2023"),
    ("14/11/2023", "14 november 2023"),
    ("14.11.2023", "14 november 2023"),
    ("1-2-2024", "1 februari 2024"),
    ("2023-11-14", "14 november 2023"),
    ("11-2023", "november 2023"),
    ("11/2023", "november 2023"),
    ("2023-11", "november 2023"),
    ("donderdag 8 februari 2024", "8 februari 2024"),
    ("Donderdag, 8 februari 2024", "8 februari 2024"),
    ("eind november 2023/begin december 2023", "eind november/begin december 2023"),
    ("eind nov / begin dec 2023", "eind november/begin december 2023"),
    ("Eind November/ Begin December 2023", "eind november/begin december 2023"),
    ("Q4 2023/Q1 2024", "4de kwartaal 2023/1ste kwartaal 2024"),
    ("Q1/Q2 2024", "1ste kwartaal/2de kwartaal 2024"),
    ("14-11-2023/15-11-2023", "14 november/15 november 2023"),
    ("14/11/2023/15/11/2023", "14 november/15 november 2023"),
]


@pytest.mark.parametrize(("text", "canonical"), ALTERNATIVES)
def test_alternative_forms_parse_to_the_canonical_value(text: str, canonical: str) -> None:
    assert PreciseDate.parse(text) == PreciseDate.parse(canonical)
    assert PreciseDate.parse(text).render() == canonical


INVALID = [
    "vier miljoen",
    "31 februari 2023",
    "29 februari 2023",
    "2023-02-30",
    "30-02-2023",
    "Q5 2024",
    "Q0 2024",
    "5de kwartaal 2024",
    "H3 2024",
    "3de helft 2024",
    "13-2023",
    "2023-13",
    "0-2023",
    "32 januari 2024",
    "1899",
    "2201",
    "14 november 1899",
    "Q1 2201",
    "november",
    "begin",
    "medio december",
    "begin 14 november 2023",
    "begin Q1 2024",
    "14-11-2023-2024",
    "14-11/2023",
    "2023/11",
    "/2023",
    "2023/",
    "eind november/",
    "novembr 2023",
    "maandag 8 februari 2024",
    "14 november 2023 14:00",
]


@pytest.mark.parametrize("text", INVALID)
def test_invalid_dates_are_refused_with_a_message_quoting_the_input(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PreciseDate.parse(text)
    message = caught.value.message
    assert f"'{text.strip()}'" in message
    # Examples, whatever the language.
    assert "14 november 2023" in message
    assert "Q1 2024" in message


@pytest.mark.parametrize(
    "text",
    [
        "december/januari 2024",
        "begin december/eind november 2023",
        "2024/2023",
        "november/november 2023",
        "Q4 2023/december 2023",
        "2023/november 2023",
        "eind/begin 2024",
    ],
)
def test_span_must_end_after_it_starts(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PreciseDate.parse(text)
    assert f"'{text}'" in caught.value.message
    assert "eind november/begin december 2023" in caught.value.message


def test_span_constructor_refuses_a_backward_span() -> None:
    with pytest.raises(ValueError):
        PreciseDate(month(2023, 12), month(2023, 11))


@pytest.mark.parametrize(
    ("point", "first", "last"),
    [
        (day(2023, 11, 14), date(2023, 11, 14), date(2023, 11, 14)),
        (month(2023, 11), date(2023, 11, 1), date(2023, 11, 30)),
        (month(2024, 2, Part.BEGIN), date(2024, 2, 1), date(2024, 2, 10)),
        (month(2024, 2, Part.MID), date(2024, 2, 11), date(2024, 2, 20)),
        (month(2024, 2, Part.END), date(2024, 2, 21), date(2024, 2, 29)),
        (month(2023, 2, Part.END), date(2023, 2, 21), date(2023, 2, 28)),
        (month(2023, 12, Part.END), date(2023, 12, 21), date(2023, 12, 31)),
        (DatePoint(2024, Q, 1), date(2024, 1, 1), date(2024, 3, 31)),
        (DatePoint(2024, Q, 2), date(2024, 4, 1), date(2024, 6, 30)),
        (DatePoint(2024, Q, 3), date(2024, 7, 1), date(2024, 9, 30)),
        (DatePoint(2024, Q, 4), date(2024, 10, 1), date(2024, 12, 31)),
        (DatePoint(2024, H, 1), date(2024, 1, 1), date(2024, 6, 30)),
        (DatePoint(2024, H, 2), date(2024, 7, 1), date(2024, 12, 31)),
        (year(2024), date(2024, 1, 1), date(2024, 12, 31)),
        (year(2024, Part.BEGIN), date(2024, 1, 1), date(2024, 4, 30)),
        (year(2024, Part.MID), date(2024, 5, 1), date(2024, 8, 31)),
        (year(2024, Part.END), date(2024, 9, 1), date(2024, 12, 31)),
    ],
)
def test_bounds(point: DatePoint, first: date, last: date) -> None:
    assert point.first_day() == first
    assert point.last_day() == last
    assert PreciseDate(point).sort_key() == (first, last)


def test_span_bounds_run_from_start_to_end() -> None:
    span = PreciseDate.parse("eind november/begin december 2023")
    assert span.first_day() == date(2023, 11, 21)
    assert span.last_day() == date(2023, 12, 10)
    assert span.precision is Precision.MONTH


@pytest.mark.parametrize(
    "kwargs",
    [
        {"year": 2024, "precision": D, "number": 2, "day": 30},
        {"year": 2024, "precision": D, "number": 13, "day": 1},
        {"year": 2024, "precision": M, "number": 0},
        {"year": 2024, "precision": M, "number": 5, "day": 3},
        {"year": 2024, "precision": Q, "number": 5},
        {"year": 2024, "precision": Q, "number": 1, "part": Part.END},
        {"year": 2024, "precision": H, "number": 3},
        {"year": 2024, "precision": Y, "number": 1},
        {"year": 2024, "precision": D, "number": 1, "day": 1, "part": Part.BEGIN},
        {"year": 0, "precision": Y},
    ],
)
def test_date_point_refuses_inconsistent_fields(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        DatePoint(**kwargs)  # type: ignore[arg-type]


def test_date_point_accepts_stored_strings_for_enums() -> None:
    point = DatePoint(2024, "month", 3, part="end")  # type: ignore[arg-type]
    assert point == month(2024, 3, Part.END)
    assert point.precision is Precision.MONTH
    assert point.part is Part.END


def test_sorting_examples() -> None:
    texts = [
        "eind 2023",
        "november 2023",
        "2023",
        "14 november 2023",
        "1ste kwartaal 2024",
        "eind november/begin december 2023",
        "begin 2024",
    ]
    ordered = [p.render() for p in sorted(PreciseDate.parse(t) for t in texts)]
    assert ordered == [
        "2023",
        "eind 2023",
        "november 2023",
        "14 november 2023",
        "eind november/begin december 2023",
        "1ste kwartaal 2024",
        "begin 2024",
    ]


def test_same_bounds_are_ordered_but_not_equal() -> None:
    quarter = PreciseDate.parse("Q4 2023")
    span = PreciseDate.parse("oktober/december 2023")
    assert quarter.sort_key() == span.sort_key()
    assert quarter != span
    assert (quarter < span) != (span < quarter)
    assert (quarter <= span) != (span <= quarter)


def test_is_past() -> None:
    eind_2023 = PreciseDate.parse("eind 2023")
    assert not eind_2023.is_past(date(2023, 12, 31))
    assert eind_2023.is_past(date(2024, 1, 1))
    assert not PreciseDate.parse("14 november 2023").is_past(date(2023, 11, 14))
    assert PreciseDate.parse("14 november 2023").is_past(date(2023, 11, 15))


def test_of_day() -> None:
    assert PreciseDate.of_day(date(2024, 2, 8)) == PreciseDate.parse("8 februari 2024")
    assert PreciseDate.of_day(date(2024, 2, 8)).precision is Precision.DAY


def test_parse_optional() -> None:
    assert parse_optional(None) is None
    assert parse_optional("") is None
    assert parse_optional("  \t ") is None
    assert parse_optional(" Q1 2024 ") == PreciseDate.parse("1ste kwartaal 2024")
    with pytest.raises(ValidationError):
        parse_optional("morgen")


def test_parse_day() -> None:
    assert parse_day("14-11-2023") == date(2023, 11, 14)
    assert parse_day("donderdag 8 februari 2024") == date(2024, 2, 8)
    assert parse_day(" 8 feb 2024 ") == date(2024, 2, 8)


@pytest.mark.parametrize(
    "text", ["november 2023", "Q1 2024", "2024", "14/11/2023/15/11/2023", "morgen"]
)
def test_parse_day_refuses_anything_but_a_day(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_day(text)
    assert f"'{text}'" in caught.value.message
    assert "14-11-2023" in caught.value.message


def test_dutch_formatting() -> None:
    assert DUTCH_MONTHS[0] == "januari"
    assert DUTCH_MONTHS[11] == "december"
    assert len(DUTCH_MONTHS) == 12
    assert format_long_date(date(2024, 2, 8)) == "donderdag 8 februari 2024"
    assert format_long_date(date(2023, 11, 13)) == "maandag 13 november 2023"
    assert format_long_date(date(2023, 11, 19)) == "zondag 19 november 2023"
    assert format_short_date(date(2024, 2, 8)) == "8 februari 2024"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("november 2023", "nov 2023"),
        ("maart 2024", "mrt 2024"),
        ("Q1 2024", "Q1 2024"),
        ("H1 2024", "H1 2024"),
        ("2024", "2024"),
        ("14 november 2023", "14 nov 2023"),
        ("eind 2023", "eind 2023"),
        ("begin december 2023", "begin dec 2023"),
        ("eind november/begin december 2023", "eind nov/begin dec 2023"),
        ("Q4 2023/Q1 2024", "Q4 2023/Q1 2024"),
    ],
)
def test_short_axis_label(text: str, label: str) -> None:
    assert short_axis_label(PreciseDate.parse(text)) == label


# --- properties ----------------------------------------------------------------------------


@st.composite
def date_points(draw: st.DrawFn, min_year: int = 1900, max_year: int = 2200) -> DatePoint:
    y = draw(st.integers(min_year, max_year))
    precision = draw(st.sampled_from(Precision))
    if precision is D:
        m = draw(st.integers(1, 12))
        return DatePoint(y, D, m, draw(st.integers(1, calendar.monthrange(y, m)[1])))
    if precision is M:
        return DatePoint(y, M, draw(st.integers(1, 12)), part=draw(st.sampled_from(Part)))
    if precision is Q:
        return DatePoint(y, Q, draw(st.integers(1, 4)))
    if precision is H:
        return DatePoint(y, H, draw(st.integers(1, 2)))
    return DatePoint(y, Y, part=draw(st.sampled_from(Part)))


@st.composite
def spans(draw: st.DrawFn) -> PreciseDate:
    start = draw(date_points())
    # Mostly the same or the next year, where the shortened rendering matters.
    offset = draw(st.sampled_from([0, 0, 0, 1]) | st.integers(0, 2200 - start.year))
    end_year = min(start.year + offset, 2200)
    end = draw(date_points(end_year, end_year))
    assume(end.first_day() > start.last_day())
    return PreciseDate(start, end)


precise_dates = st.one_of(st.builds(PreciseDate, date_points()), spans())


@given(precise_dates)
def test_render_parses_back_to_the_same_value(p: PreciseDate) -> None:
    assert PreciseDate.parse(p.render()) == p
    assert PreciseDate.parse(p.render().upper()) == p


@given(precise_dates)
def test_bounds_are_ordered_and_cover_the_points(p: PreciseDate) -> None:
    assert p.first_day() <= p.last_day()
    assert p.start.first_day() <= p.start.last_day()
    assert p.sort_key() == (p.first_day(), p.last_day())
    if p.end is not None:
        assert p.start.last_day() < p.end.first_day()
        assert p.last_day() == p.end.last_day()


@given(precise_dates, precise_dates)
def test_equal_dates_hash_alike_and_a_set_keeps_one(a: PreciseDate, b: PreciseDate) -> None:
    # The hash is kept with the value (dicts and caches look dates up by the thousand):
    # a copy read back from its text hashes as the value itself does.
    again = PreciseDate.parse(a.render())
    assert hash(again) == hash(a) and len({a, again}) == 1
    assert (a == b) == (len({a, b}) == 1)
    if a == b:
        assert hash(a) == hash(b)


@given(st.lists(precise_dates, max_size=12))
def test_sorting_follows_sort_key(dates: list[PreciseDate]) -> None:
    keys = [p.sort_key() for p in sorted(dates)]
    assert keys == sorted(keys)


@given(precise_dates, precise_dates)
def test_order_is_total_and_agrees_with_sort_key(a: PreciseDate, b: PreciseDate) -> None:
    assert [a < b, a == b, a > b].count(True) == 1
    assert (a <= b) == (a < b or a == b)
    if a.sort_key() < b.sort_key():
        assert a < b
    if a < b:
        assert a.sort_key() <= b.sort_key()


@given(precise_dates)
def test_short_axis_label_is_short(p: PreciseDate) -> None:
    label = short_axis_label(p)
    assert str(p.last_day().year) in label
    assert len(label) <= len(p.render())


@given(st.dates(date(1900, 1, 1), date(2200, 12, 31)))
def test_days_round_trip_through_every_writing(d: date) -> None:
    p = PreciseDate.of_day(d)
    assert parse_day(format_short_date(d)) == d
    assert parse_day(format_long_date(d)) == d
    assert parse_day(d.isoformat()) == d
    assert parse_day(f"{d.day}-{d.month}-{d.year}") == d
    assert parse_day(f"{d.day:02d}/{d.month:02d}/{d.year}") == d
    assert p.render() == format_short_date(d)


def _check_parse_or_validation_error(text: str) -> None:
    try:
        result = PreciseDate.parse(text)
    except ValidationError as error:
        assert error.message
        return
    assert isinstance(result, PreciseDate)
    # Whatever was accepted must be stable under its own rendering.
    assert PreciseDate.parse(result.render()) == result


@given(st.text())
def test_arbitrary_text_parses_or_raises_validation_error(text: str) -> None:
    _check_parse_or_validation_error(text)


_TOKENS = [
    *DUTCH_MONTHS,
    "nov",
    "okt.",
    "sept",
    "begin",
    "medio",
    "eind",
    "einde",
    "halverwege",
    "van",
    "kwartaal",
    "helft",
    "1ste",
    "2de",
    "eerste",
    "q1",
    "Q4",
    "H2",
    "q9",
    "0",
    "1",
    "14",
    "31",
    "99",
    "1899",
    "1900",
    "2023",
    "2200",
    "2201",
    "9999",
    "-",
    "/",
    ".",
    ",",
    " ",
    "\u2013",
    "donderdag",
]


@given(st.lists(st.sampled_from(_TOKENS), max_size=8).map("".join))
def test_date_like_text_parses_or_raises_validation_error(text: str) -> None:
    _check_parse_or_validation_error(text)


@given(st.lists(st.sampled_from(_TOKENS), max_size=8).map(" ".join))
def test_date_like_words_parse_or_raise_validation_error(text: str) -> None:
    _check_parse_or_validation_error(text)


@given(st.text(alphabet=" \t\n\u00a0\u2003", max_size=6))
def test_an_empty_date_asks_for_one_rather_than_quoting_nothing(blank: str) -> None:
    # Issue 14: an empty field said "'' is geen datum".
    for parse in (PreciseDate.parse, parse_day):
        with pytest.raises(ValidationError) as caught:
            parse(blank)
        assert caught.value.message == "Vul een datum in."
    assert parse_optional(blank) is None
