"""The parts of a date: precisions, parts of a month or year, and one `DatePoint`."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date
from enum import StrEnum

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


def span_is_ordered(start: DatePoint, end: DatePoint) -> bool:
    return end.first_day() > start.last_day()
