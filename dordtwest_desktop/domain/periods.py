"""The period a progress report covers (verslagperiode): a year, a half year or a quarter.

Read with the same parser as the app's vague dates, so "2024", "H1 2024",
"2de helft 2024", "Q3 2024" and "3de kwartaal 2024" all work. A month, a day,
"medio 2024" or a span is refused: a council report covers a whole reporting
period, and a part of one would silently drop what fell just outside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dordtwest_desktop.domain.dates import DatePoint, Part, PreciseDate, Precision
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr

# Longer input is shortened in the message: the sentence must stay readable.
_SHOWN = 40
_PRECISIONS = (Precision.YEAR, Precision.HALF, Precision.QUARTER)
# How many of each fit in a year: the step to the next period.
_PER_YEAR = {Precision.YEAR: 1, Precision.HALF: 2, Precision.QUARTER: 4}


@dataclass(frozen=True)
class ReportPeriod:
    """A whole year, half year or quarter."""

    point: DatePoint

    @property
    def first(self) -> date:
        return self.point.first_day()

    @property
    def last(self) -> date:
        return self.point.last_day()

    @property
    def year(self) -> int:
        return self.point.year

    def render(self) -> str:
        """ "2024", "1ste helft 2024", "3de kwartaal 2024"."""
        return PreciseDate(self.point).render()

    def following(self) -> ReportPeriod:
        """The period of the same length right after this one."""
        per_year = _PER_YEAR[self.point.precision]
        if per_year == 1:
            return ReportPeriod(DatePoint(self.year + 1, Precision.YEAR))
        index = self.year * per_year + self.point.number  # number counts from 1
        return ReportPeriod(
            DatePoint(index // per_year, self.point.precision, index % per_year + 1)
        )

    def overlaps(self, first: date | None, last: date | None) -> bool:
        """Whether days from `first` to `last` touch the period (None: open-ended)."""
        return (first is None or first <= self.last) and (last is None or last >= self.first)

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last


def parse_period(text: str | None) -> ReportPeriod:
    """Read a report period; a ValidationError with one Dutch sentence when it is none."""
    typed = (text or "").strip()
    if not typed:
        raise ValidationError(
            tr("Give the period of the report, for example 2024, H1 2024 or Q3 2024."),
            field="period",
        )
    # Shown on one line, and short: the message is one sentence whatever was typed.
    line = " ".join(typed.split())
    shown = line if len(line) <= _SHOWN else line[: _SHOWN - 1] + "…"
    refusal = ValidationError(
        tr(
            "Period '{text}' is not a year, half year or quarter; "
            "write for example 2024, H1 2024 or Q3 2024."
        ).format(text=shown),
        field="period",
    )
    if len(typed) > 100:  # no period is written that long; spare the parser
        raise refusal
    try:
        parsed = PreciseDate.parse(typed)
    except ValidationError:
        raise refusal from None
    point = parsed.start
    if parsed.end is not None or point.precision not in _PRECISIONS or point.part is not Part.WHOLE:
        raise refusal
    return ReportPeriod(point)
