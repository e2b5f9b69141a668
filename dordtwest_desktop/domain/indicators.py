"""Indicators: how far Dordt West is from the Dordrecht average, and where it is heading.

The programme's yardstick is "We groeien met Dordt West naar het Dordts
gemiddelde". For every indicator and peildatum (a year) we hold the value for
Dordt West, the Dordrecht average and optionally the Netherlands.

The gap
    `gap` = Dordt West − Dordrecht, in the indicator's own unit.
    `relative_gap` = that gap in percent of the Dordrecht average, with its sign
    turned so that a positive number is always *better* than the average
    (for a "lower is better" indicator, Dordt West below the average is positive).

The five-step scale (t.o.v. het Dordts gemiddelde)
    Every threshold lives in `THRESHOLDS` below, and only there:

    ======================  ===================================
    relative gap            assessment
    ======================  ===================================
    ≥ +10 %                 zeer gunstig      (very favourable)
    ≥ +2,5 % and < +10 %    gunstig           (favourable)
    > −2,5 % and < +2,5 %   rond het gemiddelde (around average)
    > −10 % and ≤ −2,5 %    ongunstig         (unfavourable)
    ≤ −10 %                 zeer ongunstig    (very unfavourable)
    ======================  ===================================

    When the Dordrecht average is 0 a percentage means nothing: equal values are
    "around the average", any difference counts as "very" (un)favourable.

The trend
    The least-squares slope of the gap over the years (at least two years
    needed), each year's gap taken in percent of the *latest* Dordrecht average,
    in percentage points per year. One yardstick for every year means a line that
    moves towards the average reads as improving, even while the average itself
    moves (unemployment 9,8 → 8,1 % against 5,1 → 4,2 %: the distance shrinks
    from 4,7 to 3,9 points, so it improves, though the ratio 8,1/4,2 is worse
    than 9,8/5,1). A slope within ±`THRESHOLDS.stable_per_year` is stable; above
    it Dordt West improves against the average, below it Dordt West falls further
    behind (or loses its lead).

Direction
    Whether higher or lower figures are better. A new indicator's direction is
    unknown until someone sets it: it then gets no assessment and no trend
    (no colour, no verdict), only its figures.

Numbers are read and written the Dutch way (`parse_number`, `format_number`);
`parse_csv` reads the import file `indicator;jaar;dordt_west;dordrecht;nederland`.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Protocol

from dordtwest_desktop.domain.dates import MAX_YEAR, MIN_YEAR
from dordtwest_desktop.domain.enums import Assessment, Direction, Trend
from dordtwest_desktop.domain.errors import ImportFileError, ValidationError
from dordtwest_desktop.i18n import tr

__all__ = [
    "CSV_COLUMNS",
    "THRESHOLDS",
    "CsvRow",
    "Evaluation",
    "Thresholds",
    "assess",
    "evaluate",
    "format_number",
    "gap_in_words",
    "parse_csv",
    "parse_direction",
    "parse_number",
    "parse_table",
    "relative_gap",
    "trend_of",
    "with_unit",
]


@dataclass(frozen=True)
class Thresholds:
    """The limits of the five-step scale and of a stable trend (see the module doc)."""

    average_band: float = 2.5  # percent of the Dordrecht average, either side
    very: float = 10.0  # percent of the Dordrecht average, either side
    stable_per_year: float = 0.5  # percentage points of relative gap per year


THRESHOLDS = Thresholds()

MAX_ABS_VALUE = 1e15
NAME_LIMIT = 200


class YearFigures(Protocol):
    @property
    def year(self) -> int: ...
    @property
    def dordt_west(self) -> float: ...
    @property
    def dordrecht(self) -> float: ...


def relative_gap(dordt_west: float, dordrecht: float, direction: Direction) -> float | None:
    """The gap in percent of the Dordrecht average, positive when Dordt West does better.

    None when the average is 0 (no percentage can be taken).
    """
    if direction is Direction.UNKNOWN:
        return None
    if dordrecht == 0:
        return 0.0 if dordt_west == 0 else None
    gap = (dordt_west - dordrecht) / abs(dordrecht) * 100
    return gap if direction is Direction.HIGHER_IS_BETTER else -gap


def assess(
    dordt_west: float, dordrecht: float, direction: Direction, limits: Thresholds = THRESHOLDS
) -> Assessment:
    """The five-step assessment of one year's figures (the direction must be known)."""
    if direction is Direction.UNKNOWN:
        raise ValueError("an indicator of unknown direction has no assessment")
    gap = relative_gap(dordt_west, dordrecht, direction)
    if gap is None:  # an average of 0 and a real difference: only the side is known
        better = (dordt_west > dordrecht) == (direction is Direction.HIGHER_IS_BETTER)
        return Assessment.VERY_FAVOURABLE if better else Assessment.VERY_UNFAVOURABLE
    if gap >= limits.very:
        return Assessment.VERY_FAVOURABLE
    if gap >= limits.average_band:
        return Assessment.FAVOURABLE
    if gap > -limits.average_band:
        return Assessment.AVERAGE
    if gap > -limits.very:
        return Assessment.UNFAVOURABLE
    return Assessment.VERY_UNFAVOURABLE


