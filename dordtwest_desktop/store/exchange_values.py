"""How one value of an exchange file is read and written.

Read: checked and turned into what its column holds; written: turned into the text
or number the file holds. A decoder or encoder is chosen once per column, not per
value: an import or export of a large programme handles millions of values.
"""

from __future__ import annotations

import base64
import math
import re
import uuid
from collections.abc import Callable
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import Column
from sqlalchemy import types as satypes

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store.types import PreciseDateType, parse_stored_date, parse_uuid

# What an INTEGER column of SQLite holds; a version stays well below it so it can count on.
INTEGER_RANGE = range(-(2**63), 2**63)
VERSION_RANGE = range(1, 2**53)

_DECODERS: dict[Column[Any], Callable[[Any], Any]] = {}


def decoder(column: Column[Any]) -> Callable[[Any], Any]:
    """How one column's values are read: chosen once per column, not per value."""
    found = _DECODERS.get(column)
    if found is None:
        found = _DECODERS[column] = _choose_decoder(column)
    return found


def _choose_decoder(column: Column[Any]) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, PreciseDateType):
        return lambda value: parse_stored_date(_text(value))
    if isinstance(kind, satypes.Uuid):
        return lambda value: parse_uuid(_text(value))
    if isinstance(kind, satypes.Enum):
        enum_class = kind.enum_class
        assert enum_class is not None
        return lambda value: enum_class(_text(value))
    if isinstance(kind, satypes.DateTime):
        return lambda value: datetime.fromisoformat(_text(value))
    if isinstance(kind, satypes.Date):
        return lambda value: date.fromisoformat(_text(value))
    if isinstance(kind, satypes.Time):
        return lambda value: time.fromisoformat(_text(value))
    if isinstance(kind, satypes.LargeBinary):
        return lambda value: base64.b64decode(_text(value), validate=True)
    if isinstance(kind, satypes.Boolean):
        return _boolean
    if isinstance(kind, satypes.Integer):
        allowed = VERSION_RANGE if column.name == "version" else INTEGER_RANGE
        return lambda value: _integer(value, allowed)
    if isinstance(kind, satypes.Float):
        return _float
    if isinstance(kind, satypes.String):
        return lambda value: _string(value, kind.length)
    return lambda value: value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("not a boolean")
    return value


def _integer(value: Any, allowed: range) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(tr("not a whole number"))
    if value not in allowed:
        raise ValueError(tr("the number {value} is out of range").format(value=_short(value)))
    return value


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(tr("not a number"))
    if isinstance(value, int) and abs(value) > 2**53:
        raise ValueError(tr("the number {value} is out of range").format(value=_short(value)))
    if not math.isfinite(value):
        raise ValueError(tr("not a finite number"))
    return float(value)


def _string(value: Any, length: int | None) -> str:
    text_value = _text(value)
    if length is not None and len(text_value) > length:
        raise ValueError(f"longer than {length} characters")
    return text_value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(tr("not text"))
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        # JSON lets a file write "\ud800" alone; no database or PDF can hold it.
        raise ValueError(tr("the text holds a character that is not valid Unicode")) from exc
    return value


def _short(value: int) -> str:
    digits = str(abs(value)) if value.bit_length() < 10_000 else ""
    if digits and len(digits) <= 20:
        return str(value)
    return tr("with {digits} digits").format(digits=len(digits) or "…")


def encode(value: Any) -> Any:
    """One value as the exchange format writes it, whatever its column."""
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, PreciseDate):
        return value.render()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def stored_time_text(value: Any) -> str:
    """A time as isoformat() writes it, from the text SQLAlchemy stores on SQLite.

    SQLAlchemy writes "YYYY-MM-DD HH:MM:SS.ffffff" (microseconds always); that form is
    respelled directly, anything else (a value another program wrote) goes through
    datetime, as it did when every time was read as one (400,000 in a large export).
    """
    if isinstance(value, str) and _STORED_TIME.fullmatch(value):
        if value.endswith("000000"):
            return f"{value[:10]}T{value[11:19]}"
        return f"{value[:10]}T{value[11:]}"
    return datetime.fromisoformat(str(value)).isoformat()


_STORED_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")


def _uuid_text(value: Any) -> str:
    """A UUID as the exchange format writes it, from SQLite's 32 hex digits or a UUID."""
    if isinstance(value, str) and len(value) == 32:
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(value)


def encoder(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How one column's stored value is written, chosen once per column, not per value;
    None where the value read is already what the exchange format holds."""
    kind = column.type
    if isinstance(kind, satypes.Uuid):
        return _uuid_text
    if isinstance(kind, satypes.Enum):
        return None  # read as the text it is stored as (exchange._write_rows)
    if isinstance(kind, PreciseDateType):
        return _render_date
    if isinstance(kind, satypes.DateTime | satypes.Date | satypes.Time):
        return _isoformat
    if isinstance(kind, satypes.LargeBinary):
        return _base64
    if isinstance(kind, satypes.String | satypes.Integer | satypes.Float | satypes.Boolean):
        return None
    return encode


def _render_date(value: PreciseDate) -> str:
    return value.render()


def _isoformat(value: datetime | date | time) -> str:
    return value.isoformat()


def _base64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")
