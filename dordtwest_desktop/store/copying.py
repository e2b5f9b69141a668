"""Copying a whole programme from one store to another (SQLite file or server database).

The rows travel through the exchange codec (`exchange.dump` / `exchange.merge`), the
same one `export json` and `import json` use, so UUIDs, attachments (byte for byte),
remarks and every other table arrive as they were. The source is read in one
snapshot on a read-only connection; the target is written in one transaction that
is checked against the source before it commits.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, exists, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.errors import StorageError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store import exchange, history, migrate, server, sqlite_files
from dordtwest_desktop.store.database import (
    Store,
    make_engine,
    open_store,
    sqlite_engine,
    sqlite_path,
    storage_error,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CopyReport:
    """What a copy wrote: rows per table (parents first), and how long it took."""

    source: str
    target: str
    counts: dict[str, int]
    merged: bool
    seconds: float

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def display_name(target: str | Path) -> str:
    """How a store is named in messages: its path, or user@host:port/database (no password)."""
    path = sqlite_path(target)
    if path is not None:
        return str(path)
    try:
        if server.is_server_url(str(target)):
            return server.describe(str(target))
        return make_url(str(target)).render_as_string(hide_password=True)
    except ArgumentError:
        return str(target)


def copy_store(source: str | Path, target: str | Path, *, merge: bool = False) -> CopyReport:
    """Copy every row of `source` into `target`, all or nothing.

    An empty target (or a new file) is created with the app's schema, without the
    default programme. A target that holds any row is refused unless `merge`: then
    rows are merged by UUID, as `import json` does. The source is never changed.
    """
    started = time.perf_counter()
    source_name, target_name = display_name(source), display_name(target)
    if _same_store(source, target):
        raise StorageError(
            tr("The source and the target are the same database; nothing was copied.")
        )
    rows = _read_source(source, source_name)
    counts = _write_target(target, target_name, rows, merge=merge)
    seconds = time.perf_counter() - started
    log.info(
        "copied %d rows from %s to %s in %.2f s",
        sum(counts.values()),
        source_name,
        target_name,
        seconds,
    )
    return CopyReport(source_name, target_name, counts, merge, seconds)


def _same_store(source: str | Path, target: str | Path) -> bool:
    first, second = sqlite_path(source), sqlite_path(target)
    if first is not None or second is not None:
        return first == second
    try:
        a, b = make_url(str(source)), make_url(str(target))
    except ArgumentError:
        return False
    return (a.host, a.port, a.database) == (b.host, b.port, b.database)


def _server_url(target: str | Path, name: str) -> str:
    try:
        supported = server.is_server_url(str(target)) and bool(make_url(str(target)).database)
    except ArgumentError:
        supported = False
    if not supported:
        raise StorageError(
            tr(
                "'{name}' is neither a database file nor a server URL "
                "(postgresql://user@host:port/database); nothing was copied."
            ).format(name=name)
        )
    return server.normalized_url(str(target))


# -- the source ------------------------------------------------------------------


def _read_source(source: str | Path, name: str) -> exchange.Rows:
    path = sqlite_path(source)
    if path is not None:
        if not path.exists():
            raise StorageError(
                tr("The source '{name}' does not exist; nothing was copied.").format(name=name)
            )
        if path.is_dir():
            raise StorageError(tr("'{path}' is a folder, not a database file.").format(path=path))
        sqlite_files.check_file(path)
        engine = sqlite_engine(path, read_only=True)
        where: str | Path = path
    else:
        where = _server_url(source, name)
        engine = make_engine(where, read_only=True)
    try:
        with _translated(str(where)), engine.connect() as connection:
            revision, names = migrate.current_revision(connection), _table_names(connection)
    finally:
        engine.dispose()
    _check_source_schema(name, revision, names)
    store = open_store(where, read_only=True)
    try:
        with store.read() as session:
            if not store.is_sqlite:
                # One snapshot for every table, even while coordinators keep working.
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            return exchange.dump(session)
    finally:
        store.close()


@contextmanager
def _translated(where: str) -> Iterator[None]:
    """The user's sentence for a failure on a connection of our own (not a Store's)."""
    try:
        yield
    except DatabaseError as exc:
        raise storage_error(exc, where) from exc


def _check_source_schema(name: str, revision: str | None, names: set[str]) -> None:
    if revision is None:
        if names:
            raise StorageError(
                tr("'{name}' is a database of another application; nothing was copied.").format(
                    name=name
                )
            )
        raise StorageError(
            tr("'{name}' holds no programme of this app: there is nothing to copy.").format(
                name=name
            )
        )
    if revision == migrate.SCHEMA_HEAD:
        return
    if not migrate.is_known_revision(revision):
        raise _newer(name, revision)
    raise StorageError(
        tr(
            "'{name}' has an older schema ({revision}): open it once with this version of "
            "the app, which upgrades it after a backup, and copy again."
        ).format(name=name, revision=revision)
    )


def _newer(name: str, revision: str) -> StorageError:
    return StorageError(
        tr(
            "'{name}' was made by a newer version of the app (schema {revision}), so nothing "
            "was copied; update the app first."
        ).format(name=name, revision=revision)
    )


# -- the target ------------------------------------------------------------------


def _write_target(
    target: str | Path, name: str, rows: exchange.Rows, *, merge: bool
) -> dict[str, int]:
    path = sqlite_path(target)
    new_file = path is not None and not path.exists()
    where: str | Path = path if path is not None else _server_url(target, name)
    store = open_store(where, migrate=False, seed=False)
    try:
        if store.read_only:
            raise StorageError(
                store.read_only_reason
                or tr("'{name}' cannot be written; nothing was copied.").format(name=name)
            )
        _prepare_target(store, name, merge=merge)
        with store.transaction() as session:
            # A copy moves the history along; it adds none of its own.
            session.info[history.OFF] = True
            if not merge and _holds_rows(session.connection()):
                raise _not_empty(name)
            counts = exchange.merge(session, rows, refuse_stale=merge)
            _verify(session, rows, name, merge=merge)
        return counts
    except BaseException:
        store.close()
        if new_file and path is not None:
            _remove_new_file(path)
        raise
    finally:
        store.close()


def _prepare_target(store: Store, name: str, *, merge: bool) -> None:
    """Refuse a target we may not write; then give it the current schema (no seed)."""
    with _translated(store.url), store.engine.connect() as connection:
        revision, names = migrate.current_revision(connection), _table_names(connection)
        filled = _holds_rows(connection, names)
    if revision is None and names:
        raise StorageError(
            tr("'{name}' is a database of another application; nothing was copied.").format(
                name=name
            )
        )
    if revision is not None and not migrate.is_known_revision(revision):
        raise _newer(name, revision)
    if filled and not merge:
        raise _not_empty(name)
    if revision != migrate.SCHEMA_HEAD:
        with _translated(store.url):
            migrate.upgrade(store)


def _not_empty(name: str) -> StorageError:
    return StorageError(
        tr(
            "'{name}' already holds a programme, so nothing was copied; copy into an empty "
            "database, or add --merge to merge by UUID."
        ).format(name=name)
    )


def _table_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def _holds_rows(connection: Connection, names: set[str] | None = None) -> bool:
    """Does any table of the programme hold a row (of those the database has)?"""
    present = _table_names(connection) if names is None else names
    for table in exchange.tables():
        if (
            table.name in present
            and connection.execute(select(exists().select_from(table))).scalar()
        ):
            return True
    return False


def _verify(session: Session, rows: exchange.Rows, name: str, *, merge: bool) -> None:
    """Read the target back inside the transaction: every source row must be there as it was.

    A plain copy must equal the source table for table; a merge must hold every source
    row (a merged row's version may have moved on, as in `import json`).
    """
    written = exchange.dump(session)
    for table in exchange.tables():
        source_rows = rows.get(table.name, [])
        if not merge:
            same = written.get(table.name, []) == source_rows
        else:
            keys = [c.name for c in table.primary_key.columns]
            stored = {_key(row, keys): row for row in written.get(table.name, [])}
            same = all(
                _without_version(stored.get(_key(row, keys))) == _without_version(row)
                for row in source_rows
            )
        if not same:
            raise StorageError(
                tr(
                    "The copy in '{name}' differs from the source in table '{table}'; "
                    "nothing was copied."
                ).format(name=name, table=table.name)
            )


def _key(row: dict[str, Any], keys: list[str]) -> tuple[Any, ...]:
    return tuple(row[k] for k in keys)


def _without_version(row: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if row is None else {k: v for k, v in row.items() if k != "version"}


def _remove_new_file(path: Path) -> None:
    """A target file this copy created goes again when the copy fails."""
    for leftover in (path, *sqlite_files.side_files(path)):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s after a failed copy", leftover)