def trend_of(
    points: Sequence[tuple[int, float]], limits: Thresholds = THRESHOLDS
) -> tuple[float, Trend] | None:
    """Slope (percentage points a year) of (year, relative gap) and its meaning."""
    if len({year for year, _ in points}) < 2:
        return None
    n = len(points)
    mean_x = sum(year for year, _ in points) / n
    mean_y = sum(gap for _, gap in points) / n
    spread = sum((year - mean_x) ** 2 for year, _ in points)
    slope = sum((year - mean_x) * (gap - mean_y) for year, gap in points) / spread
    if slope > limits.stable_per_year:
        return slope, Trend.IMPROVING
    if slope < -limits.stable_per_year:
        return slope, Trend.WORSENING
    return slope, Trend.STABLE


@dataclass(frozen=True)
class Evaluation:
    """Where an indicator stands in its latest year, and where it is heading."""

    year: int
    gap: float  # Dordt West − Dordrecht, in the indicator's unit
    relative_gap: float | None  # percent, positive = better than the average
    assessment: Assessment | None  # None while the direction is unknown
    trend: Trend | None = None  # None with fewer than two years, or no direction
    trend_per_year: float | None = None  # percentage points of the latest average a year
    dordt_west: float = 0.0  # the latest year's figures, for saying the gap in words
    dordrecht: float = 0.0


def evaluate(
    values: Sequence[YearFigures], direction: Direction, limits: Thresholds = THRESHOLDS
) -> Evaluation | None:
    """The evaluation of an indicator's values; None when it has none."""
    if not values:
        return None
    ordered = sorted(values, key=lambda v: v.year)
    latest = ordered[-1]
    known = direction is not Direction.UNKNOWN
    trend = trend_of(_trend_points(ordered, direction), limits) if known else None
    return Evaluation(
        year=latest.year,
        gap=latest.dordt_west - latest.dordrecht,
        relative_gap=relative_gap(latest.dordt_west, latest.dordrecht, direction),
        assessment=assess(latest.dordt_west, latest.dordrecht, direction, limits)
        if known
        else None,
        trend=trend[1] if trend else None,
        trend_per_year=trend[0] if trend else None,
        dordt_west=latest.dordt_west,
        dordrecht=latest.dordrecht,
    )


def _trend_points(ordered: Sequence[YearFigures], direction: Direction) -> list[tuple[int, float]]:
    """Each year's gap, better-is-positive, in percent of the latest Dordrecht average."""
    base = abs(ordered[-1].dordrecht)
    sign = 1.0 if direction is Direction.HIGHER_IS_BETTER else -1.0
    if base == 0:
        # No yardstick: each year's own relative gap, where one can be taken.
        return [
            (v.year, gap)
            for v in ordered
            if (gap := relative_gap(v.dordt_west, v.dordrecht, direction)) is not None
        ]
    return [(v.year, sign * (v.dordt_west - v.dordrecht) / base * 100) for v in ordered]


def with_unit(value: float, unit: str) -> str:
    """ "8,1 %", "73,5 punten", "1.234": a figure as a council document writes it."""
    number = format_number(value, 2)
    unit = unit.strip()
    if not unit:
        return number
    return f"{number} %" if unit == "%" else f"{number} {unit}"


