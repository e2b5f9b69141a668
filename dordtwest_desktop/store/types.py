"""Column types for the domain's value types, portable across SQLite and PostgreSQL."""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import Any

from sqlalchemy import Dialect, Enum, String
from sqlalchemy.types import TypeDecorator

from dordtwest_desktop.domain.dates import PreciseDate


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
    return PreciseDate.parse(text)


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
