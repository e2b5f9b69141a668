"""Opening a store: engine, connection pragmas, sanity checks, migrations, sessions."""

from __future__ import annotations

import logging
import sqlite3
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from dordtwest_desktop.domain.errors import ConflictError, DomainError, StorageError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store import versions as _versions  # noqa: F401 - registers the version bump

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL from a path or a URL as the user gave it."""
    raw = str(target)
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).expanduser().resolve()}"


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
    # Take the write lock up front: a second writer waits (busy timeout) at BEGIN
    # instead of failing half-way through a use case.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _on_read_only_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only = ON")


def _on_read_only_begin(connection: Any) -> None:
    # A deferred transaction: a reader must not take the write lock from the writer.
    connection.exec_driver_sql("BEGIN")


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _on_sqlite_connect)
        if read_only:
            event.listen(engine, "connect", _on_read_only_connect)
            event.listen(engine, "begin", _on_read_only_begin)
        else:
            event.listen(engine, "begin", _on_begin)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if read_only:
        engine = engine.execution_options(postgresql_readonly=True)
    return engine


@dataclass
class Store:
    """An open database: the engine and the session factory every use case runs in."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        database = make_url(self.url).database
        return Path(database) if self.is_sqlite and database else None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case: commits on success, rolls everything back on any exception.

        Failures of the storage itself (disk full, read-only folder, locked by another
        program, damaged file) come out as StorageError with a Dutch message; the
        database keeps its state from before the use case.
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except (OperationalError, DatabaseError) as exc:
            if self.read_only and "readonly" in str(exc.orig).lower():
                raise StorageError(
                    tr(
                        "This window is read-only: the database is open in another window. The change was not stored."
                    )
                ) from exc
            raise storage_error(exc) from exc
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


def _raised_reading_rows(exc: BaseException) -> bool:
    """Did the error come from turning stored values into Python ones (not from our code)?"""
    frames = traceback.extract_tb(exc.__traceback__)
    return any("sqlalchemy" in f.filename or f.filename.endswith("store/types.py") for f in frames)


def storage_error(exc: OperationalError | DatabaseError) -> StorageError:
    """The user's words for what SQLite reported."""
    reason = str(exc.orig if exc.orig is not None else exc).lower()
    if "full" in reason:
        message = tr("The disk is full: the change was not stored. Make room and try again.")
    elif "readonly" in reason or "read-only" in reason:
        message = tr(
            "The database cannot be written (read-only file or folder): the change was not stored."
        )
    elif "locked" in reason or "busy" in reason:
        message = tr(
            "The database is busy in another program: the change was not stored. Try again in a moment."
        )
    elif "not a database" in reason or "malformed" in reason or "disk i/o" in reason:
        message = tr(
            "The database file is damaged or unreadable: the change was not stored. Restore a backup."
        )
    else:
        message = tr(
            "The database reported an error; the change was not stored ({reason})."
        ).format(reason=reason)
    log.warning("storage error: %s", reason)
    return StorageError(message)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise StorageError(
            tr("'{path}' is not a database of this app (not a SQLite file).").format(path=path)
        )
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.execute("SELECT count(*), group_concat(sql) FROM sqlite_master").fetchone()
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise StorageError(
            tr("'{path}' is damaged and cannot be opened ({reason}).").format(path=path, reason=exc)
        ) from exc
    if result is None or result[0] != "ok":
        raise StorageError(
            tr("'{path}' is damaged and cannot be opened ({reason}).").format(
                path=path, reason=result[0] if result else "?"
            )
        )


def open_store(
    target: str | Path, *, migrate: bool = True, seed: bool = True, read_only: bool = False
) -> Store:
    """Open (and on first use create, migrate and seed) the store at a path or URL.

    Read-only (a second window on a database another one has open): nothing is
    created, migrated or seeded, and every write is refused with a StorageError.
    """
    from dordtwest_desktop.store import migrate as migrations
    from dordtwest_desktop.store import seed as seeding

    url = database_url(target)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        if not path.parent.exists():
            raise StorageError(
                tr("The folder '{folder}' does not exist.").format(folder=path.parent)
            )
        check_sqlite_file(path)
        if path.exists() and path.stat().st_size > 0:
            migrations.check_revision_of_file(path, allow_empty=True)
    engine = make_engine(url, read_only=read_only)
    store = Store(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        read_only=read_only,
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
        raise StorageError(
            tr("The database '{target}' cannot be opened: {reason}").format(
                target=target, reason=exc.orig if exc.orig else exc
            )
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return store


def _check_current(store: Store) -> None:
    from dordtwest_desktop.store.migrate import SCHEMA_HEAD, current_revision

    try:
        with store.engine.connect() as connection:
            revision = current_revision(connection)
    except (OperationalError, DatabaseError) as exc:
        store.close()
        raise storage_error(exc) from exc
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
