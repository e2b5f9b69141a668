"""The exchange format: every table as JSON rows, lossless, merged by UUID.

The same row codec serves the JSON export/import and the snapshots that make a
delete undoable (a deleted record with everything that referred to it).
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from contextlib import nullcontext
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from sqlalchemy import (
    Column,
    Table,
    UniqueConstraint,
    and_,
    delete,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy import types as satypes
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from dordtwest_desktop import __version__
from dordtwest_desktop.domain.errors import ImportFileError, ValidationError
from dordtwest_desktop.domain.records import RULES, no_cycle
from dordtwest_desktop.files import atomic_output
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store import bulk_insert, exchange_stream, history, search_index
from dordtwest_desktop.store.database import Store
from dordtwest_desktop.store.exchange_sqlite import SqliteRows
from dordtwest_desktop.store.exchange_values import decoder, encode, encoder, stored_time_text
from dordtwest_desktop.store.models import Base

FORMAT = "dordtwest-exchange"
FORMAT_VERSION = 1

Rows = dict[str, list[dict[str, Any]]]


def tables() -> list[Table]:
    """Every table of the store, parents before children."""
    return list(Base.metadata.sorted_tables)


def encode_row(table: Table, row: Mapping[Any, Any]) -> dict[str, Any]:
    return {column.name: encode(row[column.name]) for column in table.columns}


def dump(session: Session) -> Rows:
    rows: Rows = {}
    for table in tables():
        order = [c for c in table.primary_key.columns]
        result = session.execute(select(table).order_by(*order)).mappings()
        rows[table.name] = [encode_row(table, row) for row in result]
    return rows


class ExchangeCancelled(Exception):
    """The user stopped an import or export: the import rolled back, no file written."""


def export_json(
    store: Store, out: Path, *, cancelled: Callable[[], bool] | None = None
) -> dict[str, int]:
    """Write the whole store to `out`; returns the row count per table.

    Streamed: rows are read in batches and written one by one, so memory stays
    bounded however large the programme (the file is the same JSON document
    `read_exchange_file` reads).
    """
    from dordtwest_desktop.store.migrate import head_revision

    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema": head_revision(),
        "app_version": __version__,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
    }
    counts: dict[str, int] = {}
    with (
        store.read() as session,
        atomic_output(out) as partial,
        partial.open("wb") as handle,
    ):
        # Bytes throughout: SQLite's and orjson's UTF-8 go to the file as they are.
        handle.write(b"{\n")
        for key, value in header.items():
            handle.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n".encode())
        handle.write(b' "tables": {')
        by_sqlite = SqliteRows.of(session)
        try:
            for number, table in enumerate(tables()):
                handle.write(b",\n" if number else b"\n")
                handle.write(f"  {json.dumps(table.name)}: [".encode())
                count = None if by_sqlite is None else by_sqlite.write(handle, table)
                if count is None:
                    count = _write_rows(handle, session, table)
                handle.write(b"\n  ]" if count else b"]")
                counts[table.name] = count
                if cancelled is not None and cancelled():
                    raise ExchangeCancelled  # atomic_output leaves no partial file
        finally:
            if by_sqlite is not None:
                by_sqlite.close()
        handle.write(b"\n }\n}\n")
    return counts


# Rows fetched per batch while exporting.
_BATCH = 2000


def _write_rows(handle: BinaryIO, session: Session, table: Table) -> int:
    """The general path (PostgreSQL): rows read in batches, each dumped by orjson."""
    # UUIDs and enums are read as the text they are stored as, not turned into
    # objects only to be turned back into the same text; on SQLite so are times.
    sqlite = session.get_bind().dialect.name == "sqlite"
    as_text = (satypes.Uuid, satypes.Enum, *((satypes.DateTime,) if sqlite else ()))
    selected = [
        type_coerce(c, satypes.String).label(c.name) if isinstance(c.type, as_text) else c
        for c in table.columns
    ]
    names = [str(c.name) for c in table.columns]  # orjson takes exactly str keys
    # Only the columns whose stored value is not already JSON are converted: most
    # values (text, numbers, booleans) go to the encoder as they were read.
    converters = [
        (number, convert)
        for number, convert in enumerate(
            stored_time_text if sqlite and isinstance(c.type, satypes.DateTime) else encoder(c)
            for c in table.columns
        )
        if convert is not None
    ]
    order = list(table.primary_key.columns)
    result = session.execute(select(*selected).order_by(*order).execution_options(yield_per=_BATCH))
    write = handle.write
    count = 0
    for batch in result.partitions():
        lines = []
        for row in batch:
            values = list(row)
            for number, convert in converters:
                value = values[number]
                if value is not None:
                    values[number] = convert(value)
            lines.append(orjson.dumps(dict(zip(names, values, strict=True))))
        write(b",\n   " if count else b"\n   ")
        write(b",\n   ".join(lines))
        count += len(lines)
    return count


def _parse(data: bytes) -> Any:
    """The file's JSON: orjson where it can (several times faster, on files of 100 MB),
    else the standard library, whose errors and leniency the messages below are made
    for (NaN, lone surrogates and numbers beyond 64 bits reach the record checks)."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data.decode("utf-8"))


