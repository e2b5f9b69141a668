"""Reading one date (no span) as people type it, into a `DatePoint`."""

from __future__ import annotations

import re

from dordtwest_desktop.domain.dates.points import (
    DUTCH_MONTHS,
    DUTCH_WEEKDAYS,
    MAX_YEAR,
    MIN_YEAR,
    DatePoint,
    Part,
    Precision,
)
from dordtwest_desktop.domain.dates.rendering import ENGLISH_MONTHS, ENGLISH_WEEKDAYS

_MONTH_WORDS: dict[str, int] = {name: i for i, name in enumerate(DUTCH_MONTHS, start=1)}
_MONTH_WORDS.update({name.lower(): i for i, name in enumerate(ENGLISH_MONTHS, start=1)})
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
# Days as the English app writes them ("Thursday 14 January 2027") read back too.
_WEEKDAY_WORDS.update({name.lower(): i for i, name in enumerate(ENGLISH_WEEKDAYS)})
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


def normalise(text: str) -> str:
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


def parse_point(text: str, default_year: int | None) -> DatePoint | None:
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