def _difference(value: float, unit: str) -> str:
    """A difference of two figures: percentages differ in percentage points."""
    unit = unit.strip()
    if unit == "%":
        return tr("{number} percentage points").format(number=format_number(value, 2))
    return with_unit(value, unit)


def gap_in_words(evaluation: Evaluation, unit: str, direction: Direction) -> str:
    """ "8,1 % against 4,2 %: 3,9 percentage points less favourable than the Dordrecht average".

    Said in the indicator's own unit, never as a ratio a reader could misread.
    With the direction unknown, only higher or lower, not better or worse.
    """
    figures = tr("{dordt_west} against {dordrecht}").format(
        dordt_west=with_unit(evaluation.dordt_west, unit),
        dordrecht=with_unit(evaluation.dordrecht, unit),
    )
    size = abs(evaluation.gap)
    if round(size, 2) == 0:
        return tr("{figures}: equal to the Dordrecht average").format(figures=figures)
    difference = _difference(size, unit)
    if direction is Direction.UNKNOWN:
        side = (
            tr("{difference} higher than the Dordrecht average")
            if evaluation.gap > 0
            else tr("{difference} lower than the Dordrecht average")
        )
    else:
        better = (evaluation.gap > 0) == (direction is Direction.HIGHER_IS_BETTER)
        side = (
            tr("{difference} more favourable than the Dordrecht average")
            if better
            else tr("{difference} less favourable than the Dordrecht average")
        )
    return f"{figures}: {side.format(difference=difference)}"


# --- numbers ---------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_DUTCH = re.compile(r"[+-]?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(?:\.[0-9]{3})+")
_POINT = re.compile(r"[+-]?[0-9]*\.[0-9]+|[+-]?[0-9]+")


def _not_a_number(text: str) -> ValidationError:
    return ValidationError(
        tr("'{text}' is not a number; write for example 6,3 or 1234,5.").format(text=text.strip())
    )


def parse_number(text: str, *, dot_groups_thousands: bool = True) -> float:
    """A number as people write it: "6,3", "1.234,5", "-0,8", "12 %", "6.3".

    A comma is the decimal sign. A dot followed by groups of three digits is a
    thousands separator ("1.234" is 1234, as in Dutch amounts) unless
    `dot_groups_thousands` is off (comma-separated files from English-style
    software); any other single dot is a decimal point ("6.3").
    """
    compact = _SPACES.sub("", text).replace("\u2212", "-").removesuffix("%")
    if not compact:
        raise _not_a_number(text)
    if "," in compact:
        if not _DUTCH.fullmatch(compact):
            raise _not_a_number(text)
        value = float(compact.replace(".", "").replace(",", "."))
    elif _GROUPED.fullmatch(compact) and (dot_groups_thousands or compact.count(".") > 1):
        value = float(compact.replace(".", ""))
    elif _POINT.fullmatch(compact):
        value = float(compact)
    else:
        raise _not_a_number(text)
    if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
        raise ValidationError(tr("'{text}' is too large a number.").format(text=text.strip()))
    return value


def format_number(value: float, decimals: int = 2, *, signed: bool = False) -> str:
    """Dutch notation with up to `decimals` decimals: "6,3", "1.234,5", "+0,8"."""
    rounded = round(value, decimals)
    if rounded == 0:
        rounded = 0.0  # no "-0"
    text = f"{abs(rounded):,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    sign = "-" if rounded < 0 else ("+" if signed and rounded > 0 else "")
    return sign + text


# --- the import file -------------------------------------------------------------------

CSV_COLUMNS = ("indicator", "jaar", "dordt_west", "dordrecht", "nederland", "richting")
_REQUIRED = CSV_COLUMNS[:4]
_DELIMITERS = (";", "\t", ",")


@dataclass(frozen=True)
class CsvRow:
    """One line of an indicator file, checked."""

    line: int
    indicator: str
    year: int
    dordt_west: float
    dordrecht: float
    netherlands: float | None = None
    direction: Direction | None = None  # the optional `richting` column: hoger / lager


# What the `richting` column may say, folded (case, spaces).
_DIRECTIONS = {
    "hoger": Direction.HIGHER_IS_BETTER,
    "hoger is beter": Direction.HIGHER_IS_BETTER,
    "higher": Direction.HIGHER_IS_BETTER,
    "higher is better": Direction.HIGHER_IS_BETTER,
    "lager": Direction.LOWER_IS_BETTER,
    "lager is beter": Direction.LOWER_IS_BETTER,
    "lower": Direction.LOWER_IS_BETTER,
    "lower is better": Direction.LOWER_IS_BETTER,
}