def read_exchange_file(path: Path) -> Rows:
    """Parse and check the envelope of an exchange file; rows are checked on merge."""
    try:
        document = _parse(path.read_bytes())
    except FileNotFoundError as exc:
        raise ImportFileError(tr("The file '{path}' does not exist.").format(path=path)) from exc
    except IsADirectoryError as exc:
        raise ImportFileError(
            tr("'{path}' is a folder, not an exchange file.").format(path=path)
        ) from exc
    except OSError as exc:
        raise ImportFileError(
            tr("'{path}' cannot be read: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            tr("'{path}' is not an exchange file: it is not UTF-8 text.").format(path=path)
        ) from exc
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            tr(
                "'{path}' is not a valid exchange file: the JSON breaks off or is damaged "
                "at line {line}, column {column}."
            ).format(path=path, line=exc.lineno, column=exc.colno)
        ) from exc
    except RecursionError as exc:
        raise ImportFileError(
            tr(
                "'{path}' is not an exchange file of this app: its data is nested too deeply."
            ).format(path=path)
        ) from exc
    except ValueError as exc:
        # Python refuses integers of more than 4300 digits while parsing.
        raise ImportFileError(
            tr(
                "'{path}' is not an exchange file of this app: it holds a number that is far too large."
            ).format(path=path)
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFileError(tr("'{path}' is not an exchange file of this app.").format(path=path))
    if document.get("version") != FORMAT_VERSION:
        raise ImportFileError(
            tr("'{path}' has exchange format version {version}, this app reads {ours}.").format(
                path=path, version=document.get("version"), ours=FORMAT_VERSION
            )
        )
    rows = document.get("tables")
    known = {table.name for table in tables()}
    if not isinstance(rows, dict) or not all(
        isinstance(v, list) and all(isinstance(r, dict) for r in v) for v in rows.values()
    ):
        raise ImportFileError(
            tr(
                "'{path}' is not a valid exchange file: its tables are not lists of records."
            ).format(path=path)
        )
    unknown = sorted(set(rows) - known)
    if unknown:
        raise ImportFileError(
            tr("'{path}' holds unknown tables: {names}.").format(
                path=path, names=", ".join(unknown)
            )
        )
    return rows


Progress = Callable[[int, int], None]  # (records merged, about how many the file holds)


def import_json(
    store: Store,
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Merge an exchange file by UUID, all or nothing; returns rows merged per table.

    Every record must pass the rules of its table (domain.records), the same a form
    applies when the record is typed; one record that does not refuses the file.
    A file in export_json's layout is read a chunk of records at a time (memory
    bounded by the chunk, not the programme); any other is read whole. `progress`
    hears after every chunk; `cancelled` is asked there too, and when it says yes the
    import stops with ExchangeCancelled and nothing written.
    """
    path = Path(path)
    try:
        with store.transaction() as session:
            return _import_streamed(session, path, _Steps(progress, cancelled))
    except exchange_stream.NotStreamable:
        pass  # rolled back; the whole reader says what is wrong with the file, if anything
    rows = read_exchange_file(path)
    steps = _Steps(progress, cancelled, sum(map(len, rows.values())))
    with store.transaction() as session:
        return merge(session, rows, check=True, refuse_stale=True, steps=steps)


class _Steps:
    """Progress of a merge, told after each chunk, where a cancel is also heard.

    The count never reaches the total before the merge is over: the search index's
    rebuild and the commit come after the last chunk (a quarter of a large import),
    and a progress dialog closes itself at its maximum.
    """

    def __init__(
        self,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        total: int = 0,
    ) -> None:
        self.progress, self.cancelled, self.total, self.done = progress, cancelled, total, 0

    def step(self, records: int) -> None:
        self.done += records
        if self.cancelled is not None and self.cancelled():
            raise ExchangeCancelled
        if self.progress is not None:
            total = max(self.total, self.done + 1)
            self.progress(self.done, total)


def _import_streamed(session: Session, path: Path, steps: _Steps) -> dict[str, int]:
    try:
        handle = path.open("rb")
    except OSError:
        raise exchange_stream.NotStreamable from None
    with handle:
        exchange_stream.check_ending(handle)
        steps.total = exchange_stream.count_lines(handle)
        bulk = steps.total >= BULK_ROWS
        header = exchange_stream.read_header(handle)
        if header.get("format") != FORMAT or header.get("version") != FORMAT_VERSION:
            raise exchange_stream.NotStreamable
        chunks = exchange_stream.read_chunks(handle, [table.name for table in tables()])
        return _merge_chunks(session, chunks, bulk=bulk, check=True, refuse_stale=True, steps=steps)


def merge(
    session: Session,
    rows: Rows,
    *,
    check: bool = False,
    refuse_stale: bool = False,
    steps: _Steps | None = None,
) -> dict[str, int]:
    """Write rows by primary key; `check` applies the domain rules to each (imports).

    `refuse_stale`: a row whose content differs from the stored record, but that
    was made from an older version of it, is a conflict (someone changed the
    record after the file was written): the whole merge is refused.
    """
    bulk = sum(len(table_rows) for table_rows in rows.values()) >= BULK_ROWS
    chunks = ((table.name, 0, rows[table.name]) for table in tables() if rows.get(table.name))
    return _merge_chunks(
        session, chunks, bulk=bulk, check=check, refuse_stale=refuse_stale, steps=steps
    )


# From this many rows on, a merge writes without the search index's triggers and
# rebuilds the index once at the end (in the same transaction): a trigger costs
# 0.2 ms a row, a rebuild of the whole index about a second per 200,000 records.
BULK_ROWS = 5000


def _merge_chunks(
    session: Session,
    chunks: Iterable[exchange_stream.Chunk],
    *,
    bulk: bool,
    check: bool,
    refuse_stale: bool,
    steps: _Steps | None = None,
) -> dict[str, int]:
    """Merge the chunks of records, which come table by table, parents' tables first."""
    by_name = {table.name: table for table in tables()}
    counts = dict.fromkeys(by_name, 0)
    connection = session.connection()
    with (
        bulk_insert.larger_page_cache(connection) if bulk else nullcontext(),
        search_index.suspended(connection) if bulk else nullcontext(),
    ):
        for name, parts in itertools.groupby(chunks, key=lambda chunk: chunk[0]):
            table = by_name[name]
            counts[name] = _merge_table(
                session,
                table,
                parts,
                bulk=bulk,
                check=check,
                refuse_stale=refuse_stale,
                steps=steps or _Steps(),
            )
    session.flush()
    return counts


def _merge_table(
    session: Session,
    table: Table,
    parts: Iterable[exchange_stream.Chunk],
    *,
    bulk: bool,
    check: bool,
    refuse_stale: bool,
    steps: _Steps,
) -> int:
    parents = _parent_columns(table)
    if parents:
        # Parents are written before their children, wherever they stand in the file.
        parts = [(table.name, 0, [row for _, _, part in parts for row in part])]
    connection = session.connection()
    fast = bulk_insert.applies(connection, table, parents)
    count = 0
    goals: list[dict[str, Any]] = []
    seen: set[Any] = set()
    with bulk_insert.indexes_set_aside(connection, table) if fast and bulk else nullcontext():
        for _, offset, part in parts:
            _refuse_repeats(table, offset, part, seen)
            if not (fast and _inserted(session, table, part, check=check)):
                _merge_part(session, table, offset, part, check=check, refuse_stale=refuse_stale)
            count += len(part)
            steps.step(len(part))
            if check and table.name == "goal":
                goals = part
    if check and table.name == "goal":
        _check_goal_tree(session, goals)
    if count:
        # No history entry of its own: an import adds no rows to the history, so
        # an export, import and export give the same file. Other windows on a
        # file then refresh everything; on a server the notification names these.
        history.wrote(session, {table.name})
    return count


def _refuse_repeats(table: Table, offset: int, rows: list[dict[str, Any]], seen: set[Any]) -> None:
    """A record the file holds twice is refused: which of the two would count?"""
    if list(table.primary_key.columns.keys()) != ["id"]:
        return
    # The spellings of one UUID the decoder takes (capitals, no hyphens) count as one:
    # respelled in one pass over the chunk, looked for record by record only to name one.
    idents = [ident for row in rows if type(ident := row.get("id")) is str]
    if len(idents) == len(rows):
        keys = "\n".join(idents).lower().replace("-", "").split("\n")
        fresh = set(keys)
        if len(keys) == len(idents) == len(fresh) and seen.isdisjoint(fresh):
            seen |= fresh
            return
    for index, row in enumerate(rows, start=offset):
        ident = row.get("id")
        key = ident.lower().replace("-", "") if isinstance(ident, str) else None
        if key is None:
            continue  # the decoder names what is wrong with it
        if key in seen:
            raise _record_error(table, index, row, "id", tr("the file holds this record twice"))
        seen.add(key)


def _inserted(session: Session, table: Table, rows: list[dict[str, Any]], *, check: bool) -> bool:
    """New records into a table that was empty, column by column (bulk_insert), if it can."""
    try:
        with session.begin_nested():
            bulk_insert.insert_rows(session.connection(), table, rows, check=check)
    except (bulk_insert.Declined, IntegrityError, StatementError):
        return False  # nothing written: the record path below names what is wrong, if anything
    return True


def _merge_part(
    session: Session,
    table: Table,
    offset: int,
    rows: list[dict[str, Any]],
    *,
    check: bool,
    refuse_stale: bool,
) -> None:
    """Merge records of one table; `offset` is the number of the first in its table."""
    decoded = [_decode_row(table, offset + index, row) for index, row in enumerate(rows)]
    if check:
        for index, values in enumerate(decoded):
            _check_record(table, offset + index, values)
    number = {id(values): offset + index for index, values in enumerate(decoded)}
    ordered = list(_parents_first(table, decoded))
    try:
        _merge_in_bulk(session, table, ordered, refuse_stale=refuse_stale)
    except _Stale as stale:
        raise _stale_error(table, number[id(stale.values)], stale) from None
    except (IntegrityError, StatementError):
        # The bulk statement does not say which row broke a rule: find it one by
        # one (the savepoint of the bulk attempt was rolled back), for the message.
        _merge_row_by_row(session, table, ordered, number, refuse_stale=refuse_stale)
        raise


# Rows per statement when reading existing records by key.
_CHUNK = 500


def _merge_in_bulk(
    session: Session, table: Table, ordered: list[dict[str, Any]], *, refuse_stale: bool
) -> None:
    """New rows in one executemany per run of rows with the same columns; changed ones updated.

    One SELECT per chunk of keys instead of one per row: an import into an empty
    database costs a few statements per table, not two per row.
    """
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or not ordered:
        for values in ordered:
            _upsert(session, table, values, refuse_stale=refuse_stale)
        return
    key = keys[0]
    existing: dict[Any, Any] = {}
    idents = [values[key.name] for values in ordered if key.name in values]
    # An empty table (an import into a new database) holds nothing to compare with.
    empty = session.execute(select(key).limit(1)).first() is None
    for start in range(0, 0 if empty else len(idents), _CHUNK):
        chunk = idents[start : start + _CHUNK]
        for row in session.execute(select(table).where(key.in_(chunk))).mappings():
            existing[row[key.name]] = row
    inserts: list[dict[str, Any]] = []
    updates: list[tuple[Any, dict[str, Any]]] = []
    for values in ordered:
        stored = existing.get(values.get(key.name))
        if stored is None:
            inserts.append(values)
            continue
        rest = _changes(table, stored, values, refuse_stale=refuse_stale)
        if rest:
            updates.append((values[key.name], rest))
    with session.begin_nested():
        for run in _runs_of_same_columns(inserts):
            _insert_run(session, table, run)
        for ident, rest in updates:
            session.execute(update(table).where(key == ident).values(**rest))


def _insert_run(session: Session, table: Table, run: list[dict[str, Any]]) -> None:
    """One executemany of rows with the same columns.

    On SQLite, with every column given, straight to the driver with each column's
    own bind processing: SQLAlchemy's per-row parameter handling costs more than the
    insert itself (5 of 13 s CPU for 400,000 rows). Elsewhere, or when a column is
    left to its default, through SQLAlchemy, which fills the defaults.
    """
    connection = session.connection()
    dialect = connection.dialect
    names = list(run[0].keys())
    if dialect.name != "sqlite" or set(names) != set(table.columns.keys()):
        connection.execute(insert(table), run)
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(names):
        connection.execute(insert(table), run)
        return
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in order
    ]
    plan = list(zip(order, processors, strict=True))
    rows = [
        tuple(row[name] if process is None else process(row[name]) for name, process in plan)
        for row in run
    ]
    connection.exec_driver_sql(compiled.string, rows)


