"""New records of an exchange file into an empty SQLite table, a column at a time.

An import of ten years of data reads 400,000 records with four million values.
Decoding each value into its Python object (a UUID, a datetime) only for SQLAlchemy
to turn it back into the text SQLite stores cost most of the import. Here every
column of a chunk is checked in one pass and turned straight into what the driver
binds: UUIDs checked as one text and respelled as SQLite stores them, strings and
numbers checked by kind and range, the rest through the column's own decoder and
bind processor. Anything this path does not take (a missing field, a spelling of
a UUID other than 8-4-4-4-12, a value that fails a check) makes it decline, and the
caller merges the chunk record by record, which names the record and the field.
"""

from __future__ import annotations

import inspect
import itertools
import operator
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Connection, Table, insert, select, text
from sqlalchemy import types as satypes
from sqlalchemy.engine import Dialect

from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.records import RULES
from dordtwest_desktop.store.exchange_values import INTEGER_RANGE, VERSION_RANGE, decoder

Values = list[Any]


class Declined(Exception):
    """This path does not take the chunk: merge it record by record."""


def applies(connection: Connection, table: Table, parent_columns: list[str]) -> bool:
    """Whether the table's records can come this way: SQLite, one key, no records yet."""
    return (
        connection.dialect.name == "sqlite"
        and len(table.primary_key.columns) == 1
        and not parent_columns
        and connection.execute(select(1).select_from(table).limit(1)).first() is None
    )


def insert_rows(
    connection: Connection, table: Table, rows: list[dict[str, Any]], *, check: bool
) -> None:
    """Insert rows that all hold every column; raises Declined, writing nothing, if it cannot."""
    names = list(table.columns.keys())
    every = set(names)
    if not all(map(operator.eq, map(dict.keys, rows), itertools.repeat(every))):
        raise Declined
    dialect = connection.dialect
    columns = {name: list(map(operator.itemgetter(name), rows)) for name in names}
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(names):
        raise Declined
    bound = [_bound(table.c[name], columns[name], dialect) for name in order]
    if check:
        _check(table, columns, len(rows))
    connection.exec_driver_sql(compiled.string, list(zip(*bound, strict=True)))


@contextmanager
def indexes_set_aside(connection: Connection, table: Table) -> Iterator[None]:
    """Drop the table's own indexes while it is filled, then build them again.

    SQLite builds an index from sorted keys far faster than it keeps one in step with
    100,000 inserts in random order (a third of the insert time of a large import).
    Recreated from the SQL the database holds, so they come back exactly as they
    were; inside the caller's transaction, so a failure brings them back with the
    rollback. The indexes behind a primary key or UNIQUE constraint have no SQL and
    stay.
    """
    found = connection.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :table"
            " AND sql IS NOT NULL"
        ),
        {"table": table.name},
    ).all()
    for name, _ in found:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in found:
        connection.exec_driver_sql(sql)


