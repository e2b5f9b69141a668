"""Opening a store: engine, connection pragmas, sanity checks, migrations, sessions."""

from __future__ import annotations

import logging
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from dordtwest_desktop.domain.errors import (
    ConflictError,
    DomainError,
    StorageError,
    ValidationError,
)
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store import history as _history
from dordtwest_desktop.store import server, sqlite_files
from dordtwest_desktop.store import versions as _versions  # noqa: F401 - registers the version bump

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = int(sqlite_files.BUSY_TIMEOUT_S * 1000)
# A write waits this long for another writer's lock before it gives up (the GUI
# shows a wait cursor meanwhile): long enough for another coordinator's save or a
# typical import, short enough to hear back.
WRITE_WAIT_MS = 15000


def sqlite_path(target: str | Path) -> Path | None:
    """The database file a path or sqlite URL names; None for a server URL or memory.

    A path is taken as it is, whatever characters its name holds: it never passes
    through URL parsing, where `%`, `#` and `?` mean something else.
    """
    raw = str(target)
    if "://" not in raw:
        return Path(raw).expanduser().resolve()
    try:
        url = make_url(raw)
    except ArgumentError:
        return None
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser().resolve()


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit mode so the pragmas run outside a transaction; SQLAlchemy then
    # issues BEGIN itself (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    if connection.get_execution_options().get(_WRITE):
        # Take the write lock up front: a second writer waits at BEGIN instead of
        # failing half-way through a use case.
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {WRITE_WAIT_MS}")
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        # Deferred: a reader never waits for a writer (WAL keeps its snapshot).
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.exec_driver_sql("BEGIN")


def _on_read_only_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_connection.execute("PRAGMA query_only = ON")


def _on_read_only_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


# The execution option that marks a write session's connections.
_WRITE = "dordtwest_write"


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for a server URL (or sqlite memory); files go through sqlite_engine."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _listen_sqlite(engine, read_only=read_only)
        return engine
    # pre_ping: a connection the server dropped meanwhile (restart, network) is
    # replaced before a use case starts on it, instead of failing that use case.
    engine = create_engine(
        server.normalized_url(url), pool_pre_ping=True, connect_args=server.connect_args()
    )
    server.listen_server(engine)
    if read_only:
        engine = engine.execution_options(postgresql_readonly=True)
    return engine


def sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on exactly the file at `path`, whatever its name holds.

    The connections come from our `creator` (a quoted file: URI), never from a URL
    built from the path.
    """
    uri = sqlite_files.file_uri(path, mode="ro" if read_only else "rwc")

    def creator() -> Any:
        import sqlite3

        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=0)

    engine = create_engine("sqlite://", creator=creator, poolclass=QueuePool)
    _listen_sqlite(engine, read_only=read_only)
    return engine


def _listen_sqlite(engine: Engine, *, read_only: bool) -> None:
    if read_only:
        event.listen(engine, "connect", _on_read_only_connect)
        event.listen(engine, "begin", _on_read_only_begin)
    else:
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_begin)


@dataclass
class Store:
    """An open database: the engine and the session factory every use case runs in."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False
    path: Path | None = None
    # Why the store is read-only, for the banner (None: another window has it open).
    read_only_reason: str | None = None
    readers: sessionmaker[Session] | None = None
    # Who makes the changes, for the history: the app's settings name, or the OS user.
    actor: str = field(default_factory=_history.default_actor)
    # This open store among all that write to the same server: its own change
    # notifications are not someone else's.
    instance: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def label(self) -> str:
        """Where the data lives, for titles, the status bar and logs: never a password."""
        if self.path is not None:
            return str(self.path)
        return server.describe(self.url) if not self.url.startswith("sqlite") else self.url

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case: commits on success, rolls everything back on any exception.

        Failures of the storage itself (disk full, read-only folder, locked by another
        program, damaged file) come out as StorageError with a Dutch message; the
        database keeps its state from before the use case.
        """
        with self._translated(), self.sessions.begin() as session:
            session.info[_history.ACTOR] = self.actor
            yield session
            if not self.is_sqlite:
                # Delivered at commit only: the other coordinators' windows refresh
                # what shows these tables (all of it when a write did not say).
                tables = session.info.get(_history.TABLES)
                server.notify(session.connection(), self.actor, self.instance, tables)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A use case that only reads: no write lock, so it never waits for a writer."""
        with self._translated(), (self.readers or self.sessions).begin() as session:
            yield session
            session.rollback()

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except (OperationalError, DatabaseError) as exc:
            if self.read_only and (
                sqlite_files.error_name(exc) == "SQLITE_READONLY"
                or server.sqlstate(exc) in ("25006", "42501")
            ):
                raise StorageError(
                    self.read_only_reason
                    or tr(
                        "This window is read-only: the database is open in another window. The change was not stored."
                    )
                ) from exc
            raise storage_error(exc, self.url) from exc
        except DomainError:
            raise
        except StaleDataError as exc:
            # Another writer changed or deleted the row between our read and our write.
            raise ConflictError(
                tr(
                    "This record was changed by someone else after you opened it; "
                    "your change was not stored."
                )
            ) from exc
        except UnicodeEncodeError as exc:
            # Text that cannot be written (a lone surrogate): the input is at fault,
            # not the database, so no advice to restore a backup.
            raise ValidationError(
                tr(
                    "The text holds a character that cannot be stored (a broken "
                    "character, for instance from a damaged file); nothing was stored."
                )
            ) from exc
        except (UnicodeDecodeError, ValueError, LookupError) as exc:
            if not _raised_reading_rows(exc):
                raise
            # A stored value that cannot be read back (undecodable text, a broken UUID,
            # an unknown enum value): the file's content is damaged.
            log.exception("unreadable value in the database")
            raise StorageError(
                tr(
                    "The database file is damaged or unreadable: the change was not stored. Restore a backup."
                )
            ) from exc

    def close(self) -> None:
        self.engine.dispose()
        if self.path is not None and not self.read_only and self.path.exists():
            # Checked at open (open_store), written since only through SQLite: the next
            # open need not read every page again while the file stays as it is now.
            sqlite_files.remember_sound(self.path)


def _raised_reading_rows(exc: BaseException) -> bool:
    """Did the error come from turning stored values into Python ones (not from our code)?"""
    frames = traceback.extract_tb(exc.__traceback__)
    return any("sqlalchemy" in f.filename or f.filename.endswith("store/types.py") for f in frames)


