"""Indicators: gap, five-step scale, trend, Dutch numbers and the CSV parser."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dordtwest_desktop.domain.enums import Assessment, Direction, Trend
from dordtwest_desktop.domain.errors import ImportFileError, ValidationError
from dordtwest_desktop.domain.indicators import (
    CSV_COLUMNS,
    THRESHOLDS,
    CsvRow,
    assess,
    evaluate,
    format_number,
    gap_in_words,
    parse_csv,
    parse_number,
    relative_gap,
    trend_of,
)

HIGHER, LOWER = Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER
UNKNOWN = Direction.UNKNOWN
HEADER = ";".join(CSV_COLUMNS)


@dataclass(frozen=True)
class Figures:
    year: int
    dordt_west: float
    dordrecht: float


# -- gap and assessment ---------------------------------------------------------------


def test_the_gap_is_positive_when_dordt_west_does_better():
    assert relative_gap(110, 100, HIGHER) == pytest.approx(10)
    assert relative_gap(110, 100, LOWER) == pytest.approx(-10)
    assert relative_gap(90, 100, LOWER) == pytest.approx(10)
    assert relative_gap(-5, -10, HIGHER) == pytest.approx(50)  # relative to |average|


@pytest.mark.parametrize(
    ("west", "expected"),
    [
        (110.0, Assessment.VERY_FAVOURABLE),
        (109.9, Assessment.FAVOURABLE),
        (102.5, Assessment.FAVOURABLE),
        (102.4, Assessment.AVERAGE),
        (100.0, Assessment.AVERAGE),
        (97.6, Assessment.AVERAGE),
        (97.5, Assessment.UNFAVOURABLE),
        (90.1, Assessment.UNFAVOURABLE),
        (90.0, Assessment.VERY_UNFAVOURABLE),
        (50.0, Assessment.VERY_UNFAVOURABLE),
    ],
)
def test_the_five_steps_and_their_boundaries(west: float, expected: Assessment):
    assert assess(west, 100.0, HIGHER) is expected


def test_lower_is_better_mirrors_the_scale():
    assert assess(85, 100, LOWER) is Assessment.VERY_FAVOURABLE
    assert assess(115, 100, LOWER) is Assessment.VERY_UNFAVOURABLE
    assert assess(101, 100, LOWER) is Assessment.AVERAGE


def test_an_average_of_zero_gives_only_the_side():
    assert relative_gap(0, 0, HIGHER) == 0
    assert relative_gap(1, 0, HIGHER) is None
    assert assess(0, 0, HIGHER) is Assessment.AVERAGE
    assert assess(1, 0, HIGHER) is Assessment.VERY_FAVOURABLE
    assert assess(1, 0, LOWER) is Assessment.VERY_UNFAVOURABLE


def test_thresholds_live_in_one_place():
    assert (THRESHOLDS.average_band, THRESHOLDS.very, THRESHOLDS.stable_per_year) == (2.5, 10, 0.5)


# -- trend and evaluation -------------------------------------------------------------


def test_trend_is_the_slope_of_the_gap():
    slope, trend = trend_of([(2020, -20.0), (2021, -18.0), (2022, -16.0)])
    assert slope == pytest.approx(2.0)
    assert trend is Trend.IMPROVING
    assert trend_of([(2020, -10.0), (2022, -10.4)])[1] is Trend.STABLE
    assert trend_of([(2020, 5.0), (2021, 1.0)])[1] is Trend.WORSENING
    assert trend_of([(2020, 5.0)]) is None


def test_evaluation_of_the_latest_year_and_the_trend():
    values = [Figures(2022, 9.0, 10.0), Figures(2018, 7.0, 10.0), Figures(2020, 8.0, 10.0)]
    found = evaluate(values, HIGHER)
    assert found is not None
    assert found.year == 2022
    assert found.gap == pytest.approx(-1.0)
    assert found.relative_gap == pytest.approx(-10.0)
    assert found.assessment is Assessment.VERY_UNFAVOURABLE
    assert found.trend is Trend.IMPROVING
    assert found.trend_per_year == pytest.approx(5.0)
    assert evaluate([], HIGHER) is None
    assert evaluate([Figures(2022, 1, 1)], HIGHER).trend is None  # type: ignore[union-attr]


# -- numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("6,3", 6.3),
        ("1.234,5", 1234.5),
        ("-0,8", -0.8),
        ("\u22120,8", -0.8),
        ("12 %", 12.0),
        ("6.3", 6.3),
        ("1.234", 1234.0),
        ("1.234.567", 1234567.0),
        ("1 234,5", 1234.5),
        ("42", 42.0),
    ],
)
def test_parse_number(text: str, value: float):
    assert parse_number(text) == pytest.approx(value)


def test_a_dot_is_a_decimal_point_in_english_style_files():
    assert parse_number("1.234", dot_groups_thousands=False) == pytest.approx(1.234)
    assert parse_number("1.234.567", dot_groups_thousands=False) == 1234567


@pytest.mark.parametrize("text", ["", "zes", "1,2,3", "1e5", "nan", "inf", "6,", "1.23.4", "--1"])
def test_not_a_number(text: str):
    with pytest.raises(ValidationError, match=r"getal|number"):
        parse_number(text)


def test_format_number():
    assert format_number(1234.5) == "1.234,5"
    assert format_number(6.3) == "6,3"
    assert format_number(12.0) == "12"
    assert format_number(-0.004) == "0"
    assert format_number(0.8, signed=True) == "+0,8"
    assert format_number(-4.94, 1) == "-4,9"


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_format_then_parse_gives_the_number_back(value: float):
    assert parse_number(format_number(value, 6)) == pytest.approx(value, abs=1e-6)


# -- the CSV file ---------------------------------------------------------------------


def test_semicolons_and_decimal_commas():
    rows = parse_csv(f"{HEADER}\nLeefbaarometer;2020;3,9;4,1;\nLeefbaarometer;2022;4,0;4,1;4,2\n")
    assert rows == (
        CsvRow(2, "Leefbaarometer", 2020, 3.9, 4.1, None),
        CsvRow(3, "Leefbaarometer", 2022, 4.0, 4.1, 4.2),
    )


def test_commas_with_quoted_decimal_commas_or_decimal_points():
    text = 'indicator,jaar,dordt_west,dordrecht,nederland\r\nA,2021,"6,3","5,1",\r\nB,2021,1.234,2,3\r\n'
    rows = parse_csv(text)
    assert [(r.indicator, r.dordt_west, r.dordrecht, r.netherlands) for r in rows] == [
        ("A", 6.3, 5.1, None),
        ("B", 1.234, 2.0, 3.0),
    ]


def test_header_in_any_order_without_nederland_with_bom_and_blank_lines():
    text = "\ufeffJaar;Indicator;Dordrecht;Dordt West\n\n2023;  Veiligheid   buurt ;83;73\n\n"
    (row,) = parse_csv(text)
    assert (row.line, row.indicator, row.year, row.dordt_west, row.dordrecht) == (
        3,
        "Veiligheid buurt",
        2023,
        73,
        83,
    )
    assert row.netherlands is None


def test_a_short_row_in_a_reordered_file():
    with pytest.raises(ImportFileError, match="2"):
        parse_csv("jaar;dordt_west;dordrecht;indicator\n2020\n")


def test_trailing_separators_are_harmless():
    assert len(parse_csv(f"{HEADER};\nA;2020;1;2;;\n")) == 1


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (f"{HEADER}\nA;2020;1;2;\nA;20x0;1;2;", 3, "20x0"),
        (f"{HEADER}\nA;2020;zes;2;", 2, "zes"),
        (f"{HEADER}\nA;2020;;2;", 2, "dordt_west"),
        (f"{HEADER}\n;2020;1;2;", 2, ""),
        (f"{HEADER}\nA;2020;1;2;\na;2020;3;4;", 3, "2"),
        (f"{HEADER}\nA;2020;1;2;3;hoger;4", 2, "7"),
        (f"{HEADER}\nA;2020;1;2;3;beter", 2, "'beter' is geen richting"),
        (f"{HEADER}\nA;2020;1;2;3;hoger\nA;2021;1;2;3;lager", 3, "andere richting"),
        ("indicator,jaar,dordt_west,dordrecht,nederland\nA,2020,6,3,4,1,", 2, '"6,3"'),
        ("indicator,jaar,dordt_west,dordrecht,nederland\nA,2020,73,5,83,", 2, '"6,3"'),
        ("indicator,jaar,dordt_west,dordrecht,nederland\nA,2020,73,5", 2, "4"),
        ("naam;jaar;dordt_west;dordrecht\nA;2020;1;2", 1, "naam"),
        ("indicator;jaar;dordt_west\nA;2020;1", 1, "dordrecht"),
        (f"{HEADER}\nA;1850;1;2;", 2, "1850"),
    ],
)
def test_a_bad_row_names_its_line(text: str, line: int, words: str):
    with pytest.raises(ImportFileError) as caught:
        parse_csv(text)
    assert f" {line}" in caught.value.message
    assert words in caught.value.message


@pytest.mark.parametrize("text", ["", "\n \n", HEADER, HEADER + "\n;;;;\n"])
def test_nothing_to_import(text: str):
    with pytest.raises(ImportFileError):
        parse_csv(text)


@settings(max_examples=400)
@given(st.text())
def test_any_text_gives_rows_or_a_clear_error(text: str):
    try:
        rows = parse_csv(text)
    except (ValidationError, ImportFileError) as error:
        assert error.message
        return
    assert rows and all(isinstance(r, CsvRow) for r in rows)


csv_like = st.lists(
    st.lists(
        st.one_of(
            st.sampled_from(["A", "2020", "6,3", "", '"1,5"', "x", "1.234", "-", "2200"]),
            st.text(max_size=6),
        ),
        max_size=7,
    ),
    max_size=6,
)


@settings(max_examples=400)
@given(csv_like, st.sampled_from([";", ",", "\t"]), st.permutations(CSV_COLUMNS))
def test_near_misses_give_rows_or_a_clear_error(
    rows: list[list[str]], delimiter: str, header: list[str]
):
    text = delimiter.join(header) + "\n" + "\n".join(delimiter.join(r) for r in rows)
    try:
        parsed = parse_csv(text)
    except (ValidationError, ImportFileError) as error:
        assert error.message
        return
    assert all(math.isfinite(r.dordt_west) and math.isfinite(r.dordrecht) for r in parsed)


good_rows = st.lists(
    st.tuples(
        st.sampled_from(["Leefbaarometer", "Werkloosheid %", "Veilig; in de buurt"]),
        st.integers(1990, 2040),
        st.floats(-1e6, 1e6, allow_nan=False),
        st.floats(-1e6, 1e6, allow_nan=False),
        st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False)),
    ),
    min_size=1,
    max_size=20,
    unique_by=lambda r: (r[0], r[1]),
)


@given(good_rows)
def test_what_a_spreadsheet_writes_reads_back(rows):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(CSV_COLUMNS)
    for name, year, west, average, country in rows:
        cells = [format_number(v, 6) if v is not None else "" for v in (west, average, country)]
        writer.writerow([name, year, *cells])
    parsed = parse_csv(buffer.getvalue())
    assert [(r.indicator, r.year) for r in parsed] == [(r[0], r[1]) for r in rows]
    for row, (_, _, west, average, country) in zip(parsed, rows, strict=True):
        assert row.dordt_west == pytest.approx(west, abs=1e-6)
        assert row.dordrecht == pytest.approx(average, abs=1e-6)
        assert (row.netherlands is None) == (country is None)


# -- the words and the verdict agree with the line, for both directions ---------------

UNEMPLOYMENT = [  # the example, lower is better
    Figures(2020, 9.8, 5.1),
    Figures(2021, 9.2, 4.8),
    Figures(2022, 8.5, 4.3),
    Figures(2023, 8.1, 4.2),
]


def test_falling_unemployment_towards_the_average_improves_and_says_so():
    found = evaluate(UNEMPLOYMENT, LOWER)
    assert found is not None
    assert found.assessment is Assessment.VERY_UNFAVOURABLE
    assert found.trend is Trend.IMPROVING
    assert gap_in_words(found, "%", LOWER) == (
        "8,1 % tegen 4,2 %: 3,9 procentpunt ongunstiger dan het Dordts gemiddelde"
    )


def test_an_unknown_direction_gets_figures_but_no_verdict():
    found = evaluate(UNEMPLOYMENT, UNKNOWN)
    assert found is not None
    assert (found.assessment, found.trend, found.relative_gap) == (None, None, None)
    assert gap_in_words(found, "%", UNKNOWN) == (
        "8,1 % tegen 4,2 %: 3,9 procentpunt hoger dan het Dordts gemiddelde"
    )


STEPS = [  # relative gap (better-is-positive) → assessment
    (15.0, Assessment.VERY_FAVOURABLE),
    (5.0, Assessment.FAVOURABLE),
    (0.0, Assessment.AVERAGE),
    (-5.0, Assessment.UNFAVOURABLE),
    (-15.0, Assessment.VERY_UNFAVOURABLE),
]


@pytest.mark.parametrize("direction", [HIGHER, LOWER])
@pytest.mark.parametrize(("better_by", "step"), STEPS)
@pytest.mark.parametrize("moving", ["towards better", "towards worse"])
def test_every_step_of_the_scale_reads_as_the_line_shows(direction, better_by, step, moving):
    average = 50.0
    sign = 1 if direction is HIGHER else -1
    latest = average + sign * better_by / 100 * average
    # Three years before, Dordt West was 10 % of the average worse (or better) than now.
    earlier = latest - sign * (0.10 * average if moving == "towards better" else -0.10 * average)
    found = evaluate([Figures(2020, earlier, average), Figures(2023, latest, average)], direction)
    assert found is not None
    assert found.assessment is step
    assert found.trend is (Trend.IMPROVING if moving == "towards better" else Trend.WORSENING)
    words = gap_in_words(found, "", direction)
    if step in (Assessment.VERY_FAVOURABLE, Assessment.FAVOURABLE):
        assert "gunstiger dan" in words and "ongunstiger" not in words
    elif step in (Assessment.UNFAVOURABLE, Assessment.VERY_UNFAVOURABLE):
        assert "ongunstiger dan" in words
    else:
        assert "gelijk aan" in words


@given(
    dordt_west=st.floats(0.1, 1000, allow_nan=False),
    dordrecht=st.floats(0.1, 1000, allow_nan=False),
    direction=st.sampled_from([HIGHER, LOWER]),
)
def test_the_words_never_contradict_the_verdict(dordt_west, dordrecht, direction):
    found = evaluate([Figures(2023, dordt_west, dordrecht)], direction)
    assert found is not None
    words = gap_in_words(found, "", direction)
    if found.assessment in (Assessment.VERY_FAVOURABLE, Assessment.FAVOURABLE):
        assert "ongunstiger" not in words
    if found.assessment in (Assessment.VERY_UNFAVOURABLE, Assessment.UNFAVOURABLE):
        assert " gunstiger" not in words
