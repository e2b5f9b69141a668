"""export_json's rows written by SQLite itself: one JSON text a row, from json_object().

Written row by row in Python, the export of a large programme spent most of its time
turning each row into a dict and each UUID and time into the format's spelling
(405,591 rows, 814,315 UUIDs, 417,258 times). Here SQLite spells UUIDs, stored times
and booleans and builds each row's JSON in C. A value it cannot spell the same way
(a programme date, a day or an hour, a number with a fraction, a file, a time another
program wrote) goes through Python, value by value, with the encoder of the general
path, so the file is byte for byte the one the general path writes
(tests/store/test_export_sqlite.py holds the two side by side).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any, BinaryIO

import orjson
from sqlalchemy import Column, Table
from sqlalchemy import types as satypes
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from dordtwest_desktop.store.exchange_values import encode, encoder, stored_time_text
from dordtwest_desktop.store.types import PreciseDateType

# SQLite takes at most 127 arguments in one function call unless built otherwise
# (SQLITE_MAX_FUNCTION_ARG); json_object takes two for each column.
MAX_COLUMNS = 63

_VALUE = "dordtwest_exchange_value"
_TIME = "dordtwest_exchange_time"

# How SQLAlchemy stores a time on SQLite: "YYYY-MM-DD HH:MM:SS.ffffff".
_STORED_TIME = (
    "-".join(["[0-9]" * 4, "[0-9]" * 2, "[0-9]" * 2])
    + " "
    + ":".join(["[0-9]" * 2] * 3)
    + "."
    + "[0-9]" * 6
)


class SqliteRows:
    """Writes tables as export_json does, within the session's own read transaction."""

    def __init__(self, session: Session, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.dialect = session.get_bind().dialect
        self.values: dict[str, Callable[[Any], str]] = {}
        connection.create_function(_VALUE, 2, self._value, deterministic=True)
        connection.create_function(_TIME, 1, _time, deterministic=True)

    @classmethod
    def of(cls, session: Session) -> SqliteRows | None:
        """None on another database than SQLite."""
        if session.get_bind().dialect.name != "sqlite":
            return None
        raw = session.connection().connection.driver_connection
        return cls(session, raw) if isinstance(raw, sqlite3.Connection) else None

    def write(self, handle: BinaryIO, table: Table) -> int | None:
        """The table's rows written; None if it needs the general path (too many columns)."""
        columns = list(table.columns)
        if len(columns) > MAX_COLUMNS:
            return None
        for column in columns:
            if _by_python(column):
                self.values[_key(table, column)] = _value_as_json(column, self.dialect)
        fields = ", ".join(f"{_literal(c.name)}, {_value(table, c)}" for c in columns)
        order = _key_order(table)
        write = handle.write
        count = 0
        # Rows as the UTF-8 bytes SQLite holds: no decoding only to encode them again.
        # The connection is the pool's: its own text factory comes back whatever happens.
        text_factory = self.connection.text_factory
        self.connection.text_factory = bytes
        try:
            cursor = self.connection.execute(
                f"SELECT json_object({fields}) FROM {_name(table.name)} ORDER BY {order}"
            )
            try:
                while batch := cursor.fetchmany(2000):
                    write(b",\n   " if count else b"\n   ")
                    write(b",\n   ".join([row[0] for row in batch]))
                    count += len(batch)
            finally:
                cursor.close()
        finally:
            self.connection.text_factory = text_factory
        return count

    def close(self) -> None:
        """The functions taken off the pool's connection again (they hold this object)."""
        self.connection.create_function(_VALUE, 2, None)
        self.connection.create_function(_TIME, 1, None)

    def _value(self, key: str, stored: Any) -> str:
        return self.values[key](stored)


def _key_order(table: Table) -> str:
    """The rows in key order, as every database writes them, sorted rather than walked.

    "+" keeps SQLite from walking the key's index, which costs a look-up in the table
    for every row (most of a second for the 202,258 rows of a large history): it reads
    the table in the order it is stored and sorts what it read, in bounded memory.
    """
    return ", ".join(f"+{_name(c.name)}" for c in table.primary_key.columns)


def _time(stored: Any) -> str | None:
    return None if stored is None else stored_time_text(stored)


def _by_python(column: Column[Any]) -> bool:
    """Whether SQLite cannot spell this column's values as the general path does."""
    kind = column.type
    if isinstance(kind, PreciseDateType):
        return True
    return not isinstance(
        kind,
        satypes.Uuid
        | satypes.DateTime
        | satypes.Boolean
        | satypes.Enum
        | satypes.String
        | satypes.Integer,
    )


def _value(table: Table, column: Column[Any]) -> str:
    """The SQL that gives one column's value as the exchange format writes it."""
    name = _name(column.name)
    kind = column.type
    if isinstance(kind, satypes.Uuid):
        return (
            f"CASE WHEN length({name}) = 32 THEN substr({name}, 1, 8) || '-' || "
            f"substr({name}, 9, 4) || '-' || substr({name}, 13, 4) || '-' || "
            f"substr({name}, 17, 4) || '-' || substr({name}, 21) ELSE {name} END"
        )
    if isinstance(kind, satypes.DateTime):
        return (
            f"CASE WHEN {name} GLOB '{_STORED_TIME}' THEN substr({name}, 1, 10) || 'T' || "
            f"CASE WHEN substr({name}, 21) = '000000' THEN substr({name}, 12, 8) "
            f"ELSE substr({name}, 12) END ELSE {_TIME}({name}) END"
        )
    if isinstance(kind, satypes.Boolean):
        # json() outermost: the value reaches json_object marked as JSON on every version.
        return (
            f"json(CASE WHEN {name} IS NULL THEN 'null' WHEN {name} THEN 'true' ELSE 'false' END)"
        )
    if _by_python(column):
        return f"json({_VALUE}({_literal(_key(table, column))}, {name}))"
    return name


def _value_as_json(column: Column[Any], dialect: Dialect) -> Callable[[Any], str]:
    """Stored value → JSON text, as the general path reads and encodes it."""
    read = column.type.dialect_impl(dialect).result_processor(dialect, None)
    write = encoder(column) or encode

    def convert(stored: Any) -> str:
        if stored is None:
            return "null"
        value = read(stored) if read is not None else stored
        return orjson.dumps(None if value is None else write(value)).decode()

    if isinstance(column.type, PreciseDateType | satypes.Date | satypes.Time):
        # A programme holds few distinct dates; each is read and rendered once.
        return functools.lru_cache(maxsize=4096)(convert)
    return convert


def _key(table: Table, column: Column[Any]) -> str:
    return f"{table.name}.{column.name}"


def _name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
