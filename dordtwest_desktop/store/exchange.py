"""The exchange format: every table as JSON rows, lossless, merged by UUID.

The same row codec serves the JSON export/import and the snapshots that make a
delete undoable (a deleted record with everything that referred to it).
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table, and_, delete, insert, select, update
from sqlalchemy import types as satypes
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dordtwest_desktop import __version__
from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.errors import ImportFileError, ValidationError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store.database import Store
from dordtwest_desktop.store.models import Base
from dordtwest_desktop.store.types import PreciseDateType

FORMAT = "dordtwest-exchange"
FORMAT_VERSION = 1

Rows = dict[str, list[dict[str, Any]]]


def tables() -> list[Table]:
    """Every table of the store, parents before children."""
    return list(Base.metadata.sorted_tables)


def _encode(column: Column[Any], value: Any) -> Any:
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


def _decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        if not column.nullable and column.default is None:
            raise ValueError("null")
        return None
    kind = column.type
    if isinstance(kind, PreciseDateType):
        return PreciseDate.parse(_text(value))
    if isinstance(kind, satypes.Uuid):
        return uuid.UUID(_text(value))
    if isinstance(kind, satypes.Enum):
        enum_class = kind.enum_class
        assert enum_class is not None
        return enum_class(_text(value))
    if isinstance(kind, satypes.DateTime):
        return datetime.fromisoformat(_text(value))
    if isinstance(kind, satypes.Date):
        return date.fromisoformat(_text(value))
    if isinstance(kind, satypes.Time):
        return time.fromisoformat(_text(value))
    if isinstance(kind, satypes.LargeBinary):
        return base64.b64decode(_text(value), validate=True)
    if isinstance(kind, satypes.Boolean):
        if not isinstance(value, bool):
            raise ValueError("not a boolean")
        return value
    if isinstance(kind, satypes.Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("not a whole number")
        return value
    if isinstance(kind, satypes.String):
        text_value = _text(value)
        if kind.length is not None and len(text_value) > kind.length:
            raise ValueError(f"longer than {kind.length} characters")
        return text_value
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return value


def encode_row(table: Table, row: Mapping[Any, Any]) -> dict[str, Any]:
    return {column.name: _encode(column, row[column.name]) for column in table.columns}


def dump(session: Session) -> Rows:
    rows: Rows = {}
    for table in tables():
        order = [c for c in table.primary_key.columns]
        result = session.execute(select(table).order_by(*order)).mappings()
        rows[table.name] = [encode_row(table, row) for row in result]
    return rows


def export_json(store: Store, out: Path) -> dict[str, int]:
    """Write the whole store to `out`; returns the row count per table."""
    from dordtwest_desktop.store.migrate import head_revision

    with store.transaction() as session:
        rows = dump(session)
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema": head_revision(),
        "app_version": __version__,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
        "tables": rows,
    }
    partial = out.with_name(out.name + ".part")
    partial.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(out)
    return {name: len(table_rows) for name, table_rows in rows.items()}


def read_exchange_file(path: Path) -> Rows:
    """Parse and check the envelope of an exchange file; rows are checked on merge."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ImportFileError(tr("The file '{path}' does not exist.").format(path=path)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFileError(
            tr("'{path}' is not a valid exchange file: {reason}").format(path=path, reason=exc)
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
            tr("'{path}' is not a valid exchange file: {reason}").format(path=path, reason="tables")
        )
    unknown = sorted(set(rows) - known)
    if unknown:
        raise ImportFileError(
            tr("'{path}' holds unknown tables: {names}.").format(
                path=path, names=", ".join(unknown)
            )
        )
    return rows


def import_json(store: Store, path: Path) -> dict[str, int]:
    """Merge an exchange file by UUID, all or nothing; returns rows merged per table."""
    rows = read_exchange_file(path)
    with store.transaction() as session:
        return merge(session, rows)


def merge(session: Session, rows: Rows) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in tables():
        table_rows = rows.get(table.name, [])
        decoded = [_decode_row(table, index, row) for index, row in enumerate(table_rows)]
        number = {id(values): index for index, values in enumerate(decoded)}
        for values in _parents_first(table, decoded):
            try:
                _upsert(session, table, values)
            except IntegrityError as exc:
                # A reference to a record that is neither in the file nor in the store.
                raise _record_error(
                    table,
                    number[id(values)],
                    _culprit(table, values),
                    tr("refers to a missing record"),
                ) from exc
        counts[table.name] = len(decoded)
    session.flush()
    return counts


def _decode_row(table: Table, index: int, row: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    unknown = set(row) - {c.name for c in table.columns}
    if unknown:
        raise _record_error(table, index, ", ".join(sorted(unknown)), "unknown field")
    for column in table.columns:
        if column.name not in row:
            if column.primary_key or (not column.nullable and column.default is None):
                raise _record_error(table, index, column.name, "missing")
            continue
        try:
            values[column.name] = _decode(column, row[column.name])
        except (ValueError, TypeError, ValidationError) as exc:
            raise _record_error(table, index, column.name, str(exc)) from exc
    return values


def _culprit(table: Table, values: dict[str, Any]) -> str:
    """The foreign key column of a row that points nowhere (best effort, for the message)."""
    names = [fk.parent.name for fk in table.foreign_keys if values.get(fk.parent.name) is not None]
    return ", ".join(sorted(set(names))) or "?"


def _record_error(table: Table, index: int, field: str, reason: str) -> ImportFileError:
    return ImportFileError(
        tr("Record {number} of '{table}', field '{field}': {reason}. Nothing was imported.").format(
            number=index + 1, table=table.name, field=field, reason=reason
        )
    )


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Order rows of a self-referencing table so that parents are written first."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
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


def _upsert(session: Session, table: Table, values: dict[str, Any]) -> None:
    keys = [c for c in table.primary_key.columns]
    where = and_(*(c == values[c.name] for c in keys))
    existing = session.execute(select(table).where(where)).mappings().first()
    if existing is None:
        session.execute(insert(table).values(**values))
        return
    key_names = {c.name for c in keys}
    rest = {k: v for k, v in values.items() if k not in key_names and existing[k] != v}
    if not rest:
        return
    if "version" in table.columns:
        # A merged change is a change like any other: the stored version moves on (by
        # one, whatever the incoming row says), so an editor that loaded the record
        # before the merge sees a conflict, and an undo's restore always counts.
        rest["version"] = existing["version"] + 1
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
    session.execute(delete(table).where(table.c.id == ident))