def storage_error(exc: OperationalError | DatabaseError, target: str = "") -> StorageError:
    """The user's words for what the database reported, told apart by its result code."""
    reason = str(exc.orig if exc.orig is not None else exc)
    if server.is_server_error(exc):
        log.info("server error %s: %s", server.sqlstate(exc), reason)
        if server.sqlstate(exc) in ("55P03", "40P01", "40001"):
            return server.busy_error()
        said = server.message_for(exc, target=target)
        return StorageError(
            said
            or tr("The server reported an error; the change was not stored ({reason}).").format(
                reason=reason.strip().splitlines()[0] if reason.strip() else reason
            )
        )
    message = sqlite_files.message_for(exc) or tr(
        "The database reported an error; the change was not stored ({reason})."
    ).format(reason=reason)
    # To the log file only (the CLI and GUI say the sentence themselves).
    name = sqlite_files.error_name(exc)
    log.info("storage error %s: %s", name, reason)
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return sqlite_files.busy_error()
    return StorageError(message)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database before anything writes to it."""
    sqlite_files.check_file(path)


def open_store(
    target: str | Path, *, migrate: bool = True, seed: bool = True, read_only: bool = False
) -> Store:
    """Open (and on first use create, migrate and seed) the store at a path or URL.

    Read-only (a second window on a database another one has open, or a file in a
    folder that cannot be written): nothing is created, migrated or seeded, and every
    write is refused with a StorageError.
    """
    from dordtwest_desktop.store import migrate as migrations
    from dordtwest_desktop.store import seed as seeding

    path = sqlite_path(target)
    reason: str | None = None
    if path is None:
        url = (
            server.normalized_url(str(target)) if server.is_server_url(str(target)) else str(target)
        )
        engine = make_engine(url, read_only=read_only)
        if engine.dialect.name == "postgresql":
            read_only, reason = _check_server(engine, url, read_only=read_only)
    else:
        url = str(path)
        if not path.parent.is_dir():
            raise StorageError(
                tr("The folder '{folder}' does not exist.").format(folder=path.parent)
            )
        if sqlite_files.is_side_file(path):
            raise StorageError(
                tr(
                    "'{path}' is one of SQLite's own side files (-wal, -shm, -journal), "
                    "not a database."
                ).format(path=path)
            )
        sqlite_files.check_file(path)
        exists = path.exists() and path.stat().st_size > 0
        if exists:
            migrations.check_revision_of_file(path, allow_empty=True)
        if not sqlite_files.folder_writable(path):
            if not exists:
                raise StorageError(
                    tr(
                        "A new database cannot be made in '{folder}': the folder is read-only."
                    ).format(folder=path.parent)
                )
            read_only = True
            reason = tr(
                "Read-only: the folder or file cannot be written (for instance a "
                "write-protected share or USB stick). You can read and export; changes "
                "are not possible."
            )
        engine = sqlite_engine(path, read_only=read_only)
    writer = engine.execution_options(**{_WRITE: True}) if path is not None else engine
    store = Store(
        url=url,
        engine=engine,
        sessions=sessionmaker(writer, expire_on_commit=False),
        read_only=read_only,
        path=path,
        read_only_reason=reason,
        readers=sessionmaker(engine, expire_on_commit=False),
    )
    if read_only:
        _check_current(store)
        return store
    try:
        if migrate:
            migrations.upgrade(store)
        if seed:
            seeding.seed_if_empty(store)
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        if path is None:
            raise storage_error(exc, url) from exc
        if sqlite_files.error_name(exc) in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            raise sqlite_files.busy_error() from exc
        message = sqlite_files.message_for(exc)
        raise StorageError(
            message
            or tr("The database '{target}' cannot be opened: {reason}").format(
                target=target, reason=exc.orig if exc.orig else exc
            )
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return store


def _check_server(engine: Engine, url: str, *, read_only: bool) -> tuple[bool, str | None]:
    """Connect once: a wrong address, password or version is said now, in one sentence.

    A role that may only read gets the app read-only (with the reason for the
    banner), not a stream of refused saves.
    """
    try:
        with engine.connect() as connection:
            server.check_server(connection)
            from dordtwest_desktop.store.migrate import current_revision

            if current_revision(connection) is None or server.may_write(connection):
                return read_only, None
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise storage_error(exc, url) from exc
    except StorageError:
        engine.dispose()
        raise
    return True, tr(
        "Read-only: your role on the server ({where}) may read the programme but not "
        "change it. Ask the administrator for the editor role to make changes."
    ).format(where=server.describe(url))


def _check_current(store: Store) -> None:
    from dordtwest_desktop.store.migrate import SCHEMA_HEAD, current_revision

    try:
        with store.engine.connect() as connection:
            revision = current_revision(connection)
    except (OperationalError, DatabaseError) as exc:
        store.close()
        raise storage_error(exc, store.url) from exc
    if revision != SCHEMA_HEAD and not store.is_sqlite:
        store.close()
        raise StorageError(
            tr(
                "The database on the server has schema {revision}, this app expects "
                "{head}; it can only be opened by a role that may upgrade it, or by a "
                "newer version of the app."
            ).format(revision=revision or "-", head=SCHEMA_HEAD)
        )
    if revision != SCHEMA_HEAD:
        store.close()
        raise StorageError(
            tr(
                "This database must be upgraded before it can be read; close the other window first."
            )
        )


def integrity_ok(store: Store) -> bool:
    if not store.is_sqlite:
        return True
    with store.engine.connect() as connection:
        return connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