def parse_direction(text: str) -> Direction | None:
    """`hoger`/`lager` (or `hoger is beter`, English too); None for an empty field."""
    folded = " ".join(text.split()).casefold()
    if not folded:
        return None
    if folded not in _DIRECTIONS:
        raise ValidationError(
            tr("'{text}' is not a direction; write hoger or lager.").format(text=text.strip())
        )
    return _DIRECTIONS[folded]


# Makes the error for a problem on a line (CSV) or row (sheet), in a column where known
# (its index in the row); each file type says the place its own way.
Fail = Callable[[int, str, int | None], ImportFileError]
# A field as read: text from a CSV file; text, a number or a date from a spreadsheet.
Cell = str | int | float | date | time | timedelta | None


def _line_error(line: int, message: str, column: int | None = None) -> ImportFileError:
    return ImportFileError(
        tr("Line {line}: {message} Nothing was imported.").format(line=line, message=message)
    )


def _header(fields: Sequence[Cell], line: int, fail: Fail) -> dict[str, int]:
    texts = [_text(f) for f in fields]
    names = [re.sub(r"[\s-]+", "_", t.strip().lstrip("\ufeff").lower()) for t in texts]
    columns: dict[str, int] = {}
    for index, name in enumerate(names):
        if not name:
            continue
        if name not in CSV_COLUMNS:
            raise fail(
                line,
                tr("unknown column '{name}'; the header is {header}.").format(
                    name=texts[index].strip(), header=";".join(CSV_COLUMNS)
                ),
                index,
            )
        if name in columns:
            raise fail(line, tr("the column '{name}' appears twice.").format(name=name), index)
        columns[name] = index
    missing = [c for c in _REQUIRED if c not in columns]
    if missing:
        raise fail(
            line,
            tr("the header lacks {columns}; write {header} as the first line.").format(
                columns=", ".join(missing), header=";".join(CSV_COLUMNS)
            ),
            None,
        )
    return columns


def _delimiter(first_line: str) -> str:
    return next((d for d in _DELIMITERS if d in first_line), ";")


