"""`PreciseDate`, a date or span as precise as it was written, and its readers."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from dordtwest_desktop.domain.dates.parsing import normalise, parse_point
from dordtwest_desktop.domain.dates.points import DatePoint, Precision, span_is_ordered
from dordtwest_desktop.domain.dates.rendering import render_span, short_span
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr


@functools.total_ordering
@dataclass(frozen=True)
class PreciseDate:
    """A date as precise as it was written, optionally a span `start`/`end`."""

    start: DatePoint
    end: DatePoint | None = None

    def __post_init__(self) -> None:
        if self.end is not None and not span_is_ordered(self.start, self.end):
            raise ValueError("the end of a span must lie after its start")

    @classmethod
    def parse(cls, text: str) -> PreciseDate:
        """Read a date as people write it; raises ValidationError with a Dutch message."""
        base = normalise(text)
        if not base:
            raise ValidationError(tr("Fill in a date."))
        single = parse_point(base, default_year=None)
        if single is not None:
            return cls(single)
        # A slash may also separate the parts of a numeric date (14/11/2023), so try
        # every slash as the span separator rather than splitting blindly.
        unordered = False
        for index, char in enumerate(base):
            if char != "/":
                continue
            end = parse_point(base[index + 1 :].strip(), default_year=None)
            if end is None:
                continue
            start = parse_point(base[:index].strip(), default_year=end.year)
            if start is None:
                continue
            if span_is_ordered(start, end):
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
        return self._rendered

    @functools.cached_property
    def _rendered(self) -> str:
        return render_span(self.start, self.end)

    def __str__(self) -> str:
        return self.render()

    def __hash__(self) -> int:
        return self._hash

    @functools.cached_property
    def _hash(self) -> int:
        # Once per value, as its bounds: the dashboard and the lists look dates up in
        # caches and dicts thousands of times (21,000 for the dashboard's timeline at
        # scale), and the dataclass's own hash walks both points' fields every time
        # (468 ns against 99 ns a lookup).
        return hash((self.start, self.end))

    @functools.cached_property
    def _bounds(self) -> tuple[date, date]:
        # Computed once per value: lists sort tens of thousands of dates, and the
        # store hands out one shared value per distinct stored text.
        return self.start.first_day(), (self.end or self.start).last_day()

    def first_day(self) -> date:
        return self._bounds[0]

    def last_day(self) -> date:
        return self._bounds[1]

    def sort_key(self) -> tuple[date, date]:
        return self._bounds

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
    if not text.strip():
        raise ValidationError(tr("Fill in a date."))
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


def short_axis_label(p: PreciseDate) -> str:
    """A compact label for chart axes: "nov 2023", "Q1 2024", "H1 2024", "14 nov 2023"."""
    return short_span(p.start, p.end)
