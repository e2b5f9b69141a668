"""How one value of an exchange file is read: checked and turned into what its column holds.

A decoder is chosen once per column, not per value: an import of a large programme
reads millions of values.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Column
from sqlalchemy import types as satypes

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
