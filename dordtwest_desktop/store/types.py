"""Column types for the domain's value types, portable across SQLite and PostgreSQL."""

from __future__ import annotations

import calendar
import contextlib
import functools
import re
import uuid
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any, overload

import sqlalchemy
from sqlalchemy import Dialect, Enum, String
from sqlalchemy.types import TypeDecorator

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.dates.points import (
    DUTCH_MONTHS,
    MAX_YEAR,
    MIN_YEAR,
    DatePoint,
    Precision,
)

_new_object = object.__new__
_set_slot = object.__setattr__
_UNKNOWN = uuid.SafeUUID.unknown


def parse_uuid(value: str) -> uuid.UUID:
    """`uuid.UUID(value)`, three times faster for the 8-4-4-4-12 form files hold.

    An import reads some 800,000 UUIDs from a large programme's exchange file; other
    spellings uuid.UUID accepts (braces, urn:uuid:, no hyphens) still go through it.
    """
    if len(value) == 36 and value[8] == value[13] == value[18] == value[23] == "-":
        digits = value.replace("-", "")
        # ASCII letters and digits only: int() would also take "_", signs, spaces and
        # other scripts' digits; a letter past "f" it refuses itself.
        if len(digits) == 32 and digits.isascii() and digits.isalnum():
            try:
                number = int(digits, 16)
            except ValueError:
                return uuid.UUID(value)  # raises, with uuid's own message
            found = _new_object(uuid.UUID)
            _set_slot(found, "int", number)
            _set_slot(found, "is_safe", _UNKNOWN)
            return found
    return uuid.UUID(value)


@overload
def stored_uuid(value: None) -> None: ...
@overload
def stored_uuid(value: str | uuid.UUID) -> uuid.UUID: ...
def stored_uuid(value: Any) -> uuid.UUID | None:
    """A UUID column's value as the driver gives it (32 hex digits on SQLite, a UUID
    on PostgreSQL), as a UUID: the fast path of `Uuid` for reads that skip its type."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 32:
        found = _new_object(uuid.UUID)
        _set_slot(found, "int", int(value, 16))
        _set_slot(found, "is_safe", _UNKNOWN)
        return found
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class Uuid(sqlalchemy.Uuid[uuid.UUID]):
    """SQLAlchemy's Uuid, read faster where it is stored as text (SQLite).

    A list of 20,000 milestones reads some 100,000 UUIDs, and `uuid.UUID(hex)`
    strips, checks and converts each string: two fifths of the read (issue 13).
    SQLAlchemy itself stores exactly 32 hex digits, whose integer is all a UUID
    holds; anything else still goes through `uuid.UUID`. Native UUIDs (PostgreSQL)
    arrive as UUID objects and keep SQLAlchemy's processing.
    """

    cache_ok = True

    def result_processor(
        self, dialect: Dialect, coltype: object
    ) -> Callable[[Any], uuid.UUID | None] | None:
        if not self.as_uuid or (self.native_uuid and dialect.supports_native_uuid):
            return super().result_processor(dialect, coltype)
        return stored_uuid


class PreciseDateType(TypeDecorator[PreciseDate]):
    """A date with precision, stored as its canonical Dutch text (which parses back)."""

    impl = String(80)
    cache_ok = True

    def process_bind_param(self, value: PreciseDate | None, dialect: Dialect) -> str | None:
        return None if value is None else value.render()

    def process_result_value(self, value: Any, dialect: Dialect) -> PreciseDate | None:
        return None if value is None else parse_stored_date(value)


# A list view reads tens of thousands of dates, most of them the same few texts;
# PreciseDate is immutable, so one parse per distinct text will do.
@functools.lru_cache(maxsize=65536)
def parse_stored_date(text: str) -> PreciseDate:
    found = _canonical_date(text)
    return found if found is not None else PreciseDate.parse(text)


_STORED_DAY = re.compile(r"([1-9]|[12][0-9]|3[01]) ([a-z]+) ([0-9]{4})")
_STORED_MONTH = re.compile(r"([a-z]+) ([0-9]{4})")
_MONTH_NUMBERS = {name: number for number, name in enumerate(DUTCH_MONTHS, start=1)}


def _canonical_parts(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a day or month as render() writes it ("14 november 2026",
    "mei 2027"; day 0 for a month), or None for any other text or a year outside the
    programme's."""
    match = _STORED_DAY.fullmatch(text)
    if match is not None:
        day, name, year = int(match[1]), match[2], int(match[3])
    else:
        match = _STORED_MONTH.fullmatch(text)
        if match is None:
            return None
        day, name, year = 0, match[1], int(match[2])
    month = _MONTH_NUMBERS.get(name)
    if month is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return year, month, day


def _canonical_date(text: str) -> PreciseDate | None:
    """A day or month as render() writes it, or None.

    PreciseDate.parse reads whatever people type (37 µs a date); the dashboard reads
    the 3,000 distinct due dates of a large programme at every start, nearly all in
    these two forms. Anything else, or a day the calendar lacks, goes to the parser.
    """
    parts = _canonical_parts(text)
    if parts is None:
        return None
    year, month, day = parts
    try:
        return PreciseDate(DatePoint(year, Precision.DAY if day else Precision.MONTH, month, day))
    except ValueError:  # 31 februari: the parser refuses it with its own message
        return None


@functools.lru_cache(maxsize=65536)
def stored_bounds(text: str) -> tuple[date, date]:
    """The first and last day of a stored date (its `sort_key`), straight from its text.

    The dashboard's counts at start ask of each of the 3,000 distinct due dates of a
    large programme only whether it has passed: read from a day's or month's text
    that costs a fifth of making its PreciseDate. Any other text goes to the parser.
    """
    parts = _canonical_parts(text)
    if parts is not None:
        year, month, day = parts
        if not day:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        with contextlib.suppress(ValueError):  # 31 februari: the parser says why
            found = date(year, month, day)
            return found, found
    return parse_stored_date(text).sort_key()


def enum_column(enum: type[StrEnum]) -> Enum:
    """Store an enum by its value as a portable VARCHAR with a CHECK constraint."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        name=f"ck_{enum.__name__.lower()}",
        validate_strings=True,
    )
