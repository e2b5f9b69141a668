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

from dordtwest_desktop.domain.dates.points import (
    DUTCH_MONTHS,
    DUTCH_WEEKDAYS,
    MAX_YEAR,
    MIN_YEAR,
    DatePoint,
    Part,
    Precision,
)
from dordtwest_desktop.domain.dates.precise import (
    PreciseDate,
    parse_day,
    parse_optional,
    short_axis_label,
)
from dordtwest_desktop.domain.dates.rendering import (
    format_clock,
    format_long_date,
    format_short_date,
)

__all__ = [
    "DUTCH_MONTHS",
    "DUTCH_WEEKDAYS",
    "MAX_YEAR",
    "MIN_YEAR",
    "DatePoint",
    "Part",
    "PreciseDate",
    "Precision",
    "format_clock",
    "format_long_date",
    "format_short_date",
    "parse_day",
    "parse_optional",
    "short_axis_label",
]