def _text(cell: Cell) -> str:
    """A field as text: a spreadsheet's whole number without its ".0"."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


def _field(fields: Sequence[Cell], index: int | None) -> Cell:
    return fields[index] if index is not None and index < len(fields) else ""


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _number(cell: Cell, line: int, column: str, dutch: bool, fail: Fail, index: int) -> float:
    if _blank(cell):
        raise fail(line, tr("the column '{column}' is empty.").format(column=column), index)
    try:
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            # A spreadsheet's number cell: no notation to read, only the limits to keep.
            value = float(cell)
            if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
                raise ValidationError(
                    tr("'{text}' is too large a number.").format(text=_text(cell))
                )
            return value
        return parse_number(_text(cell), dot_groups_thousands=dutch)
    except ValidationError as error:
        raise fail(
            line,
            tr("column '{column}': {reason}").format(column=column, reason=error.message),
            index,
        ) from error


def _check_width(fields: Sequence[Cell], width: int, line: int, delimiter: str, fail: Fail) -> None:
    # With commas between the fields, an unquoted decimal comma ("6,3") splits a number
    # in two, so such a file must keep to the header's width exactly; with semicolons or
    # tabs (and in a sheet), empty fields past the header and a missing last field are harmless.
    if delimiter == ",":
        if len(fields) == width:
            return
    elif len(fields) <= width or all(_blank(f) for f in fields[width:]):
        return
    hint = (
        tr(' With commas as separator, put decimal commas in quotes ("6,3") or use semicolons.')
        if delimiter == ","
        else ""
    )
    message = tr("{count} fields where the header has {expected}.").format(
        count=len(fields), expected=width
    )
    extra = next((n for n in range(width, len(fields)) if not _blank(fields[n])), None)
    raise fail(line, message + hint, extra)


def _year(cell: Cell, line: int, fail: Fail, index: int) -> int:
    text = _text(cell).strip()
    if not re.fullmatch(r"[0-9]{4}", text) or not MIN_YEAR <= int(text) <= MAX_YEAR:
        raise fail(
            line, tr("'{text}' is not a year; write for example 2023.").format(text=text), index
        )
    return int(text)


def _row(
    fields: Sequence[Cell],
    columns: dict[str, int],
    width: int,
    line: int,
    delimiter: str,
    fail: Fail,
) -> CsvRow:
    _check_width(fields, width, line, delimiter, fail)
    name = " ".join(_text(_field(fields, columns["indicator"])).split())
    if not name:
        raise fail(line, tr("the indicator has no name."), columns["indicator"])
    if len(name) > NAME_LIMIT:
        raise fail(
            line,
            tr("the name is longer than {limit} characters.").format(limit=NAME_LIMIT),
            columns["indicator"],
        )
    year = _year(_field(fields, columns["jaar"]), line, fail, columns["jaar"])
    dutch = delimiter != ","
    netherlands = _field(fields, columns.get("nederland"))
    try:
        direction = parse_direction(_text(_field(fields, columns.get("richting"))))
    except ValidationError as error:
        raise fail(
            line,
            tr("column '{column}': {reason}").format(column="richting", reason=error.message),
            columns.get("richting"),
        ) from error

    def number(column: str) -> float:
        return _number(_field(fields, columns[column]), line, column, dutch, fail, columns[column])

    return CsvRow(
        line=line,
        indicator=name,
        year=year,
        dordt_west=number("dordt_west"),
        dordrecht=number("dordrecht"),
        netherlands=None if _blank(netherlands) else number("nederland"),
        direction=direction,
    )


def parse_table(
    lines: Iterable[tuple[int, Sequence[Cell]]], *, delimiter: str = ";", fail: Fail = _line_error
) -> tuple[CsvRow, ...]:
    """The checked rows of an indicator table: (line or row number, fields) per line.

    The one set of rules for every file type (CSV here, spreadsheets in
    services.indicators): blank lines are skipped, the first other line is the
    header; `fail` says where a problem is, the way the file type counts.
    """
    columns: dict[str, int] | None = None
    width = 0
    rows: list[CsvRow] = []
    seen: dict[tuple[str, int], int] = {}
    directions: dict[str, tuple[Direction | None, int]] = {}
    for line, fields in lines:
        if all(_blank(f) for f in fields):
            continue
        if columns is None:
            columns, width = _header(fields, line, fail), len(fields)
            continue
        row = _row(fields, columns, width, line, delimiter, fail)
        key = (row.indicator.casefold(), row.year)
        if key in seen:
            raise fail(
                line,
                tr("'{indicator}' for {year} is also on line {other}.").format(
                    indicator=row.indicator, year=row.year, other=seen[key]
                ),
                columns["jaar"],
            )
        seen[key] = line
        said = directions.setdefault(row.indicator.casefold(), (row.direction, line))
        if row.direction is not None and said[0] is None:
            directions[row.indicator.casefold()] = (row.direction, line)
        elif row.direction is not None and said[0] not in (None, row.direction):
            raise fail(
                line,
                tr("'{indicator}' has another direction on line {other}.").format(
                    indicator=row.indicator, other=said[1]
                ),
                columns.get("richting"),
            )
        rows.append(row)
    if not rows:
        raise ImportFileError(
            tr("The file holds no figures below its header; nothing was imported.")
        )
    return tuple(rows)


def parse_csv(text: str) -> tuple[CsvRow, ...]:
    """The rows of an indicator file; ImportFileError naming the line of the first problem.

    Header `indicator;jaar;dordt_west;dordrecht;nederland;richting` (any order;
    `nederland` and `richting` — hoger/lager is beter — may be left out); semicolons,
    tabs or commas between the fields; blank lines are skipped. With commas, every
    row must have as many fields as the header (a decimal comma must then be quoted:
    "6,3"); a row such as `A,2022,73,5,83` still reads as 73 / 5 / 83, which no
    parser can tell apart, so semicolons are the safer choice for Dutch figures.
    """
    text = text.removeprefix("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), None)
    if first is None:
        raise ImportFileError(tr("The file is empty; nothing was imported."))
    delimiter = _delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return parse_table(((reader.line_num, f) for f in reader), delimiter=delimiter)
    except csv.Error as error:
        raise _line_error(reader.line_num, str(error) + ".") from error