def _runs_of_same_columns(rows: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    """Consecutive rows with the same columns (one executemany each), order kept for parents."""
    run: list[dict[str, Any]] = []
    for row in rows:
        if run and row.keys() != run[0].keys():
            yield run
            run = []
        run.append(row)
    if run:
        yield run


def _merge_row_by_row(
    session: Session,
    table: Table,
    ordered: list[dict[str, Any]],
    number: dict[int, int],
    *,
    refuse_stale: bool,
) -> None:
    """Write the rows one at a time in a savepoint that is always rolled back: the error names its row."""
    savepoint = session.begin_nested()
    try:
        for values in ordered:
            try:
                _upsert(session, table, values, refuse_stale=refuse_stale)
            except IntegrityError as exc:
                raise _constraint_error(table, number[id(values)], values, exc) from exc
            except StatementError as exc:
                raise _record_error(
                    table, number[id(values)], values, "?", tr("a value of the wrong kind")
                ) from exc
    finally:
        savepoint.rollback()


def _stale_error(table: Table, index: int, stale: _Stale) -> ImportFileError:
    return _record_error(
        table,
        index,
        stale.values,
        "version",
        tr(
            "the database holds a newer version ({stored}) than the file "
            "({incoming}): someone changed it after the file was made"
        ).format(stored=stale.stored, incoming=stale.incoming),
    )


def _check_record(table: Table, index: int, values: dict[str, Any]) -> None:
    rule = RULES.get(table.name)
    if rule is None:
        return
    try:
        # A null is the table's to judge (NOT NULL, or "none given"): the rules judge
        # values, with their own defaults for what is absent.
        rule(**{k: v for k, v in values.items() if v is not None})
    except ValidationError as exc:
        raise _record_error(table, index, values, exc.column or "?", exc.message) from exc
    except TypeError as exc:  # a value of a kind the rule cannot even compare
        raise _record_error(table, index, values, "?", tr("a value of the wrong kind")) from exc


def _check_goal_tree(session: Session, goals: list[dict[str, Any]]) -> None:
    table = {t.name: t for t in tables()}["goal"]
    column = table.c.parent_id

    # The whole tree in one read: asking the database per step is one statement per
    # goal and ancestor (thousands on a large programme).
    parents: dict[Any, Any] = {
        row[0]: row[1] for row in session.execute(select(table.c.id, column))
    }

    def parent_of(ident: uuid.UUID) -> Any:
        return parents.get(ident)

    for index, row in enumerate(goals):
        ident = uuid.UUID(row["id"])
        try:
            no_cycle(ident, parent_of(ident), parent_of)
        except ValidationError as exc:
            raise _record_error(table, index, row, "parent_id", exc.message) from exc


# PostgreSQL's integrity SQLSTATEs, as the SQLite result codes they mean.
_SQLSTATE_NAMES = {
    "23503": "SQLITE_CONSTRAINT_FOREIGNKEY",
    "23505": "SQLITE_CONSTRAINT_UNIQUE",
    "23502": "SQLITE_CONSTRAINT_NOTNULL",
    "23514": "SQLITE_CONSTRAINT_CHECK",
}


def _constraint_error(
    table: Table, index: int, values: dict[str, Any], exc: IntegrityError
) -> ImportFileError:
    """Say which rule of the database a row breaks, by its error code (SQLite or SQLSTATE)."""
    name = getattr(exc.orig, "sqlite_errorname", "") or _SQLSTATE_NAMES.get(
        getattr(exc.orig, "sqlstate", None) or "", ""
    )
    if name == "SQLITE_CONSTRAINT_FOREIGNKEY":
        field, reason = _culprit(table, values), tr("refers to a record that does not exist")
    elif name in ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"):
        field, reason = _unique_columns(table), tr("another record already has this value")
    elif name == "SQLITE_CONSTRAINT_NOTNULL":
        field, reason = "?", tr("a required value is missing")
    elif name == "SQLITE_CONSTRAINT_CHECK":
        field, reason = "?", tr("the record breaks a rule of the table")
    else:
        field, reason = "?", tr("the database does not accept this record")
    return _record_error(table, index, values, field, reason)


def _unique_columns(table: Table) -> str:
    names = {c.name for c in table.columns if c.unique}
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            names.update(c.name for c in constraint.columns)
    return ", ".join(sorted(names)) or "id"


# How one column of a table is read from a file's record, chosen once per table:
# its name, its decoder, whether a record must hold it, whether null is a value it
# takes (or the column's default fills it).
_Field = tuple[str, Callable[[Any], Any], bool, bool]
_FIELDS: dict[Table, tuple[frozenset[str], tuple[_Field, ...]]] = {}


def _fields(table: Table) -> tuple[frozenset[str], tuple[_Field, ...]]:
    found = _FIELDS.get(table)
    if found is None:
        found = _FIELDS[table] = (
            frozenset(table.columns.keys()),
            tuple(
                (
                    column.name,
                    decoder(column),
                    bool(column.primary_key or (not column.nullable and column.default is None)),
                    bool(column.nullable or column.default is not None),
                )
                for column in table.columns
            ),
        )
    return found


def _decode_row(table: Table, index: int, row: Mapping[str, Any]) -> dict[str, Any]:
    names, fields = _fields(table)
    if not names.issuperset(row.keys()):
        unknown = row.keys() - names
        raise _record_error(table, index, row, ", ".join(sorted(unknown)), tr("unknown field"))
    values: dict[str, Any] = {}
    get = row.get
    # Plain tuples and locals: this loop runs for every value of a file (millions).
    for name, decode, required, nullable in fields:
        value = get(name, _ABSENT)
        if value is None:
            if not nullable:
                raise _record_error(table, index, row, name, "null.")
            values[name] = None
        elif value is _ABSENT:
            if required:
                raise _record_error(table, index, row, name, tr("missing"))
        else:
            try:
                values[name] = decode(value)
            except (ValueError, TypeError, ValidationError) as exc:
                reason = exc.message if isinstance(exc, ValidationError) else str(exc)
                raise _record_error(table, index, row, name, reason) from exc
    return values


_ABSENT = object()


def _culprit(table: Table, values: dict[str, Any]) -> str:
    """The foreign key column of a row that points nowhere (best effort, for the message)."""
    names = [fk.parent.name for fk in table.foreign_keys if values.get(fk.parent.name) is not None]
    return ", ".join(sorted(set(names))) or "?"


def _record_name(index: int, row: Mapping[str, Any]) -> str:
    """How the user finds the record: its title or name, and its id (else its number)."""
    ident = row.get("id")
    ident_text = str(ident) if isinstance(ident, str | uuid.UUID) else ""
    for key in ("title", "name", "filename", "description", "text"):
        label = row.get(key)
        if isinstance(label, str) and label.strip():
            label = _text_for_message(label)
            return f"'{label}' ({ident_text})" if ident_text else f"'{label}'"
    return ident_text or tr("number {number}").format(number=index + 1)


def _text_for_message(text: str) -> str:
    text = " ".join(text.split())
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= 60 else text[:59] + "…"


def _record_error(
    table: Table, index: int, row: Mapping[str, Any], field: str, reason: str
) -> ImportFileError:
    reason = reason.strip()
    if not reason.endswith((".", "?", "!")):
        reason += "."
    return ImportFileError(
        tr("Nothing was imported: record {record} of '{table}', field '{field}': {reason}").format(
            record=_record_name(index, row), table=table.name, field=field, reason=reason
        )
    )


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Order rows of a self-referencing table so that parents are written first."""
    self_refs = _parent_columns(table)
    if not self_refs:
        return rows
    by_id = {row["id"]: row for row in rows}
    done: set[Any] = set()
    ordered: list[dict[str, Any]] = []

    def visit(row: dict[str, Any], trail: frozenset[Any]) -> None:
        if row["id"] in done or row["id"] in trail:
            return
        for name in self_refs:
            parent = by_id.get(row.get(name))
            if parent is not None:
                visit(parent, trail | {row["id"]})
        done.add(row["id"])
        ordered.append(row)

    for row in rows:
        visit(row, frozenset())
    return ordered


def _parent_columns(table: Table) -> list[str]:
    """The columns by which a table's records refer to others of the same table."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


class _Stale(Exception):
    def __init__(self, stored: int, incoming: int, values: dict[str, Any]) -> None:
        super().__init__(stored, incoming)
        self.stored, self.incoming, self.values = stored, incoming, values


def _changes(
    table: Table, stored: Mapping[Any, Any], values: dict[str, Any], *, refuse_stale: bool
) -> dict[str, Any]:
    """The columns a row changes in its stored record (with the version moved on); {} if none."""
    key_names = {c.name for c in table.primary_key.columns}
    rest = {k: v for k, v in values.items() if k not in key_names and stored[k] != v}
    if not rest:
        return {}
    incoming = values.get("version")
    if (
        refuse_stale
        and "version" in table.columns
        and isinstance(incoming, int)
        and incoming < stored["version"]
        and set(rest) != {"version"}
    ):
        raise _Stale(stored["version"], incoming, values)
    if "version" in table.columns:
        # A merged change is a change like any other: the stored version moves on (by
        # one, whatever the incoming row says), so an editor that loaded the record
        # before the merge sees a conflict, and an undo's restore always counts.
        rest["version"] = stored["version"] + 1
    return rest


def _upsert(
    session: Session, table: Table, values: dict[str, Any], *, refuse_stale: bool = False
) -> None:
    keys = [c for c in table.primary_key.columns]
    where = and_(*(c == values[c.name] for c in keys))
    existing = session.execute(select(table).where(where)).mappings().first()
    if existing is None:
        session.execute(insert(table).values(**values))
        return
    rest = _changes(table, existing, values, refuse_stale=refuse_stale)
    if not rest:
        return
    session.execute(update(table).where(where).values(**rest))


def snapshot(session: Session, table_name: str, ident: uuid.UUID) -> Rows:
    """A record and every row that refers to it, directly or through its children.

    Restoring this with `merge` after a delete brings back the record, its children
    (removed by ON DELETE CASCADE) and the references that were set to NULL.
    """
    rows: Rows = {}
    seen: set[tuple[str, Any]] = set()
    by_name = {t.name: t for t in tables()}

    def collect(table: Table, column: Column[Any], value: Any) -> None:
        for row in session.execute(select(table).where(column == value)).mappings():
            key_values = tuple(row[c.name] for c in table.primary_key.columns)
            if (table.name, key_values) in seen:
                continue
            seen.add((table.name, key_values))
            rows.setdefault(table.name, []).append(encode_row(table, row))
            if "id" not in table.columns:
                continue
            for child in tables():
                for fk in child.foreign_keys:
                    if fk.column.table is table:
                        collect(child, fk.parent, row["id"])

    root = by_name[table_name]
    collect(root, root.c.id, ident)
    return rows


def rows_of(session: Session, table_name: str, ids: Iterable[uuid.UUID]) -> Rows:
    """The current rows of these records (no dependents), for a later merge."""
    table = {t.name: t for t in tables()}[table_name]
    found = session.execute(select(table).where(table.c.id.in_(list(ids)))).mappings()
    return {table_name: [encode_row(table, row) for row in found]}


def delete_row(session: Session, table_name: str, ident: uuid.UUID) -> None:
    table = {t.name: t for t in tables()}[table_name]
    if session.execute(delete(table).where(table.c.id == ident)).rowcount:  # type: ignore[attr-defined]
        history.record_deleted(session, table_name, ident)