@contextmanager
def larger_page_cache(connection: Connection, mib: int = 64) -> Iterator[None]:
    """A larger page cache while a bulk merge runs, the connection's own after.

    SQLite's default 2 MB makes index builds and the search index's rebuild go to
    the file again and again; 64 MB takes a fifth off them at the scale database,
    and memory stays bounded (the chunks hold about as much).
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{mib * 1024}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _check(table: Table, columns: dict[str, Values], count: int) -> None:
    """The table's rule over every record, given the values it names, decoded.

    After _bound, which has checked every value by its column's kind.
    """
    rule = RULES.get(table.name)
    if rule is None:
        return
    names = [name for name in _rule_fields(rule) if name in columns]
    # Text and whole numbers were checked by _bound and are what their decoder returns.
    decoded = [
        columns[name]
        if isinstance(table.c[name].type, satypes.String | satypes.Integer)
        and not isinstance(table.c[name].type, satypes.Enum)
        else _decoded(table.c[name], columns[name])
        for name in names
    ]
    for values in zip(*decoded, strict=True) if names else [()] * count:
        try:
            rule(**{n: v for n, v in zip(names, values, strict=True) if v is not None})
        except (ValidationError, TypeError):
            raise Declined from None


_RULE_FIELDS: dict[Callable[..., None], tuple[str, ...]] = {}


def _rule_fields(rule: Callable[..., None]) -> tuple[str, ...]:
    found = _RULE_FIELDS.get(rule)
    if found is None:
        found = _RULE_FIELDS[rule] = tuple(
            parameter.name
            for parameter in inspect.signature(rule).parameters.values()
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY
        )
    return found


def _decoded(column: Column[Any], values: Values) -> Values:
    decode = decoder(column)
    try:
        return [None if value is None else decode(value) for value in values]
    except (ValueError, TypeError, ValidationError):
        raise Declined from None


def _bound(column: Column[Any], values: Values, dialect: Dialect) -> Values:
    """The column's values as the driver binds them, each checked as its decoder would."""
    if None in values and not (column.nullable or column.default is not None):
        raise Declined
    kind = column.type
    present = [value for value in values if value is not None]
    if isinstance(kind, satypes.Uuid):
        return _with_nulls(values, _uuid_hex(present))
    if isinstance(kind, satypes.Enum):
        return _enum_values(column, values, dialect)
    if isinstance(kind, satypes.DateTime):
        return _with_nulls(values, _stored_times(present))
    if isinstance(kind, satypes.Integer):
        allowed = VERSION_RANGE if column.name == "version" else INTEGER_RANGE
        if present and (
            set(map(type, present)) != {int}
            or min(present) not in allowed
            or max(present) not in allowed
        ):
            raise Declined
        return values
    if isinstance(kind, satypes.String):
        if present:
            if set(map(type, present)) != {str}:
                raise Declined
            if kind.length is not None and max(map(len, present)) > kind.length:
                raise Declined
            _valid_unicode(present)
        return values
    return _generic(column, values, dialect)


def _enum_values(column: Column[Any], values: Values, dialect: Dialect) -> Values:
    """Each value looked up among the members' values, as its bound text."""
    kind = column.type
    assert isinstance(kind, satypes.Enum) and kind.enum_class is not None
    process = kind.dialect_impl(dialect).bind_processor(dialect)
    stored = {
        member.value: member if process is None else process(member) for member in kind.enum_class
    }
    try:
        return [None if value is None else stored[value] for value in values]
    except (KeyError, TypeError):
        raise Declined from None


def _generic(column: Column[Any], values: Values, dialect: Dialect) -> Values:
    """Through the column's decoder and bind processor, value by value."""
    decoded = _decoded(column, values)
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return decoded
    return [None if value is None else process(value) for value in decoded]


def _with_nulls(values: Values, present: Values) -> Values:
    if len(present) == len(values):
        return present
    filled = iter(present)
    return [None if value is None else next(filled) for value in values]


_HEX = re.compile(r"[0-9a-f\n]*")


def _uuid_hex(texts: Values) -> Values:
    """UUIDs written 8-4-4-4-12, checked as one text, as the 32 lowercase digits SQLite holds."""
    if not texts:
        return []
    try:
        joined = "\n".join(texts)
    except TypeError:
        raise Declined from None
    count = len(texts)
    if len(joined) != 37 * count - 1 or not joined.isascii():
        raise Declined
    # Every 37th character from each place: the four hyphens and the line breaks
    # between UUIDs stand exactly there, so every UUID is 36 characters long.
    if any(set(joined[place::37]) != {"-"} for place in (8, 13, 18, 23)):
        raise Declined
    if count > 1 and set(joined[36::37]) != {"\n"}:
        raise Declined
    digits = joined.replace("-", "").lower()
    if len(digits) != 33 * count - 1 or not _HEX.fullmatch(digits):
        raise Declined
    found = digits.split("\n")
    if len(found) != count:
        raise Declined
    return found


def _stored_times(texts: Values) -> Values:
    """ISO times as SQLAlchemy stores them on SQLite ("YYYY-MM-DD HH:MM:SS.ffffff")."""
    try:
        parsed = list(map(datetime.fromisoformat, texts))
    except (TypeError, ValueError):
        raise Declined from None
    stored = []
    for moment in parsed:
        if moment.tzinfo is not None:
            raise Declined  # SQLAlchemy drops the offset; the record path says so or not
        spelled = moment.isoformat(" ")
        stored.append(spelled if moment.microsecond else spelled + ".000000")
    return stored


def _valid_unicode(texts: Values) -> None:
    """No lone surrogate (JSON can write "\\ud800"; no database or PDF can hold it)."""
    joined = "".join(texts)
    if joined.isascii():
        return
    try:
        joined.encode("utf-8")
    except UnicodeEncodeError:
        raise Declined from None
