"""Dates with a precision, as the programme's documents write them.

Plans and reports rarely name a day: they say "Q1 2024", "medio 2026" or
"eind november/begin december 2023". A `PreciseDate` keeps such a date exactly as
precise as it was written, renders it back in one canonical Dutch form and still
knows which calendar days it covers, so it can be sorted, charted and compared
with today.

Precisions: a day ("14 november 2023"), a month ("november 2023"), a quarter
("1ste kwartaal 2024"), a half year ("2de helft 2024") and a year ("2024").

Parts: a month or a year can be narrowed with begin / medio / eind. Each part is a
third of the whole:

* month: begin = days 1-10, medio = days 11-20, eind = day 21 to the last day;
* year: begin = January-April, medio = May-August, eind = September-December.

Spans: two dates joined with a slash ("eind november/begin december 2023") mean
"somewhere from the first to the second". The end must lie wholly after the
start (its first day after the start's last day). When both share the year it is
written once, at the end; when parsing, a first part without a year takes the
year of the second part.

Sorting is by (first day, last day). A vague date therefore sorts by its
earliest possible day: "2023" comes before "november 2023", and "eind 2023"
(from 1 September) also comes before "november 2023". Dates with the same bounds
are ordered by their structure so that the order is total and agrees with `==`.

Parsing accepts the canonical forms and the variants people actually type
(Q1 2024, H2 2024, 1e kwartaal, eerste helft, halverwege 2026, abbreviated
months, 14-11-2023, 2023-11-14, 11-2023, ...); years must lie in 1900..2200.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date
from enum import StrEnum

from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr

__all__ = [
    "DUTCH_MONTHS",
    "DUTCH_WEEKDAYS",
    "MAX_YEAR",
    "MIN_YEAR",
    "DatePoint",
    "Part",
    "PreciseDate",
    "Precision",
    "format_long_date",
    "format_short_date",
    "parse_day",
    "parse_optional",
    "short_axis_label",
]

# Plausible years for this programme; anything outside is a typing error, not a plan.
MIN_YEAR = 1900
MAX_YEAR = 2200

DUTCH_MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

# Index = date.weekday(), so Monday first.
DUTCH_WEEKDAYS: tuple[str, ...] = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)

_SHORT_MONTHS: tuple[str, ...] = (
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


class Part(StrEnum):
    WHOLE = "whole"
    BEGIN = "begin"
    MID = "mid"
    END = "end"


_PART_WORDS: dict[Part, str] = {Part.BEGIN: "begin", Part.MID: "medio", Part.END: "eind"}
_ORDINALS: dict[int, str] = {1: "1ste", 2: "2de", 3: "3de", 4: "4de"}

# Plain ints (not the enums' definition order) so that structural tie-breaks in sorting
# stay stable if members are ever reordered in the class bodies.
_PRECISION_RANK: dict[Precision, int] = {
    Precision.DAY: 0,
    Precision.MONTH: 1,
    Precision.QUARTER: 2,
    Precision.HALF: 3,
    Precision.YEAR: 4,
}
_PART_RANK: dict[Part, int] = {Part.WHOLE: 0, Part.BEGIN: 1, Part.MID: 2, Part.END: 3}


def _last_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@dataclass(frozen=True)
class DatePoint:
    """One date at some precision; see the module docstring for the meaning of parts.

    `number` is the month (1-12) for DAY and MONTH, the quarter (1-4) for QUARTER,
    the half (1-2) for HALF and 0 for YEAR. `day` is only set for DAY; `part` only
    for MONTH and YEAR.
    """

    year: int
    precision: Precision
    number: int = 0
    day: int = 0
    part: Part = Part.WHOLE

    def __post_init__(self) -> None:
        # Storage hands back plain strings; coerce so identity checks on members hold.
        object.__setattr__(self, "precision", Precision(self.precision))
        object.__setattr__(self, "part", Part(self.part))
        # Programming errors, not user input: parse() turns them into None before any
        # message is shown, so these texts are for developers and stay English.
        if not MINYEAR <= self.year <= MAXYEAR:
            raise ValueError(f"year out of range: {self.year}")
        p = self.precision
        if p in (Precision.DAY, Precision.MONTH):
            if not 1 <= self.number <= 12:
                raise ValueError(f"month out of range: {self.number}")
        elif p is Precision.QUARTER:
            if not 1 <= self.number <= 4:
                raise ValueError(f"quarter out of range: {self.number}")
        elif p is Precision.HALF:
            if not 1 <= self.number <= 2:
                raise ValueError(f"half out of range: {self.number}")
        elif self.number != 0:
            raise ValueError("a year has no number")
        if p is Precision.DAY:
            if not 1 <= self.day <= _last_of_month(self.year, self.number):
                raise ValueError(f"day out of range: {self.day}")
        elif self.day != 0:
            raise ValueError("only a DAY has a day")
        if self.part is not Part.WHOLE and p not in (Precision.MONTH, Precision.YEAR):
            raise ValueError("only a MONTH or a YEAR has a part")

    def first_day(self) -> date:
        p = self.precision
        if p is Precision.DAY:
            return date(self.year, self.number, self.day)
        if p is Precision.MONTH:
            start_day = {Part.WHOLE: 1, Part.BEGIN: 1, Part.MID: 11, Part.END: 21}[self.part]
            return date(self.year, self.number, start_day)
        if p is Precision.QUARTER:
            return date(self.year, 3 * self.number - 2, 1)
        if p is Precision.HALF:
            return date(self.year, 6 * self.number - 5, 1)
        start_month = {Part.WHOLE: 1, Part.BEGIN: 1, Part.MID: 5, Part.END: 9}[self.part]
        return date(self.year, start_month, 1)

    def last_day(self) -> date:
        p = self.precision
        if p is Precision.DAY:
            return date(self.year, self.number, self.day)
        if p is Precision.MONTH:
            last = _last_of_month(self.year, self.number)
            end_day = {Part.WHOLE: last, Part.BEGIN: 10, Part.MID: 20, Part.END: last}[self.part]
            return date(self.year, self.number, end_day)
        if p is Precision.QUARTER:
            month = 3 * self.number
        elif p is Precision.HALF:
            month = 6 * self.number
        else:
            month = {Part.WHOLE: 12, Part.BEGIN: 4, Part.MID: 8, Part.END: 12}[self.part]
        return date(self.year, month, _last_of_month(self.year, month))

    def _identity(self) -> tuple[int, int, int, int, int]:
        return (
            self.year,
            _PRECISION_RANK[self.precision],
            self.number,
            self.day,
            _PART_RANK[self.part],
        )


def _render_point(point: DatePoint, with_year: bool = True) -> str:
    year = str(point.year)
    p = point.precision
    if p is Precision.DAY:
        words = [str(point.day), DUTCH_MONTHS[point.number - 1]]
    elif p is Precision.MONTH:
        words = [DUTCH_MONTHS[point.number - 1]]
        if point.part is not Part.WHOLE:
            words.insert(0, _PART_WORDS[point.part])
    elif p is Precision.QUARTER:
        words = [_ORDINALS[point.number], "kwartaal"]
    elif p is Precision.HALF:
        words = [_ORDINALS[point.number], "helft"]
    else:
        # A whole year without its year would be an empty string.
        if point.part is Part.WHOLE:
            return year
        words = [_PART_WORDS[point.part]]
    if with_year:
        words.append(year)
    return " ".join(words)


def _short_point(point: DatePoint, with_year: bool = True) -> str:
    year = str(point.year)
    p = point.precision
    if p is Precision.DAY:
        words = [str(point.day), _SHORT_MONTHS[point.number - 1]]
    elif p is Precision.MONTH:
        words = [_SHORT_MONTHS[point.number - 1]]
        if point.part is not Part.WHOLE:
            words.insert(0, _PART_WORDS[point.part])
    elif p is Precision.QUARTER:
        words = [f"Q{point.number}"]
    elif p is Precision.HALF:
        words = [f"H{point.number}"]
    else:
        if point.part is Part.WHOLE:
            return year
        words = [_PART_WORDS[point.part]]
    if with_year:
        words.append(year)
    return " ".join(words)


def _span_is_ordered(start: DatePoint, end: DatePoint) -> bool:
    return end.first_day() > start.last_day()


@functools.total_ordering
@dataclass(frozen=True)
class PreciseDate:
    """A date as precise as it was written, optionally a span `start`/`end`."""

    start: DatePoint
    end: DatePoint | None = None

    def __post_init__(self) -> None:
        if self.end is not None and not _span_is_ordered(self.start, self.end):
            raise ValueError("the end of a span must lie after its start")

    @classmethod
    def parse(cls, text: str) -> PreciseDate:
        """Read a date as people write it; raises ValidationError with a Dutch message."""
        base = _normalise(text)
        single = _parse_point(base, default_year=None)
        if single is not None:
            return cls(single)
        # A slash may also separate the parts of a numeric date (14/11/2023), so try
        # every slash as the span separator rather than splitting blindly.
        unordered = False
        for index, char in enumerate(base):
            if char != "/":
                continue
            end = _parse_point(base[index + 1 :].strip(), default_year=None)
            if end is None:
                continue
            start = _parse_point(base[:index].strip(), default_year=end.year)
            if start is None:
                continue
            if _span_is_ordered(start, end):
                return cls(start, end)
            unordered = True
        shown = text.strip()
        if unordered:
            raise ValidationError(
                tr(
                    "In '{text}' the end lies before the start; "
                    "write for example eind november/begin december 2023."
                ).format(text=shown)
            )
        raise ValidationError(
            tr(
                "'{text}' is not a date; write for example 14 november 2023, Q1 2024 or eind 2023."
            ).format(text=shown)
        )

    @classmethod
    def of_day(cls, d: date) -> PreciseDate:
        return cls(DatePoint(d.year, Precision.DAY, d.month, d.day))

    def render(self) -> str:
        """The canonical Dutch form, which parse() reads back to an equal value."""
        if self.end is None:
            return _render_point(self.start)
        same_year = self.start.year == self.end.year
        return f"{_render_point(self.start, not same_year)}/{_render_point(self.end)}"

    def __str__(self) -> str:
        return self.render()

    def first_day(self) -> date:
        return self.start.first_day()

    def last_day(self) -> date:
        return (self.end or self.start).last_day()

    def sort_key(self) -> tuple[date, date]:
        return (self.first_day(), self.last_day())

    def _order_key(self) -> tuple[date, date, tuple[int, ...], tuple[int, ...]]:
        # The structural tail only breaks ties between different values with the same
        # bounds (Q4 2023 versus oktober/december 2023), keeping <, == and > exclusive.
        end_identity: tuple[int, ...] = () if self.end is None else self.end._identity()
        return (*self.sort_key(), self.start._identity(), end_identity)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PreciseDate):
            return NotImplemented
        return self._order_key() < other._order_key()

    def is_past(self, today: date) -> bool:
        return self.last_day() < today

    @property
    def precision(self) -> Precision:
        return self.start.precision


def parse_optional(text: str | None) -> PreciseDate | None:
    """Like PreciseDate.parse, but an empty field means "no date"."""
    if text is None or not text.strip():
        return None
    return PreciseDate.parse(text)


def parse_day(text: str) -> date:
    """A single calendar day; vaguer dates and spans are refused."""
    try:
        parsed = PreciseDate.parse(text)
    except ValidationError:
        parsed = None
    if parsed is None or parsed.end is not None or parsed.precision is not Precision.DAY:
        raise ValidationError(
            tr("'{text}' is not a day; write for example 14 november 2023 or 14-11-2023.").format(
                text=text.strip()
            )
        )
    return parsed.first_day()


def format_short_date(d: date) -> str:
    return f"{d.day} {DUTCH_MONTHS[d.month - 1]} {d.year}"


def format_long_date(d: date) -> str:
    return f"{DUTCH_WEEKDAYS[d.weekday()]} {format_short_date(d)}"


def short_axis_label(p: PreciseDate) -> str:
    """A compact label for chart axes: "nov 2023", "Q1 2024", "H1 2024", "14 nov 2023"."""
    if p.end is None:
        return _short_point(p.start)
    same_year = p.start.year == p.end.year
    return f"{_short_point(p.start, not same_year)}/{_short_point(p.end)}"


# --- parsing -----------------------------------------------------------------------------

_MONTH_WORDS: dict[str, int] = {name: i for i, name in enumerate(DUTCH_MONTHS, start=1)}
_MONTH_WORDS.update(
    {
        "jan": 1,
        "feb": 2,
        "febr": 2,
        "mrt": 3,
        "maa": 3,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "okt": 10,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)

_PART_INPUT: dict[str, Part] = {
    "begin": Part.BEGIN,
    "start": Part.BEGIN,
    "medio": Part.MID,
    "midden": Part.MID,
    "half": Part.MID,
    "halverwege": Part.MID,
    "eind": Part.END,
    "einde": Part.END,
}

_ORDINAL_WORDS: dict[str, int] = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}

_YEAR = r"(?P<year>[0-9]{4})"
_OPT_YEAR = r"(?:\s+(?:van\s+)?(?P<year>[0-9]{4}))?"
_PART = r"(?P<part>" + "|".join(_PART_INPUT) + r")(?:\s+van)?"
_ORD = r"(?P<ord>[0-9]{1,2}(?:ste|de|e)?|" + "|".join(_ORDINAL_WORDS) + ")"
_WEEKDAY_WORDS: dict[str, int] = {name: i for i, name in enumerate(DUTCH_WEEKDAYS)}
_WEEKDAY_WORDS.update({name[:2]: i for i, name in enumerate(DUTCH_WEEKDAYS)})
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(_WEEKDAY_WORDS) + r")\s+)?"
_QUARTER_WORD = r"kwartaal"
_HALF_WORD = r"(?:helft|halfjaar)"

_RE_NUM_DMY = re.compile(r"(?P<day>[0-9]{1,2})(?P<sep>[-/.])(?P<month>[0-9]{1,2})(?P=sep)" + _YEAR)
_RE_NUM_YMD = re.compile(_YEAR + r"(?P<sep>[-/.])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})")
_RE_NUM_MY = re.compile(r"(?P<month>[0-9]{1,2})[-/.]" + _YEAR)
_RE_NUM_YM = re.compile(_YEAR + r"-(?P<month>[0-9]{1,2})")

_RE_DAY = re.compile(_WEEKDAY + r"(?P<day>[0-9]{1,2})\s+(?P<month>[a-z]+)" + _OPT_YEAR)
_RE_MONTH = re.compile(r"(?:" + _PART + r"\s+)?(?P<month>[a-z]+)" + _OPT_YEAR)
_RE_QUARTER_WORDS = re.compile(_ORD + r"\s+" + _QUARTER_WORD + _OPT_YEAR)
_RE_HALF_WORDS = re.compile(_ORD + r"\s+" + _HALF_WORD + _OPT_YEAR)
_RE_QH_CODE = re.compile(r"(?P<code>q|kw|k|h)\s*(?P<ord>[0-9]{1,2})(?:\s*-?\s*" + _YEAR + r")?")
_RE_YEAR_QH_CODE = re.compile(_YEAR + r"\s*-?\s*(?P<code>q|kw|k|h)\s*(?P<ord>[0-9]{1,2})")
_RE_YEAR = re.compile(r"(?:" + _PART + r"\s+)?" + _YEAR)
_RE_PART_ONLY = re.compile(_PART)


def _normalise(text: str) -> str:
    # En and em dashes come in through copy-paste from documents; treat them as hyphens
    # so numeric dates and "Q1-2024" still read.
    lowered = text.lower().replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(lowered.split())


def _normalise_words(text: str) -> str:
    # "okt." and "donderdag, 8 februari" should read like "okt" and "donderdag 8 februari".
    without_dots = re.sub(r"(?<=[a-z])\.", " ", text).replace(",", " ")
    return " ".join(without_dots.split())


def _year(value: str | None, default_year: int | None) -> int | None:
    year = default_year if value is None else int(value)
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return year


def _ordinal(value: str) -> int:
    if value in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[value]
    return int(value.rstrip("stde"))


def _point(
    year: int | None, precision: Precision, number: int = 0, day: int = 0, part: Part = Part.WHOLE
) -> DatePoint | None:
    if year is None:
        return None
    try:
        return DatePoint(year, precision, number, day, part)
    except ValueError:
        # An impossible combination as typed (31 februari, Q5, month 13).
        return None


def _parse_point(text: str, default_year: int | None) -> DatePoint | None:
    """One date (no span), or None; `default_year` fills in a missing year if given."""
    if not text:
        return None
    numeric = _parse_numeric(text)
    if numeric is not None:
        return numeric
    return _parse_words(_normalise_words(text), default_year)


def _parse_numeric(text: str) -> DatePoint | None:
    for pattern in (_RE_NUM_DMY, _RE_NUM_YMD):
        m = pattern.fullmatch(text)
        if m:
            year = _year(m["year"], None)
            return _point(year, Precision.DAY, int(m["month"]), int(m["day"]))
    for pattern in (_RE_NUM_MY, _RE_NUM_YM):
        m = pattern.fullmatch(text)
        if m:
            return _point(_year(m["year"], None), Precision.MONTH, int(m["month"]))
    return None


def _parse_words(text: str, default_year: int | None) -> DatePoint | None:
    m = _RE_DAY.fullmatch(text)
    if m and m["month"] in _MONTH_WORDS:
        year = _year(m["year"], default_year)
        point = _point(year, Precision.DAY, _MONTH_WORDS[m["month"]], int(m["day"]))
        # A weekday that does not fit the date means one of the two is mistyped.
        if point and m["weekday"] and point.first_day().weekday() != _WEEKDAY_WORDS[m["weekday"]]:
            return None
        return point

    m = _RE_MONTH.fullmatch(text)
    if m and m["month"] in _MONTH_WORDS:
        part = _PART_INPUT[m["part"]] if m["part"] else Part.WHOLE
        year = _year(m["year"], default_year)
        return _point(year, Precision.MONTH, _MONTH_WORDS[m["month"]], part=part)

    m = _RE_QUARTER_WORDS.fullmatch(text)
    if m:
        year = _year(m["year"], default_year)
        return _point(year, Precision.QUARTER, _ordinal(m["ord"]))

    m = _RE_HALF_WORDS.fullmatch(text)
    if m:
        year = _year(m["year"], default_year)
        return _point(year, Precision.HALF, _ordinal(m["ord"]))

    m = _RE_QH_CODE.fullmatch(text) or _RE_YEAR_QH_CODE.fullmatch(text)
    if m:
        precision = Precision.HALF if m["code"] == "h" else Precision.QUARTER
        year = _year(m["year"], default_year)
        return _point(year, precision, int(m["ord"]))

    m = _RE_YEAR.fullmatch(text)
    if m:
        part = _PART_INPUT[m["part"]] if m["part"] else Part.WHOLE
        return _point(_year(m["year"], None), Precision.YEAR, part=part)

    # Only as the first half of a span: "begin/medio 2024".
    m = _RE_PART_ONLY.fullmatch(text)
    if m and default_year is not None:
        return _point(_year(None, default_year), Precision.YEAR, part=_PART_INPUT[m["part"]])
    return None
