"""Dutch text for dates: the canonical form, short chart labels and calendar days.

Calendar days (a meeting's day, "opgesteld op") follow the app's language, so an
English document says "Thursday 14 January 2027"; a programme date ("eind 2023",
"1ste kwartaal 2024") keeps its one canonical Dutch form, which parse() reads back.
"""

from __future__ import annotations

from datetime import date, time

from dordtwest_desktop.domain.dates.points import (
    DUTCH_MONTHS,
    DUTCH_WEEKDAYS,
    DatePoint,
    Part,
    Precision,
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

ENGLISH_MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

_PART_WORDS: dict[Part, str] = {Part.BEGIN: "begin", Part.MID: "medio", Part.END: "eind"}
_ORDINALS: dict[int, str] = {1: "1ste", 2: "2de", 3: "3de", 4: "4de"}


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


def render_span(start: DatePoint, end: DatePoint | None) -> str:
    """The canonical Dutch form of a date or span; a shared year is written once."""
    if end is None:
        return _render_point(start)
    same_year = start.year == end.year
    return f"{_render_point(start, not same_year)}/{_render_point(end)}"


def short_span(start: DatePoint, end: DatePoint | None) -> str:
    """The compact form of a date or span, for chart axes."""
    if end is None:
        return _short_point(start)
    same_year = start.year == end.year
    return f"{_short_point(start, not same_year)}/{_short_point(end)}"


def _english() -> bool:
    from dordtwest_desktop import i18n

    return i18n.language() == "en"


def format_short_date(d: date) -> str:
    """ "14 januari 2027"; in English "14 January 2027"."""
    months = ENGLISH_MONTHS if _english() else DUTCH_MONTHS
    return f"{d.day} {months[d.month - 1]} {d.year}"


def format_long_date(d: date) -> str:
    """ "donderdag 14 januari 2027"; in English "Thursday 14 January 2027"."""
    weekdays = ENGLISH_WEEKDAYS if _english() else DUTCH_WEEKDAYS
    return f"{weekdays[d.weekday()]} {format_short_date(d)}"


def format_clock(t: time) -> str:
    """ "14.00", the Dutch way of writing a time; in English "14:00"."""
    separator = ":" if _english() else "."
    return f"{t.hour:02d}{separator}{t.minute:02d}"
